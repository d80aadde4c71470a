"""The activity editor's Repeat section: None, Daily, Weekly (on which days), Monthly (on a
date or on a weekday such as the 2nd Tuesday), Yearly; every N; ends never, on a date or
after N occurrences. It reads and gives an iCalendar RRULE value (``records.recurrence``); a
rule it cannot show (an imported BYSETPOS...) is kept as it is and said so."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from crm_desktop.gui.plain_text import plain_label
from crm_desktop.records.recurrence import FREQUENCIES, RepeatRule

NONE = ""
KEPT = "KEPT"  # a rule the section cannot show, kept as it is
_ORDINALS = (1, 2, 3, 4, -1)


class RepeatSection(QWidget):
    """``rule()`` is the RRULE value ("" for none); ``set_rule(text, first)`` shows one
    (``first``: the first occurrence, which the monthly and weekly choices start from)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatSection")
        self._kept = ""
        self._shown: tuple[str, RepeatRule | None] = ("", None)
        self._first = date.today()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.frequency = QComboBox(self)
        self.frequency.setObjectName("repeatFrequency")
        for value in (NONE, *FREQUENCIES):
            self.frequency.addItem("", value)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("repeatInterval")
        self.interval.setRange(1, 999)
        self._every = plain_label("", self)
        self._unit = plain_label("", self)
        every = QHBoxLayout()
        every.addWidget(self.frequency)
        every.addWidget(self._every)
        every.addWidget(self.interval)
        every.addWidget(self._unit)
        every.addStretch()
        form.addRow(every)
        self.weekdays = [QCheckBox(self) for _ in range(7)]
        self._days = QWidget(self)
        days = QHBoxLayout(self._days)
        days.setContentsMargins(0, 0, 0, 0)
        for number, check in enumerate(self.weekdays):
            check.setObjectName(f"repeatWeekday{number}")
            days.addWidget(check)
        days.addStretch()
        form.addRow(self._days)
        self.monthly = QComboBox(self)
        self.monthly.setObjectName("repeatMonthly")
        form.addRow(self.monthly)
        self.ends = QComboBox(self)
        self.ends.setObjectName("repeatEnds")
        for value in ("never", "until", "count"):
            self.ends.addItem("", value)
        self.until = QDateEdit(self)
        self.until.setObjectName("repeatUntil")
        self.until.setCalendarPopup(True)
        self.count = QSpinBox(self)
        self.count.setObjectName("repeatCount")
        self.count.setRange(1, 999)
        self.count.setValue(10)
        ends = QHBoxLayout()
        self._ends_label = plain_label("", self)
        ends.addWidget(self._ends_label)
        ends.addWidget(self.ends)
        ends.addWidget(self.until)
        ends.addWidget(self.count)
        ends.addStretch()
        form.addRow(ends)
        self._kept_label = plain_label("", self)
        self._kept_label.setObjectName("repeatKept")
        self._kept_label.setWordWrap(True)
        form.addRow(self._kept_label)
        self.frequency.currentIndexChanged.connect(self._on_choice_changed)
        self.ends.currentIndexChanged.connect(self._on_choice_changed)
        self.interval.valueChanged.connect(self._on_choice_changed)
        self._retranslate()
        self._on_choice_changed()

    # ---- showing ------------------------------------------------------------------------

    def set_rule(self, text: str, first: datetime | date | None) -> None:
        if isinstance(first, datetime):
            first = first.astimezone().date()
        self._first = first or date.today()
        self._retranslate()
        rule = RepeatRule.from_rrule(text) if text else None
        self._kept = text if text and rule is None else ""
        self._shown = (text, rule)
        if self._kept:
            self._select(self.frequency, KEPT, add=True)
        elif rule is None:
            self._select(self.frequency, NONE)
        else:
            self._select(self.frequency, rule.frequency)
            self.interval.setValue(rule.interval)
            for number, check in enumerate(self.weekdays):
                check.setChecked(number in rule.weekdays)
            by_weekday = rule.week_ordinal is not None
            self.monthly.setCurrentIndex(1 if by_weekday else 0)
            if rule.count is not None:
                self._select(self.ends, "count")
                self.count.setValue(rule.count)
            elif rule.until is not None:
                self._select(self.ends, "until")
                self.until.setDate(QDate(rule.until.year, rule.until.month, rule.until.day))
            else:
                self._select(self.ends, "never")
        if not any(check.isChecked() for check in self.weekdays):
            self.weekdays[self._first.weekday()].setChecked(True)
        self._on_choice_changed()

    def set_first(self, first: date) -> None:
        """The first occurrence moved (the editor's start or due changed)."""
        self._first = first
        self._retranslate()

    def rule(self) -> str:
        frequency = str(self.frequency.currentData())
        if frequency == KEPT:
            return self._kept
        if frequency == NONE:
            return ""
        ends = str(self.ends.currentData())
        until = self.until.date().toPython() if ends == "until" else None
        assert until is None or isinstance(until, date)
        ordinal = self._ordinal()
        rule = RepeatRule(
            frequency,
            self.interval.value(),
            weekdays=tuple(n for n, check in enumerate(self.weekdays) if check.isChecked()),
            month_day=self._first.day if self.monthly.currentIndex() == 0 else None,
            week_ordinal=ordinal if self.monthly.currentIndex() == 1 else None,
            weekday=self._first.weekday() if self.monthly.currentIndex() == 1 else None,
            until=until,
            count=self.count.value() if ends == "count" else None,
        )
        text, shown = self._shown
        if shown is not None and _same(rule, shown):
            return text  # as it was written (WKST, INTERVAL=1...): the series goes on
        return rule.to_rrule()

    def _ordinal(self) -> int:
        """Which of its weekday in the month the first occurrence is (the last: -1)."""
        number = (self._first.day - 1) // 7 + 1
        return -1 if number == 5 else number

    @staticmethod
    def _select(combo: QComboBox, value: str, *, add: bool = False) -> None:
        index = combo.findData(value)
        if index < 0 and add:
            combo.addItem("", value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # ---- words --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        words = {
            NONE: self.tr("Does not repeat"),
            "DAILY": self.tr("Daily"),
            "WEEKLY": self.tr("Weekly"),
            "MONTHLY": self.tr("Monthly"),
            "YEARLY": self.tr("Yearly"),
            KEPT: self.tr("As imported"),
        }
        for row in range(self.frequency.count()):
            self.frequency.setItemText(row, words[str(self.frequency.itemData(row))])
        ends = {
            "never": self.tr("Never"),
            "until": self.tr("On date"),
            "count": self.tr("After"),
        }
        for row in range(self.ends.count()):
            self.ends.setItemText(row, ends[str(self.ends.itemData(row))])
        self._every.setText(self.tr("every"))
        self._ends_label.setText(self.tr("Ends:"))
        self.count.setSuffix(self.tr(" occurrence(s)"))
        locale = QLocale()
        for number, check in enumerate(self.weekdays):
            check.setText(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
        ordinal = {
            1: self.tr("On the first %1 of the month"),
            2: self.tr("On the second %1 of the month"),
            3: self.tr("On the third %1 of the month"),
            4: self.tr("On the fourth %1 of the month"),
            -1: self.tr("On the last %1 of the month"),
        }[self._ordinal()]
        weekday = locale.dayName(self._first.weekday() + 1, QLocale.FormatType.LongFormat)
        current = max(self.monthly.currentIndex(), 0)
        self.monthly.clear()
        self.monthly.addItem(
            self.tr("On day %1 of the month").replace("%1", locale.toString(self._first.day))
        )
        self.monthly.addItem(ordinal.replace("%1", weekday))
        self.monthly.setCurrentIndex(current)
        self._kept_label.setText(
            self.tr("Repeats by a rule from another calendar: %1").replace("%1", self._kept)
            if self._kept
            else ""
        )

    def _on_choice_changed(self, _index: int = 0) -> None:
        frequency = str(self.frequency.currentData())
        repeats = frequency not in (NONE, KEPT)
        units = {
            "DAILY": self.tr("day(s)"),
            "WEEKLY": self.tr("week(s)"),
            "MONTHLY": self.tr("month(s)"),
            "YEARLY": self.tr("year(s)"),
        }
        self._unit.setText(units.get(frequency, ""))
        for widget in (self._every, self.interval, self._unit, self._ends_label, self.ends):
            widget.setVisible(repeats)
        self._days.setVisible(frequency == "WEEKLY")
        self.monthly.setVisible(frequency == "MONTHLY")
        ends = str(self.ends.currentData())
        self.until.setVisible(repeats and ends == "until")
        self.count.setVisible(repeats and ends == "count")
        self._kept_label.setVisible(frequency == KEPT)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._on_choice_changed()
        super().changeEvent(event)


def _same(one: RepeatRule, other: RepeatRule) -> bool:
    """The same repetition (the choices a frequency does not use left aside)."""
    return RepeatRule.from_rrule(one.to_rrule()) == RepeatRule.from_rrule(other.to_rrule())
