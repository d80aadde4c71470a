"""How an activity repeats: the editor's choices (``RepeatRule``) and the iCalendar RRULE
text they are stored as (RFC 5545, 3.3.10). Stdlib only; the expansion into occurrences is
``services.recurrence`` (dateutil).

A rule the editor cannot show (BYSETPOS, several BYMONTHDAYs, an imported HOURLY...) is kept
as its text and expanded all the same; ``RepeatRule.from_rrule`` gives None for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # date.weekday() order
_ORDINAL_DAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_KNOWN_PARTS = frozenset(
    {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST", "BYSETPOS"}
    | {"BYHOUR", "BYMINUTE", "BYSECOND", "BYYEARDAY", "BYWEEKNO"}
)


class RecurrenceError(ValueError):
    """A rule that is no RRULE value; ``str()`` says what is wrong in English."""


def rule_parts(text: str) -> dict[str, str]:
    """``FREQ=WEEKLY;BYDAY=TU`` (an optional ``RRULE:`` before it) as {name: value};
    ``RecurrenceError`` for text that is not a rule."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for piece in body.split(";"):
        if not piece.strip():
            continue
        name, sep, value = piece.partition("=")
        name = name.strip().upper()
        if not sep or not value.strip():
            raise RecurrenceError(f"{piece.strip()!r} is not NAME=VALUE")
        if name not in _KNOWN_PARTS and not name.startswith("X-"):
            raise RecurrenceError(f"{name} is not a part of a recurrence rule")
        parts[name] = value.strip().upper()
    freq = parts.get("FREQ")
    if freq is None:
        raise RecurrenceError("a recurrence rule needs FREQ (DAILY, WEEKLY, MONTHLY, YEARLY)")
    if freq not in (*FREQUENCIES, "HOURLY", "MINUTELY", "SECONDLY"):
        raise RecurrenceError(f"FREQ={freq} is not a frequency")
    for number in ("INTERVAL", "COUNT"):
        if number in parts and (not parts[number].isdigit() or int(parts[number]) < 1):
            raise RecurrenceError(f"{number}={parts[number]} is not a whole number above 0")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError("a recurrence rule has COUNT or UNTIL, not both")
    if "UNTIL" in parts:
        until_moment(parts["UNTIL"])  # raises for a bad one
    for day in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else ():
        if not _ORDINAL_DAY.match(day):
            raise RecurrenceError(f"BYDAY={parts['BYDAY']} is not a list of weekdays")
    return parts


def normal_rule(text: str) -> str:
    """The rule as it is stored: upper case, no ``RRULE:``, FREQ first ("" for "")."""
    if not text.strip():
        return ""
    parts = rule_parts(text)
    ordered = {"FREQ": parts.pop("FREQ"), **parts}
    return ";".join(f"{name}={value}" for name, value in ordered.items())


def until_moment(text: str) -> datetime | date:
    """An UNTIL value: a UTC time (``...Z``), a floating time (naive) or a date."""
    try:
        if "T" not in text:
            return datetime.strptime(text, "%Y%m%d").date()
        if text.endswith("Z"):
            return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return datetime.strptime(text, "%Y%m%dT%H%M%S")
    except ValueError:
        raise RecurrenceError(f"UNTIL={text} is not a date or a time") from None


@dataclass(frozen=True, slots=True)
class RepeatRule:
    """What the activity editor's Repeat section holds.

    ``weekdays``: WEEKLY's days (0 = Monday). MONTHLY is by date (``month_day``, 1-31) or by
    weekday (``week_ordinal`` 1-4 or -1 for the last, ``weekday`` 0-6). Ends: never, on
    ``until`` (a local date, inclusive) or after ``count`` occurrences."""

    frequency: str  # one of FREQUENCIES
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    week_ordinal: int | None = None
    weekday: int | None = None
    until: date | None = None
    count: int | None = None

    def to_rrule(self) -> str:
        parts = [f"FREQ={self.frequency}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.frequency == "WEEKLY" and self.weekdays:
            parts.append("BYDAY=" + ",".join(WEEKDAYS[d] for d in sorted(set(self.weekdays))))
        if self.frequency == "MONTHLY":
            if self.week_ordinal is not None and self.weekday is not None:
                parts.append(f"BYDAY={self.week_ordinal}{WEEKDAYS[self.weekday]}")
            elif self.month_day is not None:
                parts.append(f"BYMONTHDAY={self.month_day}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            # the end of that day: every occurrence on it is in (a UTC time after it is too,
            # by at most the zone's offset, never a whole extra day of occurrences)
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959Z")
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, text: str) -> RepeatRule | None:
        """The editor's reading of a stored rule; None for one it cannot show (kept as is)."""
        try:
            parts = rule_parts(text)
        except RecurrenceError:
            return None
        frequency = parts.pop("FREQ")
        parts.pop("WKST", None)
        if frequency not in FREQUENCIES:
            return None
        interval = int(parts.pop("INTERVAL", "1"))
        count = int(parts.pop("COUNT")) if "COUNT" in parts else None
        until: date | None = None
        if "UNTIL" in parts:
            found = until_moment(parts.pop("UNTIL"))
            until = found.date() if isinstance(found, datetime) else found
        rule = cls(frequency, interval, until=until, count=count)
        byday = parts.pop("BYDAY", "")
        month_day = parts.pop("BYMONTHDAY", "")
        if parts:
            return None  # BYMONTH, BYSETPOS...: not the editor's
        if frequency == "WEEKLY" and byday and not month_day:
            days = [_ORDINAL_DAY.match(d) for d in byday.split(",")]
            if any(m is None or m.group(1) for m in days):
                return None
            return _replace(rule, weekdays=tuple(WEEKDAYS.index(m.group(2)) for m in days if m))
        if frequency == "MONTHLY" and byday and not month_day:
            found_day = _ORDINAL_DAY.match(byday)
            if found_day is None or not found_day.group(1) or "," in byday:
                return None
            ordinal = int(found_day.group(1))
            if ordinal not in (1, 2, 3, 4, -1):
                return None
            return _replace(rule, week_ordinal=ordinal, weekday=WEEKDAYS.index(found_day.group(2)))
        if frequency == "MONTHLY" and month_day and not byday:
            if not month_day.isdigit() or not 1 <= int(month_day) <= 31:
                return None
            return _replace(rule, month_day=int(month_day))
        if byday or month_day:
            return None
        return rule


def _replace(rule: RepeatRule, **changes: object) -> RepeatRule:
    values = {name: getattr(rule, name) for name in RepeatRule.__slots__}
    values.update(changes)
    return RepeatRule(**values)


def times_text(moments: tuple[datetime, ...]) -> str:
    """EXDATEs or RDATEs as stored: UTC ISO times, one a line."""
    return "\n".join(sorted({m.astimezone(UTC).isoformat() for m in moments}))


def times_of(text: str) -> tuple[datetime, ...]:
    found = []
    for line in text.splitlines():
        if line.strip():
            try:
                found.append(datetime.fromisoformat(line.strip()).astimezone(UTC))
            except ValueError:
                continue  # a damaged line (``crm-desktop check`` territory): left out
    return tuple(found)
