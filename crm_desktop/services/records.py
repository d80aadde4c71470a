"""Frozen records that cross the services boundary: what the GUI and CLI see and hand in.

No ORM object ever leaves ``crm_desktop.services``; these do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

# Re-exported: the draft records live below interop and services alike.
from crm_desktop.drafts import AccountDraft as AccountDraft
from crm_desktop.drafts import AccountLinkDraft as AccountLinkDraft
from crm_desktop.drafts import AddressValue as AddressValue
from crm_desktop.drafts import ContactDraft as ContactDraft
from crm_desktop.drafts import CustomValue as CustomValue
from crm_desktop.drafts import EmailValue as EmailValue
from crm_desktop.drafts import ExtraValue as ExtraValue
from crm_desktop.drafts import ImppValue as ImppValue
from crm_desktop.drafts import PhoneValue as PhoneValue
from crm_desktop.drafts import PhotoValue as PhotoValue
from crm_desktop.drafts import Types as Types
from crm_desktop.drafts import UrlValue as UrlValue

# Re-exported: what went wrong in an input file, for callers that may not import interop.
from crm_desktop.interop.problems import NoRecordsError as NoRecordsError
from crm_desktop.interop.problems import Problem as Problem

# Re-exported: the schedule's records (activities, notes, timeline, keeping in touch).
from crm_desktop.services.activity_records import ActivityDraft as ActivityDraft
from crm_desktop.services.activity_records import ActivityRow as ActivityRow
from crm_desktop.services.activity_records import BirthdayRow as BirthdayRow
from crm_desktop.services.activity_records import Due as Due
from crm_desktop.services.activity_records import KeepInTouchRow as KeepInTouchRow
from crm_desktop.services.activity_records import NoteRow as NoteRow
from crm_desktop.services.activity_records import TimelineItem as TimelineItem

# Re-exported: the id types, for the layers that may not import the store.
from crm_desktop.store.ids import AccountId as AccountId
from crm_desktop.store.ids import ActivityId as ActivityId
from crm_desktop.store.ids import ContactId as ContactId
from crm_desktop.store.ids import NoteId as NoteId


@dataclass(frozen=True, slots=True)
class AccountLink:
    id: AccountId
    name: str
    title: str = ""
    primary: bool = False


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
    last_contact: datetime | None = None  # the last activity done with them
    next_activity: datetime | None = None  # the next one planned


class ContactSort(Enum):
    """The orders the contacts list offers: one per column, and two of time."""

    NAME = "name"  # family name first, in the user's alphabet
    ACCOUNT = "account"
    TITLE = "title"
    PHONE = "phone"
    EMAIL = "email"
    CATEGORIES = "categories"
    LAST_CONTACT = "last_contact"
    NEXT_ACTIVITY = "next_activity"
    CREATED = "created"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """A Rolodex category and how many contacts (outside the Trash) are in it."""

    id: int
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class RecordCounts:
    contacts: int
    accounts: int
    trashed: int  # contacts in the Trash
    trashed_accounts: int = 0


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
    activities_added: tuple[ActivityId, ...] = ()
    activities_changed: tuple[ActivityId, ...] = ()
    activities_removed: tuple[ActivityId, ...] = ()
    notes_added: tuple[NoteId, ...] = ()
    notes_changed: tuple[NoteId, ...] = ()
    notes_removed: tuple[NoteId, ...] = ()
