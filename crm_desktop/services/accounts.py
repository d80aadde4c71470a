"""Accounts (companies): the list, and an account's card with its contacts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import ContactRow
from crm_desktop.records.drafts import AddressValue, EmailValue, PhoneValue, UrlValue
from crm_desktop.records.ids import AccountId
from crm_desktop.services.contact_list import contact_rows
from crm_desktop.services.database import Database
from crm_desktop.store.account_queries import account_contact_ids, account_details, account_list


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


def account_rows(db: Database, query: str = "", *, trashed: bool = False) -> list[AccountRow]:
    """The accounts outside the Trash (or in it) matching ``query``, in name order."""
    with db.raw_reading() as connection:
        rows = account_list(connection, query, trashed)
    return [AccountRow(AccountId(row[0]), *row[1:]) for row in rows]


def _types(text: Any) -> tuple[str, ...]:
    return tuple(part for part in str(text).split(",") if part)


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
    return AccountCard(
        id=AccountId(account["id"]),
        name=account["name"],
        website=account["website"],
        industry=account["industry"],
        note=account["note"],
        phones=tuple(
            PhoneValue(p["value"], _types(p["types"]), bool(p["preferred"]), p["custom_label"])
            for p in phones
        ),
        emails=tuple(
            EmailValue(e["value"], _types(e["types"]), bool(e["preferred"]), e["custom_label"])
            for e in emails
        ),
        addresses=tuple(
            AddressValue(
                _types(a["types"]),
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
        urls=tuple(UrlValue(u["value"], _types(u["types"]), u["custom_label"]) for u in urls),
        contacts=tuple(contact_rows(db, contact_ids)),
    )
