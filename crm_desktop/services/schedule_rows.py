"""From stored rows to the schedule's records, and the zones times are shown in."""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.errors import InvalidValueError
from crm_desktop.records.activities import ActivityRow, NoteRow
from crm_desktop.records.ids import AccountId, ActivityId, ContactId, NoteId
from crm_desktop.records.recurrence import times_of
from crm_desktop.store.activity_queries import ActivityTuple, NoteTuple, activity_contacts
from crm_desktop.store.reader import ReadConnection
from crm_desktop.store.times import read_time, read_time_or_earliest


def local_zone() -> tzinfo:
    """The machine's IANA time zone: the TZ variable when it names one (read each time, so
    a change is seen), else what tzlocal reads from /etc/localtime or Windows' setting; UTC
    when it cannot be told. A fixed offset would be wrong across a DST change."""
    import tzlocal

    named = os.environ.get("TZ", "").removeprefix(":")
    if named:
        try:
            return ZoneInfo(named)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a POSIX rule such as "EST5EDT,M3.2.0,M11.1.0": tzlocal's turn
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tzlocal warns when TZ and the system disagree
            return tzlocal.get_localzone()
    except (LookupError, ValueError, OSError):
        return UTC


def zone_named(name: str) -> tzinfo:
    """The IANA zone ``name``; ``InvalidValueError`` for one that does not exist."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidValueError(
            "time zone", name, "an IANA time zone such as Europe/Athens"
        ) from None


def stored(moment: datetime | None) -> datetime | None:
    """``moment`` (timezone-aware) in UTC, as it is stored."""
    return None if moment is None else moment.astimezone(UTC)


def moment(text: str | None) -> datetime | None:
    """A stored UTC time, timezone-aware (None for a damaged one: ``read_time``)."""
    return read_time(text)


def activity_rows(connection: ReadConnection, found: Sequence[ActivityTuple]) -> list[ActivityRow]:
    """Records of these activities, with their contacts' ids and names."""
    linked = activity_contacts(connection, [row[0] for row in found])
    rows = []
    for r in found:
        contacts = linked.get(r[0], [])
        rows.append(
            ActivityRow(
                id=ActivityId(r[0]),
                kind=r[1],
                subject=r[2],
                details=r[3],
                start=moment(r[4]),
                due=moment(r[5]),
                duration_minutes=r[6],
                location=r[7],
                priority=r[8],
                status=r[9],
                outcome=r[10],
                completed_at=moment(r[11]),
                reminder=moment(r[12]),
                contact_ids=tuple(ContactId(c[0]) for c in contacts),
                contact_names=tuple(c[1] for c in contacts),
                account_id=None if r[13] is None else AccountId(r[13]),
                account_name=r[14],
                time_zone=r[15],
                uid=r[16],
                created_at=read_time_or_earliest(r[17]),
                updated_at=read_time_or_earliest(r[18]),
                calendar_kept=r[19],
                direction=r[20],
                mail_headers=r[21],
                recurrence=r[22],
                recurrence_start=moment(r[23]),
                recurrence_exdates=times_of(r[24]),
                recurrence_rdates=times_of(r[25]),
                series_id=None if r[26] is None else ActivityId(r[26]),
            )
        )
    return rows


def note_row(r: NoteTuple) -> NoteRow:
    return NoteRow(
        id=NoteId(r[0]),
        body=r[1],
        pinned=bool(r[2]),
        created_at=read_time_or_earliest(r[3]),
        updated_at=read_time_or_earliest(r[4]),
        contact_id=None if r[5] is None else ContactId(r[5]),
        account_id=None if r[6] is None else AccountId(r[6]),
    )
