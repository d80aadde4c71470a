"""While a worker thread runs, Python's cycle collector runs in the GUI thread only.

CPython collects reference cycles in whichever thread happens to allocate past the
threshold. In a worker (a ``ServiceTask`` reading birthdays, an import) that may free the
last reference to a Qt object of the GUI thread, whose C++ destructor then runs in the wrong
thread: a crash seen twice in the test suite. So while any worker runs, the automatic
collector is off and a timer of the GUI thread does what it would have done, by the same
thresholds and generations; when the last worker ends, the automatic collector is back.
Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Slot

CHECK_EVERY_MS = 250
# CPython skips most full collections (it waits for a quarter of the old objects to be new);
# a timer cannot see that count, so it collects everything at most this often instead.
FULL_AT_MOST_EVERY_S = 10.0
_NAME = "gui_thread_collector"


class GuiThreadCollector(QObject):
    """Collects as CPython would, from a timer of the GUI thread, while workers run."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._thresholds = gc.get_threshold()
        self._running = 0
        self._was_enabled = True
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_due)

    @property
    def workers(self) -> int:
        """How many workers are running."""
        return self._running

    def worker_started(self) -> None:
        if self._running == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()
        self._running += 1

    @Slot()
    def worker_ended(self) -> None:
        """Connected to a worker's ``finished``: delivered in the GUI thread (queued)."""
        self._running = max(0, self._running - 1)
        if self._running == 0:
            self._timer.stop()
            self.collect_due()
            if self._was_enabled:
                gc.enable()

    @Slot()
    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; the generation
        collected (-1: none was due)."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if first <= 0 or young < first:
            return -1
        generation = 0
        if middle >= second:
            generation = 1
            now = time.monotonic()
            if old >= third and now - self._last_full >= FULL_AT_MOST_EVERY_S:
                generation = 2
                self._last_full = now
        gc.collect(generation)
        return generation


def gui_thread_collector() -> GuiThreadCollector | None:
    """The application's collector (made on first use); None when there is no application
    or this is not its thread."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    existing = app.findChild(GuiThreadCollector, _NAME)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
