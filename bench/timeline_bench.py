"""A contact's timeline at 5,000 activities (issue 5): the time from selecting the contact to
the first paint of its timeline, against the same for a contact with none, same run.

    .venv/bin/python bench/timeline_bench.py [ACTIVITIES]     # default 5,000; target < 100 ms

Each figure is a median over repeats in one process with ``QT_QPA_PLATFORM=offscreen``: the
card and the timeline are shown for the busy contact, then for the empty one, in turn; the
clock runs from ``show_card`` (which reads the card and the timeline's first page) to the
timeline list's first Paint event.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = 15

MEASURE = r"""
import json, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from crm_desktop.app import create_application
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.contact_card import ContactPane
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.database import open_database

class FirstPaint(QObject):
    painted = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

app = create_application(sys.argv[:1])
db = open_database(Path(sys.argv[1]), "en")
busy, empty, runs = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
pane = ContactPane()
pane.timeline.set_actions(ActivityActions(lambda: db, pane))
pane.resize(480, 800)
pane.show()
app.processEvents()
probe = FirstPaint()
pane.timeline.list.viewport().installEventFilter(probe)

def shown(contact_id):
    probe.painted = False
    start = time.perf_counter()
    pane.show_card(get_contact(db, contact_id))
    while not probe.painted:
        app.processEvents()
    return time.perf_counter() - start

shown(busy); shown(empty)  # untimed: caches warm
times = {"busy": [], "empty": []}
for _ in range(runs):
    times["busy"].append(shown(busy))
    times["empty"].append(shown(empty))
rows = pane.timeline.model.rowCount()
pane.show_card(get_contact(db, busy))
print(json.dumps({
    "busy_ms": 1000 * statistics.median(times["busy"]),
    "busy_max_ms": 1000 * max(times["busy"]),
    "empty_ms": 1000 * statistics.median(times["empty"]),
    "rows_read_for_first_paint": pane.timeline.model.rowCount(),
}))
"""


def build(path: Path, activities: int) -> tuple[int, int]:
    """A database with one contact holding ``activities`` activities (and a note every 50th),
    and one contact with none; written in bulk, as an import would."""
    from sqlalchemy import insert

    from crm_desktop.records.drafts import ContactDraft
    from crm_desktop.services.contacts import add_contacts
    from crm_desktop.services.database import open_database
    from crm_desktop.store.models import Activity, Note
    from crm_desktop.store.schedule import activity_contacts

    with open_database(path, "en") as db:
        busy, empty = add_contacts(
            db,
            [ContactDraft(given_name="Busy", family_name="Buyer"),
             ContactDraft(given_name="Quiet", family_name="One")],
        )  # fmt: skip
        now = datetime.now(UTC).replace(microsecond=0)
        kinds = ("call", "email", "letter", "meeting", "task")
        with db.writing() as session:
            rows = [
                {
                    "kind": kinds[n % 5], "subject": f"Activity {n}",
                    "details": "Talked through the order and the delivery dates.",
                    "start_at": None if n % 5 == 4 else now - timedelta(hours=n),
                    "due_at": now - timedelta(hours=n) if n % 5 == 4 else None,
                    "status": "done" if n > 10 else "open",
                    "completed_at": now - timedelta(hours=n) if n > 10 else None,
                    "outcome": "Went well" if n > 10 else "",
                }
                for n in range(activities)
            ]  # fmt: skip
            ids = session.scalars(insert(Activity).returning(Activity.id), rows).all()
            session.execute(
                insert(activity_contacts), [{"activity_id": i, "contact_id": busy} for i in ids]
            )
            session.execute(
                insert(Note),
                [{"contact_id": busy, "body": f"Note {n}", "pinned": n == 0}
                 for n in range(0, activities, 50)],
            )  # fmt: skip
    return int(busy), int(empty)


def bench_timeline(folder: Path, activities: int, runs: int = RUNS) -> dict[str, object]:
    path = folder / "timeline.sqlite3"
    busy, empty = build(path, activities)
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), str(busy), str(empty), str(runs)],
        check=True, capture_output=True, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
    )  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["activities"] = activities
    return result


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(bench_timeline(Path(folder), count), indent=1))
