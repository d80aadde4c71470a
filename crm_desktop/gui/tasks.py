"""Long services (import, export) run in a worker thread, with progress and cancel.

The worker never touches a widget: it reports through signals, which Qt delivers in the
GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from crm_desktop.errors import CrmError
from crm_desktop.gui.collector import gui_thread_collector
from crm_desktop.services.cancel import Cancelled, CancelToken

Work = Callable[[Callable[[int], None], CancelToken], object]


class ServiceTask(QThread):
    """Runs ``work(progress, cancel)`` once, off the GUI thread."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)  # a CrmError, or the unexpected exception (our bug) that ended the work
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._token = CancelToken()

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        """Starts the work; while it runs, cycles are collected in the GUI thread only (a
        collection in this thread could destroy a Qt object of the GUI thread: gui.collector)."""
        collector = gui_thread_collector()
        if collector is not None:
            collector.worker_started()
            self.finished.connect(collector.worker_ended)
        super().start(priority)

    def cancel(self) -> None:
        self._token.cancel()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._token)
        except Cancelled:
            self.cancelled.emit()
        except CrmError as error:
            self.failed.emit(error)
        except Exception as error:  # our bug: told to the user, traced for us, not hidden
            traceback.print_exc()
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
