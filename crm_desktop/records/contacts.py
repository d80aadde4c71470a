"""Frozen records of contacts, lists, changes, backups and the Trash: what the GUI and the CLI
see and hand in. No ORM object ever leaves ``crm_desktop.services``; these do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import AccountId, ActivityId, ContactId, NoteId


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


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """A backup file: where, when (UTC), why, how big, and how many contacts it holds."""

    path: Path
    created_at: datetime
    reason: str  # "daily", "manual", "before-import", "before-restore", "before-upgrade-0001"...
    size: int  # bytes
    contacts: int | None  # outside the Trash; None when the file cannot be read


class TrashKind(Enum):
    """What can be in the Trash."""

    CONTACT = "contact"
    ACCOUNT = "account"
    NOTE = "note"
    ACTIVITY = "activity"
    FILE = "file"  # a file removed from its record (the record still there)
    DEAL = "deal"


@dataclass(frozen=True, slots=True)
class TrashCounts:
    """How many records of each kind are in the Trash."""

    contacts: int = 0
    accounts: int = 0
    notes: int = 0
    activities: int = 0
    deals: int = 0
    files: int = 0

    @property
    def total(self) -> int:
        return (
            self.contacts + self.accounts + self.notes + self.activities + self.deals + self.files
        )


@dataclass(frozen=True, slots=True)
class TrashItem:
    """One record in the Trash, as the Trash view lists it."""

    kind: TrashKind
    id: int
    title: str  # a contact's or account's name, an activity's subject, a note's first line
    deleted_at: datetime


@dataclass(frozen=True, slots=True)
class EmptiedTrash:
    """What emptying the Trash deleted for good, and the backup taken first."""

    deleted: TrashCounts
    backup: BackupEntry | None
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True, slots=True)
class SyncedFolder:
    """A folder a sync client (Dropbox, OneDrive...) copies while files in it change."""

    service: str  # "Dropbox", "OneDrive", "Google Drive", "iCloud Drive"
    root: Path
