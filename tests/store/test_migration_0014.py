"""Migration 0014: a database of revision 0010 with done, open and trashed activities opens
with each kind's done activities counted per UTC hour (``activity_done_hours``), and the
weeks' report reads the same counts as before."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date
from pathlib import Path

from crm_desktop.services.database import open_database
from crm_desktop.services.health import check_database
from crm_desktop.services.sales_reports import activities_by_week
from tests.store.test_database import _database_at_revision

_GOOD = "2026-01-01T00:00:00.000000Z"


def test_a_0010_database_gains_the_hourly_counts_of_its_done_activities(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0010")
    rows = [
        (1, "call", "done", "2026-11-02T09:10:00.000000Z", None),
        (2, "call", "done", "2026-11-02T09:50:00.000000Z", None),
        (3, "email", "done", "2026-11-04T18:00:00.000000Z", None),
        (4, "call", "done", "2026-11-03T10:00:00.000000Z", _GOOD),  # in the Trash
        (5, "task", "open", None, None),
    ]
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO activities (id, kind, subject, status, completed_at, deleted_at, "
            f"due_at, created_at, updated_at) VALUES (?, ?, 'x', ?, ?, ?, '{_GOOD}', "
            f"'{_GOOD}', '{_GOOD}')",
            rows,
        )
    raw.close()
    with open_database(path, "en") as db:
        assert check_database(db) == []
        with db.raw_reading() as connection:
            counted = connection.execute(
                "SELECT kind, hour, count FROM activity_done_hours ORDER BY kind, hour"
            ).fetchall()
        assert counted == [("call", "2026-11-02T09", 2), ("email", "2026-11-04T18", 1)]
        weeks = activities_by_week(db, tz=UTC)
        assert [(r.week_start, r.kind, r.count) for r in weeks] == [
            (date(2026, 11, 2), "call", 2),
            (date(2026, 11, 2), "email", 1),
        ]
