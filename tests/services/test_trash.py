"""The Trash: what is in it, per kind, and emptying it for good after a backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from crm_desktop.records.contacts import TrashCounts, TrashKind
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft, EmailValue
from crm_desktop.services.account_edits import trash_accounts
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.backups import list_backups
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.health import check_database
from crm_desktop.services.trash import empty_trash, trash_counts, trash_items
from crm_desktop.store.models import Activity, Note

TRASHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _fill(db: Database) -> None:
    """Ana works at Aegean Foods (trashed); Bob is trashed; a note and an activity of each
    state (the notes and activities services are another module's: rows written directly)."""
    add_contacts(
        db,
        [
            ContactDraft(
                given_name="Ana", family_name="Puig", accounts=(AccountLinkDraft("Aegean Foods"),)
            ),
            ContactDraft(
                given_name="Bob", family_name="Lee", emails=(EmailValue("bob@lee.example"),)
            ),
        ],
    )
    trash_contacts(db, [2])
    trash_accounts(db, [account.id for account in account_rows(db)])
    with db.writing() as session:
        session.add_all(
            [
                Note(contact_id=1, body="Prefers calls\nafter 10:00", deleted_at=TRASHED),
                Note(contact_id=1, body="Kept note"),
                Activity(kind="call", subject="Old call", deleted_at=TRASHED),
                Activity(kind="task", subject="Send prices"),
            ]
        )


@pytest.fixture
def filled(db: Database) -> Database:
    _fill(db)
    return db


def test_the_trash_counts_each_kind(filled: Database) -> None:
    assert trash_counts(filled) == TrashCounts(contacts=1, accounts=1, notes=1, activities=1)


def test_the_trash_lists_its_rows_with_kind_title_and_time(filled: Database) -> None:
    items = trash_items(filled)
    assert {(item.kind, item.title) for item in items} == {
        (TrashKind.CONTACT, "Bob Lee"),
        (TrashKind.ACCOUNT, "Aegean Foods"),
        (TrashKind.NOTE, "Prefers calls"),
        (TrashKind.ACTIVITY, "Old call"),
    }
    assert len(items) == 4
    assert items[-1].deleted_at == TRASHED  # most recently trashed first
    assert [item.title for item in trash_items(filled, TrashKind.NOTE)] == ["Prefers calls"]


def test_emptying_the_trash_deletes_every_kind_for_good_after_a_backup(filled: Database) -> None:
    assert [row.name for row in search_contacts(filled, "aegean").rows] == ["Ana Puig"]
    emptied = empty_trash(filled)
    assert emptied.deleted == TrashCounts(contacts=1, accounts=1, notes=1, activities=1)
    assert trash_counts(filled) == TrashCounts()
    assert emptied.backup is not None and emptied.backup.reason == "before-empty-trash"
    assert [b.path for b in list_backups(filled.path)] == [emptied.backup.path]
    with sqlite3.connect(emptied.backup.path) as raw:  # the backup still holds the Trash
        trashed = raw.execute("SELECT count(*) FROM notes WHERE deleted_at IS NOT NULL")
        assert trashed.fetchone() == (1,)
    raw.close()
    with filled.raw_reading() as connection:
        assert connection.execute("SELECT body FROM notes").fetchall() == [("Kept note",)]
        assert connection.execute("SELECT subject FROM activities").fetchall() == [("Send prices",)]
        assert connection.execute("SELECT count(*) FROM emails").fetchone() == (0,)
    # Ana stays, without the purged account in her search entry
    assert [row.name for row in search_contacts(filled).rows] == ["Ana Puig"]
    assert search_contacts(filled, "aegean").total == 0
    assert emptied.changes.contacts_changed == (1,)
    assert check_database(filled) == []


def test_emptying_an_empty_trash_does_nothing_and_takes_no_backup(db: Database) -> None:
    add_contacts(db, [ContactDraft(given_name="Ana")])
    emptied = empty_trash(db)
    assert (emptied.deleted, emptied.backup) == (TrashCounts(), None)
    assert list_backups(db.path) == ()
