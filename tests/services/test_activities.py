"""Activities: storing them in UTC at their wall-clock time, the lists (Today, Overdue, Next
7 days, All, Done) around midnight and across DST, completing, following up, rescheduling,
the month calendar and reminders. Zones are fixed IANA ones, never the machine's."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.activities import (
    activities_on,
    activity_days,
    complete_activity,
    create_activity,
    due_activities,
    follow_up_draft,
    get_activity,
    local_zone,
    reminders_between,
    reschedule_activity,
    restore_activities,
    trash_activities,
    update_activity,
)
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

ATHENS = ZoneInfo("Europe/Athens")  # UTC+3 in summer, UTC+2 from 25 October 2026 04:00
NEW_YORK = ZoneInfo("America/New_York")


def athens(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=ATHENS)  # type: ignore[misc]


def task(db: Database, subject: str, due: datetime, **more: object) -> int:
    return create_activity(db, ActivityDraft("task", subject, due=due, **more)).id  # type: ignore[arg-type]


def subjects(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.subject for row in rows]


def test_an_activity_is_stored_in_utc_with_its_contacts_and_account(db: Database) -> None:
    [ana, pau] = add_contacts(
        db,
        [
            ContactDraft("Ana Puig", accounts=(AccountLinkDraft("Vilaseca Vins"),)),
            ContactDraft("Pau Serra"),
        ],
    )
    account = account_rows(db)[0].id
    row = create_activity(
        db,
        ActivityDraft(
            "meeting",
            "Tasting",
            start=athens(2026, 7, 1, 10, 0),
            duration_minutes=90,
            location="Cellar",
            priority="high",
            contact_ids=(pau, ana),
            account_id=account,
            time_zone="Europe/Athens",
        ),
    )
    assert row.start == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert row.start is not None and row.start.tzinfo is UTC
    assert (row.contact_ids, row.contact_names) == ((pau, ana), ("Pau Serra", "Ana Puig"))
    assert (row.account_id, row.account_name) == (account, "Vilaseca Vins")
    assert row.uid and get_activity(db, row.id) == row
    assert row.when == row.start
    assert row.to_draft().start == athens(2026, 7, 1, 10, 0)


def test_a_meeting_set_before_the_dst_change_stays_at_its_wall_clock_time(db: Database) -> None:
    # Set on 1 October (UTC+3) for 5 November (UTC+2): still 10:00 in Athens.
    row = create_activity(
        db,
        ActivityDraft("meeting", "Review", start=athens(2026, 11, 5, 10, 0)),
        now=athens(2026, 10, 1, 12, 0),
    )
    assert row.start == datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
    assert row.start is not None and row.start.astimezone(ATHENS).hour == 10


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ActivityDraft("fax", "x"), "kind"),
        (ActivityDraft("task", "x", status="maybe"), "status"),
        (ActivityDraft("task", "x", priority="urgent"), "priority"),
        (ActivityDraft("task", "x", due=datetime(2026, 1, 1, 9, 0)), "due"),
        (ActivityDraft("task", "x", time_zone="Mars/Olympus"), "time zone"),
    ],
)
def test_a_bad_activity_is_refused_naming_the_field(
    db: Database, draft: ActivityDraft, field: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        create_activity(db, draft)
    assert caught.value.field == field
    assert due_activities(db, Due.ALL, zone=ATHENS) == []


def test_an_activity_with_an_unknown_contact_is_refused_and_nothing_stored(db: Database) -> None:
    with pytest.raises(NotFoundError):
        create_activity(db, ActivityDraft("call", "x", contact_ids=(ContactId(42),)))
    assert due_activities(db, Due.ALL, zone=ATHENS) == []


def test_today_and_overdue_change_at_local_midnight(db: Database) -> None:
    task(db, "late evening", athens(2026, 3, 10, 23, 30))
    task(db, "just after midnight", athens(2026, 3, 11, 0, 30))
    task(db, "last week", athens(2026, 3, 3, 9, 0))
    before = athens(2026, 3, 10, 23, 59)
    after = athens(2026, 3, 11, 0, 1)
    assert subjects(due_activities(db, Due.TODAY, before, ATHENS)) == ["late evening"]
    assert subjects(due_activities(db, Due.OVERDUE, before, ATHENS)) == ["last week"]
    assert subjects(due_activities(db, Due.TODAY, after, ATHENS)) == ["just after midnight"]
    assert subjects(due_activities(db, Due.OVERDUE, after, ATHENS)) == [
        "last week",
        "late evening",
    ]
    # In UTC it is still the 10th at 22:01: the zone decides, not the clock's offset.
    assert subjects(due_activities(db, Due.TODAY, after, UTC)) == [
        "late evening",
        "just after midnight",
    ]


def test_the_day_of_the_dst_change_has_25_hours(db: Database) -> None:
    # 25 October 2026 in Athens runs from 00:00+03 to 00:00+02: 25 hours.
    task(db, "23:30 on the long day", athens(2026, 10, 25, 23, 30))
    task(db, "00:30 the next day", athens(2026, 10, 26, 0, 30))
    today = due_activities(db, Due.TODAY, athens(2026, 10, 25, 8, 0), ATHENS)
    assert subjects(today) == ["23:30 on the long day"]
    # Spring forward: 29 March 2026 has 23 hours.
    task(db, "23:30 on the short day", athens(2026, 3, 29, 23, 30))
    assert subjects(due_activities(db, Due.TODAY, athens(2026, 3, 29, 1, 0), ATHENS)) == [
        "23:30 on the short day"
    ]


def test_next_7_days_include_today_and_end_before_the_eighth_day(db: Database) -> None:
    now = athens(2026, 10, 20, 15, 0)
    task(db, "this morning", athens(2026, 10, 20, 8, 0))
    task(db, "in six days", athens(2026, 10, 26, 23, 0))  # across the DST change
    task(db, "in seven days", athens(2026, 10, 27, 0, 0))
    task(db, "yesterday", athens(2026, 10, 19, 12, 0))
    assert subjects(due_activities(db, Due.WEEK, now, ATHENS)) == ["this morning", "in six days"]


def test_all_lists_open_ones_by_time_and_done_lists_newest_first(db: Database) -> None:
    now = athens(2026, 5, 5, 12, 0)
    first = task(db, "first", athens(2026, 5, 1, 9, 0))
    create_activity(db, ActivityDraft("task", "no date"))
    task(db, "second", athens(2026, 6, 1, 9, 0))
    third = task(db, "third", athens(2026, 4, 1, 9, 0))
    task(db, "cancelled", athens(2026, 4, 2, 9, 0), status="cancelled")
    assert subjects(due_activities(db, Due.ALL, now, ATHENS)) == [
        "third", "first", "second", "no date"
    ]  # fmt: skip
    complete_activity(db, third, "done early", athens(2026, 3, 30, 9, 0))
    complete_activity(db, first, "done", athens(2026, 5, 2, 9, 0))
    assert subjects(due_activities(db, Due.DONE, now, ATHENS)) == ["first", "third"]
    assert subjects(due_activities(db, Due.ALL, now, ATHENS, limit=1)) == ["second"]


def test_trashed_activities_leave_every_list_and_come_back(db: Database) -> None:
    now = athens(2026, 5, 5, 12, 0)
    kept = task(db, "kept", athens(2026, 5, 5, 9, 0))
    gone = task(db, "gone", athens(2026, 5, 5, 10, 0))
    changes = trash_activities(db, [gone])
    assert changes.activities_removed == (gone,)
    assert subjects(due_activities(db, Due.TODAY, now, ATHENS)) == ["kept"]
    assert restore_activities(db, [gone, kept]).activities_added == (gone,)
    assert subjects(due_activities(db, Due.TODAY, now, ATHENS)) == ["kept", "gone"]


def test_completing_records_the_outcome_and_the_follow_up_is_prefilled(db: Database) -> None:
    [ana] = add_contacts(db, [ContactDraft("Ana Puig")])
    call = create_activity(
        db,
        ActivityDraft(
            "call",
            "Price list",
            start=athens(2026, 10, 23, 10, 30),  # a Friday, UTC+3
            reminder=athens(2026, 10, 23, 10, 15),
            contact_ids=(ana,),
            time_zone="Europe/Athens",
        ),
    )
    done = complete_activity(db, call.id, "Wants 200 cases", athens(2026, 10, 23, 10, 45))
    assert (done.status, done.outcome) == ("done", "Wants 200 cases")
    assert done.completed_at == athens(2026, 10, 23, 10, 45)
    follow = follow_up_draft(done, now=athens(2026, 10, 23, 11, 0), zone=UTC)
    # The next working day is Monday 26 October, after the DST change: still 10:30 there.
    assert follow.start == athens(2026, 10, 26, 10, 30)
    assert follow.reminder == athens(2026, 10, 26, 10, 15)
    assert (follow.kind, follow.subject, follow.status) == ("call", "Follow-up: Price list", "open")
    assert follow.contact_ids == (ana,) and follow.due is None
    again = follow_up_draft(create_activity(db, follow), now=athens(2026, 10, 26, 11, 0))
    assert again.subject == "Follow-up: Price list"


def test_a_done_activity_logged_for_the_past_is_completed_at_its_time(db: Database) -> None:
    row = create_activity(
        db, ActivityDraft("call", "Yesterday's call", start=athens(2026, 1, 1, 9), status="done")
    )
    assert row.completed_at == athens(2026, 1, 1, 9)
    edited = update_activity(db, row.id, row.to_draft())
    assert edited.completed_at == row.completed_at
    reopened = update_activity(db, row.id, ActivityDraft("call", "Again", status="open"))
    assert reopened.completed_at is None


def test_rescheduling_keeps_the_wall_clock_time_in_the_activitys_zone(db: Database) -> None:
    meeting = create_activity(
        db,
        ActivityDraft(
            "meeting",
            "Board",
            start=athens(2026, 10, 20, 10, 0),
            reminder=athens(2026, 10, 20, 9, 45),
            time_zone="Europe/Athens",
        ),
    )
    # The GUI's zone (New York) does not matter: the meeting was set in Athens.
    moved = reschedule_activity(db, meeting.id, date(2026, 10, 27), zone=NEW_YORK)
    assert moved.start == athens(2026, 10, 27, 10, 0)
    assert moved.start == datetime(2026, 10, 27, 8, 0, tzinfo=UTC)
    assert moved.reminder == athens(2026, 10, 27, 9, 45)
    undated = create_activity(db, ActivityDraft("task", "Someday"))
    assert reschedule_activity(db, undated.id, date(2026, 3, 2), zone=ATHENS).due == athens(
        2026, 3, 2, 9, 0
    )


def test_the_month_calendar_counts_activities_per_local_day(db: Database) -> None:
    task(db, "a", athens(2026, 10, 1, 0, 30))  # 30 September in UTC
    task(db, "b", athens(2026, 10, 1, 18, 0))
    task(db, "c", athens(2026, 10, 31, 23, 0))
    task(db, "d", athens(2026, 11, 1, 0, 30))
    task(db, "cancelled", athens(2026, 10, 2, 9, 0), status="cancelled")
    done = task(db, "done", athens(2026, 10, 2, 9, 0))
    complete_activity(db, done, "", athens(2026, 10, 2, 9, 30))
    counts = activity_days(db, date(2026, 10, 1), date(2026, 10, 31), ATHENS)
    assert counts == {date(2026, 10, 1): 2, date(2026, 10, 2): 1, date(2026, 10, 31): 1}
    assert subjects(activities_on(db, date(2026, 10, 1), ATHENS)) == ["a", "b"]


def test_reminders_between_two_instants(db: Database) -> None:
    at = athens(2026, 6, 1, 9, 0)
    task(db, "at the start", at + timedelta(hours=1), reminder=at)
    task(db, "inside", at + timedelta(hours=1), reminder=at + timedelta(minutes=1))
    task(db, "at the end", at + timedelta(hours=1), reminder=at + timedelta(minutes=5))
    task(db, "after", at + timedelta(hours=1), reminder=at + timedelta(minutes=6))
    done = task(db, "done", at + timedelta(hours=1), reminder=at + timedelta(minutes=2))
    complete_activity(db, done, "")
    found = reminders_between(db, at, at + timedelta(minutes=5))
    assert subjects(found) == ["inside", "at the end"]
    assert reminders_between(db, at.astimezone(UTC), (at + timedelta(minutes=1))) == found[:1]


def test_the_contacts_list_shows_last_contact_and_next_activity(db: Database) -> None:
    [ana, _pau] = add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    create_activity(
        db,
        ActivityDraft(
            "call", "Old", start=athens(2026, 1, 5, 9), status="done", contact_ids=(ana,)
        ),
    )
    create_activity(
        db, ActivityDraft("meeting", "Next", start=athens(2026, 12, 9, 9), contact_ids=(ana,))
    )
    create_activity(
        db, ActivityDraft("task", "Later", due=athens(2026, 12, 20, 9), contact_ids=(ana,))
    )
    rows = {row.name: row for row in search_contacts(db).rows}
    assert rows["Ana Puig"].last_contact == athens(2026, 1, 5, 9)
    assert rows["Ana Puig"].next_activity == athens(2026, 12, 9, 9)
    assert (rows["Pau Serra"].last_contact, rows["Pau Serra"].next_activity) == (None, None)


def test_last_contact_and_next_activity_follow_every_change_of_the_activities(
    db: Database,
) -> None:
    [ana, pau] = add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])

    def columns(name: str) -> tuple[datetime | None, datetime | None]:
        row = {r.name: r for r in search_contacts(db).rows}[name]
        return row.last_contact, row.next_activity

    soon = create_activity(
        db, ActivityDraft("call", "Soon", start=athens(2026, 5, 2, 9), contact_ids=(ana, pau))
    )
    later = create_activity(
        db, ActivityDraft("task", "Later", due=athens(2026, 5, 9, 9), contact_ids=(ana,))
    )
    assert columns("Ana Puig") == (None, athens(2026, 5, 2, 9))
    complete_activity(db, soon.id, "", athens(2026, 5, 2, 9, 30))
    assert columns("Ana Puig") == (athens(2026, 5, 2, 9, 30), athens(2026, 5, 9, 9))
    assert columns("Pau Serra") == (athens(2026, 5, 2, 9, 30), None)
    reschedule_activity(db, later.id, date(2026, 5, 12), zone=ATHENS)
    assert columns("Ana Puig")[1] == athens(2026, 5, 12, 9)
    trash_activities(db, [soon.id])
    assert columns("Ana Puig") == (None, athens(2026, 5, 12, 9))
    restore_activities(db, [soon.id])
    draft = ActivityDraft(
        "call", "Soon", start=athens(2026, 5, 2, 9), status="done", contact_ids=(ana,)
    )
    update_activity(db, soon.id, draft)
    assert columns("Pau Serra") == (None, None)  # no longer linked
    assert columns("Ana Puig")[0] == athens(2026, 5, 2, 9, 30)  # done when it was


def test_the_local_zone_is_an_iana_zone_from_the_tz_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Athens")
    zone = local_zone()
    assert datetime(2026, 7, 1, tzinfo=zone).utcoffset() == timedelta(hours=3)
    assert datetime(2026, 12, 1, tzinfo=zone).utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize("due", list(Due))
def test_the_ids_of_a_list_come_in_the_lists_order(db: Database, due: Due) -> None:
    from crm_desktop.services.activities import due_activity_ids

    now = athens(2026, 5, 5, 12, 0)
    for day in (3, 5, 6, 9, 20):
        done = task(db, f"on the {day}th", athens(2026, 5, day, 9, 0))
        if day == 20:
            complete_activity(db, done, "", athens(2026, 5, 4, 9, 0))
    rows = due_activities(db, due, now, ATHENS)
    assert rows  # every list has something here
    assert due_activity_ids(db, due, now, ATHENS) == [row.id for row in rows]
    assert due_activity_ids(db, due, now, ATHENS, limit=1) == [rows[0].id]
