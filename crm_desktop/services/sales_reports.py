"""The sales reports: the pipeline by stage, the forecast by month of expected close, won
and lost by month with the win rate and the days to close, the activities done by kind and
week, and the accounts' purchase history. Aggregated in SQL (``store.sales_queries``); every
amount is per currency (two currencies are never added), weighted sums rounded once per row.

Months and years are the user's calendar's: SQL sums per day, and the service groups the days
with ``month_of`` / ``year_of`` (by default the Gregorian "YYYY-MM" and year, what the CLI
writes; the GUI hands in its calendar's, computed with ``QCalendar``, so that this layer stays
free of Qt). A month key sorts as its months follow one another ("1405-03" before "1405-10").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from crm_desktop.records.ids import AccountId, StageId
from crm_desktop.records.money import from_minor, weighted_from_minor
from crm_desktop.records.sales import (
    ActivityWeekRow,
    ForecastRow,
    PipelineRow,
    PurchaseRow,
    WinRateRow,
    WonLost,
    WonLostRow,
)
from crm_desktop.services.database import Database
from crm_desktop.store import sales_queries as queries
from crm_desktop.store.times import read_time, utc_text

MonthOf = Callable[[date], str]
YearOf = Callable[[date], int]


def gregorian_month(day: date) -> str:
    """The Gregorian month key of ``day``: "2027-01"."""
    return f"{day.year:04d}-{day.month:02d}"


def gregorian_year(day: date) -> int:
    return day.year


def pipeline_by_stage(db: Database) -> list[PipelineRow]:
    """Open deals per stage and currency: count, Σ amount, Σ amount × probability / 100; by
    the stages' order (stages without open deals have no row)."""
    with db.raw_reading() as connection:
        rows = queries.pipeline_rows(connection)
    return [
        PipelineRow(
            StageId(stage_id), name, position, currency, count,
            from_minor(minor, currency), weighted_from_minor(weighted, currency),
        )
        for stage_id, name, position, currency, count, minor, weighted in rows
    ]  # fmt: skip


def forecast(db: Database, month_of: MonthOf = gregorian_month) -> list[ForecastRow]:
    """Open deals per month of expected close (``month_of`` of the close day) and currency:
    count, Σ amount (the best case) and Σ amount × probability / 100 (weighted); by month,
    deals without a close date last (month "")."""
    with db.raw_reading() as connection:
        rows = queries.forecast_rows(connection)
    sums: dict[tuple[str, str], tuple[int, int, int]] = {}
    for day, currency, count, minor, weighted in rows:
        month = month_of(date.fromisoformat(day)) if day else ""
        old = sums.get((month, currency), (0, 0, 0))
        sums[(month, currency)] = (old[0] + count, old[1] + minor, old[2] + weighted)
    return [
        ForecastRow(
            month, currency, count, from_minor(minor, currency),
            weighted_from_minor(weighted, currency),
        )
        for (month, currency), (count, minor, weighted) in sorted(
            sums.items(), key=lambda item: (item[0][0] == "", item[0])
        )
    ]  # fmt: skip


def won_lost_by_month(
    db: Database,
    start: date | None = None,
    end: date | None = None,
    month_of: MonthOf = gregorian_month,
) -> WonLost:
    """Deals won and lost per month (``month_of``) of their close day (from ``start`` to
    ``end``, inclusive): the sums per currency, and per month the win rate (won / (won + lost), by
    count, every currency) and the mean days from creation to close of the won deals."""
    with db.raw_reading() as connection:
        rows = queries.closed_rows(
            connection,
            None if start is None else start.isoformat(),
            None if end is None else end.isoformat(),
        )
    sums: dict[tuple[str, str], dict[str, tuple[int, int]]] = defaultdict(dict)
    months: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for day, currency, status, count, minor, days in rows:
        month = month_of(date.fromisoformat(day))
        old_sum = sums[(month, currency)].get(status, (0, 0))
        sums[(month, currency)][status] = (old_sum[0] + count, old_sum[1] + minor)
        old_count, old_days = months[month].get(status, (0, 0))
        months[month][status] = (old_count + count, old_days + days)
    by_currency = []
    for (month, currency), by_status in sorted(sums.items()):
        won_count, won_minor = by_status.get("won", (0, 0))
        lost_count, lost_minor = by_status.get("lost", (0, 0))
        by_currency.append(
            WonLostRow(
                month, currency, won_count, from_minor(won_minor, currency),
                lost_count, from_minor(lost_minor, currency),
            )
        )  # fmt: skip
    by_month = []
    for month, by_status in sorted(months.items()):
        won, won_days = by_status.get("won", (0, 0))
        lost = by_status.get("lost", (0, 0))[0]
        closed = won + lost
        by_month.append(
            WinRateRow(
                month, won, lost,
                won / closed if closed else None,
                won_days / won if won else None,
            )
        )  # fmt: skip
    return WonLost(tuple(by_currency), tuple(by_month))


def _week_start(day: date, first_day_of_week: int) -> date:
    """The first day of ``day``'s week; ``first_day_of_week`` 1 Monday ... 7 Sunday (as
    ``Qt.DayOfWeek`` and ``date.isoweekday``)."""
    return day - timedelta(days=(day.isoweekday() - first_day_of_week) % 7)


def _span(week: date, low: datetime, high: datetime) -> queries.WeekSpan:
    """The week from ``low`` to ``high`` (local midnights) as whole UTC hours and the part
    hours at its ends (a zone half an hour off UTC: Tehran, Kolkata)."""
    low_utc, high_utc = low.astimezone(UTC), high.astimezone(UTC)
    on_hour = low_utc.replace(minute=0, second=0, microsecond=0)
    first_hour = on_hour if on_hour == low_utc else on_hour + timedelta(hours=1)
    end_hour = high_utc.replace(minute=0, second=0, microsecond=0)
    return queries.WeekSpan(
        label=week.isoformat(),
        first_hour=utc_text(first_hour)[:13],
        end_hour=utc_text(end_hour)[:13],
        low=utc_text(low_utc),
        low_part_end=utc_text(first_hour),
        high_part_start=utc_text(end_hour),
        high=utc_text(high_utc),
    )


def activities_by_week(
    db: Database,
    *,
    first_day_of_week: int = 1,
    start: date | None = None,
    end: date | None = None,
    tz: tzinfo | None = None,
) -> list[ActivityWeekRow]:
    """The activities done (outside the Trash) per kind and week, in local days (``tz``:
    this machine's zone by default), weeks starting on ``first_day_of_week`` (1 Monday ... 7
    Sunday: Saturday for fa_IR, Sunday for ar_SA...). ``start`` and ``end`` bound the days
    (default: the first and last activity done)."""
    if not 1 <= first_day_of_week <= 7:
        raise ValueError("first_day_of_week is 1 (Monday) to 7 (Sunday)")
    zone = tz or datetime.now().astimezone().tzinfo
    assert zone is not None
    with db.raw_reading() as connection:
        if start is None or end is None:
            first, last = (read_time(t) for t in queries.completed_bounds(connection))
            if first is None or last is None:
                return []
            start = start or first.astimezone(zone).date()
            end = end or last.astimezone(zone).date()
        weeks: list[queries.WeekSpan] = []
        week = _week_start(start, first_day_of_week)
        while week <= end:
            low = datetime.combine(max(week, start), time(), zone)
            high = datetime.combine(
                min(week + timedelta(days=7), end + timedelta(days=1)), time(), zone
            )
            weeks.append(_span(week, low, high))
            week += timedelta(days=7)
        rows = queries.activity_week_rows(connection, weeks)
    return [ActivityWeekRow(date.fromisoformat(label), kind, count) for label, kind, count in rows]


def purchase_history(
    db: Database, account_id: int | None = None, year_of: YearOf = gregorian_year
) -> list[PurchaseRow]:
    """Won deals per account (one, or all), year of closing (``year_of`` of the close day)
    and currency: count and Σ amount; by account name, then year."""
    with db.raw_reading() as connection:
        rows = queries.purchase_rows(connection, account_id)
    sums: dict[tuple[int, str, int, str], tuple[int, int]] = {}
    order: list[tuple[int, str, int, str]] = []  # accounts in the query's (name) order
    for i, name, day, currency, count, minor in rows:
        key = (i, name, year_of(date.fromisoformat(day)), currency)
        if key not in sums:
            order.append(key)
        old = sums.get(key, (0, 0))
        sums[key] = (old[0] + count, old[1] + minor)
    place = {i: n for n, i in enumerate(dict.fromkeys(key[0] for key in order))}
    order.sort(key=lambda key: (place[key[0]], key[2], key[3]))
    rows_out = []
    for key in order:
        i, name, year, currency = key
        count, minor = sums[key]
        rows_out.append(
            PurchaseRow(AccountId(i), name, year, currency, count, from_minor(minor, currency))
        )
    return rows_out
