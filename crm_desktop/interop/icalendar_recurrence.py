"""A repeating event or to-do in iCalendar: RRULE, EXDATE, RDATE and RECURRENCE-ID read,
and written back with the series' start in its own time zone (TZID and a VTIMEZONE, which
vobject writes), so that every client expands it at the same wall-clock time on both sides
of a daylight-saving change (a start in UTC would move by an hour in winter)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True, slots=True)
class ReadRecurrence:
    rule: str = ""  # the RRULE value, "" for none
    exdates: tuple[datetime, ...] = ()  # UTC
    rdates: tuple[datetime, ...] = ()  # UTC
    recurrence_id: datetime | None = None  # an override's original occurrence (UTC)
    utc_start: bool = False  # the series' DTSTART was in UTC (expanded in UTC)


def _aware(value: object, zone: tzinfo) -> datetime | None:
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            value = value.replace(tzinfo=zone)
        return value.astimezone(UTC)
    if isinstance(value, date):  # an all-day date: its 00:00, as its DTSTART is read
        return datetime.combine(value, time(0), tzinfo=zone).astimezone(UTC)
    return None


def _times(component: Any, name: str, zone_of_line: Any) -> tuple[datetime, ...]:
    found: list[datetime] = []
    for line in component.contents.get(name, []):
        values = line.value if isinstance(line.value, list) else [line.value]
        for value in values:
            if isinstance(value, tuple):  # an RDATE period: its start
                value = value[0]
            moment = _aware(value, zone_of_line(line))
            if moment is not None:
                found.append(moment)
    return tuple(dict.fromkeys(found))


def read_recurrence(component: Any, zone_of_line: Any) -> ReadRecurrence:
    """The component's recurrence; ``zone_of_line(line)`` is the zone a floating time of
    that line is read in (its TZID's, else the import's)."""
    start = getattr(component, "dtstart", None)
    start_value = getattr(start, "value", None)
    if isinstance(start_value, datetime) and start_value.utcoffset() is not None:
        outer = zone_of_line  # a floating EXDATE of a zoned series is in the series' zone

        def zone_of_line(line: Any) -> tzinfo:
            zone = outer(line) if line.params.get("TZID") else start_value.tzinfo
            assert isinstance(zone, tzinfo)
            return zone

    rules = component.contents.get("rrule", [])
    rule = str(rules[0].value).strip() if rules else ""
    rule = rule.removeprefix("RRULE:")
    recurrence_id = None
    for line in component.contents.get("recurrence-id", []):
        recurrence_id = _aware(line.value, zone_of_line(line))
    utc_start = (
        isinstance(start_value, datetime)
        and start_value.utcoffset() == timedelta(0)
        and start is not None
        and not start.params.get("TZID")
    )
    return ReadRecurrence(
        rule,
        _times(component, "exdate", zone_of_line),
        _times(component, "rdate", zone_of_line),
        recurrence_id,
        bool(utc_start),
    )


class _NamedZone(tzinfo):
    """An IANA zone under its own name: vobject takes a ``tzid`` for the TZID and the
    VTIMEZONE it writes (a ZoneInfo it would name by its abbreviation, "EET")."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.tzid = zone.key

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return self.zone.utcoffset(dt)

    def dst(self, dt: datetime | None) -> timedelta | None:
        return self.zone.dst(dt)

    def tzname(self, dt: datetime | None) -> str | None:
        return self.zone.tzname(dt)

    def fromutc(self, dt: datetime) -> datetime:
        return self.zone.fromutc(dt.replace(tzinfo=self.zone)).replace(tzinfo=self)


def series_zone(name: str) -> tzinfo | None:
    try:
        return _NamedZone(ZoneInfo(name)) if name and name != "UTC" else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _local(moment: datetime, zone: tzinfo) -> datetime:
    return moment.astimezone(zone)


def write_recurrence(
    component: Any,
    rule: str,
    zone_name: str,
    exdates: tuple[datetime, ...],
    rdates: tuple[datetime, ...],
    utc: tzinfo,
) -> None:
    """RRULE, EXDATE and RDATE onto ``component``, its DTSTART, DTEND and DUE moved into
    the series' zone (``utc``: vobject's UTC object, for a series without a named zone)."""
    if not rule:
        return
    zone = series_zone(zone_name) or utc
    for name in ("dtstart", "dtend", "due"):
        line = getattr(component, name, None)
        if line is not None and isinstance(line.value, datetime):
            line.value = _local(line.value, zone)
    component.add("rrule").value = rule
    for name, moments in (("exdate", exdates), ("rdate", rdates)):
        if moments:
            component.add(name).value = [_local(m, zone) for m in sorted(moments)]
