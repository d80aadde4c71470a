"""The day's backup, taken off the GUI thread once the window is up (at 100,000 contacts it
takes seconds, which the window must not freeze for), and told in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.gui.tasks import ServiceTask
    from crm_desktop.services.database import Database


class DailyBackup(QObject):
    def __init__(self, window: QMainWindow, show_error: Callable[[CrmError], None]) -> None:
        super().__init__(window)
        self._window = window
        self._show_error = show_error
        self._task: ServiceTask | None = None

    def start(self, db: Database) -> None:
        """A backup of ``db`` when its newest is over a day old."""
        from crm_desktop.gui.tasks import ServiceTask
        from crm_desktop.services.backups import backup_if_due

        task = ServiceTask(lambda _progress, _cancel: backup_if_due(db), self)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._task = task
        task.start()

    def wait(self) -> None:
        """Let it finish (before the database closes or is replaced)."""
        if self._task is not None:
            self._task.wait()

    def _on_task_succeeded(self, entry: object) -> None:
        if entry is not None:
            self._window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Today's backup is made."), 5000
            )

    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, CrmError):  # a failed backup never blocks the work: it is told
            self._show_error(error)
