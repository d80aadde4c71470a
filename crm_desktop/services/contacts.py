"""Contacts: add (one or many, in one transaction) and read whole.

Listing and searching are in ``contact_list`` (no SQLAlchemy import there).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from crm_desktop.errors import NotFoundError
from crm_desktop.services.contact_writer import ContactWriter
from crm_desktop.services.database import Database
from crm_desktop.services.records import (
    AccountLink,
    AccountLinkDraft,
    AddressValue,
    ContactCard,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    ImppValue,
    PhoneValue,
    PhotoValue,
    UrlValue,
)
from crm_desktop.store.base import AccountId, ContactId
from crm_desktop.store.models import Contact, ContactAccount

Progress = Callable[[int, int], None]
BATCH_SIZE = 1000
_CHUNK = 5000  # ids per IN (...) list: SQLite caps the bound parameters of one statement


class Cancelled(Exception):  # noqa: N818  (a state, not a failure)
    """The user cancelled a long operation; its transaction was rolled back."""


class CancelToken:
    """Set from any thread; long services check it between batches."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def add_contacts(
    db: Database,
    drafts: Iterable[ContactDraft],
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    expected: int = 0,
) -> list[ContactId]:
    """Add every draft in one transaction, written in batches; all or nothing.

    ``drafts`` may be a generator (memory stays bounded). ``progress(done, expected)`` is
    called after each batch; setting ``cancel`` rolls everything back (``Cancelled``).
    """
    added: list[ContactId] = []
    with db.writing() as session:
        writer = ContactWriter(session.connection(), db.sort_language)
        batch: list[ContactDraft] = []
        for draft in drafts:
            batch.append(draft)
            if len(batch) >= BATCH_SIZE:
                added.extend(writer.write(batch))
                batch = []
                if progress is not None:
                    progress(len(added), expected)
                if cancel is not None and cancel.cancelled:
                    raise Cancelled
        added.extend(writer.write(batch))
        if progress is not None:
            progress(len(added), expected)
    return added


def create_contact(db: Database, draft: ContactDraft) -> ContactId:
    """Add one contact; its id."""
    return add_contacts(db, [draft])[0]


def get_contact(db: Database, contact_id: int) -> ContactCard:
    """One contact, whole (Trash included); ``NotFoundError`` if there is none."""
    cards = get_contacts(db, [contact_id])
    if not cards:
        raise NotFoundError("contact", contact_id)
    return cards[0]


def get_contacts(db: Database, ids: Sequence[int]) -> list[ContactCard]:
    """These contacts, whole, in the order asked; unknown ids are left out."""
    found: dict[int, ContactCard] = {}
    with db.reading() as session:
        for start in range(0, len(ids), _CHUNK):
            for contact in _whole_contacts(session, ids[start : start + _CHUNK]):
                found[contact.id] = _card(contact)
    return [found[i] for i in ids if i in found]


def _whole_contacts(session: Session, ids: Sequence[int]) -> Sequence[Contact]:
    return session.scalars(
        select(Contact)
        .where(Contact.id.in_(ids))
        .options(
            selectinload(Contact.emails),
            selectinload(Contact.phones),
            selectinload(Contact.addresses),
            selectinload(Contact.urls),
            selectinload(Contact.impp),
            selectinload(Contact.custom_fields),
            selectinload(Contact.extra),
            selectinload(Contact.categories),
            selectinload(Contact.account_links).selectinload(ContactAccount.account),
        )
    ).all()


def _types(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(",") if part)


def _params(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    loaded: dict[str, list[str]] = json.loads(text or "{}")
    return tuple((name, tuple(values)) for name, values in loaded.items())


def _card(contact: Contact) -> ContactCard:
    photo = None
    if contact.photo is not None or contact.photo_uri:
        photo = PhotoValue(contact.photo_media_type, contact.photo, contact.photo_uri)
    draft = ContactDraft(
        formatted_name=contact.formatted_name,
        prefix=contact.prefix,
        given_name=contact.given_name,
        additional_names=contact.additional_names,
        family_name=contact.family_name,
        suffix=contact.suffix,
        nickname=contact.nickname,
        title=contact.title,
        department=contact.department,
        role=contact.role,
        birthday=contact.birthday,
        anniversary=contact.anniversary,
        gender=contact.gender,
        photo=photo,
        note=contact.note,
        categories=tuple(category.name for category in contact.categories),
        keep_in_touch_days=contact.keep_in_touch_days,
        emails=tuple(
            EmailValue(e.value, _types(e.types), e.preferred, e.custom_label)
            for e in contact.emails
        ),
        phones=tuple(
            PhoneValue(p.value, _types(p.types), p.preferred, p.custom_label)
            for p in contact.phones
        ),
        addresses=tuple(
            AddressValue(
                _types(a.types),
                a.preferred,
                a.po_box,
                a.extended,
                a.street,
                a.locality,
                a.region,
                a.postal_code,
                a.country,
                a.label,
                a.custom_label,
            )
            for a in contact.addresses
        ),
        urls=tuple(UrlValue(u.value, _types(u.types), u.custom_label) for u in contact.urls),
        impp=tuple(
            ImppValue(i.value, _types(i.types), i.preferred, i.custom_label) for i in contact.impp
        ),
        custom_fields=tuple(CustomValue(c.label, c.value) for c in contact.custom_fields),
        extra=tuple(ExtraValue(x.name, x.value, x.group, _params(x.params)) for x in contact.extra),
        accounts=tuple(
            AccountLinkDraft(link.account.name, link.title, link.is_primary)
            for link in contact.account_links
        ),
        uid=contact.uid,
    )
    links = tuple(
        AccountLink(AccountId(link.account_id), link.account.name, link.title, link.is_primary)
        for link in contact.account_links
    )
    return ContactCard(
        id=ContactId(contact.id),
        draft=draft,
        accounts=links,
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        deleted_at=contact.deleted_at,
    )
