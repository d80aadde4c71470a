"""Frozen records that cross the services boundary: what the GUI and CLI see and hand in.

No ORM object ever leaves ``crm_desktop.services``; these do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

# Re-exported: the id types, for the layers that may not import the store.
from crm_desktop.store.ids import AccountId as AccountId
from crm_desktop.store.ids import ContactId as ContactId

Types = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EmailValue:
    value: str
    types: Types = ()
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class PhoneValue:
    value: str  # as the user wrote it; never reformatted
    types: Types = ()
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class AddressValue:
    types: Types = ()
    preferred: bool = False
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    label: str = ""


@dataclass(frozen=True, slots=True)
class UrlValue:
    value: str
    types: Types = ()


@dataclass(frozen=True, slots=True)
class ImppValue:
    value: str
    types: Types = ()
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class CustomValue:
    label: str
    value: str = ""


@dataclass(frozen=True, slots=True)
class ExtraValue:
    """A vCard property the app does not model, kept verbatim: ``item1.X-ABLabel:Work``."""

    name: str
    value: str = ""
    group: str = ""
    params: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class PhotoValue:
    """Image bytes with their media type, or a URI that is kept and never fetched."""

    media_type: str = ""
    data: bytes | None = None
    uri: str = ""


@dataclass(frozen=True, slots=True)
class AccountLinkDraft:
    """Link a contact to the account of this name (found case-insensitively, or created)."""

    name: str
    title: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True)
class AccountLink:
    id: AccountId
    name: str
    title: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A contact as entered or imported, before it has an id."""

    formatted_name: str = ""
    prefix: str = ""
    given_name: str = ""
    additional_names: str = ""
    family_name: str = ""
    suffix: str = ""
    nickname: str = ""
    title: str = ""
    department: str = ""
    role: str = ""
    birthday: str | None = None  # ISO 8601, partial allowed: "1980-04-15", "--04-15"
    anniversary: str | None = None
    gender: str = ""
    photo: PhotoValue | None = None
    note: str = ""
    categories: tuple[str, ...] = ()
    keep_in_touch_days: int | None = None
    emails: tuple[EmailValue, ...] = ()
    phones: tuple[PhoneValue, ...] = ()
    addresses: tuple[AddressValue, ...] = ()
    urls: tuple[UrlValue, ...] = ()
    impp: tuple[ImppValue, ...] = ()
    custom_fields: tuple[CustomValue, ...] = ()
    extra: tuple[ExtraValue, ...] = ()
    accounts: tuple[AccountLinkDraft, ...] = ()
    uid: str | None = None


@dataclass(frozen=True, slots=True)
class ContactCard:
    """One contact, whole, as stored."""

    id: ContactId
    draft: ContactDraft
    accounts: tuple[AccountLink, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    @property
    def organization(self) -> str:
        """The primary account's name (or the first account's)."""
        for link in self.accounts:
            if link.primary:
                return link.name
        return self.accounts[0].name if self.accounts else ""


@dataclass(frozen=True, slots=True)
class ContactRow:
    """What the contacts list shows for one contact."""

    id: ContactId
    name: str
    account: str
    title: str
    phone: str
    email: str
    categories: tuple[str, ...]


class ContactSort(Enum):
    """The orders the contacts list offers."""

    NAME = "name"  # family name first, in the user's alphabet
    CREATED = "created"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of search results and how many there are in all."""

    total: int
    rows: tuple[ContactRow, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Changes:
    """What a mutation changed, so each view refreshes only that."""

    contacts_added: tuple[ContactId, ...] = ()
    contacts_changed: tuple[ContactId, ...] = ()
    contacts_removed: tuple[ContactId, ...] = ()
    accounts_added: tuple[AccountId, ...] = ()
