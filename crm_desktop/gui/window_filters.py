"""The filter panel's place in the window: above the list, shown and hidden by View >
Filters; its choices (categories, deal stages) read when it shows; ``changed`` says the new
filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.filter_panel import FilterPanel
from crm_desktop.services.database import Database
from crm_desktop.services.stages import list_stages


class WindowFilters(QObject):
    changed = Signal(object)  # a ContactFilter

    def __init__(
        self, parent: QWidget, lists: QWidget, db: Callable[[], Database],
        categories: Callable[[], list[str]], report: Callable[[CrmError], None],
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._db, self._categories, self._report = db, categories, report
        self.panel = FilterPanel(date.today, parent)
        self.panel.hide()
        self.container = QWidget(parent)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        layout.addWidget(lists, 1)
        self.panel.changed.connect(self.changed)

    def toggle(self) -> None:
        """View > Filters: the panel shown (its choices read again) or hidden (its filters
        off, so that the list never hides contacts for a reason no longer on screen)."""
        if self.panel.isVisible():
            self.panel.hide()
            if not self.panel.filters().is_empty():
                self.panel.clear()
            return
        try:
            stages = [stage.name for stage in list_stages(self._db())]
        except CrmError as error:
            self._report(error)
            return
        self.panel.set_choices(self._categories(), stages)
        self.panel.show()
