"""The filter panel above the contacts list (View > Filters, Ctrl+Shift+L): several
categories (all of them or any), account, city, country, last contact after or before a day,
open activities, keep-in-touch overdue, lead status and deal stage, combined with the text
search; "Save as Smart Folder…" keeps them (and the search) in the folder pane. It says what
is asked as a ``ContactFilter`` (records.search): the list reads the ordered ids for it in
one query, as it does for a smart folder, and stays lazily paged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.categories import category_text
from crm_desktop.gui.pipeline.sales_text import sales_word
from crm_desktop.records.sales import LeadStatus
from crm_desktop.records.search import ContactFilter

DELAY_MS = 250  # typing in a field: the list follows once the typing pauses
FIELD_CHARACTERS = 14  # the narrowest a text field gets: room for a city's name


def _day(edit: QDateEdit) -> datetime:
    """The start of the day in ``edit``, in local time."""
    day = edit.date()
    return datetime(day.year(), day.month(), day.day()).astimezone()


class FilterPanel(QFrame):
    """The filters; ``changed`` says the new ``ContactFilter`` (after a short pause when
    typed), ``save_requested`` asks for a smart folder of what is shown."""

    changed = Signal(object)
    save_requested = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._today = today
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.apply_now)
        self._said = ContactFilter()  # the filters last said
        self.categories = QListWidget(self)
        self.categories.setObjectName("filterCategories")
        self.categories.setMaximumHeight(self.fontMetrics().height() * 5)
        # The list's own wish (256 px) would take the room the fields' words need.
        self.categories.setMaximumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.mode = QComboBox(self)
        self.mode.setObjectName("filterMode")
        self.account, self.city, self.country = (QLineEdit(self) for _ in range(3))
        for edit, name in ((self.account, "filterAccount"), (self.city, "filterCity"),
                           (self.country, "filterCountry")):  # fmt: skip
            edit.setObjectName(name)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._later)
        self.after_on, self.before_on = QCheckBox(self), QCheckBox(self)
        self.after, self.before = QDateEdit(self), QDateEdit(self)
        now = self._today()
        for check, day in ((self.after_on, self.after), (self.before_on, self.before)):
            day.setDate(QDate(now.year, now.month, now.day))  # before any signal is connected
            day.setCalendarPopup(True)
            day.setEnabled(False)
            check.toggled.connect(day.setEnabled)
            check.toggled.connect(self._later)
            day.dateChanged.connect(self._later)
        self.open_activities, self.overdue = QCheckBox(self), QCheckBox(self)
        self.open_activities.setObjectName("filterOpenActivities")
        self.overdue.setObjectName("filterOverdue")
        self.lead_status, self.deal_stage = QComboBox(self), QComboBox(self)
        self.lead_status.setObjectName("filterLeadStatus")
        self.deal_stage.setObjectName("filterDealStage")
        self.clear_button, self.save_button = QPushButton(self), QPushButton(self)
        self.save_button.setObjectName("filterSave")
        self._labels = [QLabel(self) for _ in range(6)]
        # Three narrow columns (the categories; the fields with their labels; the last
        # contact's days under their boxes and the two checks), so that longer words in
        # another language make the panel taller, not wider than the list under it.
        grid = QGridLayout()
        categories = QVBoxLayout()
        categories.addWidget(self._labels[0])
        categories.addWidget(self.categories)
        categories.addWidget(self.mode)
        categories.addStretch(1)
        self._labels[0].setBuddy(self.categories)
        grid.addLayout(categories, 0, 0)
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        named = (self.account, self.city, self.country, self.lead_status, self.deal_stage)
        for row, widget in enumerate(named, 1):
            self._labels[row].setBuddy(widget)
            widget.setMinimumWidth(self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS)
            if isinstance(widget, QComboBox):
                # Its label on a line of its own ("Κατάσταση δυνητικού πελάτη:" is long) and
                # the list under it, never narrower than its longest choice.
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                fields.addRow(self._labels[row])
                fields.addRow(widget)
            else:
                fields.addRow(self._labels[row], widget)
        grid.addLayout(fields, 0, 1)
        checks = QVBoxLayout()
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        for check, day in ((self.after_on, self.after), (self.before_on, self.before)):
            checks.addWidget(check)
            line = QHBoxLayout()
            line.addSpacing(indent)
            line.addWidget(day)
            line.addStretch(1)
            checks.addLayout(line)
        checks.addWidget(self.open_activities)
        checks.addWidget(self.overdue)
        checks.addStretch(1)
        grid.addLayout(checks, 0, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addLayout(grid)
        outer.addLayout(buttons)
        for widget in (self.mode, self.lead_status, self.deal_stage):
            widget.currentIndexChanged.connect(self._later)
        for check in (self.open_activities, self.overdue):
            check.toggled.connect(self._later)
        self.categories.itemChanged.connect(self._later)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save_requested)
        self._retranslate()

    def _retranslate(self) -> None:
        words = (self.tr("Categories:"), self.tr("Account:"), self.tr("City:"),
                 self.tr("Country:"), self.tr("Lead status:"), self.tr("Deal stage:"))  # fmt: skip
        for label, text in zip(self._labels, words, strict=False):
            label.setText(text)
        mode = self.mode.currentIndex()
        self.mode.clear()
        self.mode.addItems([self.tr("All of them"), self.tr("Any of them")])
        self.mode.setCurrentIndex(max(mode, 0))
        self.after_on.setText(self.tr("Last contact on or after"))
        self.before_on.setText(self.tr("Last contact before"))
        self.open_activities.setText(self.tr("Has open activities"))
        self.overdue.setText(self.tr("Keep in touch overdue"))
        self.clear_button.setText(self.tr("C&lear Filters"))
        self.save_button.setText(self.tr("Save as &Smart Folder…"))
        self._fill(self.lead_status, [(sales_word(s.value), s.value) for s in LeadStatus])
        stages = [self.deal_stage.itemData(i) for i in range(1, self.deal_stage.count())]
        self._fill(self.deal_stage, [(sales_word(s), s) for s in stages])

    def _fill(self, combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        """``combo`` offers "Any" and ``items`` (text, value), its choice kept."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any"), "")
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def set_choices(self, categories: Sequence[str], stages: Sequence[str]) -> None:
        """The categories and deal stages there are (those ticked stay ticked)."""
        ticked = set(self._ticked())
        self.categories.blockSignals(True)
        self.categories.clear()
        for name in categories:
            item = QListWidgetItem(category_text(name), self.categories)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.categories.blockSignals(False)
        self._fill(self.deal_stage, [(sales_word(s), s) for s in stages])

    def _ticked(self) -> list[str]:
        items = (self.categories.item(i) for i in range(self.categories.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def filters(self) -> ContactFilter:
        """What the panel asks for now."""
        return ContactFilter(
            categories=tuple(self._ticked()),
            any_category=self.mode.currentIndex() == 1,
            account=self.account.text().strip(),
            city=self.city.text().strip(),
            country=self.country.text().strip(),
            last_contact_before=_day(self.before) if self.before_on.isChecked() else None,
            last_contact_after=_day(self.after) if self.after_on.isChecked() else None,
            open_activities=self.open_activities.isChecked(),
            keep_in_touch_overdue=self.overdue.isChecked(),
            lead_status=str(self.lead_status.currentData() or ""),
            deal_stage=str(self.deal_stage.currentData() or ""),
        )

    def _later(self) -> None:
        self._timer.start()

    def apply_now(self) -> None:
        """Say the filters now (without waiting for the pause), if they changed."""
        self._timer.stop()
        if (filters := self.filters()) != self._said:
            self._said = filters
            self.changed.emit(filters)

    def clear(self) -> None:
        """Every filter off: the list shows what the search and the folder show."""
        for widget in (self.categories, self.mode, self.lead_status, self.deal_stage):
            widget.blockSignals(True)
        for i in range(self.categories.count()):
            self.categories.item(i).setCheckState(Qt.CheckState.Unchecked)
        for combo in (self.mode, self.lead_status, self.deal_stage):
            combo.setCurrentIndex(0)
        for widget in (self.categories, self.mode, self.lead_status, self.deal_stage):
            widget.blockSignals(False)
        for edit in (self.account, self.city, self.country):
            edit.clear()
        for check in (self.after_on, self.before_on, self.open_activities, self.overdue):
            check.setChecked(False)
        self.apply_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
