"""``--due WHEN`` on the command line: words and ISO 8601 dates in local time, checked
against the years CRM Desktop keeps (a usage error, never a row no reader can read)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypeVar

from crm_desktop.records.date_range import FIRST_YEAR, LAST_YEAR, time_in_range, year_in_range

_When = TypeVar("_When", date, datetime)
_RELATIVE_DAYS = re.compile(r"^\+(\d{1,4})d$")


def parse_day_or_time(text: str, now: datetime, zone: tzinfo) -> date | datetime:
    """WHEN as a day (``today``, ``tomorrow``, ``+3d``, ``2026-12-03``) or, given with its
    time of day, an aware time (local time unless it has an offset). ``ValueError`` else."""
    word = text.strip().lower()
    today = now.astimezone(zone).date()
    if word == "today":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    if match := _RELATIVE_DAYS.match(word):
        return today + timedelta(days=int(match.group(1)))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
        return date.fromisoformat(word)
    moment = datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def parse_when(text: str, now: datetime, zone: tzinfo) -> datetime:
    """``--due WHEN`` as an aware time: an ISO 8601 date or date-time (local time unless it
    has an offset), ``today``, ``tomorrow`` or ``+3d``; a day without a time is 09:00 there."""
    found = parse_day_or_time(text, now, zone)
    if isinstance(found, datetime):
        return found
    return datetime.combine(found, time(9, 0), tzinfo=zone)


def when_argument(text: str) -> datetime:
    """``parse_when`` for argparse: a usage error (exit 2) in one line for a WHEN that is no
    date or time, or is outside the years kept."""
    from crm_desktop.services.schedule_rows import local_zone

    return _checked(text, lambda: parse_when(text, datetime.now(UTC), local_zone()))


def day_or_time_argument(text: str) -> date | datetime:
    """``parse_day_or_time`` for argparse (``activity reschedule ID WHEN``): a usage error
    (exit 2) in one line for a WHEN that is no date or time, or is outside the years kept."""
    from crm_desktop.services.schedule_rows import local_zone

    return _checked(text, lambda: parse_day_or_time(text, datetime.now(UTC), local_zone()))


def _checked(text: str, parse: Callable[[], _When]) -> _When:
    try:
        found = parse()
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date or time (2026-12-03, 2026-12-03T14:30, today, tomorrow, +3d)"
        ) from None
    in_range = time_in_range(found) if isinstance(found, datetime) else year_in_range(found.year)
    if not in_range:
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside the dates CRM Desktop keeps (the years {FIRST_YEAR} to "
            f"{LAST_YEAR})"
        )
    return found


def repeat_argument(text: str) -> str:
    """``--repeat RULE`` for argparse: the rule as it is stored, or a usage error (exit 2)
    in one line saying what is wrong with it."""
    from crm_desktop.errors import InvalidValueError
    from crm_desktop.services.recurrence import checked_rule

    try:
        return checked_rule(text)
    except InvalidValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
