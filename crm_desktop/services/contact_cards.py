"""Reading contacts whole (a card, an export, ``show --json``), by plain SQL: no SQLAlchemy."""

from __future__ import annotations

import json
from collections.abc import Sequence

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import AccountLink, ContactCard
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    ImppValue,
    PhoneValue,
    PhotoValue,
    UrlValue,
)
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.services.database import Database
from crm_desktop.store.contact_cards import ContactRows, load_contacts
from crm_desktop.store.times import read_time, read_time_or_earliest
from crm_desktop.store.type_lists import types_of

_CHUNK = 5000  # ids per IN (...) list: SQLite caps the bound parameters of one statement


def get_contact(db: Database, contact_id: int) -> ContactCard:
    """One contact, whole (Trash included); ``NotFoundError`` if there is none."""
    cards = get_contacts(db, [contact_id])
    if not cards:
        raise NotFoundError("contact", contact_id)
    return cards[0]


def get_contacts(db: Database, ids: Sequence[int]) -> list[ContactCard]:
    """These contacts, whole, in the order asked; unknown ids are left out."""
    found: dict[int, ContactCard] = {}
    with db.raw_reading() as connection:
        for start in range(0, len(ids), _CHUNK):
            for contact_id, rows in load_contacts(connection, ids[start : start + _CHUNK]).items():
                found[contact_id] = _card(rows)
    return [found[i] for i in ids if i in found]


def _params(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    loaded: dict[str, list[str]] = json.loads(text or "{}")
    return tuple((name, tuple(values)) for name, values in loaded.items())


def _card(rows: ContactRows) -> ContactCard:
    c = rows.contact
    kids = rows.children
    photo = None
    if c["photo"] is not None or c["photo_uri"]:
        photo = PhotoValue(c["photo_media_type"], c["photo"], c["photo_uri"])
    draft = ContactDraft(
        formatted_name=c["formatted_name"],
        prefix=c["prefix"],
        given_name=c["given_name"],
        additional_names=c["additional_names"],
        family_name=c["family_name"],
        suffix=c["suffix"],
        nickname=c["nickname"],
        title=c["title"],
        department=c["department"],
        role=c["role"],
        birthday=c["birthday"],
        anniversary=c["anniversary"],
        gender=c["gender"],
        photo=photo,
        note=c["note"],
        categories=tuple(row["name"] for row in kids["categories"]),
        keep_in_touch_days=c["keep_in_touch_days"],
        emails=tuple(
            EmailValue(e["value"], types_of(e["types"]), bool(e["preferred"]), e["custom_label"])
            for e in kids["emails"]
        ),
        phones=tuple(
            PhoneValue(p["value"], types_of(p["types"]), bool(p["preferred"]), p["custom_label"])
            for p in kids["phones"]
        ),
        addresses=tuple(
            AddressValue(
                types_of(a["types"]),
                bool(a["preferred"]),
                a["po_box"],
                a["extended"],
                a["street"],
                a["locality"],
                a["region"],
                a["postal_code"],
                a["country"],
                a["label"],
                a["custom_label"],
            )
            for a in kids["addresses"]
        ),
        urls=tuple(
            UrlValue(u["value"], types_of(u["types"]), u["custom_label"]) for u in kids["urls"]
        ),
        impp=tuple(
            ImppValue(i["value"], types_of(i["types"]), bool(i["preferred"]), i["custom_label"])
            for i in kids["impp"]
        ),
        custom_fields=tuple(CustomValue(f["label"], f["value"]) for f in kids["custom_fields"]),
        extra=tuple(
            ExtraValue(x["name"], x["value"], x["group"], _params(x["params"]))
            for x in kids["extra"]
        ),
        accounts=tuple(
            AccountLinkDraft(link["name"], link["title"], bool(link["is_primary"]))
            for link in kids["links"]
        ),
        uid=c["uid"],
    )
    links = tuple(
        AccountLink(
            AccountId(link["account_id"]), link["name"], link["title"], bool(link["is_primary"])
        )
        for link in kids["links"]
    )
    return ContactCard(
        id=ContactId(c["id"]),
        draft=draft,
        accounts=links,
        created_at=read_time_or_earliest(c["created_at"]),
        updated_at=read_time_or_earliest(c["updated_at"]),
        deleted_at=read_time(c["deleted_at"]),
    )
