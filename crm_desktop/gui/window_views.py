"""Which view the main window shows (Contacts, Activities, Pipeline, Reports), in one place:
the stack's current page is the one truth, and the View menu and toolbar, the search box's
hint and the status bar's count follow it however the view was reached (a menu, Ctrl+2, the
banner's Show, a reminder). In the Activities view the search box filters the activities."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget

if TYPE_CHECKING:  # made on first use: not imported with the first screen
    from crm_desktop.gui.activities_view import ActivitiesView

# The View menu's action for each page of the stack, by the page's class (the contacts'
# and accounts' splitter is every other page).
VIEW_ACTIONS = {
    "ActivitiesView": "activities_view",
    "PipelineView": "pipeline_view",
    "ReportsView": "reports_view",
}
LIST_ACTIONS = ("edit", "delete", "restore")


class WindowViews(QObject):
    def __init__(
        self,
        views: QStackedWidget,
        actions: Mapping[str, QAction],
        search: QLineEdit,
        count: QLabel,
        list_count: Callable[[], str],
        refresh_list: Callable[[str], None],
    ) -> None:
        super().__init__(views)
        self._views = views
        self._actions = actions
        self._search = search
        self._count = count
        self._list_count = list_count  # the contacts' (or accounts') count, in words
        self._refresh_list = refresh_list  # the list read again for a search
        self._list_query = ""  # the search the list was last read for
        self._watched: set[int] = set()
        self._held: dict[str, bool] = {}  # the list's actions, as they were, while away
        views.currentChanged.connect(self._on_views_current_changed)

    def activities(self) -> ActivitiesView | None:
        """The Activities view when it is the one shown."""
        page = self._views.currentWidget()
        if type(page).__name__ == "ActivitiesView":
            return page  # type: ignore[return-value]
        return None

    def _on_views_current_changed(self, _index: int) -> None:
        page = self._views.currentWidget()
        name = VIEW_ACTIONS.get(type(page).__name__, "contacts_view")
        self._actions[name].setChecked(True)
        self._hold_list_actions(away=name != "contacts_view")
        view = self.activities()
        if view is not None and id(view) not in self._watched:
            self._watched.add(id(view))
            view.counted.connect(self._on_activities_counted)
        self.follow()

    def _hold_list_actions(self, *, away: bool) -> None:
        """Edit, Delete and Restore act on the contacts' or accounts' list: off while another
        view shows (Delete in Activities must not delete the contact selected behind it)."""
        if away and not self._held:
            self._held = {n: self._actions[n].isEnabled() for n in LIST_ACTIONS}
            for n in LIST_ACTIONS:
                self._actions[n].setEnabled(False)
        elif not away and self._held:
            for n, enabled in self._held.items():
                self._actions[n].setEnabled(enabled)
            self._held = {}

    def follow(self) -> None:
        """The search hint and the count of the view shown; the Activities view filtered by
        the search box's text."""
        self._search.setPlaceholderText(self.placeholder())
        view = self.activities()
        if view is None:
            if self._search.text() != self._list_query:  # typed while Activities showed
                self._refresh_list(self._search.text())
            self._count.setText(self._list_count())
            return
        view.set_filter(self._search.text())
        self._count.setText(view.count_text())

    def filter(self, query: str) -> bool:
        """The search box's text for the view shown: True when the Activities view took it."""
        view = self.activities()
        if view is None:
            self._list_query = query
            return False
        view.set_filter(query)
        return True

    def count(self, text: str) -> None:
        """The list's count, shown unless another view has the status bar."""
        if self.activities() is None:
            self._count.setText(text)

    def hold(self, name: str, enabled: bool) -> None:
        """``name`` enabled or not, as the list says (later, if another view shows)."""
        if name in self._held:
            self._held[name] = enabled
        else:
            self._actions[name].setEnabled(enabled)

    def _on_activities_counted(self, text: str) -> None:
        if self.activities() is not None:
            self._count.setText(text)

    def name_records(self, *, accounts: bool) -> None:
        """New, Edit, Delete, Restore say "account" in the accounts' lists."""
        from crm_desktop.gui.window_actions import name_for_records

        name_for_records(self._actions, accounts=accounts)

    def placeholder(self) -> str:
        if self.activities() is not None:
            return self.tr("Search activities: subjects, details, places, people…")
        return QCoreApplication.translate(
            "MainWindow", "Search names, addresses, categories, notes, activities…"
        )
