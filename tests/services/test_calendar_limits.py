"""iCalendar files are read as a stream with the limits of vCard and CSV: a file over 1 GB
refused unread, a line over 10 MB refused at its line and never held, memory bounded by one
event, and the other events of the file imported."""

from __future__ import annotations

import hashlib
import io
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.errors import InputTooLargeError
from crm_desktop.interop.icalendar import ReadItem, read_calendar_file
from crm_desktop.interop.limits import MAX_FILE_BYTES, MAX_LINE_BYTES, MAX_PROPERTIES
from crm_desktop.services.activities import get_activity
from crm_desktop.services.database import Database
from crm_desktop.services.importing import import_files

MB = 1 << 20
UTC_ZONE = ZoneInfo("UTC")
HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
TAIL = "END:VCALENDAR\r\n"


def _event(uid: str, *lines: str) -> str:
    return "".join(
        f"{line}\r\n"
        for line in (
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTART:20261105T080000Z",
            f"SUMMARY:{uid}",
            *lines,
            "END:VEVENT",
        )
    )


def _subjects(db: Database, ids: tuple[int, ...]) -> list[str]:
    return sorted(get_activity(db, i).subject for i in ids)


def _peak_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _write_long(path: Path, size: int, *, folded: bool, width: int = 74) -> None:
    """An event "before" (lines 4-8), one whose DESCRIPTION (line 13) is ``size`` bytes of
    text, on one line or folded every ``width`` octets, and an event "after"."""
    with path.open("w", encoding="ascii", newline="") as out:
        out.write(HEAD + _event("before"))
        out.write("BEGIN:VEVENT\r\nUID:long\r\nDTSTART:20261105T080000Z\r\nSUMMARY:long\r\n")
        out.write("DESCRIPTION:")
        piece = "x" * MB
        if folded:
            piece = "\r\n ".join(piece[i : i + width] for i in range(0, MB, width)) + "\r\n "
        for _ in range(size // MB):
            out.write(piece)
        out.write("end\r\nEND:VEVENT\r\n" + _event("after") + TAIL)


def test_a_calendar_over_1_gb_is_refused_before_anything_is_read(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.ics"
    path.write_text(HEAD + _event("first"), encoding="ascii", newline="")
    with path.open("r+b") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no time, no space
    with pytest.raises(InputTooLargeError):
        next(read_calendar_file(path, UTC_ZONE))
    args = build_parser().parse_args(["import", str(path), "--db", str(tmp_path / "c.db")])
    assert run_command(args, io.StringIO()) == 1
    assert capsys.readouterr().err == (
        f"crm-desktop: {path}: the file is larger than 1 GB; nothing was imported\n"
    )


@pytest.mark.parametrize("folded", [False, True], ids=["one line", "folded at 75"])
def test_a_description_over_10_mb_refuses_its_event_at_its_line_and_keeps_the_others(
    db: Database, tmp_path: Path, folded: bool
) -> None:
    path = tmp_path / "long.ics"
    _write_long(path, 11 * MB, folded=folded)
    summary = import_files(db, [path])
    assert (summary.imported, summary.failed) == (2, 1)
    assert [str(p) for p in summary.problems] == [
        "long.ics:13: a line is longer than 10 MB: not imported"
    ]
    assert _subjects(db, summary.activity_ids) == ["after", "before"]


@pytest.mark.parametrize("folded", [False, True], ids=["one line", "folded"])
def test_a_50_mb_description_is_never_held_in_memory(tmp_path: Path, folded: bool) -> None:
    path = tmp_path / "fifty.ics"
    _write_long(path, 50 * MB, folded=folded, width=998)  # (the limit is on the unfolded line)
    items: list[object] = []
    peak = _peak_while(lambda: items.extend(read_calendar_file(path, UTC_ZONE)))
    assert [type(item).__name__ for item in items] == ["ReadItem", "Problem", "ReadItem"]
    assert peak < 3 * MAX_LINE_BYTES  # a line's worth and a chunk, not the 50 MB


def test_a_description_just_under_10_mb_is_imported_whole(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "nine.ics"
    _write_long(path, 9 * MB, folded=True)
    summary = import_files(db, [path])
    assert (summary.imported, summary.failed, summary.problems) == (3, 0, ())
    [long] = [i for i in summary.activity_ids if get_activity(db, i).subject == "long"]
    assert len(get_activity(db, long).details) == 9 * MB + 3


def test_memory_is_bounded_by_one_event_not_by_the_file(tmp_path: Path) -> None:
    # Each event 20 KB (in a parameter: vobject reads it quickly); both files over the
    # 1 MB the reader takes from the disk at a time.
    text = "X-DATA;X-PAD=" + "d" * 20_000 + ":v"
    counts: list[int] = []

    def peak(events: int) -> int:
        path = tmp_path / f"{events}.ics"
        path.write_text(HEAD + "".join(_event(f"e{i}", text) for i in range(events)) + TAIL)
        assert path.stat().st_size > events * 20_000

        def read() -> None:
            counts.append(sum(isinstance(i, ReadItem) for i in read_calendar_file(path, UTC_ZONE)))

        return _peak_while(read)

    fewer, more = peak(100), peak(500)
    assert counts == [100, 500]
    assert more < fewer + MB  # 10 MB of events cost what 2 MB do


def test_attachments_are_dropped_unread_and_their_event_imported(
    db: Database, tmp_path: Path
) -> None:
    """Outlook carries attached files inside the event; the app imports no attachment, so
    a 16 MB one neither refuses the event nor is held."""
    path = tmp_path / "attached.ics"
    data = "QUJD" * (16 * MB // 4)
    folded = "\r\n ".join(data[i : i + 998] for i in range(0, len(data), 998))
    path.write_text(
        HEAD
        + _event("with file", f"ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=a.pdf:{folded}")
        + TAIL,
        encoding="ascii",
        newline="",
    )
    items: list[object] = []
    peak = _peak_while(lambda: items.extend(read_calendar_file(path, UTC_ZONE)))
    [read] = items
    assert isinstance(read, ReadItem) and read.item.subject == "with file"
    assert peak < 8 * MB


def test_an_event_over_11_mb_is_refused_at_its_first_line(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big.ics"
    six = "x" * (6 * MB)
    path.write_text(
        HEAD
        + _event("before")
        + _event("big", f"DESCRIPTION:{six}", f"LOCATION:{six}")
        + _event("after")
        + TAIL,
        encoding="ascii",
    )
    summary = import_files(db, [path])
    assert [str(p) for p in summary.problems] == [
        "big.ics:9: the event is larger than 11 MB: not imported"
    ]
    assert _subjects(db, summary.activity_ids) == ["after", "before"]


def test_an_event_with_over_10000_properties_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.ics"
    lines = [f"X-P{i}:v" for i in range(MAX_PROPERTIES)]
    path.write_text(HEAD + _event("many", *lines) + _event("after") + TAIL, encoding="ascii")
    summary = import_files(db, [path])
    assert [str(p) for p in summary.problems] == [
        "many.ics:4: the event has more than 10,000 properties: not imported"
    ]
    assert _subjects(db, summary.activity_ids) == ["after"]


def test_components_nested_10000_deep_are_refused_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "nested.ics"
    path.write_text(
        HEAD
        + "BEGIN:VEVENT\r\nUID:deep\r\nDTSTART:20261105T080000Z\r\n"
        + "BEGIN:VALARM\r\n" * 10_000
        + "END:VALARM\r\n" * 10_000
        + "END:VEVENT\r\n"
        + _event("after")
        + TAIL,
        encoding="ascii",
    )
    items: list[object] = []
    peak = _peak_while(lambda: items.extend(read_calendar_file(path, UTC_ZONE)))
    assert [str(p) for p in items if not isinstance(p, ReadItem)] == [
        "nested.ics:38: components nested more than 32 deep"
    ]
    assert [i.item.subject for i in items if isinstance(i, ReadItem)] == ["after"]
    assert peak < 4 * MB


def test_a_time_zone_defined_after_its_events_is_used(tmp_path: Path) -> None:
    """Two readings: the VTIMEZONEs are found wherever they stand in the file."""
    path = tmp_path / "zone-last.ics"
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Office Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    event = (
        "BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:z\r\nDTSTART;TZID=Office Time:20261105T110000\r\n"
        "END:VEVENT\r\n"
    )
    path.write_text(HEAD + event + zone + TAIL, encoding="ascii")
    [read] = list(read_calendar_file(path, UTC_ZONE))
    assert isinstance(read, ReadItem) and read.warnings == ()
    assert read.item.start is not None and read.item.start.hour == 8  # 11:00 at UTC+3


def test_an_event_without_uid_keeps_the_uid_it_was_given_before(tmp_path: Path) -> None:
    """The UID made for an event without one is the hash of its lines as written (folds
    kept), as earlier versions made it: importing the same file again merges, not adds."""
    path = tmp_path / "no-uid.ics"
    block = (
        "BEGIN:VEVENT\r\nSUMMARY:Nameless\r\nDESCRIPTION:a long one\r\n  folded\r\n"
        "DTSTART:20261105T080000Z\r\nEND:VEVENT\r\n"
    )
    path.write_text(HEAD + block + TAIL, encoding="utf-8", newline="")
    [read] = list(read_calendar_file(path, UTC_ZONE))
    assert isinstance(read, ReadItem)
    expected = hashlib.sha256(block.encode()).hexdigest()[:32] + "@ics-import"
    assert (read.item.uid, read.item.details) == (expected, "a long one folded")


def test_bytes_that_are_not_utf8_are_read_in_the_code_page_found_line_by_line(
    tmp_path: Path,
) -> None:
    """Issue 14: a Latin-1 event is read in the code page detected for the file (not with
    replacement characters); lines that are UTF-8 in the same file stay UTF-8."""
    path = tmp_path / "latin.ics"
    path.write_bytes(
        (HEAD + _event("fine", "LOCATION:Αθήνα")).encode()
        + _event("caf\xe9", "LOCATION:Caf\xe9 Tv\xe5 G\xf6teborg").encode("latin-1")
        + TAIL.encode()
    )
    items = list(read_calendar_file(path, UTC_ZONE, "sv_SE.UTF-8"))
    read = [i.item.location for i in items if isinstance(i, ReadItem)]
    assert read == ["Αθήνα", "Café Två Göteborg"]
    warnings = [i for i in items if not isinstance(i, ReadItem)]
    assert all(w.line == 1 and not w.fatal and "a guess" in w.message for w in warnings)


def test_a_value_ending_in_an_equals_sign_does_not_swallow_the_next_line(tmp_path: Path) -> None:
    """vobject's line reading takes a line ending in "=" that mentions quoted-printable for
    a soft line break; iCalendar has none, and the next property stays a property."""
    path = tmp_path / "equals.ics"
    event = _event(
        "eq", "DESCRIPTION:quoted-printable? see https://x.example/?a=", "LOCATION:Room 4"
    )
    path.write_text(HEAD + event + TAIL, encoding="ascii")
    [read] = list(read_calendar_file(path, UTC_ZONE))
    assert isinstance(read, ReadItem)
    assert (read.item.details, read.item.location) == (
        "quoted-printable? see https://x.example/?a=",
        "Room 4",
    )
