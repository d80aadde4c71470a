"""iCalendar: our items written and read back by vobject itself, and Outlook's file read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject

from crm_desktop.errors import NoRecordsError
from crm_desktop.interop.icalendar import (
    Attendee,
    CalendarItem,
    ReadItem,
    calendar_text,
    read_calendar_file,
    read_calendar_text,
)
from crm_desktop.records.problems import Problem

ATHENS = ZoneInfo("Europe/Athens")
DATA = Path(__file__).resolve().parent.parent / "data"
MEETING = CalendarItem(
    "meeting-1@crm-desktop",
    "meeting",
    "Tasting, wine; Γεια σας",
    details="Line one\nLine two",
    start=datetime(2026, 10, 20, 10, 0, tzinfo=ATHENS),
    duration_minutes=90,
    location="Cellar",
    priority="high",
    reminder=datetime(2026, 10, 20, 9, 45, tzinfo=ATHENS),
    attendees=(Attendee("Ana Puig", "ana@vilaseca.example"),),
    time_zone="Europe/Athens",
)
TASK = CalendarItem(
    "task-1@crm-desktop",
    "task",
    "Send the price list",
    due=datetime(2026, 10, 21, 9, 0, tzinfo=ATHENS),
    status="done",
    completed_at=datetime(2026, 10, 21, 8, 0, tzinfo=UTC),
    outcome="Sent by post",
)
CALL = CalendarItem(
    "call-1@crm-desktop", "call", "Call back", start=datetime(2026, 1, 5, 9, tzinfo=UTC)
)
LETTER = CalendarItem(
    "letter-1@crm-desktop", "letter", "Contract", due=datetime(2026, 2, 1, 9, tzinfo=UTC)
)
LOGGED_EMAIL = CalendarItem("email-1@crm-desktop", "email", "Sent the offer", status="done")


def _text(*items: CalendarItem) -> str:
    return "".join(calendar_text(items, stamp=datetime(2026, 12, 1, tzinfo=UTC)))


def test_vobject_reads_our_file_with_the_uids_times_and_kinds() -> None:
    calendar = vobject.readOne(_text(MEETING, TASK, CALL, LETTER))
    events = {e.uid.value: e for e in calendar.vevent_list}
    todos = {t.uid.value: t for t in calendar.vtodo_list}
    assert set(events) == {"meeting-1@crm-desktop", "call-1@crm-desktop"}
    assert set(todos) == {"task-1@crm-desktop", "letter-1@crm-desktop"}
    meeting = events["meeting-1@crm-desktop"]
    assert meeting.dtstart.value == datetime(2026, 10, 20, 7, 0, tzinfo=UTC)
    assert meeting.dtend.value - meeting.dtstart.value == timedelta(minutes=90)
    assert meeting.summary.value == "Tasting, wine; Γεια σας"
    assert meeting.description.value == "Line one\nLine two"
    assert meeting.attendee.value == "mailto:ana@vilaseca.example"
    assert meeting.attendee.params["CN"] == ["Ana Puig"]
    assert meeting.priority.value == "1"
    assert meeting.valarm.trigger.value == timedelta(minutes=-15)
    assert meeting.x_crm_kind.value == "meeting"
    task = todos["task-1@crm-desktop"]
    assert task.due.value == datetime(2026, 10, 21, 6, 0, tzinfo=UTC)
    assert (task.status.value, task.completed.value) == (
        "COMPLETED",
        datetime(2026, 10, 21, 8, 0, tzinfo=UTC),
    )
    assert todos["letter-1@crm-desktop"].x_crm_kind.value == "letter"
    assert events["call-1@crm-desktop"].x_crm_kind.value == "call"


def test_the_file_has_crlf_lines_folded_at_75_octets() -> None:
    long = CalendarItem("long@x", "task", "Ελληνικά " * 30, due=datetime(2026, 1, 1, tzinfo=UTC))
    data = _text(long).encode("utf-8")
    lines = data.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b""
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75


def test_an_email_never_scheduled_is_not_exported() -> None:
    assert "email-1@crm-desktop" not in _text(LOGGED_EMAIL, CALL)


@pytest.mark.parametrize("item", [MEETING, TASK, CALL, LETTER], ids=lambda i: i.kind)
def test_what_we_write_we_read_back_whole(item: CalendarItem) -> None:
    [read] = list(read_calendar_text(_text(item), "x.ics", ATHENS))
    assert isinstance(read, ReadItem) and read.warnings == ()
    back = read.item
    assert back.modified is not None
    assert back == CalendarItem(
        item.uid,
        item.kind,
        item.subject,
        item.details,
        None if item.start is None else item.start.astimezone(UTC),
        None if item.due is None else item.due.astimezone(UTC),
        item.duration_minutes,
        item.location,
        item.priority,
        item.status,
        item.outcome,
        item.completed_at,
        None if item.reminder is None else item.reminder.astimezone(UTC),
        item.attendees,
        item.time_zone,
        back.modified,
    )


def test_outlooks_file_is_read_in_its_windows_zone_and_a_broken_event_is_reported() -> None:
    path = DATA / "outlook-gtb-zone-event-broken-event-and-todo.ics"
    found = list(read_calendar_file(path, ATHENS))
    [meeting, broken, todo] = found
    assert isinstance(meeting, ReadItem) and isinstance(todo, ReadItem)
    assert isinstance(broken, Problem)
    assert (broken.file, broken.line) == (path.name, 41)
    assert "DTSTART" in broken.message
    # 10:00 "GTB Standard Time" on 5 November (after the DST change) is 08:00 UTC.
    assert meeting.item.start == datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
    assert (meeting.item.kind, meeting.item.duration_minutes, meeting.line) == ("meeting", 90, 20)
    assert meeting.item.subject == "Συνάντηση με την Ελένη"
    assert meeting.item.reminder == datetime(2026, 11, 5, 7, 45, tzinfo=UTC)
    assert [a.email for a in meeting.item.attendees] == [
        "eleni@aegean.example",
        "stranger@elsewhere.example",
    ]
    # An all-day due date is that day's 00:00 in the zone given.
    assert todo.item.due == datetime(2026, 11, 10, 0, 0, tzinfo=ATHENS)
    assert (todo.item.kind, todo.item.priority, todo.item.status) == ("task", "high", "open")


def test_floating_times_are_local_and_an_unknown_zone_is_a_warning() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:f\r\n"
        "DTSTART:20260701T100000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:g\r\n"
        "DTSTART;TZID=Nowhere Standard Time:20260701T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    floating, unknown = list(read_calendar_text(text, "f.ics", ATHENS))
    assert isinstance(floating, ReadItem) and isinstance(unknown, ReadItem)
    assert floating.item.start == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert unknown.item.start == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert [(w.line, w.fatal) for w in unknown.warnings] == [(7, False)]
    assert "Nowhere Standard Time" in unknown.warnings[0].message


def test_a_calendar_without_events_is_no_records(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    with pytest.raises(NoRecordsError):
        list(read_calendar_file(path, ATHENS))


def test_what_other_clients_add_is_written_back_byte_for_byte() -> None:
    """Apple's and Microsoft's own properties, categories and the like: kept on the item and
    written back as they were read (vobject alone would cut a URI at its comma)."""
    lines = [
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Marousi:geo:38.05,23.80",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "CATEGORIES:Customer,VIP",
        "CLASS:PRIVATE",
        "TRANSP:TRANSPARENT",
    ]
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//iOS 18.1//EN\r\n"
        "BEGIN:VEVENT\r\nUID:apple-1\r\nDTSTAMP:20261201T100000Z\r\n"
        "DTSTART:20261205T090000Z\r\nDTEND:20261205T100000Z\r\nSUMMARY:Site visit\r\n"
        "SEQUENCE:3\r\n" + "".join(line + "\r\n" for line in lines) + "BEGIN:VALARM\r\n"
        "ACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nX-WR-ALARMUID:0C0E\r\nEND:VALARM\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    [read] = list(read_calendar_text(text, "apple.ics", ATHENS))
    assert isinstance(read, ReadItem)
    assert set(read.item.kept) == set(lines)  # SEQUENCE and the alarm's own lines: not kept
    written = "".join(calendar_text([read.item]))
    unfolded = written.replace("\r\n ", "")
    for line in lines:
        assert unfolded.count(line + "\r\n") == 1, line
    assert "X-WR-ALARMUID" not in written and "SEQUENCE" not in written
    [again] = list(read_calendar_text(written, "again.ics", ATHENS))
    assert isinstance(again, ReadItem) and set(again.item.kept) == set(lines)
