"""Merging what a new card knows into a contact already there: add what is missing, never
overwrite what the user has."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from crm_desktop.services.contact_writer import ContactWriter, contact_document
from crm_desktop.services.dates import month_day, normalize_partial_date
from crm_desktop.services.records import ContactDraft
from crm_desktop.store.base import utc_now
from crm_desktop.store.engine import driver_connection
from crm_desktop.store.folding import fold, phone_digits
from crm_desktop.store.models import (
    Category,
    Contact,
    ContactAccount,
    CustomField,
    Email,
    ExtraProperty,
    InstantMessaging,
    Phone,
    PostalAddress,
    WebUrl,
)
from crm_desktop.store.search_index import write_documents

_SCALARS = (
    "prefix", "given_name", "additional_names", "family_name", "suffix", "formatted_name",
    "nickname", "title", "department", "role", "gender", "note", "uid",
)  # fmt: skip


def _types(types: tuple[str, ...]) -> str:
    return ",".join(t.lower() for t in types)


def merge_into_contact(
    session: Session, writer: ContactWriter, contact_id: int, draft: ContactDraft
) -> None:
    """Add to contact ``contact_id`` what ``draft`` has and it lacks; fill empty fields only."""
    contact = session.scalars(
        select(Contact)
        .where(Contact.id == contact_id)
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
    ).one()
    for name in _SCALARS:
        if not getattr(contact, name) and getattr(draft, name):
            setattr(contact, name, getattr(draft, name))
    if contact.birthday is None and draft.birthday:
        contact.birthday = normalize_partial_date(draft.birthday, "birthday")
        contact.birthday_md = month_day(contact.birthday)
    if contact.anniversary is None and draft.anniversary:
        contact.anniversary = normalize_partial_date(draft.anniversary, "anniversary")
    if contact.keep_in_touch_days is None:
        contact.keep_in_touch_days = draft.keep_in_touch_days
    if contact.photo is None and not contact.photo_uri and draft.photo is not None:
        contact.photo = draft.photo.data
        contact.photo_media_type = draft.photo.media_type
        contact.photo_uri = draft.photo.uri
    have_emails = {e.value_fold for e in contact.emails}
    for e in draft.emails:
        if fold(e.value.strip()) not in have_emails:
            contact.emails.append(
                Email(
                    value=e.value, value_fold=fold(e.value.strip()), types=_types(e.types),
                    preferred=e.preferred and not contact.emails, custom_label=e.custom_label,
                    position=len(contact.emails),
                )
            )  # fmt: skip
    have_phones = {p.digits for p in contact.phones}
    for p in draft.phones:
        if phone_digits(p.value) not in have_phones:
            contact.phones.append(
                Phone(
                    value=p.value, digits=phone_digits(p.value), types=_types(p.types),
                    preferred=p.preferred and not contact.phones, custom_label=p.custom_label,
                    position=len(contact.phones),
                )
            )  # fmt: skip

    def address_key(*parts: str) -> tuple[str, ...]:
        return tuple(fold(part.strip()) for part in parts)

    have_addresses = {
        address_key(a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
        for a in contact.addresses
    }
    for a in draft.addresses:
        key = address_key(a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code,
                          a.country)  # fmt: skip
        if key not in have_addresses:
            contact.addresses.append(
                PostalAddress(
                    types=_types(a.types), preferred=False, po_box=a.po_box, extended=a.extended,
                    street=a.street, locality=a.locality, region=a.region,
                    postal_code=a.postal_code, country=a.country, label=a.label,
                    custom_label=a.custom_label, position=len(contact.addresses),
                )
            )  # fmt: skip
    have_urls = {u.value for u in contact.urls}
    for u in draft.urls:
        if u.value not in have_urls:
            contact.urls.append(
                WebUrl(value=u.value, types=_types(u.types), custom_label=u.custom_label,
                       position=len(contact.urls))
            )  # fmt: skip
    have_impp = {i.value for i in contact.impp}
    for i in draft.impp:
        if i.value not in have_impp:
            contact.impp.append(
                InstantMessaging(value=i.value, types=_types(i.types), preferred=False,
                                 custom_label=i.custom_label, position=len(contact.impp))
            )  # fmt: skip
    have_custom = {(c.label, c.value) for c in contact.custom_fields}
    for c in draft.custom_fields:
        if (c.label, c.value) not in have_custom:
            contact.custom_fields.append(
                CustomField(label=c.label, value=c.value, position=len(contact.custom_fields))
            )
    have_extra = {(x.group, x.name.upper(), x.value) for x in contact.extra}
    for x in draft.extra:
        if (x.group, x.name.upper(), x.value) not in have_extra:
            contact.extra.append(
                ExtraProperty(
                    group=x.group, name=x.name, value=x.value, position=len(contact.extra),
                    params=json.dumps({k: list(v) for k, v in x.params}, ensure_ascii=False),
                )
            )  # fmt: skip
    have_categories = {fold(c.name) for c in contact.categories}
    for name in draft.categories:
        if fold(name.strip()) not in have_categories and name.strip():
            category = session.get(Category, writer.category_id(name))
            assert category is not None
            contact.categories.append(category)
            have_categories.add(fold(name.strip()))
    have_accounts = {link.account_id for link in contact.account_links}
    for link in draft.accounts:
        if not link.name.strip():
            continue
        account_id = writer.account_id(link.name)
        if account_id not in have_accounts:
            contact.account_links.append(
                ContactAccount(
                    account_id=account_id, title=link.title,
                    is_primary=not contact.account_links, position=len(contact.account_links),
                )
            )  # fmt: skip
            have_accounts.add(account_id)
    contact.sort_key = writer.sort_key_of(
        contact.family_name, contact.given_name, contact.additional_names, contact.formatted_name
    )
    contact.updated_at = utc_now()
    session.flush()
    session.refresh(contact)
    write_documents(
        driver_connection(session.connection()), [(contact.id, contact_document(contact))]
    )
