"""Changes another process made to the open database: a command run beside the window
(``crm-desktop log``, an import of one batch, a script). The window looks when it is
activated and every few seconds (``PRAGMA data_version`` on a connection of its own: a few
microseconds, at 100,000 contacts as at ten), and ``changed`` tells it to read again what it
shows. Nothing is read while a dialog of its own is open (the look waits for the window to be
activated again), nor while a restore replaces the file (``stop``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.services.database import Database

LOOK_EVERY_MS = 3000


class OutsideChanges(QObject):
    changed = Signal()  # another process committed a change since the last look
    quiet = Signal()  # a look found no change made elsewhere

    def __init__(self, window: QWidget, database: Callable[[], Database]) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.look)
        window.installEventFilter(self)

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Watch the window's database (from now on; again after a restore replaced it)."""
        try:
            self._database().watch_changes()
        except CrmError:
            return  # the database cannot be read: what the window does next says so
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def look(self) -> None:
        """Emit ``changed`` if another process changed the database since the last look."""
        if not self.watching or QApplication.activeModalWidget() is not None:
            return
        try:
            changed = self._database().changed_elsewhere()
        except CrmError:
            return  # not every few seconds in a message box: the next read the user makes tells
        (self.changed if changed else self.quiet).emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.look)  # once the activation is done
        return super().eventFilter(watched, event)


def refresh_after_outside_change(window: MainWindow) -> None:
    """A command run beside the window changed the database. The list (the record shown
    kept, its card and timeline read again) and the folder counts only when their marks
    say they can have changed (reading them costs a second at 100,000 contacts; a call
    logged touches neither); the timelines, the list's dates and the Activities view
    (if shown: it reads itself again when it is shown) always."""
    known = window._list_marks
    marks = window._read_list_marks()
    if marks is None or marks != known or window._state.accounts:
        accounts = window._state.accounts
        shown = window._card.card.shown
        kept = window._accounts.selected() if accounts else (shown.id if shown else None)
        window._refresh(window._search.text())
        if kept is not None:
            (window._accounts if accounts else window._contacts).select_id(kept)
        window._refresh_navigation()
    if window._schedule is None:
        return
    from crm_desktop.gui.timeline_view import TimelineView

    window._schedule.changed.emit()  # the list's dates: last contact, next activity
    for timeline in window.findChildren(TimelineView):
        timeline.refresh()
    view = window._schedule.view
    if view is not None and window._views.currentWidget() is view:
        view.refresh()
