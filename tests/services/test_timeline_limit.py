"""A timeline's first page (``limit``) is sorted and cut by SQLite, so a contact with 5,000
activities opens fast; it is exactly the head of the whole timeline, for any kind filter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import add_note, create_activity, pin_note, timeline
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def contact_id(db: Database) -> int:
    [jordi] = add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    kinds = ("call", "email", "task", "meeting", "letter")
    for n in range(40):
        kind = kinds[n % 5]
        when = T0 + timedelta(hours=7 * n)
        timed = kind in ("call", "meeting")
        create_activity(
            db,
            ActivityDraft(kind=kind, subject=f"{kind} {n}", start=when if timed else None,
                          due=None if timed else when, contact_ids=(jordi,)),
        )  # fmt: skip
    for n in range(6):
        note = add_note(db, f"note {n}", contact_id=jordi)
        if n % 3 == 0:
            pin_note(db, note.id, True)
    return int(jordi)


@pytest.mark.parametrize("kinds", [None, frozenset({"note"}), frozenset({"call", "note"}),
                                   frozenset({"task"})])  # fmt: skip
@pytest.mark.parametrize("limit", [1, 3, 10, 25, 100])
def test_the_first_page_is_the_head_of_the_whole_timeline(
    db: Database, contact_id: int, kinds: frozenset[str] | None, limit: int
) -> None:
    whole = timeline(db, contact_id=contact_id, kinds=kinds)
    page = timeline(db, contact_id=contact_id, kinds=kinds, limit=limit)
    assert page == whole[:limit]
