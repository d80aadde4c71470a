"""Accounts (companies): the list, and an account's card with its contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import ContactRow
from crm_desktop.records.drafts import AddressValue, EmailValue, PhoneValue, UrlValue
from crm_desktop.records.ids import AccountId
from crm_desktop.services.contact_list import contact_rows
from crm_desktop.services.database import Database
from crm_desktop.store.account_queries import (
    account_contact_ids,
    account_details,
    account_list,
    accounts_named,
)
from crm_desktop.store.times import read_time, read_time_or_earliest
from crm_desktop.store.type_lists import types_of


@dataclass(frozen=True, slots=True)
class AccountRow:
    """What the accounts list shows for one account."""

    id: AccountId
    name: str
    website: str
    phone: str
    email: str
    contacts: int


@dataclass(frozen=True, slots=True)
class AccountCard:
    """One account, with the contacts who work there."""

    id: AccountId
    name: str
    website: str
    industry: str
    note: str
    phones: tuple[PhoneValue, ...]
    emails: tuple[EmailValue, ...]
    addresses: tuple[AddressValue, ...]
    urls: tuple[UrlValue, ...]
    contacts: tuple[ContactRow, ...]
    categories: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None  # in the Trash since then


def account_rows(db: Database, query: str = "", *, trashed: bool = False) -> list[AccountRow]:
    """The accounts outside the Trash (or in it) matching ``query``, in name order."""
    with db.raw_reading() as connection:
        rows = account_list(connection, query, trashed)
    return [AccountRow(AccountId(row[0]), *row[1:]) for row in rows]


def find_account(db: Database, name: str) -> AccountId | None:
    """The account outside the Trash of this name (case and accents aside), the one a
    contact given this account name is linked to; None when there is none."""
    with db.raw_reading() as connection:
        found = accounts_named(connection, name)
    return AccountId(min(found)) if found else None


def get_account(db: Database, account_id: int) -> AccountCard:
    """One account, whole, with its contacts; ``NotFoundError`` if there is none."""
    with db.raw_reading() as connection:
        details = account_details(connection, account_id)
        contact_ids = account_contact_ids(connection, account_id)
    if details is None:
        raise NotFoundError("account", account_id)
    account: dict[str, Any] = details["account"]  # type: ignore[assignment]
    phones: list[dict[str, Any]] = details["phones"]  # type: ignore[assignment]
    emails: list[dict[str, Any]] = details["emails"]  # type: ignore[assignment]
    addresses: list[dict[str, Any]] = details["addresses"]  # type: ignore[assignment]
    urls: list[dict[str, Any]] = details["urls"]  # type: ignore[assignment]
    categories: list[str] = details["categories"]  # type: ignore[assignment]
    return AccountCard(
        id=AccountId(account["id"]),
        name=account["name"],
        website=account["website"],
        industry=account["industry"],
        note=account["note"],
        phones=tuple(
            PhoneValue(p["value"], types_of(p["types"]), bool(p["preferred"]), p["custom_label"])
            for p in phones
        ),
        emails=tuple(
            EmailValue(e["value"], types_of(e["types"]), bool(e["preferred"]), e["custom_label"])
            for e in emails
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
            for a in addresses
        ),
        urls=tuple(UrlValue(u["value"], types_of(u["types"]), u["custom_label"]) for u in urls),
        contacts=tuple(contact_rows(db, contact_ids)),
        categories=tuple(categories),
        created_at=read_time_or_earliest(account["created_at"]),
        updated_at=read_time_or_earliest(account["updated_at"]),
        deleted_at=read_time(account["deleted_at"]),
    )
