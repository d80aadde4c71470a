"""Notes and the timeline of a contact or an account; keeping in touch; birthdays."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.activities import (
    add_note,
    complete_activity,
    contacts_due_for_contact,
    create_activity,
    edit_note,
    pin_note,
    restore_notes,
    set_keep_in_touch,
    timeline,
    trash_notes,
    upcoming_birthdays,
)
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

ATHENS = ZoneInfo("Europe/Athens")


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 5, day, hour, tzinfo=ATHENS)


def _company(db: Database) -> tuple[int, int, int, int]:
    """Ana and Pau work at Vilaseca Vins; Eleni works elsewhere."""
    ana, pau, eleni = add_contacts(
        db,
        [
            ContactDraft("Ana Puig", accounts=(AccountLinkDraft("Vilaseca Vins"),)),
            ContactDraft("Pau Serra", accounts=(AccountLinkDraft("Vilaseca Vins"),)),
            ContactDraft("Eleni Papadopoulou"),
        ],
    )
    return ana, pau, eleni, account_rows(db)[0].id


def _labels(items: list) -> list[str]:  # type: ignore[type-arg]
    return [item.note.body if item.note is not None else item.activity.subject for item in items]


def test_a_contacts_timeline_is_pinned_notes_then_newest_first(db: Database) -> None:
    ana, _pau, eleni, _account = _company(db)
    create_activity(db, ActivityDraft("call", "Call 1", start=at(1), contact_ids=(ana,)))
    create_activity(db, ActivityDraft("meeting", "Meeting 3", start=at(3), contact_ids=(ana,)))
    create_activity(db, ActivityDraft("email", "Other's", due=at(4), contact_ids=(eleni,)))
    old_note = add_note(db, "Prefers mornings", contact_id=ana)
    add_note(db, "Newest note", contact_id=ana)
    pin_note(db, old_note.id, True)
    items = timeline(db, contact_id=ana)
    assert _labels(items)[0] == "Prefers mornings" and items[0].pinned
    assert _labels(items)[1:] == ["Newest note", "Meeting 3", "Call 1"]
    assert [item.kind for item in items] == ["note", "note", "meeting", "call"]
    assert _labels(timeline(db, contact_id=ana, limit=2)) == ["Prefers mornings", "Newest note"]


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (frozenset({"note"}), ["A note"]),
        (frozenset({"call"}), ["Call"]),
        (frozenset({"call", "task"}), ["Task", "Call"]),
        (frozenset({"letter"}), []),
    ],
)
def test_a_timeline_filters_by_kind(
    db: Database, kinds: frozenset[str], expected: list[str]
) -> None:
    ana, *_ = _company(db)
    create_activity(db, ActivityDraft("call", "Call", start=at(1), contact_ids=(ana,)))
    create_activity(db, ActivityDraft("task", "Task", due=at(2), contact_ids=(ana,)))
    add_note(db, "A note", contact_id=ana)
    assert _labels(timeline(db, contact_id=ana, kinds=kinds)) == expected


def test_an_accounts_timeline_includes_what_was_done_with_its_contacts(db: Database) -> None:
    ana, pau, eleni, account = _company(db)
    create_activity(db, ActivityDraft("call", "With Ana", start=at(1), contact_ids=(ana,)))
    create_activity(db, ActivityDraft("task", "About the account", due=at(2), account_id=account))
    create_activity(db, ActivityDraft("meeting", "With Pau", start=at(3), contact_ids=(pau,)))
    create_activity(db, ActivityDraft("call", "With Eleni", start=at(4), contact_ids=(eleni,)))
    add_note(db, "Note on Pau", contact_id=pau)
    add_note(db, "Note on the account", account_id=account)
    items = timeline(db, account_id=account)
    assert sorted(_labels(items)[:2]) == ["Note on Pau", "Note on the account"]
    assert _labels(items)[2:] == ["With Pau", "About the account", "With Ana"]


def test_notes_are_edited_trashed_and_restored(db: Database) -> None:
    ana, *_ = _company(db)
    note = add_note(db, "Fisrt draft", contact_id=ana)
    edited = edit_note(db, note.id, "First draft")
    assert (edited.body, edited.created_at) == ("First draft", note.created_at)
    assert edited.updated_at >= note.updated_at
    assert trash_notes(db, [note.id]).notes_removed == (note.id,)
    assert timeline(db, contact_id=ana) == []
    assert restore_notes(db, [note.id]).notes_added == (note.id,)
    assert _labels(timeline(db, contact_id=ana)) == ["First draft"]


def test_a_note_needs_text_and_an_owner_that_exists(db: Database) -> None:
    ana, *_ = _company(db)
    with pytest.raises(InvalidValueError):
        add_note(db, "   ", contact_id=ana)
    with pytest.raises(InvalidValueError):
        add_note(db, "Nobody's")
    with pytest.raises(NotFoundError):
        add_note(db, "Ghost's", contact_id=999)
    with pytest.raises(NotFoundError):
        edit_note(db, 999, "text")


def test_contacts_due_for_contact_follow_their_last_completed_activity(db: Database) -> None:
    ana, pau, eleni, _account = _company(db)
    [never] = add_contacts(db, [ContactDraft("Never Called", keep_in_touch_days=30)])
    [trashed] = add_contacts(db, [ContactDraft("Gone", keep_in_touch_days=1)])
    trash_contacts(db, [trashed])
    set_keep_in_touch(db, ana, 7)
    set_keep_in_touch(db, pau, 30)
    # Ana: last done on 1 May (a later open call does not count); due 8 May.
    done = create_activity(db, ActivityDraft("call", "a", start=at(1), contact_ids=(ana,)))
    complete_activity(db, done.id, "ok", at(1, 23))  # 1 May 23:00 in Athens, 20:00 UTC
    create_activity(db, ActivityDraft("call", "b", start=at(6), contact_ids=(ana,)))
    # Pau: done on 1 May, due on 31 May.
    create_activity(db, ActivityDraft("call", "c", start=at(1), status="done", contact_ids=(pau,)))
    assert set_keep_in_touch(db, eleni, None).contacts_changed == (eleni,)
    rows = contacts_due_for_contact(db, now=at(8, 0), zone=ATHENS)
    assert [(r.name, r.due_on) for r in rows] == [
        ("Ana Puig", date(2026, 5, 8)),
        ("Never Called", date(2026, 5, 8)),
    ]
    assert rows[0].last_contact == at(1, 23) and rows[1].last_contact is None
    assert rows[1].contact_id == never
    assert [r.name for r in contacts_due_for_contact(db, now=at(7, 23), zone=ATHENS)] == [
        "Never Called"
    ]
    with pytest.raises(InvalidValueError):
        set_keep_in_touch(db, ana, 0)


def test_keep_in_touch_days_are_counted_on_the_local_calendar(db: Database) -> None:
    [ana] = add_contacts(db, [ContactDraft("Ana Puig", keep_in_touch_days=1)])
    # Done at 00:30 on 2 May in Athens: 1 May 21:30 in UTC.
    create_activity(
        db, ActivityDraft("call", "x", start=at(2, 0), status="done", contact_ids=(ana,))
    )
    now = datetime(2026, 5, 2, 22, 0, tzinfo=UTC)  # 3 May 01:00 in Athens
    assert [r.due_on for r in contacts_due_for_contact(db, now=now, zone=ATHENS)] == [
        date(2026, 5, 3)
    ]
    # In UTC it was done on 1 May and today is 2 May: due today there too, a day earlier.
    assert [r.due_on for r in contacts_due_for_contact(db, now=now, zone=UTC)] == [date(2026, 5, 2)]


def test_birthdays_are_listed_across_the_year_end_with_ages(db: Database) -> None:
    add_contacts(
        db,
        [
            ContactDraft("New Year", birthday="1990-01-02"),
            ContactDraft("No Year", birthday="--12-30"),
            ContactDraft("Too Late", birthday="1990-01-20"),
            ContactDraft("Only A Year", birthday="1990"),
            ContactDraft("Yesterday", birthday="1990-12-27"),
        ],
    )
    rows = upcoming_birthdays(db, date(2026, 12, 28), days=14)
    assert [(r.name, r.day, r.age) for r in rows] == [
        ("No Year", date(2026, 12, 30), None),
        ("New Year", date(2027, 1, 2), 37),
    ]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2027, 2, 27), [("Leap Day", date(2027, 2, 28), 27), ("March", date(2027, 3, 1), 27)]),
        (date(2028, 2, 27), [("Leap Day", date(2028, 2, 29), 28), ("March", date(2028, 3, 1), 28)]),
        (date(2027, 3, 1), [("March", date(2027, 3, 1), 27)]),
    ],
)
def test_a_29_february_birthday_falls_on_28_february_in_a_common_year(
    db: Database, today: date, expected: list[tuple[str, date, int]]
) -> None:
    add_contacts(
        db,
        [
            ContactDraft("Leap Day", birthday="2000-02-29"),
            ContactDraft("March", birthday="2000-03-01"),
        ],
    )
    rows = upcoming_birthdays(db, today, days=4)
    assert [(r.name, r.day, r.age) for r in rows] == expected
