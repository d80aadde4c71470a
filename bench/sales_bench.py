"""The sales layer at scale: 100,000 contacts, 10,000 accounts, 20,000 deals (10,000 open,
5,000 won, 5,000 lost, in EUR, USD and JPY, spread over three years of close dates), two or
three stage-history lines and one contact each, and the activities of ``activity_bench``
(done ones over five years, for the activities-by-week report).

Measured: each report's compute time through its service on a warm reader (median of
``runs``), and ``crm-desktop forecast --json`` as its own process (wall time, median).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.activity_bench import add_activities
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.sales import DealFilter, DealStatus
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.deals import list_deals
from crm_desktop.services.sales_reports import (
    activities_by_week,
    forecast,
    pipeline_by_stage,
    purchase_history,
    won_lost_by_month,
)
from crm_desktop.services.sample_data import generate_contacts
from crm_desktop.store.times import utc_text

_STAGES = ((1, 10), (2, 20), (3, 50), (4, 80))  # the default stages' ids and probabilities
_CURRENCIES = ("EUR",) * 7 + ("USD",) * 2 + ("JPY",)


def fill(path: Path, contacts: int, accounts: int, deals: int, open_deals: int) -> float:
    """The database at ``path``: contacts (with ``accounts`` companies) through the service,
    then the deals written raw in one transaction; the seconds the deals took."""
    with open_database(path, "en") as db:
        drafts: list[ContactDraft] = list(generate_contacts(contacts, accounts=accounts))
        add_contacts(db, drafts)
    rng = random.Random(17)
    today = date(2026, 12, 3)
    raw = sqlite3.connect(path, isolation_level=None)
    start = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    # Generated company names may repeat (one account each name): make up the number.
    have = raw.execute("SELECT count(*) FROM accounts").fetchone()[0]
    now = utc_text(datetime.now(UTC))
    raw.executemany(
        "INSERT INTO accounts (name, name_fold, sort_key, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(f"Extra {i}", f"extra {i}", f"extra {i}", now, now) for i in range(accounts - have)],
    )
    account_ids = [r[0] for r in raw.execute("SELECT id FROM accounts")]
    rows, links, history = [], [], []
    for deal_id in range(1, deals + 1):
        stage, probability = rng.choice(_STAGES)
        currency = rng.choice(_CURRENCIES)
        minor = rng.randint(1, 500) * (100 if currency == "JPY" else 1000) * rng.randint(1, 20)
        created = today - timedelta(days=rng.randint(30, 1000))
        created_text = utc_text(datetime(created.year, created.month, created.day, 9, tzinfo=UTC))
        if deal_id <= open_deals:
            status, closed = "open", None
            close = (today + timedelta(days=rng.randint(-30, 540))).isoformat()
        else:
            status = "won" if deal_id % 2 else "lost"
            closed_day = created + timedelta(days=rng.randint(5, 200))
            closed = min(closed_day, today).isoformat()
            close = closed
        rows.append((
            deal_id, f"Deal {deal_id}", rng.choice(account_ids), stage, minor, currency,
            probability, close, "referral", status, closed,
            "price" if status == "lost" else "", created_text, created_text, created_text,
        ))  # fmt: skip
        links.append((deal_id, rng.randint(1, contacts), "decision maker"))
        history.append((deal_id, created_text, None, "Prospecting", "open", minor, currency, 10))
        history.append(
            (deal_id, created_text, "Prospecting", "Proposal", "open", minor, currency, 50)
        )
        if status != "open":
            history.append(
                (deal_id, created_text, "Proposal", "Proposal", status, minor, currency, 50)
            )
    raw.executemany(
        "INSERT INTO deals (id, title, account_id, stage_id, amount_minor, currency, "
        "probability, close_date, source, status, closed_on, close_reason, stage_since, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    raw.executemany("INSERT INTO deal_contacts (deal_id, contact_id, role) VALUES (?, ?, ?)", links)
    raw.executemany(
        "INSERT INTO deal_stage_changes (deal_id, changed_at, from_stage, to_stage, status, "
        "amount_minor, currency, probability) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        history,
    )
    raw.execute("COMMIT")
    raw.execute("ANALYZE")
    raw.close()
    return time.perf_counter() - start


def _median_ms(runs: int, action: Callable[[], object]) -> tuple[float, float, float]:
    action()  # untimed: the pages in the cache, as in a window already open
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def bench_sales(
    folder: Path,
    contacts: int = 100_000,
    accounts: int = 10_000,
    deals: int = 20_000,
    open_deals: int = 10_000,
    activities: int = 1_000_000,
    runs: int = 20,
) -> list[tuple[str, float, float, float, float]]:
    """(what, median ms, min, max, target ms) of each report and of the forecast command."""
    path = folder / "sales.sqlite3"
    seconds = fill(path, contacts, accounts, deals, open_deals)
    print(f"  {deals:,} deals written in {seconds:.2f} s", flush=True)
    if activities:
        add_activities(path, activities, datetime(2026, 12, 3, tzinfo=UTC))
    year_ago = date(2025, 12, 1)
    results = []
    with open_database(path, "en") as db:
        with db.raw_reading() as connection:
            counts = connection.execute(
                "SELECT (SELECT count(*) FROM contacts), (SELECT count(*) FROM accounts), "
                "(SELECT count(*) FROM deals), (SELECT count(*) FROM deals WHERE status='open'),"
                " (SELECT count(*) FROM activities)"
            ).fetchone()
        print(
            "  contacts {:,}, accounts {:,}, deals {:,} ({:,} open), activities {:,}".format(
                *counts
            ),
            flush=True,
        )
        cases: list[tuple[str, Callable[[], object]]] = [
            ("pipeline by stage", lambda: pipeline_by_stage(db)),
            ("forecast by month", lambda: forecast(db)),
            ("won/lost by month (all time)", lambda: won_lost_by_month(db)),
            ("purchase history (all accounts)", lambda: purchase_history(db)),
            (
                "activities by kind and week (last 12 months)",
                lambda: activities_by_week(db, start=year_ago, end=date(2026, 12, 3), tz=UTC),
            ),
            ("activities by kind and week (all 5 years)", lambda: activities_by_week(db, tz=UTC)),
            (
                "open deals for the board (list_deals, 10,000 records)",
                lambda: list_deals(db, DealFilter(status=DealStatus.OPEN)),
            ),
        ]
        for name, action in cases:
            med, low, high = _median_ms(runs, action)
            results.append((name, med, low, high, 200.0))
        sample = forecast(db)
        print(f"  forecast rows: {len(sample)}; first: {sample[0]}", flush=True)
    env = {**os.environ, "CRM_DESKTOP_DB": str(path)}
    command = [sys.executable, "-m", "crm_desktop", "forecast", "--json"]

    def process() -> object:
        return subprocess.run(command, capture_output=True, env=env, check=True)

    med, low, high = _median_ms(max(5, runs // 4), process)
    results.append(("crm-desktop forecast --json (process)", med, low, high, 300.0))
    return results


def report(results: list[tuple[str, float, float, float, float]]) -> None:
    print()
    print("| measured | median ms | min | max | target ms | met |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, med, low, high, target in results:
        met = "yes" if med < target else "NO"
        print(f"| {name} | {med:.1f} | {low:.1f} | {high:.1f} | < {target:.0f} | {met} |")
