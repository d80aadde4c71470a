"""While a worker runs, reference cycles are collected in the GUI thread, never in the
worker: a collection there could run a Qt object's destructor in the wrong thread (a crash
seen in tests/gui/test_fit_and_dark.py: the collector ran in the Activities view's
birthdays worker)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from crm_desktop.gui.collector import gui_thread_collector
from crm_desktop.gui.tasks import ServiceTask
from crm_desktop.services.cancel import CancelToken


class _Cycle:
    """An object only the cycle collector can free; says in which thread it was freed."""

    def __init__(self, freed_in: set[int]) -> None:
        self.me = self
        self.freed_in = freed_in

    def __del__(self) -> None:
        self.freed_in.add(threading.get_ident())


def test_cycles_made_by_a_worker_are_freed_in_the_gui_thread(qtbot: QtBot) -> None:
    gc.collect()
    assert gc.isenabled()
    freed_in: set[int] = set()
    worker_ident: list[int] = []

    def work(_progress: Callable[[int], None], _cancel: CancelToken) -> object:
        worker_ident.append(threading.get_ident())
        # Far past the collector's first threshold (700 allocations): without the GUI
        # thread collector, CPython collects many times in this thread.
        for _ in range(50_000):
            _Cycle(freed_in)
        return gc.isenabled()

    task = ServiceTask(work)
    with qtbot.waitSignal(task.succeeded, timeout=30_000) as done:
        task.start()
    assert done.args == [False]  # the automatic collector was off while the worker ran
    qtbot.waitUntil(lambda: gc.isenabled(), timeout=10_000)  # back once the worker ended
    task.wait()
    gc.collect()
    assert freed_in, "the cycles were never collected"
    assert worker_ident[0] not in freed_in
    assert freed_in == {threading.get_ident()}


def test_the_gui_thread_collects_while_a_worker_runs(qtbot: QtBot) -> None:
    collector = gui_thread_collector()
    assert collector is not None
    release = threading.Event()
    freed_in: set[int] = set()

    def work(_progress: Callable[[int], None], cancel: CancelToken) -> object:
        release.wait(20)
        return None

    task = ServiceTask(work)
    task.start()
    try:
        qtbot.waitUntil(lambda: collector.workers == 1, timeout=5_000)
        for _ in range(5_000):  # garbage made by the GUI thread while the worker waits
            _Cycle(freed_in)
        # The timer collects them, in this thread, without an explicit gc.collect().
        qtbot.waitUntil(lambda: len(freed_in) > 0, timeout=5_000)
        assert freed_in == {threading.get_ident()}
    finally:
        release.set()
        task.wait()
    qtbot.waitUntil(lambda: collector.workers == 0 and gc.isenabled(), timeout=5_000)
