"""Editing contacts one at a time (the editor) and moving them to and from the Trash.

Each call is one transaction and returns what changed, so that each view refreshes only that,
and undo commands can call the inverse.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import selectinload

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.backups import (
    BEFORE_DELETE,
    BEFORE_TRASH,
    backup_before_bulk_delete,
)
from crm_desktop.services.contact_writer import ContactWriter, contact_document
from crm_desktop.services.contacts import get_contacts
from crm_desktop.services.database import Database
from crm_desktop.store.base import utc_now
from crm_desktop.store.engine import driver_connection
from crm_desktop.store.models import Contact, ContactAccount
from crm_desktop.store.search_index import delete_documents, insert_documents


def update_contact(db: Database, contact_id: int, draft: ContactDraft) -> Changes:
    """Replace what contact ``contact_id`` is with ``draft`` (its id and creation time stay)."""
    with db.writing() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError("contact", contact_id)
        deleted = contact.deleted_at
        connection = session.connection()
        ContactWriter(connection, db.sort_language).rewrite(contact_id, draft)
        if deleted is not None:  # a contact in the Trash stays out of the search index
            delete_documents(driver_connection(connection), [contact_id])
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
        delete_documents(driver_connection(session.connection()), found)
    return Changes(contacts_removed=tuple(ContactId(i) for i in found))


def restore_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Bring contacts back from the Trash, into the search index again."""
    with db.writing() as session:
        contacts = list(
            session.scalars(
                select(Contact)
                .where(Contact.id.in_(ids), Contact.deleted_at.is_not(None))
                .options(
                    selectinload(Contact.emails),
                    selectinload(Contact.phones),
                    selectinload(Contact.custom_fields),
                    selectinload(Contact.account_links).selectinload(ContactAccount.account),
                )
            )
        )
        for contact in contacts:
            contact.deleted_at = None
        session.flush()
        insert_documents(
            driver_connection(session.connection()),
            [(c.id, contact_document(c)) for c in contacts],
        )
    return Changes(contacts_added=tuple(ContactId(c.id) for c in contacts))


def delete_contacts_for_good(db: Database, ids: Sequence[int]) -> Changes:
    """Remove contacts and everything hanging from them (undo of a creation); many at once
    are backed up first."""
    backup_before_bulk_delete(db, ids, BEFORE_DELETE)
    with db.writing() as session:
        session.execute(delete(Contact).where(Contact.id.in_(ids)))
        delete_documents(driver_connection(session.connection()), list(ids))
    return Changes(contacts_removed=tuple(ContactId(i) for i in ids))


def contact_draft(db: Database, contact_id: int) -> ContactDraft:
    """What the editor starts from."""
    cards = get_contacts(db, [contact_id])
    if not cards:
        raise NotFoundError("contact", contact_id)
    return cards[0].draft
