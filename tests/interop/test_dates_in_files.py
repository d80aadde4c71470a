"""Dates outside the years 1000 to 9998 in the files people import: each is a problem at its
file and line, and the rest of the card, row or calendar is read as usual."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.errors import InvalidValueError
from crm_desktop.interop.csv_import import read_csv_file
from crm_desktop.interop.icalendar import CalendarItem, ReadItem, calendar_text, read_calendar_text
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file
from crm_desktop.records.date_range import EARLIEST, END
from crm_desktop.records.drafts import ContactDraft, CustomValue
from crm_desktop.records.partial_dates import normalize_partial_date
from crm_desktop.records.problems import Problem

# -- partial dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["0226-12-03", "02261203", "0999-12", "0000", "9999-01-01", "9999"]
)
def test_a_partial_date_outside_the_years_is_refused_saying_so(value: str) -> None:
    with pytest.raises(InvalidValueError, match="years 1000 to 9998"):
        normalize_partial_date(value, "birthday")


@pytest.mark.parametrize(
    ("value", "kept"),
    [("1000-01-01", "1000-01-01"), ("9998-12-31", "9998-12-31"), ("1604", "1604"),
     ("--02-29", "--02-29")],
)  # fmt: skip
def test_the_edges_of_the_years_and_dates_without_a_year_are_kept(value: str, kept: str) -> None:
    assert normalize_partial_date(value, "birthday") == kept


# -- vCard ------------------------------------------------------------------------------------


def _cards(path: Path) -> list[ReadCard | Problem]:
    return list(read_vcard_file(path))


def test_a_vcard_birthday_outside_the_years_is_a_warning_at_its_line_and_kept_as_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Puig\r\nBDAY:02261203\r\n"
        "ANNIVERSARY:0000\r\nEMAIL:ana@vilaseca.example\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pau Serra\r\nBDAY:1980-04-15\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    [ana, pau] = _cards(path)
    assert isinstance(ana, ReadCard) and isinstance(ana.record, ContactDraft)
    assert [(w.line, w.message) for w in ana.warnings] == [
        (4, "BDAY: '02261203' is outside the years 1000 to 9998; kept as written"),
        (5, "ANNIVERSARY: '0000' is outside the years 1000 to 9998; kept as written"),
    ]
    assert all(w.file == "old.vcf" and not w.fatal for w in ana.warnings)
    assert ana.record.birthday is None and ana.record.anniversary is None
    assert [(e.name, e.value) for e in ana.record.extra] == [
        ("BDAY", "02261203"),
        ("ANNIVERSARY", "0000"),
    ]
    assert ana.record.emails[0].value == "ana@vilaseca.example"  # the rest of the card
    assert isinstance(pau, ReadCard) and isinstance(pau.record, ContactDraft)
    assert pau.record.birthday == "1980-04-15"


# -- CSV --------------------------------------------------------------------------------------


def test_a_csv_birthday_outside_the_years_is_a_warning_at_its_row_kept_as_a_custom_field(
    tmp_path: Path,
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Birthday,Anniversary,E-mail Address\n"
        "Ana,Puig,12/3/226,,ana@vilaseca.example\n"
        "Pau,Serra,1980-04-15,0000-05-04,pau@serra.example\n"
        "Joan,Mas,4/15/1980,,joan@mas.example\n",
        encoding="utf-8",
    )
    items = list(read_csv_file(path))
    cards = [item for item in items if isinstance(item, ReadCard)]
    assert len(cards) == 3 and not [item for item in items if isinstance(item, Problem)]
    ana, pau, joan = (card.record for card in cards)
    assert isinstance(ana, ContactDraft) and isinstance(pau, ContactDraft)
    assert [(w.file, w.line, w.fatal) for w in cards[0].warnings] == [("people.csv", 2, False)]
    assert cards[0].warnings[0].message == (
        "Birthday '12/3/226' is outside the years 1000 to 9998; kept as the custom field "
        '"Birthday"'
    )
    assert ana.birthday is None and ana.custom_fields == (CustomValue("Birthday", "12/3/226"),)
    assert ana.emails[0].value == "ana@vilaseca.example"
    assert [w.line for w in cards[1].warnings] == [3]
    assert pau.birthday == "1980-04-15" and pau.anniversary is None
    assert pau.custom_fields == (CustomValue("Anniversary", "0000-05-04"),)
    assert isinstance(joan, ContactDraft) and joan.birthday == "1980-04-15"
    assert cards[2].warnings == ()


# -- iCalendar --------------------------------------------------------------------------------


def _read(*components: str) -> list[ReadItem | Problem]:
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"  # lines 1-3
    text += "".join(components) + "END:VCALENDAR\r\n"
    return list(read_calendar_text(text, "cal.ics", UTC))


def test_an_event_starting_outside_the_years_fails_at_its_dtstart_line_alone() -> None:
    found = _read(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Year 999\r\nDTSTART:09991231T100000Z\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Kept\r\nDTSTART:20261203T100000Z\r\nEND:VEVENT\r\n",
    )
    problem, kept = found
    assert problem == Problem(
        "cal.ics",
        7,
        "cannot read this VEVENT: DTSTART 0999-12-31T10:00:00+00:00 is outside the years "
        "1000 to 9998",
    )
    assert isinstance(kept, ReadItem) and kept.item.subject == "Kept"


def test_a_floating_start_in_the_first_hours_of_the_year_1_fails_without_overflow() -> None:
    zone_east = "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Asia/Tokyo:00010101T010000\r\nEND:VEVENT\r\n"
    [problem] = _read(zone_east)
    assert isinstance(problem, Problem) and problem.line == 6
    assert "outside the years 1000 to 9998" in problem.message


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        ("DUE;VALUE=DATE:99991231\r\n", 8, "DUE 9999-12-31T00:00:00+00:00"),
        ("DTSTART:02261203T100000Z\r\n", 8, "DTSTART 0226-12-03T10:00:00+00:00"),
        ("STATUS:COMPLETED\r\nCOMPLETED:02261203T100000Z\r\n", 9,
         "COMPLETED 0226-12-03T10:00:00+00:00"),
    ],
)  # fmt: skip
def test_a_to_dos_optional_time_outside_the_years_is_left_out_with_a_warning(
    lines: str, line: int, message: str
) -> None:
    """Some programs write 9999-12-31 for "no due date": the task is kept without it."""
    todo = f"BEGIN:VTODO\r\nUID:t\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Forever\r\n{lines}"
    [read] = _read(todo + "END:VTODO\r\n")
    assert isinstance(read, ReadItem) and read.item.subject == "Forever"
    assert (read.item.start, read.item.due, read.item.completed_at) == (None, None, None)
    assert read.warnings == (
        Problem(
            "cal.ics", line, f"{message} is outside the years 1000 to 9998: left out", fatal=False
        ),
    )


@pytest.mark.parametrize(
    ("lines", "line", "name"),
    [
        ("DTEND:99991231T000000Z\r\n", 8, "DTEND"),
        ("DURATION:P9999999D\r\n", 8, "DURATION"),
        ("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P3000000W\r\nEND:VALARM\r\n", 10, "TRIGGER"),
        ("X-CRM-COMPLETED:02261203T100000Z\r\n", 8, "X-CRM-COMPLETED"),
    ],
)
def test_an_events_end_reminder_or_done_time_outside_the_years_is_left_out(
    lines: str, line: int, name: str
) -> None:
    event = "BEGIN:VEVENT\r\nUID:e\r\nSUMMARY:Kept\r\nDTSTART:20261203T100000Z\r\n"
    [read] = _read(event + lines + "END:VEVENT\r\n")
    assert isinstance(read, ReadItem)
    assert read.item.start == datetime(2026, 12, 3, 10, tzinfo=UTC)
    assert read.item.duration_minutes is None and read.item.reminder is None
    assert read.item.completed_at is None
    [warning] = read.warnings
    assert (warning.line, warning.fatal) == (line, False)
    assert warning.message.startswith(f"{name} ")
    assert warning.message.endswith("is outside the years 1000 to 9998: left out")


def test_the_first_and_last_supported_times_go_out_and_come_back_through_icalendar() -> None:
    first = CalendarItem("a", "meeting", "First", start=EARLIEST, duration_minutes=30)
    last = END - timedelta(minutes=1)
    final = CalendarItem("b", "task", "Last", due=last, status="done", completed_at=last)
    text = "".join(calendar_text([first, final], datetime(2026, 1, 1, tzinfo=UTC)))
    assert "DTSTART:10000101T000000Z" in text and "DUE:99981231T235900Z" in text
    back = [r.item for r in read_calendar_text(text, "x.ics", UTC) if isinstance(r, ReadItem)]
    assert [(i.start, i.due, i.completed_at) for i in back] == [
        (EARLIEST, None, None),
        (None, last, last),
    ]
