"""Repeating activities through iCalendar (issue 19): a real Google calendar's weekly
meeting, with one occurrence moved, imported as a series (not one occurrence without a
word); our export's RRULE, EXDATE and TZID read by icalendar and expanded by vobject at the
same wall-clock time on both sides of a daylight-saving change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from crm_desktop.records.activities import ActivityDraft
from crm_desktop.services.activities import activities_on, create_activity, get_activity
from crm_desktop.services.calendar_files import calendar_activity_ids, export_icalendar
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.importing import import_files
from crm_desktop.services.series import trash_occurrence

ATHENS = ZoneInfo("Europe/Athens")
SYDNEY = ZoneInfo("Australia/Sydney")


@pytest.fixture(autouse=True)
def _athens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Athens")


def test_a_google_weekly_meeting_with_a_moved_occurrence_is_imported_as_a_series(
    db: Database, corpus: Path
) -> None:
    source = corpus / "ics" / "recurring-ical-events" / "issue_62_moved_event_2.ics"
    summary = import_files(db, [source])
    assert (summary.imported, summary.failed, summary.problems) == (4, 0, ())
    rows = [get_activity(db, i) for i in calendar_activity_ids(db)]
    [timed] = [r for r in rows if r.repeats and r.duration_minutes == 60]
    assert timed.recurrence == "FREQ=WEEKLY;WKST=SU;UNTIL=20230828T135959Z;BYDAY=TU"
    assert timed.time_zone == "Australia/Sydney"
    moved_from = datetime(2023, 8, 15, 14, 0, tzinfo=SYDNEY)
    assert timed.recurrence_exdates == (moved_from.astimezone(UTC),)
    [moved] = [r for r in rows if r.series_id == timed.id and r.duration_minutes == 60]
    assert moved.start == datetime(2023, 8, 14, 14, 0, tzinfo=SYDNEY)

    def on(day: date) -> list[str]:
        return [
            f"{r.start.astimezone(SYDNEY):%H:%M}"
            for r in activities_on(db, day, SYDNEY)
            if r.duration_minutes == 60 and r.start
        ]

    assert on(date(2023, 8, 8)) == ["14:00"]
    assert on(date(2023, 8, 14)) == ["14:00"]  # the moved one
    assert on(date(2023, 8, 15)) == []  # not twice
    assert on(date(2023, 8, 22)) == ["14:00"]
    assert on(date(2023, 8, 29)) == []  # UNTIL
    all_day = [r for r in rows if r.repeats and r.duration_minutes != 60]
    assert len(all_day) == 1 and all_day[0].recurrence_exdates


def test_our_rrule_exdate_and_tzid_are_read_by_icalendar_and_expanded_by_vobject(
    tmp_path: Path,
) -> None:
    with open_database(tmp_path / "crm.sqlite3", "en_GB") as db:
        series = create_activity(
            db,
            ActivityDraft(
                "meeting",
                "Thursday review",
                start=datetime(2026, 10, 15, 10, 0, tzinfo=ATHENS),
                duration_minutes=30,
                recurrence="FREQ=WEEKLY;BYDAY=TH;COUNT=6",
                time_zone="Europe/Athens",
            ),
            now=datetime(2026, 10, 1, tzinfo=UTC),
        ).id
        trash_occurrence(db, series, datetime(2026, 10, 22, 7, 0, tzinfo=UTC))
        out = tmp_path / "series.ics"
        assert export_icalendar(db, out, [series]) == 1
    data = out.read_bytes()

    [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Athens"
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 10, 15, 10, 0)
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["COUNT"] == [6]
    [excluded] = event["EXDATE"].dts
    assert excluded.dt.replace(tzinfo=None) == datetime(2026, 10, 22, 10, 0)
    assert [z["TZID"] for z in icalendar.Calendar.from_ical(data).walk("VTIMEZONE")] == [
        "Europe/Athens"
    ]

    parsed = vobject.readOne(data.decode("utf-8"))
    occurrences = list(parsed.vevent.getrruleset())
    assert len(occurrences) == 5
    assert {o.astimezone(ATHENS).strftime("%H:%M") for o in occurrences} == {"10:00"}
    assert [o.astimezone(UTC).hour for o in occurrences] == [7, 8, 8, 8, 8]  # DST ends 25 Oct

    with open_database(tmp_path / "again.sqlite3", "en_GB") as again:
        import_files(again, [out])
        [row] = [get_activity(again, i) for i in calendar_activity_ids(again)]
        assert row.recurrence == "FREQ=WEEKLY;BYDAY=TH;COUNT=6"
        assert row.recurrence_exdates == (datetime(2026, 10, 22, 7, 0, tzinfo=UTC),)
        assert [r.start for r in activities_on(again, date(2026, 11, 19), ATHENS)] == [
            datetime(2026, 11, 19, 8, 0, tzinfo=UTC)
        ]
