#!/usr/bin/env python3
"""Commands beside the open window, at 100,000 contacts (issue 15):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/beside_bench.py [--count N] [--keep DIR]

Prints: the window's look for changes made elsewhere when there is none (median); the
window's refresh after a call logged by `crm-desktop log` in another process; a cron-style
`crm-desktop backup` and a full `crm-desktop check` beside the window, and the longest wait
of the window's own writes (one every half second) during that check. Nothing here is a
test: the figures go into the report of the issue.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from crm_desktop.records.drafts import ContactDraft  # noqa: E402
from crm_desktop.services.contacts import add_contacts  # noqa: E402
from crm_desktop.services.database import Database, open_database  # noqa: E402
from crm_desktop.services.sample_data import generate_contacts  # noqa: E402


def _cli(path: Path, *argv: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "crm_desktop", *argv, "--db", str(path)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _window_figures(app: QApplication, db: Database) -> None:
    from crm_desktop.gui.main_window import MainWindow

    window = MainWindow(db)
    started: list[int] = []
    window.started.connect(lambda: started.append(1))
    window.show()
    while not started:
        app.processEvents()
    window.select_row(5)
    app.processEvents()
    looks = []
    for _ in range(500):
        begun = time.perf_counter()
        window._outside.look()
        looks.append(time.perf_counter() - begun)
    print(f"look, nothing changed: median {statistics.median(looks) * 1e6:.0f} us")
    _cli(db.path, "log", "3", "--kind", "call", "--subject", "From cron").communicate()
    begun = time.perf_counter()
    window._outside.look()
    app.processEvents()
    print(f"look and refresh after a call logged elsewhere: {time.perf_counter() - begun:.3f} s")
    window.close()


def _beside_figures(db: Database, folder: Path) -> None:
    begun = time.perf_counter()
    backup = _cli(db.path, "backup", str(folder / "nightly.sqlite3"))
    _, err = backup.communicate()
    took = time.perf_counter() - begun
    print(f"backup beside the window: {took:.1f} s, status {backup.returncode} {err.strip()}")
    begun = time.perf_counter()
    check = _cli(db.path, "check")
    waits = []
    while check.poll() is None:
        write = time.perf_counter()
        add_contacts(db, [ContactDraft("Written during the check")])
        waits.append(time.perf_counter() - write)
        time.sleep(0.5)
    _, err = check.communicate()
    took = time.perf_counter() - begun
    print(f"full check beside the window: {took:.1f} s, status {check.returncode} {err.strip()}")
    print(f"the window's writes meanwhile: {len(waits)}, longest {max(waits):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="a folder to keep (and reuse) the database in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="crm-beside-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"beside-{args.count}.sqlite3"
    if not path.exists():
        with open_database(path, "en") as db:
            add_contacts(db, list(generate_contacts(args.count)))
    app = QApplication(sys.argv[:1])
    db = open_database(path, "en")  # locked, as the window's
    try:
        _window_figures(app, db)
        _beside_figures(db, folder)
    finally:
        db.close()


if __name__ == "__main__":
    main()
