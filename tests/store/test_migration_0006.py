"""Migration 0006: a database of revision 0005 with an activity opens with the activity
keeping nothing from iCalendar yet, its contact's next activity still kept by the triggers
(the column is added, the table not copied), and check finds nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date
from pathlib import Path

from crm_desktop.services.activities import get_activity, reschedule_activity
from crm_desktop.services.database import open_database
from crm_desktop.services.health import check_database
from tests.store.test_database import _database_at_revision

_GOOD = "2026-01-01T00:00:00.000000Z"


def test_a_0005_database_opens_with_calendar_kept_empty_and_its_triggers_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0005")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO activities (id, kind, subject, start_at, status, created_at, updated_at)"
            f" VALUES (1, 'meeting', 'Review', '2026-11-05T08:00:00.000000Z', 'open', '{_GOOD}',"
            f" '{_GOOD}')"
        )
        raw.execute("INSERT INTO activity_contacts VALUES (1, 1)")
    raw.close()
    with open_database(path, "en") as db:
        assert check_database(db) == []
        assert get_activity(db, 1).calendar_kept == ""
        reschedule_activity(db, 1, date(2026, 11, 6), UTC)
    with sqlite3.connect(path) as raw:
        triggers = raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchone()[0] > 0
        [(next_at,)] = raw.execute("SELECT next_activity_at FROM contacts WHERE id = 1")
        assert next_at == "2026-11-06T08:00:00.000000Z"
    raw.close()
