"""iCalendar quirks of issue 14, each read from its fixture and written back: a TZID with a
leading slash and no VTIMEZONE, a date-only due date, a Latin-1 file, VJOURNAL entries."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from crm_desktop.interop.icalendar import ReadItem, read_calendar_file
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.activities import create_activity, get_activity, update_activity
from crm_desktop.services.calendar_files import calendar_activity_ids, export_icalendar
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import import_files
from crm_desktop.services.notes import timeline

DATA = Path(__file__).resolve().parent.parent / "data"
ATHENS = ZoneInfo("Europe/Athens")


@pytest.fixture(autouse=True)
def _athens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Athens")


def _export(db: Database, tmp_path: Path) -> icalendar.Calendar:
    out = tmp_path / "out.ics"
    export_icalendar(db, out, calendar_activity_ids(db))
    return icalendar.Calendar.from_ical(out.read_bytes())


def _by_uid(calendar: icalendar.Calendar) -> dict[str, icalendar.cal.Component]:
    return {str(c["UID"]): c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")}


def test_a_tzid_with_a_leading_slash_or_a_path_is_its_iana_zone(
    db: Database, tmp_path: Path
) -> None:
    summary = import_files(db, [DATA / "google-slash-tzid-no-vtimezone.ics"])
    assert summary.imported == 2
    assert [p.message for p in summary.problems] == []
    [athens, new_york] = [get_activity(db, i) for i in summary.activity_ids]
    assert athens.start == datetime(2026, 11, 5, 8, 0, tzinfo=UTC)  # 10:00 in Athens (EET)
    assert athens.time_zone == "Europe/Athens"
    assert athens.duration_minutes == 90
    assert new_york.start == datetime(2026, 11, 5, 15, 0, tzinfo=UTC)  # 10:00 EST
    assert new_york.time_zone == "America/New_York"
    events = _by_uid(_export(db, tmp_path))
    written = events["slash-zone-1@google.com"]["DTSTART"].dt
    assert written == datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
    assert str(events["slash-zone-1@google.com"]["X-CRM-TZID"]) == "Europe/Athens"


def test_a_date_only_due_date_is_written_as_a_date_and_read_back_the_same(
    db: Database, tmp_path: Path
) -> None:
    summary = import_files(db, [DATA / "thunderbird-date-only-due.ics"])
    assert summary.imported == 2
    [all_day, timed] = [get_activity(db, i) for i in summary.activity_ids]
    assert all_day.due == datetime(2026, 11, 10, tzinfo=ATHENS)
    typed = create_activity(
        db, ActivityDraft("task", "Typed in", due=datetime(2026, 12, 1, tzinfo=ATHENS))
    )
    todos = _by_uid(_export(db, tmp_path))
    due = todos["all-day-due-1@thunderbird"]["DUE"]
    assert due.params.get("VALUE") == "DATE" and due.dt == date(2026, 11, 10)
    assert todos["timed-due-2@thunderbird"]["DUE"].dt == datetime(2026, 11, 10, 10, tzinfo=UTC)
    assert todos[typed.uid]["DUE"].dt == date(2026, 12, 1)
    again = import_files(db, [tmp_path / "out.ics"])  # our own export: nothing changes
    assert again.imported == 0
    assert get_activity(db, summary.activity_ids[0]) == all_day
    assert get_activity(db, summary.activity_ids[1]) == timed


def test_a_latin1_calendar_is_read_in_its_code_page_not_with_replacement_characters(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")
    summary = import_files(db, [DATA / "latin1-swedish-event-no-charset.ics"])
    assert summary.imported == 1
    [meeting] = [get_activity(db, i) for i in summary.activity_ids]
    assert meeting.subject == "Två möten i Göteborg"
    assert meeting.location == "Källaren"
    assert meeting.details == "Hälsningar från Åsa och Örjan"
    assert all("\ufffd" not in p.message for p in summary.problems)
    assert all(p.line == 1 and "a guess" in p.message for p in summary.problems)
    [event] = _by_uid(_export(db, tmp_path)).values()
    assert str(event["SUMMARY"]) == "Två möten i Göteborg"


def test_a_journal_entry_is_a_dated_note_on_each_contact_it_names_else_a_warning(
    db: Database,
) -> None:
    [eleni, nikos] = add_contacts(
        db,
        [
            ContactDraft("Eleni Papadopoulou", emails=(EmailValue("eleni@aegean.example"),)),
            ContactDraft("Nikos Pappas", emails=(EmailValue("nikos@aegean.example"),)),
        ],
    )
    path = DATA / "thunderbird-vjournal-notes.ics"
    summary = import_files(db, [path])
    assert (summary.imported, summary.skipped) == (2, 1)  # the journal entry and the event
    assert [(p.line, p.message, p.fatal) for p in summary.problems] == [
        (14, "a journal entry (VJOURNAL) naming no contact by e-mail: not imported", False)
    ]
    for contact in (eleni, nikos):
        [note] = [t for t in timeline(db, contact) if t.kind == "note"]
        assert note.note is not None
        assert note.note.body == "Visit to the vineyard\n\nEleni wants samples, and the price list."
        assert note.when == datetime(2026, 10, 20, tzinfo=ATHENS)
    again = import_files(db, [path])  # nothing doubled
    assert again.imported == 0
    assert len([t for t in timeline(db, eleni) if t.kind == "note"]) == 1


def test_a_fold_that_splits_a_utf8_character_is_not_taken_for_a_code_page(
    tmp_path: Path,
) -> None:
    path = tmp_path / "split.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:split-1\r\n"
        b"DTSTART:20261105T100000Z\r\nSUMMARY:Caf\xc3\r\n \xa9 T\xce\r\n \xb1\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    [read] = list(read_calendar_file(path, UTC, "en_US.UTF-8"))
    assert isinstance(read, ReadItem)
    assert (read.item.subject, read.warnings) == ("Café Tα", ())


def test_a_vtimezone_vobject_cannot_use_gives_way_to_the_iana_zone_of_its_name(
    db: Database,
) -> None:
    summary = import_files(db, [DATA / "apple-ical-vtimezone-without-dtstart.ics"])
    assert summary.imported == 1
    assert [(p.line, p.fatal) for p in summary.problems] == [(10, False)]
    assert "VTIMEZONE 'Europe/Paris' cannot be read" in summary.problems[0].message
    [meeting] = [get_activity(db, i) for i in summary.activity_ids]
    assert meeting.start == datetime(2026, 10, 29, 8, 0, tzinfo=UTC)  # 09:00 in Paris (CET)
    assert (meeting.time_zone, meeting.duration_minutes) == ("Europe/Paris", 90)


def test_a_recurring_events_rrule_organizer_and_every_attendee_are_stored_and_written_back(
    db: Database, tmp_path: Path
) -> None:
    [eleni] = add_contacts(
        db, [ContactDraft("Eleni Papadopoulou", emails=(EmailValue("eleni@aegean.example"),))]
    )
    summary = import_files(db, [DATA / "google-weekly-rrule-organizer-attendees.ics"])
    [call] = [get_activity(db, i) for i in summary.activity_ids]
    assert call.contact_ids == (eleni,)
    # the rule is the activity's own since migration 0013: it repeats, expanded in UTC
    assert call.recurrence == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261221T080000Z"
    assert call.time_zone == "UTC"
    assert call.calendar_kept.splitlines() == [
        "ORGANIZER;CN=Maria Boss:mailto:maria@head-office.example",
        'ATTENDEE;CN="Stranger, Joe":mailto:joe@elsewhere.example',
        "ATTENDEE:mailto:room-4@head-office.example",
    ]
    # an edit in the app (a draft that says nothing of them) keeps them
    update_activity(db, call.id, dataclasses.replace(call.to_draft(), calendar_kept=None))
    [event] = _by_uid(_export(db, tmp_path)).values()
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["BYDAY"] == ["MO"]
    assert str(event["ORGANIZER"]) == "mailto:maria@head-office.example"
    assert event["ORGANIZER"].params["CN"] == "Maria Boss"
    attendees = {str(a).lower(): a.params.get("CN", "") for a in event["ATTENDEE"]}
    assert attendees == {
        "mailto:eleni@aegean.example": "Eleni Papadopoulou",
        "mailto:joe@elsewhere.example": "Stranger, Joe",
        "mailto:room-4@head-office.example": "",
    }
