"""The Month / Week / Day switch of the Activities calendar: which of the month grid and the
time grid is shown, and how many days the time grid holds; the choice is kept for the next
start (``view/calendarMode``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QStackedWidget, QTabBar, QWidget

MODE_KEY = "view/calendarMode"
MODES = ("month", "week", "day")
DAYS = {"month": 0, "week": 7, "day": 1}


class CalendarModes(QTabBar):
    changed = Signal()  # another mode chosen

    def __init__(self, parent: QWidget, month: QWidget, time_grid: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("calendarModes")
        self.stack = QStackedWidget(parent)
        self.stack.addWidget(month)
        self.stack.addWidget(time_grid)
        for _ in MODES:
            self.addTab("")
        stored = str(QSettings().value(MODE_KEY, "month"))
        self.setCurrentIndex(MODES.index(stored) if stored in MODES else 0)
        self._show()
        self.currentChanged.connect(self._on_current_changed)
        self._retranslate()

    def mode(self) -> str:
        return MODES[max(0, self.currentIndex())]

    def set_mode(self, mode: str) -> None:
        self.setCurrentIndex(MODES.index(mode))

    def days_shown(self) -> int:
        """How many days the time grid shows (0: the month grid is shown instead)."""
        return DAYS[self.mode()]

    def _show(self) -> None:
        self.stack.setCurrentIndex(1 if self.days_shown() else 0)

    def _on_current_changed(self, _index: int) -> None:
        QSettings().setValue(MODE_KEY, self.mode())
        self._show()
        self.changed.emit()

    def _retranslate(self) -> None:
        for number, text in enumerate((self.tr("Month"), self.tr("Week"), self.tr("Day"))):
            self.setTabText(number, text)
        self.setAccessibleName(self.tr("Calendar view"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
