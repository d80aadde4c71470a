"""Editing contacts one at a time (the editor) and moving them to and from the Trash.

Each call is one transaction and returns what changed, so that each view refreshes only that,
and undo commands can call the inverse.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.backups import (
    BEFORE_DELETE,
    BEFORE_TRASH,
    backup_before_bulk_delete,
)
from crm_desktop.services.contacts import get_contacts
from crm_desktop.services.database import Database
from crm_desktop.store.base import utc_now
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.models import Contact
from crm_desktop.store.search_index import reindex
from crm_desktop.store.transactions import raw


def update_contact(db: Database, contact_id: int, draft: ContactDraft) -> Changes:
    """Replace what contact ``contact_id`` is with ``draft`` (its id and creation time stay)."""
    with db.writing() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError("contact", contact_id)
        # Reindexed as stored: a contact in the Trash stays out of the search index.
        ContactWriter(raw(session), db.sort_language).rewrite(contact_id, draft)
        session.expire_all()
    return Changes(contacts_changed=(ContactId(contact_id),))


def trash_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Move contacts to the Trash (restorable); they leave the search index. Many at once
    (``BULK_DELETE_THRESHOLD``) are backed up first."""
    backup_before_bulk_delete(db, ids, BEFORE_TRASH)
    with db.writing() as session:
        found = list(
            session.scalars(
                select(Contact.id).where(Contact.id.in_(ids), Contact.deleted_at.is_(None))
            )
        )
        session.execute(update(Contact).where(Contact.id.in_(found)).values(deleted_at=utc_now()))
        reindex(raw(session), found)
    return Changes(contacts_removed=tuple(ContactId(i) for i in found))


def restore_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Bring contacts back from the Trash, into the search index again."""
    with db.writing() as session:
        found = list(
            session.scalars(
                select(Contact.id).where(Contact.id.in_(ids), Contact.deleted_at.is_not(None))
            )
        )
        session.execute(update(Contact).where(Contact.id.in_(found)).values(deleted_at=None))
        reindex(raw(session), found)
    return Changes(contacts_added=tuple(ContactId(i) for i in found))


def delete_contacts_for_good(db: Database, ids: Sequence[int]) -> Changes:
    """Remove contacts and everything hanging from them (undo of a creation); many at once
    are backed up first."""
    backup_before_bulk_delete(db, ids, BEFORE_DELETE)
    with db.writing() as session:
        session.execute(delete(Contact).where(Contact.id.in_(ids)))
        reindex(raw(session), ids)
    return Changes(contacts_removed=tuple(ContactId(i) for i in ids))


def contact_draft(db: Database, contact_id: int) -> ContactDraft:
    """What the editor starts from."""
    cards = get_contacts(db, [contact_id])
    if not cards:
        raise NotFoundError("contact", contact_id)
    return cards[0].draft
