"""The Trash: what is in it (contacts, accounts, notes, activities, deals, files removed
from their records) and emptying it.

Trashed records stay, restorable, until the user empties the Trash: then they are deleted
for good, all four kinds in one transaction, after a backup. Their children go with them
(emails, phones, links, a contact's or account's notes: ``ON DELETE CASCADE``); activities
keep their other contacts. A live contact that worked at a purged account loses the link and
its search entry is written again without the account's name.
"""

from __future__ import annotations

from datetime import datetime

from crm_desktop.records.contacts import Changes, EmptiedTrash, TrashCounts, TrashItem, TrashKind
from crm_desktop.records.ids import ContactId
from crm_desktop.services.backups import BEFORE_EMPTY_TRASH, backup_before
from crm_desktop.services.database import Database
from crm_desktop.store import trash
from crm_desktop.store.times import read_time_or_earliest

_TABLES = {
    TrashKind.CONTACT: "contacts",
    TrashKind.ACCOUNT: "accounts",
    TrashKind.NOTE: "notes",
    TrashKind.ACTIVITY: "activities",
    TrashKind.FILE: "attachments",
    TrashKind.DEAL: "deals",
}
_TITLE_LENGTH = 80


def _counts(count: dict[str, int]) -> TrashCounts:
    return TrashCounts(
        contacts=count["contacts"],
        accounts=count["accounts"],
        notes=count["notes"],
        activities=count["activities"],
        deals=count["deals"],
        files=count["attachments"],
    )


def trash_counts(db: Database) -> TrashCounts:
    """How many records of each kind are in the Trash."""
    with db.raw_reading() as connection:
        return _counts(trash.trash_counts(connection))


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= _TITLE_LENGTH else line[: _TITLE_LENGTH - 1] + "…"


def trash_items(db: Database, kind: TrashKind | None = None) -> tuple[TrashItem, ...]:
    """The records in the Trash (of one ``kind``, or all), the most recently trashed first."""
    items: list[TrashItem] = []
    kinds = [kind] if kind is not None else list(TrashKind)
    with db.raw_reading() as connection:
        if TrashKind.CONTACT in kinds:
            items += [
                TrashItem(TrashKind.CONTACT, contact_id, name, read_time_or_earliest(deleted))
                for contact_id, name, deleted in trash.trashed_contacts(connection)
            ]
        for which in (
            TrashKind.ACCOUNT, TrashKind.NOTE, TrashKind.ACTIVITY, TrashKind.FILE, TrashKind.DEAL,
        ):  # fmt: skip
            if which in kinds:
                items += [
                    TrashItem(which, record_id, _first_line(text), read_time_or_earliest(deleted))
                    for record_id, text, deleted in trash.trashed_records(
                        connection, _TABLES[which]
                    )
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
    with db.raw_writing() as connection:
        purged = trash.purge_trash(connection)
    changes = Changes(
        contacts_changed=tuple(ContactId(i) for i in purged.relinked),
        contacts_removed=tuple(ContactId(i) for i in purged.contacts),
    )
    return EmptiedTrash(_counts(purged.counts), backup, changes)
