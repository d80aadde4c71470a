"""The sales reports' aggregations, in SQL (stdlib only): every sum is per currency, in
minor units, with Σ(minor units × probability) for the weighted figures (exact integers; the
service divides once). Deals in the Trash, and those of an account in the Trash, are left
out of every report."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from crm_desktop.records.vocabulary import ACTIVITY_KINDS
from crm_desktop.store.deal_queries import LIVE_DEAL as _LIVE


def pipeline_rows(
    connection: sqlite3.Connection,
) -> list[tuple[int, str, int, str, int, int, int]]:
    """(stage id, name, position, currency, count, Σ minor, Σ minor × probability) of the
    open deals, by stage order then currency."""
    return [
        (int(r[0]), str(r[1]), int(r[2]), str(r[3]), int(r[4]), int(r[5]), int(r[6]))
        for r in connection.execute(
            "SELECT s.id, s.name, s.position, d.currency, count(*), sum(d.amount_minor), "
            "sum(d.amount_minor * d.probability) FROM deals d "
            "JOIN deal_stages s ON s.id = d.stage_id "
            f"WHERE d.status = 'open' AND {_LIVE} "
            "GROUP BY s.id, d.currency ORDER BY s.position, s.id, d.currency"
        )
    ]


def forecast_rows(connection: sqlite3.Connection) -> list[tuple[str, str, int, int, int]]:
    """(day of expected close "YYYY-MM-DD" or "" without a close date, currency, count, Σ
    minor, Σ minor × probability) of the open deals, by day (no date last) then currency.
    By day, not month: the service groups the days into the months of the user's calendar."""
    return [
        (str(r[0]), str(r[1]), int(r[2]), int(r[3]), int(r[4]))
        for r in connection.execute(
            "SELECT coalesce(substr(d.close_date, 1, 10), '') AS day, d.currency, count(*), "
            "sum(d.amount_minor), sum(d.amount_minor * d.probability) FROM deals d "
            f"WHERE d.status = 'open' AND {_LIVE} "
            "GROUP BY day, d.currency ORDER BY day = '', day, d.currency"
        )
    ]


def closed_rows(
    connection: sqlite3.Connection, start: str | None, end: str | None
) -> list[tuple[str, str, str, int, int, int]]:
    """(day of closing "YYYY-MM-DD", currency, status, count, Σ minor, Σ days from creation
    (its UTC day) to the close day) of the won and lost deals closed from ``start`` to
    ``end`` (ISO dates, inclusive; None: unbounded), by day then currency (the service
    groups the days into months)."""
    clauses = [f"d.status IN ('won', 'lost') AND {_LIVE} AND d.closed_on IS NOT NULL"]
    params: list[str] = []
    if start is not None:
        clauses.append("d.closed_on >= ?")
        params.append(start)
    if end is not None:
        clauses.append("d.closed_on <= ?")
        params.append(end)
    return [
        (str(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4]), int(r[5] or 0))
        for r in connection.execute(
            "SELECT substr(d.closed_on, 1, 10) AS day, d.currency, d.status, count(*), "
            "sum(d.amount_minor), "
            "sum(CAST(julianday(d.closed_on) - julianday(substr(d.created_at, 1, 10)) AS INTEGER))"
            f" FROM deals d WHERE {' AND '.join(clauses)} "
            "GROUP BY day, d.currency, d.status ORDER BY day, d.currency, d.status",
            params,
        )
    ]


def completed_bounds(connection: sqlite3.Connection) -> tuple[str | None, str | None]:
    """The first and last completion times (UTC text) of the activities done: each kind's
    first and last read at the ends of its range of ``ix_activities_done_kind`` (a min()
    over every kind at once walked the whole index: 0.4 s at 1,000,000 activities)."""
    kinds = ", ".join(f"('{kind}')" for kind in ACTIVITY_KINDS)
    done = (
        "FROM activities a WHERE a.status = 'done' AND a.kind = k.kind "
        "AND a.completed_at IS NOT NULL AND a.deleted_at IS NULL"
    )
    row = connection.execute(
        f"WITH kinds(kind) AS (VALUES {kinds}) SELECT min(low), max(high) FROM "
        f"(SELECT (SELECT min(a.completed_at) {done}) AS low, "
        f"(SELECT max(a.completed_at) {done}) AS high FROM kinds k)"
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


@dataclass(frozen=True, slots=True)
class WeekSpan:
    """A week in UTC, as ``activity_week_rows`` counts it: the whole hours ``first_hour`` to
    ``end_hour`` (excluded; "2026-12-03T14") from ``activity_done_hours``, and the part hours
    at its ends (UTC time texts, ``low`` to ``first_hour``'s start and ``end_hour``'s start to
    ``high``; empty ranges when the week starts and ends on the hour)."""

    label: str
    first_hour: str
    end_hour: str
    low: str
    low_part_end: str
    high_part_start: str
    high: str


def activity_week_rows(
    connection: sqlite3.Connection, weeks: list[WeekSpan]
) -> list[tuple[str, str, int]]:
    """(week, kind, count) of the activities done (outside the Trash) in each week; weeks and
    kinds with none left out. Each count sums the week's hours in ``activity_done_hours``
    (kept by the triggers of migration 0014: at most 168 rows a kind), plus the part hours at
    its ends counted in ``ix_activities_done_kind`` (a few rows; none on the hour)."""
    kinds = ", ".join(f"('{kind}')" for kind in ACTIVITY_KINDS)
    part = (
        "(SELECT count(*) FROM activities a WHERE a.status = 'done' AND a.kind = k.kind "
        "AND a.completed_at >= w.{low} AND a.completed_at < w.{high} AND a.deleted_at IS NULL)"
    )
    rows: list[tuple[str, str, int]] = []
    for start in range(0, len(weeks), 100):
        chunk = weeks[start : start + 100]
        values = ", ".join("(?, ?, ?, ?, ?, ?, ?)" for _ in chunk)
        params = [
            value
            for week in chunk
            for value in (
                week.label, week.first_hour, week.end_hour, week.low, week.low_part_end,
                week.high_part_start, week.high,
            )
        ]  # fmt: skip
        rows += [
            (str(r[0]), str(r[1]), int(r[2]))
            for r in connection.execute(
                f"WITH weeks(label, first_hour, end_hour, low, low_end, high_start, high) AS "
                f"(VALUES {values}), kinds(kind) AS (VALUES {kinds}) "
                "SELECT w.label, k.kind, (SELECT coalesce(sum(h.count), 0) "
                "FROM activity_done_hours h WHERE h.kind = k.kind AND h.hour >= w.first_hour "
                "AND h.hour < w.end_hour) + "
                + part.format(low="low", high="low_end")
                + " + "
                + part.format(low="high_start", high="high")
                + " FROM weeks w, kinds k",
                params,
            )
            if r[2]
        ]
    rows.sort()
    return rows


def purchase_rows(
    connection: sqlite3.Connection, account_id: int | None
) -> list[tuple[int, str, str, str, int, int]]:
    """(account id, name, day closed "YYYY-MM-DD", currency, count, Σ minor) of the won
    deals, by account name, then day, then currency (the service groups the days into the
    years of the user's calendar)."""
    where = " AND d.account_id = ?" if account_id is not None else ""
    params = (account_id,) if account_id is not None else ()
    return [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]))
        for r in connection.execute(
            "SELECT d.account_id, a.name, substr(d.closed_on, 1, 10) AS day, "
            "d.currency, count(*), sum(d.amount_minor) FROM deals d "
            "JOIN accounts a ON a.id = d.account_id "
            f"WHERE d.status = 'won' AND {_LIVE} AND d.closed_on IS NOT NULL{where} "
            "GROUP BY d.account_id, day, d.currency ORDER BY a.sort_key, a.id, day, d.currency",
            params,
        )
    ]
