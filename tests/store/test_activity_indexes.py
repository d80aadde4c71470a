"""Migration 0003: the indexes of the activities lists (and that the lists use them), and each
contact's last contact and next activity, filled in and kept by triggers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crm_desktop.services.database import open_database
from crm_desktop.store import activity_queries
from tests.store.test_database import _database_at_revision

_INDEXES = ("ix_activities_when", "ix_activities_completed_at", "ix_activities_reminder_at")


def test_a_0002_database_gains_the_activity_indexes_keeping_its_activities(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0002")  # contact 1, Ana Puig
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO activities (id, kind, subject, due_at, created_at, updated_at) VALUES "
            "(1, 'task', 'Kept', '2026-05-01T06:00:00.000000Z', "
            "'2026-04-01T00:00:00.000000Z', '2026-04-01T00:00:00.000000Z')"
        )
        raw.execute(
            "INSERT INTO activities (id, kind, subject, status, completed_at, created_at, "
            "updated_at) VALUES (2, 'call', 'Done', 'done', '2026-03-01T09:00:00.000000Z', "
            "'2026-03-01T00:00:00.000000Z', '2026-03-01T00:00:00.000000Z')"
        )
        raw.execute("INSERT INTO activity_contacts VALUES (1, 1), (2, 1)")
    raw.close()
    with open_database(path, "en") as db, db.raw_reading() as connection:
        names = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'activities' AND type = 'index'"
            )
        }
        assert set(_INDEXES) <= names
        found = activity_queries.open_between(
            connection, "2026-05-01T00:00:00.000000Z", "2026-05-02T00:00:00.000000Z", None
        )
        assert [row[2] for row in found] == ["Kept"]
        filled = connection.execute(
            "SELECT last_contact_at, next_activity_at FROM contacts WHERE id = 1"
        ).fetchone()
    assert filled == ("2026-03-01T09:00:00.000000Z", "2026-05-01T06:00:00.000000Z")


def test_the_today_list_reads_the_time_index_not_the_whole_table(tmp_path: Path) -> None:
    with open_database(tmp_path / "crm.sqlite3", "en") as db, db.raw_reading() as connection:
        statements: list[str] = []
        connection.set_trace_callback(statements.append)
        activity_queries.open_between(
            connection, "2026-05-01T00:00:00.000000Z", "2026-05-02T00:00:00.000000Z", 50
        )
        connection.set_trace_callback(None)
        [query] = [s for s in statements if "FROM activities" in s]
        plans = [str(row[-1]) for row in connection.execute(f"EXPLAIN QUERY PLAN {query}")]
    assert any("ix_activities_when" in plan for plan in plans), plans
    assert not any(plan.startswith("SCAN a") for plan in plans), plans


def test_keeping_a_contacts_times_reads_only_that_contacts_activities(tmp_path: Path) -> None:
    """Without statistics (no ANALYZE ever ran) the triggers' recount must still start from the
    contact's own links, not walk every done activity for each contact."""
    import importlib

    migration = importlib.import_module("crm_desktop.store.migrations.versions.0003_activity_times")
    with open_database(tmp_path / "crm.sqlite3", "en") as db, db.raw_reading() as connection:
        plans = [
            str(row[-1])
            for row in connection.execute(
                "EXPLAIN QUERY PLAN "
                + migration.TRIGGERS["tr_activities_update"]
                .split(" BEGIN", 1)[1]
                .rsplit("END", 1)[0]
                .replace("NEW.id", "1")
            )
        ]
    searches = [plan for plan in plans if plan.startswith(("SEARCH", "SCAN"))]
    assert all("USING INDEX ix_activities_" not in plan for plan in searches), plans
    assert any("ix_activity_contacts_contact_id" in plan for plan in searches), plans
