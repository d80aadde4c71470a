"""Whatever bytes an .ics holds, reading it gives events, to-dos and problems at a line,
never an exception (the import service then stores what it can)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.errors import NoRecordsError
from crm_desktop.interop.icalendar import ReadItem, read_calendar_file
from crm_desktop.records.problems import Problem

_PIECES = st.sampled_from(
    [
        b"BEGIN:VCALENDAR\r\n", b"END:VCALENDAR\r\n", b"VERSION:2.0\r\n", b"BEGIN:VEVENT\r\n",
        b"END:VEVENT\r\n", b"BEGIN:VTODO\r\n", b"END:VTODO\r\n", b"BEGIN:VALARM\r\n",
        b"END:VALARM\r\n", b"TRIGGER:-PT15M\r\n", b"BEGIN:VTIMEZONE\r\n", b"END:VTIMEZONE\r\n",
        b"TZID:Office\r\n", b"BEGIN:STANDARD\r\n", b"END:STANDARD\r\n", b"TZOFFSETTO:+0200\r\n",
        b"DTSTART:20261105T100000Z\r\n", b"DTSTART;TZID=Office:20261105T100000\r\n",
        b"DTSTART;VALUE=DATE:20261105\r\n", b"DUE:2026\r\n", b"DTEND:nonsense\r\n", b"UID:x\r\n",
        b"SUMMARY:caf\xc3\xa9 \\, \\; \\n\r\n", b"DESCRIPTION:a=\r\n", b" folded\r\n", b"\tTAB\r\n",
        b"DESCRIPTION;ENCODING=QUOTED-PRINTABLE:=C3=A9=\r\n", b"ATTACH;ENCODING=BASE64:QUJD\r\n",
        b"ATTENDEE;CN=\"A, B\":mailto:a@b.example\r\n", b"X-CRM-KIND:call\r\n", b"STATUS:DONE\r\n",
        b"PRIORITY:x\r\n", b"no colon here\r\n", b"\r\r\n", b"\n", b"\r", b"\xff\xfe", b"\xe9",
        b"\xef\xbb\xbf", b"\x00", b":\r\n", b"DURATION:PT1H\r\n", b"COMPLETED:20261105T100000Z\r\n",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map(b"".join))
def test_calendar_like_bytes_give_items_or_problems_at_a_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.ics"
    path.write_bytes(data)
    try:
        items = list(read_calendar_file(path, ZoneInfo("Europe/Athens")))
    except NoRecordsError as error:
        assert "fuzz.ics" in str(error)
        return
    for item in items:
        assert isinstance(item, ReadItem | Problem)
        line = item.line
        assert line >= 1 and line <= data.count(b"\n") + data.count(b"\r") + 1
