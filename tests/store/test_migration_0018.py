"""Migration 0018: a database of revision 0016 with a sync account opens with the change
marks in place (``sync_changes``) and the account's last upload not known (so its next sync
compares every record once); from then on every change to a card's values marks its record,
once, with a newer number each time, and only while a sync account exists."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.contact_edits import contact_draft, update_contact
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.health import check_database
from tests.store.test_database import _database_at_revision


def _marks(db: Database) -> list[tuple[str, int, int]]:
    with db.raw_reading() as connection:
        rows = connection.execute(
            "SELECT kind, record_id, seq FROM sync_changes ORDER BY seq"
        ).fetchall()
    return [(str(k), int(r), int(s)) for k, r, s in rows]


def test_a_0016_database_with_a_sync_account_opens_with_its_last_upload_unknown(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0016")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO sync_accounts (name, url, username, created_at) "
            "VALUES ('home', 'https://dav.example/', 'ann', '2026-01-01T00:00:00.000000Z')"
        )
    raw.close()
    with open_database(path, "en") as db:
        assert check_database(db) == []
        with db.raw_reading() as connection:
            seen = connection.execute("SELECT contacts_seen FROM sync_accounts").fetchone()
        assert seen == (None,)
        assert _marks(db) == []
        draft = contact_draft(db, 1)
        update_contact(db, 1, dataclasses.replace(draft, emails=(EmailValue("ana@example.es"),)))
        [(kind, record, first)] = _marks(db)
        assert (kind, record) == ("contacts", 1)
        update_contact(db, 1, dataclasses.replace(contact_draft(db, 1), note="later"))
        [(_kind, _record, second)] = _marks(db)
        assert second > first


def test_nothing_is_marked_while_no_sync_account_exists(tmp_path: Path) -> None:
    with open_database(tmp_path / "crm.sqlite3", "en") as db:
        create_contact(db, ContactDraft(formatted_name="Ana Puig", given_name="Ana"))
        assert _marks(db) == []
