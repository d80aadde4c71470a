"""iCalendar (RFC 5545) to and from calendar items, through vobject.

Export: meetings and calls become VEVENTs, tasks (and scheduled emails and letters) VTODOs;
times in UTC (every client reads them, no VTIMEZONE to get wrong), the activity's UID kept,
its contacts as ATTENDEEs (name and email), its reminder as a VALARM. What iCalendar has no
word for (our kind, the outcome, when a meeting was done, the zone the time was set in) goes in
X-CRM-* properties, which Outlook and Thunderbird ignore and our import reads back.

Import: the file is read as a stream (``icalendar_blocks``), twice: its VTIMEZONEs first,
then each VEVENT or VTODO, cut out with its line number and parsed on its own (with the
VTIMEZONEs it names), so memory is bounded by one event whatever the file's size, and one
broken or oversized event is a ``Problem`` at its line while the others still go in.
Floating times are read in the zone given; all-day dates start at 00:00.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import vobject
from vobject.icalendar import utc as vobject_utc

from crm_desktop.errors import NoRecordsError, NoRecordsKind
from crm_desktop.interop.code_pages import guess_code_page
from crm_desktop.interop.icalendar_blocks import READ_NAMES, ZONE_NAME, Block, read_blocks
from crm_desktop.interop.icalendar_journal import JournalEntry, ReadJournal, journal_emails
from crm_desktop.interop.icalendar_kept import add_kept, kept_lines
from crm_desktop.interop.icalendar_recurrence import read_recurrence, write_recurrence
from crm_desktop.interop.limits import MAX_LINE_BYTES, check_file_size
from crm_desktop.records.date_range import FIRST_YEAR, LAST_YEAR, time_in_range
from crm_desktop.records.problems import Problem


class _VobjectLog(logging.Filter):
    """vobject writes "ERROR:root:'/Europe/Athens'" to stderr for a TZID pytz does not know,
    even when we then read it (and we say so ourselves, as a warning at its line when it
    matters): its records on the root logger are not shown."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "vobject" not in record.pathname


logging.getLogger().addFilter(_VobjectLog())

EVENT_KINDS = ("meeting", "call")
TODO_KINDS = ("task", "email", "letter")
PRODUCT_ID = "-//CRM Desktop//CRM Desktop//EN"
_PRIORITY_OUT = {"high": 1, "normal": 5, "low": 9}
# Every VTIMEZONE of a file is kept while its events are read: a few KB each in real files.
MAX_ZONE_BYTES = MAX_LINE_BYTES


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """An activity as a calendar sees it; datetimes timezone-aware (UTC on export)."""

    uid: str
    kind: str  # call, email, letter, meeting, task
    subject: str
    details: str = ""
    start: datetime | None = None
    due: datetime | None = None
    duration_minutes: int | None = None
    location: str = ""
    priority: str = "normal"
    status: str = "open"  # open, done, cancelled
    outcome: str = ""
    completed_at: datetime | None = None
    reminder: datetime | None = None
    attendees: tuple[Attendee, ...] = ()
    time_zone: str = ""  # the IANA zone the wall-clock time was set in
    modified: datetime | None = None
    # The day of ``due`` when it is a date with no time of day (at its zone's 00:00): an
    # all-day to-do, written ``DUE;VALUE=DATE`` and read back at that day's 00:00.
    due_date: date | None = None
    # iCalendar content lines the app has no field for, written back as they are: its
    # RRULE and ORGANIZER (read), and its attendees who are no contacts (stored).
    kept: tuple[str, ...] = ()
    # A repeating one (icalendar_recurrence): its RRULE value, EXDATEs and RDATEs (UTC);
    # an override of one occurrence of a series names it (RECURRENCE-ID, UTC).
    recurrence: str = ""
    exdates: tuple[datetime, ...] = ()
    rdates: tuple[datetime, ...] = ()
    recurrence_id: datetime | None = None
    recurrence_zone: str = ""  # the zone a series is written in when it has none of its own


@dataclass(frozen=True, slots=True)
class ReadItem:
    """One VEVENT or VTODO read, where it starts, and the warnings on its values."""

    item: CalendarItem
    line: int
    warnings: tuple[Problem, ...] = ()


# -- export -------------------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    """vobject writes ``Z`` only for its own UTC object."""
    return moment.astimezone(UTC).replace(tzinfo=vobject_utc)


def _add(component: Any, name: str, value: object) -> Any:
    line = component.add(name)
    line.value = value
    return line


def is_exported(item: CalendarItem) -> bool:
    """Meetings, calls and tasks always; emails and letters only when scheduled."""
    return item.kind not in ("email", "letter") or item.due is not None or item.start is not None


def _event(calendar: Any, item: CalendarItem) -> Any:
    event = calendar.add("vevent")
    start = item.start or item.due
    assert start is not None
    _add(event, "dtstart", _utc(start))
    if item.duration_minutes:
        _add(event, "dtend", _utc(start + timedelta(minutes=item.duration_minutes)))
    _add(event, "status", "CANCELLED" if item.status == "cancelled" else "CONFIRMED")
    if item.status == "done" and item.completed_at is not None:
        _add(event, "x-crm-completed", _utc(item.completed_at).strftime("%Y%m%dT%H%M%SZ"))
    return event


def _todo(calendar: Any, item: CalendarItem) -> Any:
    todo = calendar.add("vtodo")
    if item.start is not None:
        _add(todo, "dtstart", _utc(item.start))
    if item.due_date is not None:
        _add(todo, "due", item.due_date).params["VALUE"] = ["DATE"]
    elif item.due is not None:
        _add(todo, "due", _utc(item.due))
    status = {"open": "NEEDS-ACTION", "done": "COMPLETED", "cancelled": "CANCELLED"}
    _add(todo, "status", status[item.status])
    if item.status == "done":
        _add(todo, "percent-complete", "100")
        if item.completed_at is not None:
            _add(todo, "completed", _utc(item.completed_at))
    return todo


def _alarm(component: Any, item: CalendarItem, anchor: datetime | None) -> None:
    if item.reminder is None:
        return
    alarm = component.add("valarm")
    _add(alarm, "action", "DISPLAY")
    _add(alarm, "description", item.subject or "Reminder")
    if anchor is not None:
        trigger = _add(alarm, "trigger", item.reminder - anchor)
        if component.name == "VTODO" and item.start is None:
            trigger.params["RELATED"] = ["END"]  # relative to DUE
    else:
        trigger = _add(alarm, "trigger", _utc(item.reminder))
        trigger.params["VALUE"] = ["DATE-TIME"]


def calendar_component(item: CalendarItem, stamp: datetime) -> Any:
    """The VEVENT or VTODO of ``item`` inside a VCALENDAR of its own (vobject objects)."""
    calendar = vobject.iCalendar()
    timed = item.kind in EVENT_KINDS and (item.start or item.due) is not None
    component = _event(calendar, item) if timed else _todo(calendar, item)
    _add(component, "uid", item.uid)
    _add(component, "dtstamp", _utc(stamp))
    if item.modified is not None:
        _add(component, "last-modified", _utc(item.modified))
    _add(component, "summary", item.subject)
    if item.details:
        _add(component, "description", item.details)
    if item.location:
        _add(component, "location", item.location)
    _add(component, "priority", str(_PRIORITY_OUT.get(item.priority, 0)))
    for attendee in item.attendees:
        line = _add(component, "attendee", f"mailto:{attendee.email}")
        if attendee.name:
            line.params["CN"] = [attendee.name]
    for text in item.kept:
        if not (item.recurrence and text.upper().startswith("RRULE")):
            add_kept(component, text, {a.email.lower() for a in item.attendees})
    write_recurrence(
        component,
        item.recurrence,
        item.recurrence_zone or item.time_zone,
        item.exdates,
        item.rdates,
        vobject_utc,
    )
    _add(component, "x-crm-kind", item.kind)
    if item.outcome:
        _add(component, "x-crm-outcome", item.outcome)
    if item.time_zone:
        _add(component, "x-crm-tzid", item.time_zone)
    anchor = item.start if timed or item.start is not None else item.due
    _alarm(component, item, anchor)
    return calendar


_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\r?\n.*?^END:VTIMEZONE\r?\n", re.MULTILINE | re.DOTALL)
_COMPONENT = re.compile(r"^BEGIN:(VEVENT|VTODO)\r?$", re.IGNORECASE | re.MULTILINE)


def calendar_text(items: Iterable[CalendarItem], stamp: datetime | None = None) -> Iterator[str]:
    """A whole iCalendar file, piece by piece: the header, one VEVENT or VTODO per item that
    is exported (``is_exported``), the end; CRLF line ends, lines folded at 75 octets."""
    stamp = stamp or datetime.now(UTC)
    yield f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODUCT_ID}\r\nCALSCALE:GREGORIAN\r\n"
    zones: set[str] = set()  # a repeating item's VTIMEZONE, once each, before its first user
    for item in items:
        if not is_exported(item):
            continue
        text = calendar_component(item, stamp).serialize()
        begin = _COMPONENT.search(text)
        assert begin is not None
        for zone in _VTIMEZONE.findall(text, 0, begin.start()):
            if zone not in zones:
                zones.add(zone)
                yield zone
        end = text.rindex("END:VCALENDAR")
        yield text[begin.start() : end]
    yield "END:VCALENDAR\r\n"


# -- import -------------------------------------------------------------------------------


def _text(component: Any, name: str) -> str:
    line = getattr(component, name.replace("-", "_"), None)
    if line is None:
        return ""
    value = line.value
    return value if isinstance(value, str) else str(value)


def iana_zone(tzid: str) -> ZoneInfo | None:
    """The IANA zone a TZID names, with or without a leading slash ("/Europe/Athens", as
    Google has written) or a publisher's path before it ("/mozilla.org/20050126_1/Europe/
    Athens", libical's "/freeassociation.sourceforge.net/Europe/Athens"); None for any other
    name (a Windows one is read from the file's VTIMEZONE)."""
    parts = [part for part in tzid.strip().strip('"').split("/") if part]
    for first in range(len(parts)):  # the whole name, then its tails of Area/Location
        if first and len(parts) - first < 2:
            break
        try:
            return ZoneInfo("/".join(parts[first:]))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def _tzid(line: Any) -> str:
    """A time's TZID (vobject moves one it cannot resolve to X-VOBJ-ORIGINAL-TZID)."""
    params = getattr(line, "params", {})
    return str((params.get("TZID") or params.get("X-VOBJ-ORIGINAL-TZID") or [""])[0])


def _zone_name(line: Any) -> str:
    """The TZID of a time, when it is an IANA zone name (Outlook writes Windows names)."""
    zone = iana_zone(_tzid(line))
    return zone.key if zone is not None else ""


class _OutOfRangeError(ValueError):
    """A time the item cannot be without is outside the supported years: at its own line."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


@dataclass(slots=True)
class _Reader:
    file: str
    line: int
    zone: tzinfo
    lines: list[str] = field(default_factory=list)  # the block's content lines, unfolded
    numbers: list[int] = field(default_factory=list)  # the physical line each starts on
    warnings: list[Problem] = field(default_factory=list)

    def warn(self, message: str, line: int | None = None) -> None:
        self.warnings.append(Problem(self.file, line or self.line, message, fatal=False))

    def line_of(self, name: str) -> int:
        """The line where property ``name`` (as vobject spells it) starts, else the block's."""
        wanted = name.replace("_", "-").upper()
        for offset, text in enumerate(self.lines):
            head = text.lstrip().upper()
            if head.startswith(wanted) and head[len(wanted) : len(wanted) + 1] in (";", ":"):
                return self.numbers[offset] if offset < len(self.numbers) else self.line + offset
        return self.line

    def outside(self, name: str, shown: str, *, required: bool) -> None:
        """A time outside the supported years: the item fails (``required``), or the value
        is left out with a warning at its line."""
        message = f"{name.replace('_', '-').upper()} {shown} is outside the years"
        message += f" {FIRST_YEAR} to {LAST_YEAR}"
        if required:
            raise _OutOfRangeError(message, self.line_of(name))
        self.warn(f"{message}: left out", self.line_of(name))

    def moment(self, component: Any, name: str, *, required: bool = False) -> datetime | None:
        """The time of property ``name`` in UTC; one outside the supported years is
        ``outside``: None with a warning, or the item's failure when ``required``."""
        line = getattr(component, name, None)
        if line is None:
            return None
        value = line.value
        if isinstance(value, datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                # a TZID with no VTIMEZONE ("/Europe/Athens"), floating, or a zone unknown
                value = value.replace(tzinfo=iana_zone(_tzid(line)) or self.zone)
        elif isinstance(value, date):  # an all-day date: that day's 00:00
            value = datetime.combine(value, time(0), tzinfo=self.zone)
        else:
            raise ValueError(f"{name.upper()} is not a date or time: {value!r}")
        return self.checked(name, value, required=required)

    def checked(self, name: str, value: datetime, *, required: bool = False) -> datetime | None:
        """``value`` in UTC if it is in the supported years, else ``outside``."""
        if not time_in_range(value):
            self.outside(name, value.isoformat(), required=required)
            return None
        return value.astimezone(UTC)

    def later(self, name: str, moment: datetime, by: timedelta) -> datetime | None:
        """``moment + by`` (a DTEND from a DURATION, a reminder from its TRIGGER), checked."""
        try:
            result: datetime | None = moment + by
        except OverflowError:
            result = None
        if result is None or not time_in_range(result):
            self.outside(name, f"({by} from {moment.isoformat()})", required=False)
            return None
        return result.astimezone(UTC)


def _priority(text: str) -> str:
    number = int(text) if text.strip().isdigit() else 0
    if 1 <= number <= 4:
        return "high"
    if number >= 6:
        return "low"
    return "normal"


def _attendees(component: Any) -> tuple[Attendee, ...]:
    found = []
    for line in component.contents.get("attendee", []):
        value = str(line.value)
        email = value[7:] if value.lower().startswith("mailto:") else ""
        name = line.params.get("CN", [""])[0]
        if email or name:
            found.append(Attendee(str(name), email))
    return tuple(found)


def _reminder(
    component: Any, reader: _Reader, start: datetime | None, end: datetime | None
) -> datetime | None:
    alarm = getattr(component, "valarm", None)
    trigger = getattr(alarm, "trigger", None) if alarm is not None else None
    if trigger is None:
        return None
    value = trigger.value
    if isinstance(value, timedelta):
        related_end = trigger.params.get("RELATED", ["START"])[0].upper() == "END"
        anchor = end if related_end else start
        anchor = anchor or start or end
        return None if anchor is None else reader.later("trigger", anchor, value)
    if isinstance(value, datetime):
        return reader.moment(alarm, "trigger")
    return None


def _item(component: Any, block: Block, reader: _Reader) -> CalendarItem:
    is_event = component.name == "VEVENT"
    kind = _text(component, "x-crm-kind").lower()
    if kind not in (EVENT_KINDS if is_event else TODO_KINDS):
        if kind:
            reader.warn(f"X-CRM-KIND {kind!r} does not fit a {component.name}: kind guessed")
        kind = "meeting" if is_event else "task"
    uid = _text(component, "uid").strip()
    if not uid:  # stable across imports of the same file: derived from the block's text
        uid = block.digest[:32] + "@ics-import"
    start = reader.moment(component, "dtstart", required=is_event)
    raw_status = _text(component, "status").upper()
    completed_at = None
    due = None
    due_date = None
    duration = None
    if is_event:
        if start is None:
            raise ValueError("a VEVENT without a start (DTSTART)")
        end = reader.moment(component, "dtend")
        if end is None and hasattr(component, "duration"):
            end = reader.later("duration", start, component.duration.value)
        if end is not None:
            duration = max(0, round((end - start).total_seconds() / 60))
        completed_text = _text(component, "x-crm-completed")
        status = "cancelled" if raw_status == "CANCELLED" else "open"
        if completed_text and status == "open":
            status = "done"
            completed_at = reader.checked(
                "x_crm_completed",
                datetime.strptime(completed_text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC),
            )
        anchor_end = end
    else:
        due = reader.moment(component, "due")
        due_value = getattr(getattr(component, "due", None), "value", None)
        if due is not None and type(due_value) is date:
            due_date = due_value
        percent = _text(component, "percent-complete").strip()
        done = raw_status == "COMPLETED" or percent == "100"
        status = "cancelled" if raw_status == "CANCELLED" else "done" if done else "open"
        if status == "done":
            completed_at = reader.moment(component, "completed")
        anchor_end = due
    line = getattr(component, "dtstart", None) or getattr(component, "due", None)
    repeats = read_recurrence(component, lambda line: iana_zone(_tzid(line)) or reader.zone)
    time_zone = _text(component, "x-crm-tzid")
    if not time_zone and not hasattr(component, "x_crm_kind"):  # ours say theirs, or none
        time_zone = _zone_name(line) if line else ""
    if repeats.rule and not time_zone and repeats.utc_start:
        time_zone = "UTC"  # a series begun in UTC is expanded in UTC (RFC 5545)
    return CalendarItem(
        uid=uid,
        kind=kind,
        subject=_text(component, "summary"),
        details=_text(component, "description"),
        start=start,
        due=due,
        duration_minutes=duration,
        location=_text(component, "location"),
        priority=_priority(_text(component, "priority")),
        status=status,
        outcome=_text(component, "x-crm-outcome"),
        completed_at=completed_at,
        reminder=_reminder(component, reader, start, anchor_end),
        attendees=_attendees(component),
        time_zone=time_zone,
        modified=reader.moment(component, "last_modified") or reader.moment(component, "dtstamp"),
        due_date=due_date,
        kept=kept_lines(reader.lines),
        recurrence=repeats.rule,
        exdates=repeats.exdates,
        rdates=repeats.rdates,
        recurrence_id=repeats.recurrence_id,
    )


def _for_vobject(block: Block) -> str:
    """The block's lines as vobject is to read them. They are unfolded already: vobject's
    own unfolding (a regular expression that holds ~150 bytes a character, 1.5 GB for a
    10 MB line) is left out, its line by line reading used. A blank line after a line ending
    in "=" stops that reading's guess at quoted-printable (which would glue the next line on)."""
    return "".join(
        f"{line}\r\n\r\n" if line.endswith("=") else f"{line}\r\n" for line in block.lines
    )


_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"


def _read_block(
    block: Block, zones: dict[str, Block], file: str, zone: tzinfo
) -> ReadItem | ReadJournal:
    named = set(re.findall(r"TZID=\"?([^\":;]+)", block.text, re.IGNORECASE))
    timezones = "".join(_for_vobject(zones[tzid]) for tzid in named if tzid in zones)
    if not block.closed:
        raise ValueError(f"{block.name} has no END:{block.name} (the file ends)")
    body = f"{_for_vobject(block)}END:VCALENDAR\r\n"
    reader = _Reader(file, block.line, zone, block.lines, block.numbers)
    used = named & set(zones)
    try:
        calendar = vobject.readOne(f"{_HEAD}{timezones}{body}", allowQP=True)
    except Exception:
        if not timezones:
            raise
        # A VTIMEZONE vobject cannot use (Apple iCal 1.5 writes them without DTSTART): the
        # event is read without it, its TZIDs as IANA names where they are.
        calendar = vobject.readOne(f"{_HEAD}{body}", allowQP=True)
        for tzid in sorted(used):
            if iana_zone(tzid) is not None:
                reader.warn(f"VTIMEZONE {tzid!r} cannot be read: the IANA zone of that name used")
        used = set()
    for tzid in sorted(named - used):
        if iana_zone(tzid) is None:
            reader.warn(f"unknown time zone {tzid!r}: its times are read in local time")
    component = next(child for child in calendar.getChildren() if child.name in READ_NAMES)
    if component.name == "VJOURNAL":
        return ReadJournal(_journal(component, reader), block.line, tuple(reader.warnings))
    return ReadItem(_item(component, block, reader), block.line, tuple(reader.warnings))


def _journal(component: Any, reader: _Reader) -> JournalEntry:
    """A VJOURNAL: dated by its DTSTART, else its DTSTAMP."""
    return JournalEntry(
        uid=_text(component, "uid").strip(),
        subject=_text(component, "summary"),
        details=_text(component, "description"),
        when=reader.moment(component, "dtstart") or reader.moment(component, "dtstamp"),
        emails=journal_emails(component),
    )


def _zones(
    stream: BinaryIO, file: str, sample: bytearray | None = None, encoding: str = "utf-8"
) -> tuple[dict[str, Block], set[str]]:
    """The file's VTIMEZONEs by TZID (at most ``MAX_ZONE_BYTES`` of them), and the names of
    the components it begins: the first of the two readings (which fills ``sample`` with
    the first lines that are not UTF-8)."""
    zones: dict[str, Block] = {}
    begun: set[str] = set()
    size = 0
    blocks = read_blocks(stream, file, (ZONE_NAME,), begun, encoding=encoding, sample=sample)
    for block in blocks:
        if isinstance(block, Block) and block.closed and block.tzid:
            size += len(block.text)
            if size <= MAX_ZONE_BYTES:
                zones[block.tzid] = block
    return zones, begun


def _read_items(
    blocks: Iterable[Block | Problem], zones: dict[str, Block], file: str, zone: tzinfo
) -> Iterator[ReadItem | ReadJournal | Problem]:
    for block in blocks:
        if isinstance(block, Problem):
            yield block
            continue
        try:
            yield _read_block(block, zones, file, zone)
        except Exception as exc:  # vobject raises anything on bad input
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            line = exc.line if isinstance(exc, _OutOfRangeError) else block.line
            yield Problem(file, line, f"cannot read this {block.name}: {message}")


def read_calendar_text(
    text: str, file: str, zone: tzinfo
) -> Iterator[ReadItem | ReadJournal | Problem]:
    """Every VEVENT, VTODO and VJOURNAL of ``text`` as it is read, or a ``Problem`` at its
    line."""
    data = text.encode("utf-8", "replace")
    zones, _ = _zones(io.BytesIO(data), file)
    yield from _read_items(read_blocks(io.BytesIO(data), file, READ_NAMES), zones, file, zone)


def _code_page(sample: bytes, file: str, locale_name: str | None) -> tuple[str, list[Problem]]:
    """The code page of a file whose text is not UTF-8 (as a vCard's or a CSV's is found),
    and a warning at line 1 when that is a guess among code pages that read it otherwise."""
    from crm_desktop.interop.vcard_lines import code_page_label

    guess = guess_code_page(sample, locale_name)
    if guess.sure:
        return guess.encoding, []
    others = ", ".join(code_page_label(c) for c in guess.others) or "another"
    message = f"not UTF-8 text: read as {code_page_label(guess.encoding)}, a guess"
    return guess.encoding, [
        Problem(file, 1, f"{message} ({others} would read it otherwise)", False)
    ]


def read_calendar_file(
    path: Path, zone: tzinfo, locale_name: str | None = None
) -> Iterator[ReadItem | ReadJournal | Problem]:
    """Like ``read_calendar_text`` for a file, read twice as a stream (its time zones first,
    then its events and to-dos one at a time): memory bounded by one event, whatever the
    file's size. ``InputTooLargeError`` for a file over ``MAX_FILE_BYTES``, before a byte is
    read; ``NoRecordsError`` if it holds no VEVENT or VTODO at all. A file that is not UTF-8
    (Latin-1 from an old calendar program) is read in the code page its text is found to
    be written in (``locale_name`` breaking ties), with a warning only when that is a guess."""
    check_file_size(path)
    sample = bytearray()
    with path.open("rb") as stream:
        zones, begun = _zones(stream, path.name, sample)
    if not begun & READ_NAMES:
        raise NoRecordsError(
            path,
            "holds no event, to-do or journal entry (no BEGIN:VEVENT, VTODO or VJOURNAL)",
            kind=NoRecordsKind.NO_EVENTS,
        )
    encoding = "utf-8"
    if sample:
        encoding, warnings = _code_page(bytes(sample), path.name, locale_name)
        yield from warnings
        with path.open("rb") as stream:  # its VTIMEZONEs' names in that code page too
            zones, _ = _zones(stream, path.name, encoding=encoding)
    with path.open("rb") as stream:
        blocks = read_blocks(stream, path.name, READ_NAMES, encoding=encoding)
        yield from _read_items(blocks, zones, path.name, zone)
