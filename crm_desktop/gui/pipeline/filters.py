"""The pipeline's filter bar: the expected close date's period, the account's category and
the amount (each deal's own currency), and the switch between the board and the list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from crm_desktop.gui.categories import category_text
from crm_desktop.records.sales import DealFilter, DealStatus


class Period(Enum):
    ANY = "any"
    OVERDUE = "overdue"
    THIS_MONTH = "this-month"
    NEXT_MONTH = "next-month"
    THIS_QUARTER = "this-quarter"
    NEXT_90_DAYS = "next-90-days"
    THIS_YEAR = "this-year"


def _month_start(day: date, months_ahead: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months_ahead
    return date(index // 12, index % 12 + 1, 1)


def period_range(period: Period, today: date) -> tuple[date | None, date | None]:
    """The first and last close dates (inclusive) a period keeps."""
    if period is Period.OVERDUE:
        return None, today - timedelta(days=1)
    if period is Period.THIS_MONTH:
        return _month_start(today), _month_start(today, 1) - timedelta(days=1)
    if period is Period.NEXT_MONTH:
        return _month_start(today, 1), _month_start(today, 2) - timedelta(days=1)
    if period is Period.THIS_QUARTER:
        first = _month_start(date(today.year, (today.month - 1) // 3 * 3 + 1, 1))
        return first, _month_start(first, 3) - timedelta(days=1)
    if period is Period.NEXT_90_DAYS:
        return today, today + timedelta(days=90)
    if period is Period.THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return None, None


def amount_of(text: str) -> Decimal | None:
    """An amount typed in the user's locale ("12.500" in Greek, "12,500" in English), or
    None when the field is empty or holds no number."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return Decimal(str(value))


class _ShrinkingComboBox(QComboBox):
    """As wide as its longest entry when there is room, narrower (its text elided, the full
    text in its tooltip) when the window is not: a long translation of "Closing in the next
    90 days" does not push the bar's last widgets out of a narrow window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # its entries change after it is first shown (the categories, another language)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentTextChanged.connect(self.setToolTip)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * 8 + 40
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """As ``QComboBox`` paints itself, its text elided ("…") when narrower than it."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class PipelineFilters(QWidget):
    changed = Signal()  # a filter changed: read the deals again
    list_toggled = Signal(bool)  # True: the list, False: the board

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineFilters")
        self.period = _ShrinkingComboBox(self)
        self.period.setObjectName("periodFilter")
        self.category = _ShrinkingComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.minimum = QLineEdit(self)
        self.minimum.setObjectName("minimumAmount")
        self.maximum = QLineEdit(self)
        self.maximum.setObjectName("maximumAmount")
        for edit in (self.minimum, self.maximum):
            edit.setClearButtonEnabled(True)
        self.as_list = QToolButton(self)
        self.as_list.setObjectName("pipelineAsList")
        self.as_list.setCheckable(True)
        self._labels = [QLabel(self) for _ in range(3)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for label, field in zip(self._labels, (self.period, self.category, self.minimum),
                                strict=True):  # fmt: skip
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        self._to = QLabel(self)
        layout.addWidget(self._to)
        layout.addWidget(self.maximum)
        layout.addStretch(1)
        layout.addWidget(self.as_list)
        self._categories: list[str] = []
        self.retranslate()
        self.period.currentIndexChanged.connect(self.changed)
        self.category.currentIndexChanged.connect(self.changed)
        self.minimum.editingFinished.connect(self.changed)
        self.maximum.editingFinished.connect(self.changed)
        self.as_list.toggled.connect(self.list_toggled)

    def retranslate(self) -> None:
        texts = (
            (Period.ANY, self.tr("Any close date")),
            (Period.OVERDUE, self.tr("Overdue")),
            (Period.THIS_MONTH, self.tr("Closing this month")),
            (Period.NEXT_MONTH, self.tr("Closing next month")),
            (Period.THIS_QUARTER, self.tr("Closing this quarter")),
            (Period.NEXT_90_DAYS, self.tr("Closing in the next 90 days")),
            (Period.THIS_YEAR, self.tr("Closing this year")),
        )
        current = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        for period, text in texts:
            self.period.addItem(text, period.value)
        self.period.setCurrentIndex(max(current, 0))
        self.period.blockSignals(False)
        self.set_categories(self._categories)
        for label, text in zip(self._labels, (self.tr("C&lose:"), self.tr("Account cate&gory:"),
                                              self.tr("&Amount from:")), strict=True):  # fmt: skip
            label.setText(text)
        self._to.setText(self.tr("to"))
        for edit in (self.minimum, self.maximum):
            edit.setPlaceholderText(self.tr("any"))
            # room for the word (Greek "οποιοδήποτε") and the clear button
            needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 40
            edit.setMaximumWidth(max(120, needed))
        self.as_list.setText(self.tr("Li&st"))
        self.as_list.setToolTip(self.tr("Show the deals as a sortable list instead of the board"))

    def set_categories(self, names: Sequence[str]) -> None:
        """The account categories offered (the one chosen stays chosen)."""
        self._categories = list(names)
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All accounts"), None)
        for name in self._categories:
            self.category.addItem(category_text(name), name)
        index = self.category.findData(chosen) if chosen is not None else 0
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def deal_filter(self, today: date, status: DealStatus | None = DealStatus.OPEN) -> DealFilter:
        """The deals the filters keep."""
        start, end = period_range(Period(self.period.currentData() or "any"), today)
        category = self.category.currentData()
        return DealFilter(
            status=status,
            close_from=start,
            close_to=end,
            account_category=category if isinstance(category, str) else None,
            min_amount=amount_of(self.minimum.text()),
            max_amount=amount_of(self.maximum.text()),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
