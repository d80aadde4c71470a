"""The activities lists at scale: 100,000 contacts and 1,000,000 activities.

The activities are written with raw ``executemany`` in one transaction (the indexes dropped
first and made again after, as a bulk load does), spread like a busy salesperson's five
years: most of them done (the history), 2% open in the next 180 days, 0.2% open and
overdue (up to 90 days late), 0.5% cancelled; one or two contacts each, some with an account.
"""

from __future__ import annotations

import importlib
import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from crm_desktop.records.activities import Due
from crm_desktop.records.contacts import ContactSort
from crm_desktop.services.activities import (
    activity_days,
    due_activities,
    due_activity_ids,
    get_activities,
    reminders_between,
    timeline,
)
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts
from crm_desktop.services.database import open_database
from crm_desktop.store.base import utc_text

ZONE = ZoneInfo("Europe/Athens")
KINDS = ("call",) * 35 + ("email",) * 25 + ("meeting",) * 15 + ("task",) * 20 + ("letter",) * 5
_COLUMNS = (
    "id, uid, kind, subject, details, start_at, due_at, time_zone, duration_minutes, location, "
    "priority, status, outcome, completed_at, reminder_at, account_id, created_at, updated_at"
)


def _schema_0003() -> Any:
    """The migration that keeps each contact's last contact and next activity."""
    return importlib.import_module("crm_desktop.store.migrations.versions.0003_activity_times")


def _activities(
    count: int, contacts: int, accounts: int, now: datetime, seed: int
) -> Iterator[tuple[tuple[object, ...], list[tuple[int, int]]]]:
    rng = random.Random(seed)
    random_number = rng.random
    base = int(now.timestamp()) // 900 * 900
    texts: dict[int, str] = {}  # times fall on quarter hours: each text made once

    def text(seconds: int) -> str:
        found = texts.get(seconds)
        if found is None:
            found = texts[seconds] = utc_text(datetime.fromtimestamp(seconds, UTC))
        return found

    quarters_in_five_years = 5 * 365 * 96
    for activity_id in range(1, count + 1):
        kind = KINDS[int(random_number() * len(KINDS))]
        roll = random_number()
        if roll < 0.02:  # open, in the next 180 days
            status, when = "open", base + 900 * int(random_number() * 180 * 96)
        elif roll < 0.022:  # open and overdue, up to 90 days
            status, when = "open", base - 900 * (4 + int(random_number() * 90 * 96))
        elif roll < 0.027:
            status, when = "cancelled", base - 900 * int(random_number() * quarters_in_five_years)
        else:
            status, when = "done", base - 900 * (4 + int(random_number() * quarters_in_five_years))
        at = text(when)
        timed = kind in ("call", "meeting")
        scheduled = status != "done" or kind == "task"
        reminder = None
        if status == "open" and random_number() < 0.5:
            reminder = text(when - 900)
        account = None
        if accounts and random_number() < 0.3:
            account = 1 + int(random_number() * accounts)
        row = (
            activity_id, f"bench-{activity_id}@crm-desktop", kind, f"{kind} {activity_id}", "",
            at if timed else None, at if not timed and scheduled else None, "Europe/Athens",
            30 if timed else None, "", "normal", status, "",
            text(when + 1800) if status == "done" else None, reminder, account, at, at,
        )  # fmt: skip
        first = 1 + int(random_number() * contacts)
        links = [(activity_id, first)]
        if random_number() < 0.2:
            second = 1 + int(random_number() * contacts)
            if second != first:
                links.append((activity_id, second))
        yield row, links


def add_activities(path: Path, count: int, now: datetime, seed: int = 11) -> float:
    """Write ``count`` activities into the database at ``path``; the seconds it took."""
    raw = sqlite3.connect(path, isolation_level=None)
    contacts = raw.execute("SELECT max(id) FROM contacts").fetchone()[0]
    accounts = raw.execute("SELECT max(id) FROM accounts").fetchone()[0] or 0
    definitions = raw.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        "AND tbl_name IN ('activities', 'activity_contacts') AND sql IS NOT NULL"
    ).fetchall()
    raw.execute("PRAGMA cache_size = -262144")  # 256 MiB: the indexes are made in memory
    start = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    for kind, name, _sql in definitions:  # made again after: faster than row by row
        raw.execute(f"DROP {kind.upper()} {name}")
    batch: list[tuple[object, ...]] = []
    links: list[tuple[int, int]] = []
    marks = ", ".join("?" for _ in _COLUMNS.split(", "))
    for row, linked in _activities(count, contacts, accounts, now, seed):
        batch.append(row)
        links += linked
        if len(batch) >= 50_000:
            raw.executemany(f"INSERT INTO activities ({_COLUMNS}) VALUES ({marks})", batch)
            raw.executemany("INSERT INTO activity_contacts VALUES (?, ?)", links)
            batch, links = [], []
    raw.executemany(f"INSERT INTO activities ({_COLUMNS}) VALUES ({marks})", batch)
    raw.executemany("INSERT INTO activity_contacts VALUES (?, ?)", links)
    for _kind, _name, sql in definitions:
        raw.execute(sql)
    raw.execute(_schema_0003().RECOMPUTE_ALL)  # what the triggers would have kept
    hours = importlib.import_module(
        "crm_desktop.store.migrations.versions.0014_activity_done_hours"
    )
    if raw.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'activity_done_hours'"
    ).fetchone():  # the done activities per kind and hour (Reports' weeks), as its triggers
        for statement in hours.RECOMPUTE_ALL.split("; "):
            raw.execute(statement.rstrip(";"))
    raw.execute("COMMIT")
    raw.execute("ANALYZE")
    elapsed = time.perf_counter() - start
    raw.close()
    return elapsed


def _timed(action: Callable[[], int], runs: int) -> tuple[list[float], int]:
    action()  # warm-up: pages in the cache, statements prepared
    times = []
    rows = 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = action()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times), rows


def bench_activities(
    contacts_db: Path, folder: Path, count: int, runs: int
) -> list[tuple[str, float, float, int, float]]:
    """(what, median ms, p95 ms, rows, bare SQL median ms) for each list, on a copy of the
    contacts database (``contacts_db``) with ``count`` activities added."""
    path = folder / "activities.sqlite3"
    source = sqlite3.connect(contacts_db)
    target = sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    now = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)
    load = add_activities(path, count, now)
    results: list[tuple[str, float, float, int, float]] = [
        (f"bulk load of {count:,} activities (raw executemany, indexes made after)",
         load * 1000, load * 1000, count, 0.0),
    ]  # fmt: skip
    raw = sqlite3.connect(path)
    today = now.astimezone(ZONE).replace(hour=0, minute=0, second=0, microsecond=0)
    bounds = {
        Due.TODAY: (utc_text(today), utc_text(today + timedelta(days=1))),
        Due.OVERDUE: ("", utc_text(today)),
        Due.WEEK: (utc_text(today), utc_text(today + timedelta(days=7))),
    }
    when = "coalesce(start_at, due_at, completed_at)"
    with open_database(path, "en") as db:
        for due, label in (
            (Due.TODAY, "Today"),
            (Due.OVERDUE, "Overdue"),
            (Due.WEEK, "Next 7 days"),
        ):
            times, rows = _timed(lambda due=due: len(due_activities(db, due, now, ZONE)), runs)  # type: ignore[misc]
            low, high = bounds[due]
            bare, _ = _timed(
                lambda low=low, high=high: len(  # type: ignore[misc]
                    raw.execute(
                        f"SELECT id FROM activities WHERE status = 'open' AND deleted_at IS NULL "
                        f"AND {when} >= ? AND {when} < ? ORDER BY {when}",
                        (low, high),
                    ).fetchall()
                ),
                runs,
            )
            results.append(
                (f"{label} list", statistics.median(times), times[int(0.95 * len(times))],
                 rows, statistics.median(bare))
            )  # fmt: skip
            times, rows = _timed(
                lambda due=due: len(due_activities(db, due, now, ZONE, limit=100)),  # type: ignore[misc]
                runs,
            )
            results.append(
                (f"{label} list, first 100 rows (limit=100)", statistics.median(times),
                 times[int(0.95 * len(times))], rows, 0.0)
            )  # fmt: skip

            def as_the_view_opens(due: Due = due) -> int:
                ids = due_activity_ids(db, due, now, ZONE)  # what the list model holds
                get_activities(db, ids[:100])  # the first page, read as it is painted
                return len(ids)

            times, rows = _timed(as_the_view_opens, runs)
            results.append(
                (f"{label} list as the view opens it (all ids + first 100 rows)",
                 statistics.median(times), times[int(0.95 * len(times))], rows, 0.0)
            )  # fmt: skip
        first = now.date().replace(day=1)
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        times, rows = _timed(lambda: len(activity_days(db, first, last, ZONE)), runs)
        results.append(
            ("month calendar counts (days with activities)", statistics.median(times),
             times[int(0.95 * len(times))], rows, 0.0)
        )  # fmt: skip
        times, rows = _timed(
            lambda: len(reminders_between(db, now, now + timedelta(minutes=1))), runs
        )
        results.append(
            ("reminders due in the next minute", statistics.median(times),
             times[int(0.95 * len(times))], rows, 0.0)
        )  # fmt: skip
        busiest = raw.execute(
            "SELECT contact_id FROM activity_contacts GROUP BY contact_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        times, rows = _timed(lambda: len(timeline(db, contact_id=busiest)), runs)
        results.append(
            ("timeline of the busiest contact", statistics.median(times),
             times[int(0.95 * len(times))], rows, 0.0)
        )  # fmt: skip
        times, rows = _timed(lambda: len(search_contacts(db, "").rows), runs)
        results.append(
            ("contacts list first page with Last contact / Next activity",
             statistics.median(times), times[int(0.95 * len(times))], rows, 0.0)
        )  # fmt: skip
        for sort in (ContactSort.LAST_CONTACT, ContactSort.NEXT_ACTIVITY, ContactSort.EMAIL):
            times, rows = _timed(lambda sort=sort: len(ordered_contact_ids(db, sort=sort)), 5)  # type: ignore[misc]
            results.append(
                (f"contacts list sorted by {sort.value.replace('_', ' ')} (median of 5)",
                 statistics.median(times), times[-1], rows, 0.0)
            )  # fmt: skip
    raw.close()
    return results
