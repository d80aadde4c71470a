"""The main window's share of the activities (issue 5), kept out of main_window.py: the
actions shared by the timelines and the Activities view, the Activities view itself (made on
first use), the reminders and the banner of what is overdue at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QSystemTrayIcon, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.banner import Banner
from crm_desktop.gui.reminders import ReminderNotifier
from crm_desktop.records.activities import ActivityRow, Due
from crm_desktop.services.activities import due_activity_ids, reminders_between
from crm_desktop.services.database import Database


class WindowSchedule(QObject):
    changed = Signal()  # an activity or a note changed: the contacts list's dates may have
    contact_activated = Signal(int)  # a contact picked in the Activities view

    def __init__(
        self,
        window: QWidget,
        database: Database,
        views: QStackedWidget,
        banner: Banner,
        *,
        clock: Callable[[], datetime] | None = None,
        undo: QUndoStack | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._views = views
        self._banner = banner
        self._clock = clock
        self.actions = ActivityActions(database, window, clock=self.now, undo=undo)
        self.actions.changed.connect(self.changed)
        self.actions.changed.connect(self._on_actions_changed)
        self._overdue_line = ""  # the banner's line of what is overdue, while it shows
        self.view: ActivitiesView | None = None
        tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(window.windowIcon(), self)
        self.reminders = ReminderNotifier(
            self._reminders_between, self.now, banner, self, tray=tray
        )
        self.reminders.show_requested.connect(self._on_reminders_show_requested)

    def now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(UTC)

    def _reminders_between(self, after: datetime, until: datetime) -> list[ActivityRow]:
        return reminders_between(self._database, after, until)

    def start(self) -> None:
        """Reminders from now on, and a banner when activities are overdue."""
        self.reminders.start()
        if overdue := self._overdue_text():
            self._overdue_line = overdue
            self._banner.show_message(overdue, self.tr("Show"), self._on_overdue_shown)

    def _overdue_text(self) -> str:
        """What the banner says of the activities overdue ("" when none are)."""
        try:
            overdue = len(due_activity_ids(self._database, Due.OVERDUE, now=self.now()))
        except CrmError as error:
            self.actions.show_error(error)
            return ""
        if not overdue:
            return ""
        return self.tr("Overdue activities: %1").replace("%1", QLocale().toString(overdue))

    def _on_actions_changed(self) -> None:
        """An activity done, moved, deleted (or one of those undone): the count follows."""
        if self._overdue_line and self._overdue_line in self._banner.lines():
            line, self._overdue_line = self._overdue_line, self._overdue_text()
            self._banner.replace_line(line, self._overdue_line)

    def _on_overdue_shown(self) -> None:
        self.show_activities(Due.OVERDUE)

    def use_database(self, db: Database) -> None:
        """Work on ``db`` from now on (the database opened again after a restore)."""
        self._database = db
        self.actions.database = db

    def stop(self) -> None:
        self.reminders.stop()
        if self.view is not None:
            self.view.wait_for_side()

    def show_activities(self, due: Due | None = None) -> ActivitiesView:
        """Switch to the Activities view (on the ``due`` list when given)."""
        if self.view is None:
            self.view = ActivitiesView(self.actions, self._window)
            self.view.contact_activated.connect(self.contact_activated)
            self._views.addWidget(self.view)
        self._views.setCurrentWidget(self.view)
        if due is not None and due is not self.view.due():
            self.view.set_due(due)  # reads the list
        else:
            self.view.refresh()
        return self.view

    def _on_reminders_show_requested(self, _row: object) -> None:
        self.show_activities(Due.TODAY)
