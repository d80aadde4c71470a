"""The Trash: what is in it (contacts, accounts, notes, activities) and emptying it.

Trashed records stay, restorable, until the user empties the Trash: then they are deleted
for good, all four kinds in one transaction, after a backup. Their children go with them
(emails, phones, links, a contact's or account's notes: ``ON DELETE CASCADE``); activities
keep their other contacts. A live contact that worked at a purged account loses the link and
its search entry is written again without the account's name.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from crm_desktop.records.contacts import Changes, EmptiedTrash, TrashCounts, TrashItem, TrashKind
from crm_desktop.records.ids import ContactId
from crm_desktop.services.backups import BEFORE_EMPTY_TRASH, backup_before
from crm_desktop.services.contact_writer import contact_document
from crm_desktop.services.database import Database
from crm_desktop.store.engine import driver_connection
from crm_desktop.store.models import Contact, ContactAccount
from crm_desktop.store.search_index import delete_documents, write_documents

_TABLES = {
    TrashKind.CONTACT: "contacts",
    TrashKind.ACCOUNT: "accounts",
    TrashKind.NOTE: "notes",
    TrashKind.ACTIVITY: "activities",
}
_TITLE_LENGTH = 80


def _counts(connection: sqlite3.Connection) -> TrashCounts:
    count = {
        kind: int(
            connection.execute(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL"
            ).fetchone()[0]
        )
        for kind, table in _TABLES.items()
    }
    return TrashCounts(
        contacts=count[TrashKind.CONTACT],
        accounts=count[TrashKind.ACCOUNT],
        notes=count[TrashKind.NOTE],
        activities=count[TrashKind.ACTIVITY],
    )


def trash_counts(db: Database) -> TrashCounts:
    """How many records of each kind are in the Trash."""
    with db.raw_reading() as connection:
        return _counts(connection)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= _TITLE_LENGTH else line[: _TITLE_LENGTH - 1] + "…"


def _when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def trash_items(db: Database, kind: TrashKind | None = None) -> tuple[TrashItem, ...]:
    """The records in the Trash (of one ``kind``, or all), the most recently trashed first."""
    items: list[TrashItem] = []
    kinds = [kind] if kind is not None else list(TrashKind)
    with db.raw_reading() as connection:
        if TrashKind.CONTACT in kinds:
            for row in connection.execute(
                "SELECT id, family_name, given_name, additional_names, formatted_name, "
                "deleted_at FROM contacts WHERE deleted_at IS NOT NULL"
            ):
                title = row[4].strip() or " ".join(p for p in (row[2], row[3], row[1]) if p)
                items.append(TrashItem(TrashKind.CONTACT, row[0], title, _when(row[5])))
        simple = {
            TrashKind.ACCOUNT: "SELECT id, name, deleted_at FROM accounts",
            TrashKind.NOTE: "SELECT id, body, deleted_at FROM notes",
            TrashKind.ACTIVITY: "SELECT id, CASE subject WHEN '' THEN kind ELSE subject END, "
            "deleted_at FROM activities",
        }
        for which, sql in simple.items():
            if which in kinds:
                items += [
                    TrashItem(which, row[0], _first_line(row[1]), _when(row[2]))
                    for row in connection.execute(f"{sql} WHERE deleted_at IS NOT NULL")
                ]
    items.sort(key=lambda item: (item.deleted_at, item.kind.value, item.id), reverse=True)
    return tuple(items)


def empty_trash(db: Database, *, now: datetime | None = None) -> EmptiedTrash:
    """Delete everything in the Trash for good, in one transaction, after a backup.

    Raises ``BackupFailedError`` or ``DatabaseError`` (disk full) when the backup cannot be
    taken: then nothing is deleted.
    """
    if trash_counts(db).total == 0:
        return EmptiedTrash(TrashCounts(), None)
    backup = backup_before(db, BEFORE_EMPTY_TRASH, now=now)
    with db.writing() as session:
        raw = driver_connection(session.connection())
        deleted = _counts(raw)
        contacts = [
            row[0] for row in raw.execute("SELECT id FROM contacts WHERE deleted_at IS NOT NULL")
        ]
        relinked = [
            row[0]
            for row in raw.execute(
                "SELECT DISTINCT link.contact_id FROM contact_accounts AS link "
                "JOIN accounts ON accounts.id = link.account_id "
                "JOIN contacts ON contacts.id = link.contact_id "
                "WHERE accounts.deleted_at IS NOT NULL AND contacts.deleted_at IS NULL"
            )
        ]
        for table in _TABLES.values():
            raw.execute(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL")
        delete_documents(raw, contacts)  # trashed contacts have none; make sure
        survivors = session.scalars(
            select(Contact)
            .where(Contact.id.in_(relinked))
            .options(
                selectinload(Contact.emails),
                selectinload(Contact.phones),
                selectinload(Contact.custom_fields),
                selectinload(Contact.account_links).selectinload(ContactAccount.account),
            )
        ).all()
        write_documents(raw, [(c.id, contact_document(c)) for c in survivors])
    changes = Changes(
        contacts_changed=tuple(ContactId(i) for i in relinked),
        contacts_removed=tuple(ContactId(i) for i in contacts),
    )
    return EmptiedTrash(deleted, backup, changes)
