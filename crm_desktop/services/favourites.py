"""Favourite (pinned) contacts, shown at the top of the folder pane, and the names of the
recently viewed ones (whose ids the window keeps in its settings)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crm_desktop.errors import NotFoundError
from crm_desktop.records.ids import ContactId
from crm_desktop.records.shortcuts import ContactShortcut
from crm_desktop.store.favourite_queries import favourite_ids as stored_favourite_ids
from crm_desktop.store.favourite_queries import favourites as stored_favourites
from crm_desktop.store.favourite_queries import live_names, pin, unpin

if TYPE_CHECKING:
    from crm_desktop.services.database import Database

_FIELD = "contact"


def favourites(db: Database) -> list[ContactShortcut]:
    """The pinned contacts outside the Trash, in the order they were pinned."""
    with db.raw_reading() as connection:
        return [ContactShortcut(ContactId(i), name) for i, name in stored_favourites(connection)]


def favourite_ids(db: Database) -> set[ContactId]:
    """Every pinned contact's id (those in the Trash too: pinned again when restored)."""
    with db.raw_reading() as connection:
        return {ContactId(i) for i in stored_favourite_ids(connection)}


def set_favourite(db: Database, contact_id: int, pinned: bool) -> bool:
    """Pin or unpin a contact; whether that changed anything. ``NotFoundError`` when there is
    no such contact to pin."""
    with db.raw_writing() as connection:
        if pinned:
            changed = pin(connection, contact_id)
            if not changed and contact_id not in stored_favourite_ids(connection):
                raise NotFoundError(_FIELD, contact_id)
            return changed
        return unpin(connection, contact_id)


def shortcuts(db: Database, ids: Sequence[int]) -> list[ContactShortcut]:
    """These contacts (outside the Trash, in this order) with their names: the recently viewed
    ones the window remembers."""
    with db.raw_reading() as connection:
        return [ContactShortcut(ContactId(i), n) for i, n in live_names(connection, list(ids))]
