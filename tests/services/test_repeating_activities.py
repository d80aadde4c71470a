"""Repeating activities (issue 19): occurrences keep their wall-clock time across a
daylight-saving change, monthly by weekday, ends by date or count, completing one moves the
series on, "only this one" and "all in the series" for edits and deletes, and only the
range asked for is expanded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.errors import InvalidValueError
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.recurrence import RepeatRule
from crm_desktop.services.activities import (
    activities_on,
    activity_days,
    complete_activity,
    create_activity,
    due_activities,
    get_activity,
    update_activity,
)
from crm_desktop.services.database import Database
from crm_desktop.services.recurrence import occurrences_between
from crm_desktop.services.series import change_occurrence, trash_occurrence

ATHENS = ZoneInfo("Europe/Athens")  # UTC+3 in summer, UTC+2 from 25 October 2026 04:00
NEW_YORK = ZoneInfo("America/New_York")  # EDT -> EST on 1 November 2026


def meeting(db: Database, start: datetime, rule: str, **more: object) -> int:
    draft = ActivityDraft("meeting", "Weekly review", start=start, recurrence=rule, **more)  # type: ignore[arg-type]
    return create_activity(db, draft, now=start - timedelta(days=1)).id


def test_a_weekly_meeting_keeps_its_wall_clock_time_across_the_dst_change(db: Database) -> None:
    series = meeting(
        db,
        datetime(2026, 10, 15, 10, 0, tzinfo=ATHENS),
        "FREQ=WEEKLY;BYDAY=TH",
        time_zone="Europe/Athens",
    )
    days = [date(2026, 10, 22), date(2026, 10, 29), date(2026, 11, 5)]
    found = [activities_on(db, day, ATHENS) for day in days]
    assert [len(rows) for rows in found] == [1, 1, 1]
    starts = [rows[0].start for rows in found]
    assert [s.astimezone(ATHENS).hour for s in starts if s] == [10, 10, 10]
    assert [s.astimezone(UTC).hour for s in starts if s] == [7, 8, 8]  # EEST, then EET
    assert all(rows[0].id == series for rows in found)
    assert found[1][0].occurrence == datetime(2026, 10, 29, 8, 0, tzinfo=UTC)


def test_new_york_expansion_across_the_november_change_keeps_nine_oclock() -> None:
    first = datetime(2026, 10, 26, 9, 0, tzinfo=NEW_YORK)
    found = occurrences_between(
        "FREQ=DAILY;INTERVAL=3",
        first,
        "America/New_York",
        datetime(2026, 10, 26, tzinfo=UTC),
        datetime(2026, 11, 8, tzinfo=UTC),
    )
    assert [m.astimezone(NEW_YORK).hour for m in found] == [9, 9, 9, 9, 9]
    assert [m.hour for m in found] == [13, 13, 14, 14, 14]  # 1 November is EST already


def test_monthly_by_weekday_falls_on_the_second_tuesday(db: Database) -> None:
    rule = RepeatRule("MONTHLY", week_ordinal=2, weekday=1).to_rrule()
    assert rule == "FREQ=MONTHLY;BYDAY=2TU"
    first = datetime(2026, 12, 8, 9, 30, tzinfo=ATHENS)
    found = occurrences_between(
        rule, first, "Europe/Athens", first, datetime(2027, 6, 1, tzinfo=UTC)
    )
    assert [m.astimezone(ATHENS).date() for m in found] == [
        date(2026, 12, 8),
        date(2027, 1, 12),
        date(2027, 2, 9),
        date(2027, 3, 9),
        date(2027, 4, 13),
        date(2027, 5, 11),
    ]
    assert RepeatRule.from_rrule(rule) == RepeatRule("MONTHLY", week_ordinal=2, weekday=1)


@pytest.mark.parametrize(
    ("rule", "count"),
    [
        (RepeatRule("DAILY", count=4).to_rrule(), 4),
        (RepeatRule("DAILY", interval=2, until=date(2026, 12, 10)).to_rrule(), 5),
        (RepeatRule("WEEKLY", weekdays=(0, 2, 4), count=7).to_rrule(), 7),
        (RepeatRule("YEARLY", until=date(2030, 12, 2)).to_rrule(), 5),  # the day is in
        (RepeatRule("YEARLY", until=date(2030, 12, 1)).to_rrule(), 4),
    ],
)
def test_a_series_ends_on_its_date_or_after_its_count(rule: str, count: int) -> None:
    first = datetime(2026, 12, 2, 8, 0, tzinfo=ATHENS)
    found = occurrences_between(
        rule, first, "Europe/Athens", first, datetime(2040, 1, 1, tzinfo=UTC)
    )
    assert len(found) == count


def test_a_series_without_end_is_expanded_for_the_range_only(db: Database) -> None:
    meeting(db, datetime(2026, 12, 1, 9, 0, tzinfo=ATHENS), "FREQ=DAILY", time_zone="Europe/Athens")
    days = activity_days(db, date(2027, 3, 1), date(2027, 3, 31), ATHENS)
    assert len(days) == 31 and set(days.values()) == {1}
    assert len(activities_on(db, date(2099, 7, 4), ATHENS)) == 1


def test_completing_one_logs_it_done_and_moves_the_series_to_the_next(db: Database) -> None:
    series = create_activity(
        db,
        ActivityDraft(
            "task",
            "Send the weekly report",
            due=datetime(2026, 12, 4, 17, 0, tzinfo=ATHENS),
            recurrence="FREQ=WEEKLY;COUNT=3",
            time_zone="Europe/Athens",
        ),
    ).id
    done = complete_activity(db, series, "sent")
    assert done.id != series and done.status == "done" and done.outcome == "sent"
    assert done.series_id == series and not done.repeats
    assert done.due == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    moved = get_activity(db, series)
    assert moved.status == "open"
    assert moved.due == datetime(2026, 12, 11, 15, 0, tzinfo=UTC)
    now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    assert [r.id for r in due_activities(db, Due.ALL, now, ATHENS)] == [series]
    assert [r.id for r in due_activities(db, Due.DONE, now, ATHENS)] == [done.id]
    complete_activity(db, series, "")
    last = complete_activity(db, series, "the last one")
    assert last.id == series and last.status == "done"  # the series ends with its third
    assert due_activities(db, Due.ALL, now, ATHENS) == []
    assert len(due_activities(db, Due.DONE, now, ATHENS)) == 3


def test_only_this_one_detaches_the_occurrence_and_keeps_the_series(db: Database) -> None:
    series = meeting(
        db,
        datetime(2026, 12, 7, 10, 0, tzinfo=ATHENS),
        "FREQ=WEEKLY",
        time_zone="Europe/Athens",
    )
    second = datetime(2026, 12, 14, 8, 0, tzinfo=UTC)
    row = get_activity(db, series)
    moved = datetime(2026, 12, 15, 12, 0, tzinfo=ATHENS)
    single = change_occurrence(
        db, series, second, ActivityDraft(**{**_fields(row), "start": moved, "subject": "Moved"})
    )
    assert single.id != series and not single.repeats and single.start == moved
    assert [r.subject for r in activities_on(db, date(2026, 12, 14), ATHENS)] == []
    assert [r.subject for r in activities_on(db, date(2026, 12, 15), ATHENS)] == ["Moved"]
    assert [r.subject for r in activities_on(db, date(2026, 12, 21), ATHENS)] == ["Weekly review"]
    assert second in get_activity(db, series).recurrence_exdates


def test_all_in_the_series_changes_every_occurrence(db: Database) -> None:
    series = meeting(
        db,
        datetime(2026, 12, 7, 10, 0, tzinfo=ATHENS),
        "FREQ=WEEKLY",
        time_zone="Europe/Athens",
    )
    row = get_activity(db, series)
    update_activity(db, series, ActivityDraft(**{**_fields(row), "location": "Room 2"}))
    later = activities_on(db, date(2027, 1, 4), ATHENS)
    assert [(r.location, r.start) for r in later] == [
        ("Room 2", datetime(2027, 1, 4, 8, 0, tzinfo=UTC))
    ]


def test_deleting_only_this_one_takes_it_out_of_the_series(db: Database) -> None:
    series = meeting(
        db,
        datetime(2026, 12, 7, 10, 0, tzinfo=ATHENS),
        "FREQ=WEEKLY;COUNT=2",
        time_zone="Europe/Athens",
    )
    trash_occurrence(db, series, datetime(2026, 12, 7, 8, 0, tzinfo=UTC))
    assert get_activity(db, series).start == datetime(2026, 12, 14, 8, 0, tzinfo=UTC)
    changes = trash_occurrence(db, series, datetime(2026, 12, 14, 8, 0, tzinfo=UTC))
    assert changes.activities_removed == (series,)
    assert activities_on(db, date(2026, 12, 14), ATHENS) == []


def test_an_occurrence_that_is_none_is_refused(db: Database) -> None:
    series = meeting(db, datetime(2026, 12, 7, 10, 0, tzinfo=ATHENS), "FREQ=WEEKLY")
    with pytest.raises(InvalidValueError):
        trash_occurrence(db, series, datetime(2026, 12, 8, 8, 0, tzinfo=UTC))


@pytest.mark.parametrize("rule", ["FREQ=FORTNIGHTLY", "BYDAY=MO", "FREQ=WEEKLY;COUNT=0"])
def test_a_bad_rule_is_refused_naming_it(db: Database, rule: str) -> None:
    with pytest.raises(InvalidValueError, match="repeat"):
        meeting(db, datetime(2026, 12, 7, 10, 0, tzinfo=ATHENS), rule)


def _fields(row: object) -> dict[str, object]:
    draft = row.to_draft()  # type: ignore[attr-defined]
    return {name: getattr(draft, name) for name in ActivityDraft.__slots__}
