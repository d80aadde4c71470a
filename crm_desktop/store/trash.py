"""The Trash's rows: what is in it, and deleting it for good (stdlib only)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from crm_desktop.store.search_index import reindex

# The tables that have a Trash, by the kind of record each holds.
TRASH_TABLES = ("contacts", "accounts", "notes", "activities", "deals", "attachments")


def trash_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """How many records of each table (``TRASH_TABLES``) are in the Trash."""
    return {
        table: int(
            connection.execute(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL"
            ).fetchone()[0]
        )
        for table in TRASH_TABLES
    }


_TRASHED = {
    "contacts": "SELECT id, family_name, given_name, additional_names, formatted_name, "
    "deleted_at FROM contacts",
    "accounts": "SELECT id, name, deleted_at FROM accounts",
    "notes": "SELECT id, body, deleted_at FROM notes",
    "activities": "SELECT id, CASE subject WHEN '' THEN kind ELSE subject END, deleted_at "
    "FROM activities",
    "deals": "SELECT id, title, deleted_at FROM deals",
    "attachments": "SELECT id, file_name, deleted_at FROM attachments",
}


def trashed_contacts(connection: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """``(id, name, deleted_at)`` of the contacts in the Trash; the name is the formatted
    name, else built from its parts."""
    return [
        (row[0], row[4].strip() or " ".join(p for p in (row[2], row[3], row[1]) if p), row[5])
        for row in connection.execute(f"{_TRASHED['contacts']} WHERE deleted_at IS NOT NULL")
    ]


def trashed_records(connection: sqlite3.Connection, table: str) -> list[tuple[int, str, str]]:
    """``(id, text, deleted_at)`` of the accounts, notes or activities in the Trash: an
    account's name, a note's body, an activity's subject (else its kind)."""
    return [
        (int(row[0]), str(row[1]), str(row[2]))
        for row in connection.execute(f"{_TRASHED[table]} WHERE deleted_at IS NOT NULL")
    ]


@dataclass(frozen=True, slots=True)
class Purged:
    """What emptying the Trash deleted, and the live contacts it reindexed."""

    counts: dict[str, int]
    contacts: list[int]
    relinked: list[int]  # live contacts that lost a link to a purged account


def purge_trash(connection: sqlite3.Connection) -> Purged:
    """Delete everything in the Trash for good, in the caller's write transaction; children
    go with their records (``ON DELETE CASCADE``), and the contacts that worked at a purged
    account are reindexed without its name."""
    counts = trash_counts(connection)
    contacts = [
        row[0] for row in connection.execute("SELECT id FROM contacts WHERE deleted_at IS NOT NULL")
    ]
    relinked = [
        row[0]
        for row in connection.execute(
            "SELECT DISTINCT link.contact_id FROM contact_accounts AS link "
            "JOIN accounts ON accounts.id = link.account_id "
            "JOIN contacts ON contacts.id = link.contact_id "
            "WHERE accounts.deleted_at IS NOT NULL AND contacts.deleted_at IS NULL"
        )
    ]
    for table in TRASH_TABLES:
        connection.execute(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL")
    # The bytes of the files that went (on their own, or with their records), where nobody
    # else keeps the same file.
    connection.execute(
        "DELETE FROM attachment_contents WHERE sha256 NOT IN (SELECT sha256 FROM attachments)"
    )
    reindex(connection, [*contacts, *relinked])
    return Purged(counts, contacts, relinked)
