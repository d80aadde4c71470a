"""What a search is asked (filters, smart folders) and what it says about a result."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime


@dataclass(frozen=True, slots=True)
class SearchMatch:
    """Where a result matched a search term, when not in its name: ``field`` is one of
    name, account, title, department, email, phone, address, category, url, custom_field,
    property, note (the contact's), activity, note (one of its notes); ``text`` the text that
    matched (cut around the hit when long)."""

    field: str
    text: str


@dataclass(frozen=True, slots=True)
class ContactFilter:
    """Filters combined with the text search (each one narrows what is shown).

    ``categories``: all of them (``any_category``: at least one); names as the user writes
    them (case and accents aside). ``account``, ``city``, ``country``: the whole name (case
    and accents aside). ``last_contact_before``/``after``: the last activity done with them.
    ``open_activities``: with an open activity; ``keep_in_touch_overdue``: their
    keep-in-touch interval has passed since the last contact (or there was none).
    ``lead_status``: leads with this status ("new", "contacted"...); ``deal_stage``: on an
    open deal (outside the Trash) at the stage of this name."""

    categories: tuple[str, ...] = ()
    any_category: bool = False
    account: str = ""
    city: str = ""
    country: str = ""
    last_contact_before: datetime | None = None
    last_contact_after: datetime | None = None
    open_activities: bool = False
    keep_in_touch_overdue: bool = False
    lead_status: str = ""
    deal_stage: str = ""

    def is_empty(self) -> bool:
        return self == ContactFilter()

    def narrowed_by(self, other: ContactFilter) -> ContactFilter:
        """This filter with the fields ``other`` sets in place of its own (the filter panel
        over a smart folder: the panel's categories replace the folder's)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for f in fields(other):
            if (value := getattr(other, f.name)) != f.default:
                values[f.name] = value
        if other.categories:
            values["any_category"] = other.any_category
        return ContactFilter(**values)

    def to_json(self) -> str:
        """The filter as stored in a smart folder."""
        values: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            values[f.name] = value
        return json.dumps(values, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ContactFilter:
        """A stored filter; keys this version does not know are ignored."""
        data = json.loads(text or "{}")
        known = {f.name for f in fields(cls)}
        values: dict[str, object] = {}
        for key, value in data.items() if isinstance(data, dict) else ():
            if key not in known:
                continue
            if key.startswith("last_contact_") and isinstance(value, str):
                value = datetime.fromisoformat(value)
            elif key == "categories":
                value = tuple(str(v) for v in value)
            values[key] = value
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class SmartFolderRow:
    """A saved search in the folder pane and how many contacts it holds now."""

    id: int
    name: str
    query: str
    filters: ContactFilter
    count: int = 0
