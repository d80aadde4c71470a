"""Repeating activities expanded into occurrences (dateutil's RFC 5545 rules).

An occurrence keeps the wall-clock time of the series' first one in the activity's own zone
(its ``time_zone``, else the machine's): a 10:00 meeting in Athens is at 10:00 on both sides
of a daylight-saving change, 07:00 UTC in summer and 08:00 UTC in winter. Only the range
asked for is expanded: a series without an end is never materialized.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from dateutil.rrule import rrule, rruleset, rrulestr

from crm_desktop.errors import InvalidValueError
from crm_desktop.records.activities import ActivityDraft, ActivityRow
from crm_desktop.records.recurrence import (
    RecurrenceError,
    normal_rule,
    rule_parts,
    times_of,
    times_text,
    until_moment,
)
from crm_desktop.services.schedule_rows import local_zone, zone_named
from crm_desktop.store.models import Activity

_MOST = 100_000  # occurrences looked through for the next one (a daily rule: 270 years)


def checked_rule(text: str) -> str:
    """``text`` as stored (``normal_rule``); ``InvalidValueError`` naming what is wrong."""
    try:
        rule = normal_rule(text)
        if rule:
            _rule(rule, datetime(2026, 1, 1, tzinfo=UTC), UTC)  # dateutil agrees
    except (RecurrenceError, ValueError) as error:
        raise InvalidValueError("repeat", text, f"an iCalendar RRULE ({error})") from None
    return rule


def zone_of(time_zone: str) -> tzinfo:
    return zone_named(time_zone) if time_zone else local_zone()


def _rule(rule: str, first: datetime, zone: tzinfo) -> rrule:
    parts = rule_parts(rule)
    if "UNTIL" in parts:  # dateutil wants it in UTC when DTSTART has a zone
        until = until_moment(parts["UNTIL"])
        if not isinstance(until, datetime):  # a date: through the end of that local day
            until = datetime.combine(until, time(23, 59, 59), tzinfo=zone)
        elif until.tzinfo is None:
            until = until.replace(tzinfo=zone)
        parts["UNTIL"] = until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    text = ";".join(f"{name}={value}" for name, value in parts.items() if name[:2] != "X-")
    found = rrulestr(text, dtstart=first.astimezone(zone))
    assert isinstance(found, rrule)
    return found


def _set(
    rule: str,
    first: datetime,
    time_zone: str,
    exdates: tuple[datetime, ...],
    rdates: tuple[datetime, ...],
) -> rruleset:
    zone = zone_of(time_zone)
    series = rruleset()
    series.rrule(_rule(rule, first, zone))
    for moment in rdates:
        series.rdate(moment.astimezone(zone))
    for moment in exdates:
        series.exdate(moment.astimezone(zone))
    return series


def series_set(row: ActivityRow) -> rruleset | None:
    first = row.recurrence_start or row.start or row.due
    if not row.recurrence or first is None:
        return None
    try:
        return _set(
            row.recurrence, first, row.time_zone, row.recurrence_exdates, row.recurrence_rdates
        )
    except (ValueError, InvalidValueError):  # a rule another program damaged: no occurrences
        return None


def occurrences_between(
    rule: str,
    first: datetime,
    time_zone: str,
    after: datetime,
    before: datetime,
    exdates: tuple[datetime, ...] = (),
    rdates: tuple[datetime, ...] = (),
) -> list[datetime]:
    """The occurrences in [``after``, ``before``), in UTC."""
    found = _set(rule, first, time_zone, exdates, rdates).between(after, before, inc=True)
    return [moment.astimezone(UTC) for moment in found if moment < before]


def next_occurrence(
    rule: str,
    first: datetime,
    time_zone: str,
    at_or_after: datetime,
    exdates: tuple[datetime, ...] = (),
    rdates: tuple[datetime, ...] = (),
) -> datetime | None:
    """The first occurrence at or after ``at_or_after`` (UTC); None when the series ended."""
    found = _set(rule, first, time_zone, exdates, rdates).after(at_or_after, inc=True)
    return None if found is None else found.astimezone(UTC)


def is_occurrence(row: ActivityRow, moment: datetime) -> bool:
    """Whether ``moment`` is one of ``row``'s occurrences not taken out."""
    series = series_set(row)
    if series is None:
        return False
    found = series.after(moment - timedelta(seconds=1), inc=False)
    return found is not None and found == moment


def occurrence_row(row: ActivityRow, moment: datetime) -> ActivityRow:
    """``row`` at its occurrence ``moment``: its times (and reminder) moved there."""
    planned = row.start or row.due
    shift = moment - planned if planned is not None else timedelta(0)
    return replace(
        row,
        start=row.start + shift if row.start else None,
        due=row.due + shift if row.due else None,
        reminder=row.reminder + shift if row.reminder else None,
        occurrence=moment.astimezone(UTC),
    )


def expanded(row: ActivityRow, after: datetime, before: datetime) -> list[ActivityRow]:
    """``row``'s occurrences in [``after``, ``before``) other than its next one (the stored
    row itself), as rows with ``occurrence`` set; [] for one that does not repeat."""
    series = series_set(row)
    planned = row.start or row.due
    if series is None or planned is None:
        return []
    found = series.between(after, before, inc=True)
    return [
        occurrence_row(row, moment.astimezone(UTC))
        for moment in found
        if moment < before and moment != planned
    ]


def first_open(rule: str, first: datetime, time_zone: str, floor: datetime) -> datetime | None:
    """Where a new series' next open occurrence is: its first at or after ``floor``."""
    return next_occurrence(rule, first, time_zone, max(first, floor))


def local_day_start(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def apply_recurrence(
    activity: Activity, draft: ActivityDraft, before: datetime | None, now: datetime
) -> None:
    """The draft's repeat rule onto ``activity`` (its times already the draft's;
    ``before`` its next occurrence until now). A new rule or a moved time starts the
    series at the draft's time; an open series' stored time is then its next open
    occurrence: for a call or meeting begun in the past, the first from today on."""
    if draft.recurrence_exdates is not None:
        activity.recurrence_exdates = times_text(draft.recurrence_exdates)
    if draft.recurrence_rdates is not None:
        activity.recurrence_rdates = times_text(draft.recurrence_rdates)
    if draft.recurrence is None:
        return
    rule = checked_rule(draft.recurrence)
    planned = activity.start_at or activity.due_at
    if not rule or planned is None:
        activity.recurrence = ""
        activity.recurrence_start = None
        activity.recurrence_exdates = ""
        activity.recurrence_rdates = ""
        return
    if rule != activity.recurrence or activity.recurrence_start is None or planned != before:
        activity.recurrence_start = planned
    activity.recurrence = rule
    if activity.status != "open":
        return
    floor = planned
    if activity.start_at is not None and planned != before:  # calls and meetings (re)begun
        zone = zone_of(activity.time_zone)
        floor = max(planned, local_day_start(now.astimezone(zone).date(), zone))
    settle(activity, floor)


def settle(activity: Activity, floor: datetime) -> bool:
    """Move ``activity``'s times to its first open occurrence at or after ``floor``;
    False (nothing moved) when the series has none left."""
    first = activity.recurrence_start
    planned = activity.start_at or activity.due_at
    if not activity.recurrence or first is None or planned is None:
        return False
    found = next_occurrence(
        activity.recurrence,
        first,
        activity.time_zone,
        floor,
        times_of(activity.recurrence_exdates or ""),
        times_of(activity.recurrence_rdates or ""),
    )
    if found is None:
        return False
    shift = found - planned
    if activity.start_at is not None:
        activity.start_at = activity.start_at + shift
    if activity.due_at is not None:
        activity.due_at = activity.due_at + shift
    if activity.reminder_at is not None:
        activity.reminder_at = activity.reminder_at + shift
    return True
