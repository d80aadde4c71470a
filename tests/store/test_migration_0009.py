"""Migration 0009: a database of revision 0006 opens with its activities and notes searchable,
its contacts' documents written again with their addresses, and check finding nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crm_desktop.services.contact_list import ordered_contact_ids, search_matches
from crm_desktop.services.database import open_database
from crm_desktop.services.health import check_database
from tests.store.test_database import _database_at_revision

_GOOD = "2026-01-01T00:00:00.000000Z"


def test_a_0006_database_gets_its_history_and_addresses_indexed(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0006")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO activities (id, kind, subject, details, status, created_at, updated_at)"
            f" VALUES (1, 'call', 'Price list', 'Olive oil', 'done', '{_GOOD}', '{_GOOD}')"
        )
        raw.execute("INSERT INTO activity_contacts VALUES (1, 1)")
        raw.execute(
            "INSERT INTO notes (contact_id, body, created_at, updated_at)"
            f" VALUES (1, 'Met in Girona', '{_GOOD}', '{_GOOD}')"
        )
        raw.execute("INSERT INTO addresses (contact_id, locality) VALUES (1, 'Figueres')")
    raw.close()
    with open_database(path, "en") as db:
        assert check_database(db) == []
        assert ordered_contact_ids(db, "olive") == [1]
        assert ordered_contact_ids(db, "girona") == [1]
        assert ordered_contact_ids(db, "figueres") == [1]
        assert [m.field for m in search_matches(db, "olive", [1])[1]] == ["activity"]
