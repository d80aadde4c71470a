"""``--due WHEN`` on the command line: words and ISO 8601 dates in local time, checked
against the years CRM Desktop keeps (a usage error, never a row no reader can read)."""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from crm_desktop.records.date_range import FIRST_YEAR, LAST_YEAR, time_in_range

_RELATIVE_DAYS = re.compile(r"^\+(\d{1,4})d$")


def parse_when(text: str, now: datetime, zone: tzinfo) -> datetime:
    """``--due WHEN`` as an aware time: an ISO 8601 date or date-time (local time unless it
    has an offset), ``today``, ``tomorrow`` or ``+3d``; a day without a time is 09:00 there."""
    word = text.strip().lower()
    today = now.astimezone(zone).date()
    day: date | None = None
    if word == "today":
        day = today
    elif word == "tomorrow":
        day = today + timedelta(days=1)
    elif match := _RELATIVE_DAYS.match(word):
        day = today + timedelta(days=int(match.group(1)))
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
        day = date.fromisoformat(word)
    if day is not None:
        return datetime.combine(day, time(9, 0), tzinfo=zone)
    moment = datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def when_argument(text: str) -> datetime:
    """``parse_when`` for argparse: a usage error (exit 2) in one line for a WHEN that is no
    date or time, or is outside the years kept."""
    from crm_desktop.services.schedule_rows import local_zone

    try:
        moment = parse_when(text, datetime.now(UTC), local_zone())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date or time (2026-12-03, 2026-12-03T14:30, today, tomorrow, +3d)"
        ) from None
    if not time_in_range(moment):
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside the dates CRM Desktop keeps (the years {FIRST_YEAR} to "
            f"{LAST_YEAR})"
        )
    return moment
