"""Bulk actions on many contacts (the selection, or everything a search shows): categories
added or removed, the keep-in-touch interval set. Each is one transaction, backed up first
past ``BULK_THRESHOLD`` contacts, and returns what its undo needs to put back exactly what
it changed, in one step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ContactId
from crm_desktop.services.backups import backup_before
from crm_desktop.store.bulk_edits import (
    add_categories,
    remove_categories,
    restore_keep_in_touch,
    restore_links,
    set_keep_in_touch,
)
from crm_desktop.store.contact_writer import ContactWriter

if TYPE_CHECKING:
    from crm_desktop.services.database import Database

BULK_THRESHOLD = 10  # more contacts than this: a backup first
BEFORE_BULK_EDIT = "before-bulk-edit"


@dataclass(frozen=True, slots=True)
class BulkUndo:
    """What one bulk action changed: enough for its undo."""

    added: tuple[tuple[int, int], ...] = ()  # category links added
    removed: tuple[tuple[int, int], ...] = ()  # ... removed
    keep_in_touch: tuple[tuple[int, int | None], ...] = ()  # intervals before
    changes: Changes = field(default_factory=Changes)


def _backup(db: Database, ids: Sequence[int]) -> None:
    if len(set(ids)) > BULK_THRESHOLD:
        backup_before(db, BEFORE_BULK_EDIT)


def _changes(ids: Sequence[int]) -> Changes:
    return Changes(contacts_changed=tuple(ContactId(i) for i in sorted(set(ids))))


def categorize(
    db: Database, ids: Sequence[int], names: Sequence[str], *, remove: bool = False
) -> BulkUndo:
    """Put the contacts in the categories named (created when new), or take them out."""
    _backup(db, ids)
    with db.raw_writing() as connection:
        writer = ContactWriter(connection, db.sort_language)
        groups = sorted({writer.category_id(n) for n in names if n.strip()})
        if remove:
            links = remove_categories(connection, ids, groups)
            return BulkUndo(removed=tuple(links), changes=_changes([c for c, _ in links]))
        links = add_categories(connection, ids, groups)
        return BulkUndo(added=tuple(links), changes=_changes([c for c, _ in links]))


def set_keep_in_touch_days(db: Database, ids: Sequence[int], days: int | None) -> BulkUndo:
    """Set (or clear, None) the keep-in-touch interval of the contacts."""
    _backup(db, ids)
    with db.raw_writing() as connection:
        before = set_keep_in_touch(connection, ids, days)
    return BulkUndo(keep_in_touch=tuple(before), changes=_changes([i for i, _ in before]))


def undo_bulk(db: Database, undo: BulkUndo) -> Changes:
    """Put back what one bulk action changed, in one transaction."""
    with db.raw_writing() as connection:
        if undo.added or undo.removed:
            restore_links(connection, undo.added, undo.removed)
        if undo.keep_in_touch:
            restore_keep_in_touch(connection, undo.keep_in_touch)
    return undo.changes
