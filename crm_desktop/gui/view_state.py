"""What the main window's list shows: one value, replaced whole when the user moves."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from crm_desktop.records.contacts import ContactSort
from crm_desktop.records.search import ContactFilter


class Folder(Enum):
    """The navigation pane's entries (the categories are contacts with a category)."""

    CONTACTS = "contacts"
    ACCOUNTS = "accounts"
    TRASH = "trash"
    ACCOUNTS_TRASH = "accounts-trash"
    CATEGORY = "category"
    LEADS = "leads"
    SMART = "smart"  # a smart folder: its id where a category has its id


NO_FILTER = ContactFilter()
NavKey = tuple[str, int | None]  # what a navigation entry carries (its folder and category)


@dataclass(frozen=True, slots=True)
class ViewState:
    """The folder shown, the category (or smart folder) within it, the contacts' order, and
    the filter panel's filters (kept from folder to folder)."""

    folder: Folder = Folder.CONTACTS
    category: int | None = None
    sort: ContactSort = ContactSort.NAME
    descending: bool = False
    filters: ContactFilter = NO_FILTER

    @property
    def accounts(self) -> bool:
        """The accounts list, rather than the contacts'."""
        return self.folder in (Folder.ACCOUNTS, Folder.ACCOUNTS_TRASH)

    @property
    def trash(self) -> bool:
        return self.folder in (Folder.TRASH, Folder.ACCOUNTS_TRASH)

    @property
    def key(self) -> NavKey:
        return (self.folder.value, self.category)

    def at(self, key: NavKey) -> ViewState:
        """This state moved to the navigation entry ``key`` (the order stays)."""
        folder = Folder(key[0])
        numbered = folder in (Folder.CATEGORY, Folder.SMART)
        return replace(self, folder=folder, category=key[1] if numbered else None)

    def sorted_by(self, sort: ContactSort, descending: bool) -> ViewState:
        return replace(self, sort=sort, descending=descending)

    def filtered_by(self, filters: ContactFilter) -> ViewState:
        return replace(self, filters=filters)
