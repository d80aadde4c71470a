"""The main window at 100,000 contacts (issue 4): start-up, typing, sorting, scrolling, memory.

Each measurement runs in a fresh process with ``QT_QPA_PLATFORM=offscreen``; the start-up
reference is a skeleton process that imports PySide6.QtWidgets and sqlalchemy.orm and shows
an empty QMainWindow, measured in the same run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both print the seconds from the parent's "go" (argv[1], time.time()) to their first paint.
_ON_PAINT = """
import os, time
from PySide6.QtCore import QEvent, QObject
class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time() - float(sys.argv[1]), flush=True)
            os._exit(0)
        return False
"""

SKELETON = (
    """
import sys
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + _ON_PAINT
    + """
app = QApplication(sys.argv[:1])
window = QMainWindow()
probe = _FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""
)

FIRST_PAINT = (
    """
import argparse, sys
from crm_desktop.app import create_application, open_for_gui
from crm_desktop.gui.main_window import MainWindow
"""
    + _ON_PAINT
    + """
app = create_application(sys.argv[:1])
db, _ = open_for_gui(argparse.Namespace(db=sys.argv[2], demo=False))
window = MainWindow(db)
probe = _FirstPaint()
window._table.viewport().installEventFilter(probe)  # the list itself, with its first page
window.show()
app.exec()
"""
)

INTERACTIVE = r"""
import json, random, resource, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from crm_desktop.app import create_application
from crm_desktop.gui.contact_table_model import COLUMN_NAME
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.services.database import open_database
from crm_desktop.store.folding import fold

def peak_rss_mib():
    # VmHWM is this process's own peak; ru_maxrss can carry the peak of the (large) parent
    # this process was forked from, before exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

app = create_application(sys.argv[:1])
db = open_database(Path(sys.argv[1]), "en")
window = MainWindow(db)
window.resize(1280, 800)
window.show()
app.processEvents()

def settle():
    start = time.perf_counter()
    app.processEvents()
    return time.perf_counter() - start

import sqlite3
with sqlite3.connect(sys.argv[1]) as raw:
    names = [r[0] for r in raw.execute(
        "SELECT family_name FROM contacts WHERE family_name <> '' ORDER BY id")]
rng = random.Random(7)
terms = []
for name in rng.sample(names, 100):
    word = fold(name)
    terms += [word[:1], word[:3]]
del names
keystrokes = []
for term in terms:
    start = time.perf_counter()
    window._search.setText(term)
    window._debounce.flush()
    app.processEvents()
    keystrokes.append(time.perf_counter() - start)
window._search.setText("")
window._debounce.flush()
app.processEvents()

header = window._table.horizontalHeader()
sorts = {}
for column in range(window._model.columnCount()):
    start = time.perf_counter()
    descending = column == COLUMN_NAME  # the list is by name already: reverse it
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    header.setSortIndicator(column, order)
    app.processEvents()
    sorts[column] = time.perf_counter() - start
header.setSortIndicator(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
app.processEvents()

frames = []
for _ in range(5):
    window._table.scrollToBottom()
    frames.append(settle())
    window._table.scrollToTop()
    frames.append(settle())
bar = window._table.verticalScrollBar()
for step in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
    bar.setValue(step)
    frames.append(settle())
# One edit saved (a title: shown in the list, not in its order), then the window takes the
# Changes: the edited row read again and repainted, not the whole ordered list.
from dataclasses import replace
from crm_desktop.services.contact_edits import contact_draft, update_contact
resets = []
window._model.modelReset.connect(lambda: resets.append(1))
window._table.scrollToTop()
app.processEvents()
edits, saved_and_shown, renames = [], [], []
for n in range(30):
    row = 5 + n
    window.select_row(row)
    app.processEvents()
    contact_id = window._model.contact_id(row)
    draft = contact_draft(db, contact_id)
    start = time.perf_counter()
    changes = update_contact(db, contact_id, replace(draft, title=f"Buyer {n}"))
    shown = time.perf_counter()
    window._on_changes(changes)
    app.processEvents()
    end = time.perf_counter()
    edits.append(end - shown)
    saved_and_shown.append(end - start)
edit_resets = len(resets)
for n in range(5):  # a rename that moves the contact: the order is read again
    contact_id = window._model.contact_id(5)
    draft = contact_draft(db, contact_id)
    renamed = replace(draft, family_name="Zz" + draft.family_name, formatted_name="")
    changes = update_contact(db, contact_id, renamed)
    start = time.perf_counter()
    window._on_changes(changes)
    app.processEvents()
    renames.append(time.perf_counter() - start)
keystrokes.sort()
print(json.dumps({
    "edit_median_ms": 1000 * statistics.median(edits),
    "edit_max_ms": 1000 * max(edits),
    "edit_saved_median_ms": 1000 * statistics.median(saved_and_shown),
    "edit_list_resets": edit_resets,
    "rename_median_ms": 1000 * statistics.median(renames),
    "keystroke_median_ms": 1000 * statistics.median(keystrokes),
    "keystroke_p95_ms": 1000 * keystrokes[int(0.95 * len(keystrokes))],
    "sort_max_ms": 1000 * max(sorts.values()),
    "sort_ms": {str(k): round(1000 * v) for k, v in sorts.items()},
    "frame_max_ms": 1000 * max(frames),
    "frames": len(frames),
    "rss_mib": peak_rss_mib(),
}))
"""


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def _wall(code: str, *args: str) -> float:
    """Seconds from starting the process to its first paint (the child reports it)."""
    done = subprocess.run(
        [sys.executable, "-c", code, str(time.time()), *args],
        check=True, env=_env(), capture_output=True, text=True,
    )  # fmt: skip
    return float(done.stdout.strip().splitlines()[-1])


def bench_window(db_path: Path, count: int, runs: int) -> dict[str, object]:
    import sqlite3

    with sqlite3.connect(db_path) as raw:  # start from a checkpointed file, as a user would
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _wall(SKELETON)  # untimed: caches warm, bytecode compiled
    _wall(FIRST_PAINT, str(db_path))
    skeleton = statistics.median(_wall(SKELETON) for _ in range(runs))
    first_paint = statistics.median(_wall(FIRST_PAINT, str(db_path)) for _ in range(runs))
    done = subprocess.run(
        [sys.executable, "-c", INTERACTIVE, str(db_path), str(count)],
        check=True, env=_env(), capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(skeleton_s=skeleton, first_paint_s=first_paint)
    return result


if __name__ == "__main__":
    print(json.dumps(bench_window(Path(sys.argv[1]), int(sys.argv[2]), 3), indent=1))
