"""Stored times: UTC, as ISO 8601 text that sorts in time order (stdlib only).

The text is always ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` with a four-digit year. ``strftime("%Y")``
does not pad a year before 1000 on Linux (``226-12-03T...``): such text sorts wrongly and
no reader takes it, so the text is built here digit by digit. What is stored is in the
supported range (``records.date_range``); readers still take a row written otherwise (by an
older version, by hand) without failing: ``read_time``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from crm_desktop.records.date_range import EARLIEST, time_in_range


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_text(moment: datetime) -> str:
    """The stored form of ``moment``, for raw inserts that bypass the ORM's column type (and
    for bounds of queries): four-digit year, microseconds, ``Z``."""
    t = moment.astimezone(UTC)
    return (
        f"{t.year:04d}-{t.month:02d}-{t.day:02d}T"
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}.{t.microsecond:06d}Z"
    )


def read_time(text: str | None) -> datetime | None:
    """A stored time for a reader that must not fail on a damaged row: None when ``text``
    is None, is not a time, or is outside the supported range (``crm-desktop check`` names
    such rows; the upgrade to schema 0005 repaired those written before)."""
    if not isinstance(text, str):  # None; or a number another program stored
        return None
    try:
        moment = datetime.fromisoformat(text)  # fast; takes 'Z', and no unpadded year
    except ValueError:
        return None
    if moment.utcoffset() is None or not time_in_range(moment):
        return None
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def read_time_or_earliest(text: str | None) -> datetime:
    """``read_time`` for a time every row has (created, updated, put in the Trash): the first
    supported moment stands in for a damaged one, so that the row is still listed (last,
    when newest come first) instead of failing the list."""
    return read_time(text) or EARLIEST
