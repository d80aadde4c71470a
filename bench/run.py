#!/usr/bin/env python3
"""Every benchmark of CRM Desktop, each against a reference measured in the same run.

    .venv/bin/python bench/run.py            # full: 100,000 contacts (a few minutes)
    .venv/bin/python bench/run.py --quick    # 10,000 contacts, fewer repeats (about a minute)
    .venv/bin/python bench/run.py --only csv # only the CSV import figures (10,000 rows, median
                                             # of 3, and 100,000 rows; --quick: 10,000 only)
    .venv/bin/python bench/run.py --only window  # only the main window's figures
    .venv/bin/python bench/run.py --only sales   # only the sales reports (100,000 contacts,
                                                 # 10,000 accounts, 20,000 deals, 10,000 open)
    .venv/bin/python bench/run.py --only labels  # only printing 1,000 labels to a PDF
    .venv/bin/python bench/run.py --only mail  # only the mbox import (10,000 messages,
                                             # 1,000 contacts) against mailbox parsing it
    .venv/bin/python bench/run.py --only sync  # CardDAV sync with a local Radicale (10,000
                                             # cards down, 1,000 up, incremental at 10,000)
    .venv/bin/python bench/run.py --fuzz [N] # only the long fuzz profile (100,000 inputs)
    .venv/bin/python bench/run.py --safety   # only the data-safety figures (crash kills,
                                             # fuzz, limits): a Markdown table

Prints a table: what was measured, our figure, the reference, the ratio and the target.
Nothing here is a test: the figures go into the closing note of the issue that asked.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.activity_bench import bench_activities  # noqa: E402
from bench.vcard_bench import (  # noqa: E402
    bench_csv_import,
    bench_export,
    bench_import,
    bench_reimport,
    compile_package,
)
from bench.vdir import write_vdir  # noqa: E402
from bench.window_bench import bench_window  # noqa: E402
from crm_desktop.records.drafts import ContactDraft  # noqa: E402
from crm_desktop.services.contact_list import search_contacts  # noqa: E402
from crm_desktop.services.contacts import add_contacts  # noqa: E402
from crm_desktop.services.database import open_database  # noqa: E402
from crm_desktop.services.sample_data import generate_contacts  # noqa: E402
from crm_desktop.store.connection import BUSY_TIMEOUT_MS, CACHE_KIB  # noqa: E402
from crm_desktop.store.folding import fold  # noqa: E402


@dataclass
class Result:
    name: str
    ours: str
    reference: str
    ratio: str
    target: str
    met: bool | None


def median_of(runs: int, action: Callable[[], float]) -> tuple[float, float, float]:
    times = [action() for _ in range(runs)]
    return statistics.median(times), min(times), max(times)


# --- 1. bulk insert -------------------------------------------------------------------------

_TABLES = (
    "accounts", "categories", "contacts", "emails", "phones", "addresses", "urls", "impp",
    "custom_fields", "extra_properties", "contact_accounts", "contact_categories",
)  # fmt: skip


def _insert_ours(folder: Path, drafts: Sequence[ContactDraft]) -> float:
    path = folder / f"ours-{time.monotonic_ns()}.sqlite3"
    with open_database(path, "en") as db:
        start = time.perf_counter()
        add_contacts(db, drafts)
        return time.perf_counter() - start


def _rows_of(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every row our insert wrote, table by table: what the reference inserts again."""
    with sqlite3.connect(path) as raw:
        rows: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
        for table in _TABLES:
            cursor = raw.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            rows[table] = (columns, cursor.fetchall())
        rows["contact_fts"] = (
            ["rowid", "doc"],
            raw.execute("SELECT rowid, doc FROM contact_fts").fetchall(),
        )
    return rows


def _insert_raw(folder: Path, rows: dict[str, tuple[list[str], list[tuple[object, ...]]]]) -> float:
    """Raw sqlite3.executemany of the same rows into the same (empty) schema and pragmas."""
    path = folder / f"raw-{time.monotonic_ns()}.sqlite3"
    open_database(path, "en").close()  # the same schema, made by our migrations
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "foreign_keys = ON", "journal_mode = WAL",
                   "synchronous = FULL", f"cache_size = -{CACHE_KIB}"):  # fmt: skip
        raw.execute(f"PRAGMA {pragma}")
    raw.execute("DELETE FROM categories")  # the migration's defaults come back with the rows
    start = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    for table, (columns, data) in rows.items():
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        targets = ("contact_fts", "contact_words") if table == "contact_fts" else (table,)
        for target in targets:
            raw.executemany(f"INSERT INTO {target} ({names}) VALUES ({marks})", data)
    raw.execute("COMMIT")
    elapsed = time.perf_counter() - start
    raw.close()
    return elapsed


def bench_bulk_insert(count: int, runs: int, folder: Path) -> tuple[Result, Path]:
    drafts = list(generate_contacts(count))
    kept = folder / "search.sqlite3"
    with open_database(kept, "en") as db:
        add_contacts(db, drafts)  # warm-up, and the database the search benchmark uses
    rows = _rows_of(kept)
    ours: list[float] = []
    reference: list[float] = []
    for _ in range(runs):  # interleaved, so both see the same machine
        reference.append(_insert_raw(folder, rows))
        ours.append(_insert_ours(folder, drafts))
    o, r = statistics.median(ours), statistics.median(reference)
    return (
        Result(
            f"bulk insert {count:,} contacts (2 emails, 2 phones each), median of {runs}",
            f"{o:.2f} s ({min(ours):.2f}-{max(ours):.2f})",
            f"raw executemany {r:.2f} s ({min(reference):.2f}-{max(reference):.2f})",
            f"{o / r:.2f}x",
            "<= 2x",
            o / r <= 2,
        ),
        kept,
    )


# --- 2. search ----------------------------------------------------------------------------


def _terms(drafts: Sequence[ContactDraft], rng: random.Random, n: int) -> dict[str, list[str]]:
    def some() -> list[ContactDraft]:
        return rng.sample(list(drafts), n)

    return {
        "1 letter": [fold(d.family_name)[:1] for d in some()],
        "2 letters": [fold(d.family_name)[:2] for d in some()],
        "3 letters": [fold(d.family_name)[:3] for d in some()],
        "full word": [d.family_name for d in some()],
        "email fragment": [d.emails[0].value.split("@")[0] for d in some()],
        "phone digits": [
            "".join(ch for ch in d.phones[0].value if ch.isdigit())[-7:] for d in some()
        ],
    }


def bench_search(path: Path, count: int, queries: int) -> list[Result]:
    drafts = list(generate_contacts(count))
    rng = random.Random(42)
    results: list[Result] = []
    raw = sqlite3.connect(path)
    with open_database(path, "en") as db:
        for term in ("ab", "pa", "user1", "30210"):  # warm-up
            search_contacts(db, term)
        for kind, terms in _terms(drafts, rng, queries).items():
            times: list[float] = []
            hits: list[int] = []
            for term in terms:
                start = time.perf_counter()
                page = search_contacts(db, term)
                times.append(time.perf_counter() - start)
                hits.append(page.total)
            ref: list[float] = []
            for term in terms:  # the bare FTS5 query, every match fetched: the same run's floor
                folded = fold(term)
                table = "contact_fts" if len(folded) >= 3 else "contact_words"
                pattern = f'"{folded}"' + ("" if len(folded) >= 3 else "*")
                start = time.perf_counter()
                raw.execute(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (pattern,)
                ).fetchall()
                ref.append(time.perf_counter() - start)
            times.sort()
            med, p95 = statistics.median(times) * 1000, times[int(0.95 * len(times))] * 1000
            ref_med = statistics.median(ref) * 1000
            results.append(
                Result(
                    f"search {kind} at {count:,}: first page + count, {queries} queries "
                    f"(median {statistics.median(hits):,.0f} hits)",
                    f"median {med:.1f} ms, p95 {p95:.1f} ms",
                    f"bare FTS5 query, all rows: median {ref_med:.1f} ms",
                    f"{med / ref_med:.2f}x" if ref_med else "-",
                    "median < 10 ms, p95 < 30 ms",
                    med < 10 and p95 < 30,
                )
            )
    raw.close()
    return results


# --- 3. the command line against khard -------------------------------------------------------


def _khard() -> Path | None:
    """khard in a virtual environment of its own (bench/.khard), installed on first use."""
    home = ROOT / "bench" / ".khard"
    exe = home / ("Scripts" if os.name == "nt" else "bin") / "khard"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(home)], check=True)
        pip = home / ("Scripts" if os.name == "nt" else "bin") / "pip"
        done = subprocess.run([str(pip), "install", "-q", "khard"], check=False)
        if done.returncode != 0:
            return None
    return exe


def _process_time(
    command: list[str], env: dict[str, str], runs: int
) -> tuple[float, float, float, str]:
    output = ""

    def once() -> float:
        nonlocal output
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        output = done.stdout
        return time.perf_counter() - start

    once()  # untimed: bytecode compiled, page cache warm
    med, low, high = median_of(runs, once)
    return med, low, high, output


def bench_cli_vs_khard(folder: Path, count: int, runs: int) -> list[Result]:
    khard = _khard()
    if khard is None:
        return [
            Result(
                "crm-desktop contacts vs khard",
                "-",
                "khard could not be installed",
                "-",
                ">= 20x",
                None,
            )
        ]
    drafts = list(generate_contacts(count, seed=5))
    db_path = folder / "cli.sqlite3"
    with open_database(db_path, "en") as db:
        add_contacts(db, drafts)
    vdir = folder / "vdir"
    write_vdir(drafts, vdir)
    config = folder / "khard.conf"
    config.write_text(  # khard's defaults: it parses every card on every call
        f"[addressbooks]\n[[bench]]\npath = {vdir}\n", encoding="utf-8"
    )
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder), PYTHONUTF8="1")
    crm = [sys.executable, "-m", "crm_desktop", "contacts", "--db", str(db_path)]
    results = []
    for label, query in (
        ("a name", drafts[1234].family_name),
        ("an email fragment", drafts[77].emails[0].value.split("@")[0]),
    ):
        ours = _process_time([*crm, query], env, runs)
        theirs = _process_time([str(khard), "-c", str(config), "list", query], env, runs)
        ours_lines = len(ours[3].splitlines())
        ratio = theirs[0] / ours[0]
        results.append(
            Result(
                f"`crm-desktop contacts QUERY` ({label}) at {count:,}, process time, "
                f"median of {runs}",
                f"{ours[0]:.2f} s ({ours_lines} rows)",
                f"khard list: {theirs[0]:.2f} s ({theirs[1]:.2f}-{theirs[2]:.2f})",
                f"{ratio:.1f}x faster",
                ">= 20x faster",
                ratio >= 20,
            )
        )
    return results


def window_results(db_path: Path, count: int, runs: int) -> list[Result]:
    w = bench_window(db_path, count, runs)
    skeleton, first = float(w["skeleton_s"]), float(w["first_paint_s"])  # type: ignore[arg-type]
    median, p95 = float(w["keystroke_median_ms"]), float(w["keystroke_p95_ms"])  # type: ignore[arg-type]
    sort_max, frame_max = float(w["sort_max_ms"]), float(w["frame_max_ms"])  # type: ignore[arg-type]
    rss = float(w["rss_mib"])  # type: ignore[arg-type]
    edit, edit_max = float(w["edit_median_ms"]), float(w["edit_max_ms"])  # type: ignore[arg-type]
    edit_saved, rename = float(w["edit_saved_median_ms"]), float(w["rename_median_ms"])  # type: ignore[arg-type]
    resets = w["edit_list_resets"]
    return [
        Result(
            f"main window on {count:,} contacts: process start to the list's first paint, "
            f"median of {runs}",
            f"{first:.2f} s",
            f"skeleton (PySide6.QtWidgets + sqlalchemy.orm, empty QMainWindow): {skeleton:.2f} s",
            f"{first / skeleton:.2f}x",
            "<= 1.5x",
            first / skeleton <= 1.5,
        ),
        Result(
            f"keystroke in the search box to the repainted list at {count:,} (200 terms of 1 "
            "and 3 letters)",
            f"median {median:.0f} ms, p95 {p95:.0f} ms",
            "-",
            "-",
            "median < 40 ms, p95 < 150 ms",
            median < 40 and p95 < 150,
        ),
        Result(
            f"re-sort by each column at {count:,} (slowest column; all: {w['sort_ms']} ms)",
            f"{sort_max:.0f} ms",
            "-",
            "-",
            "< 250 ms",
            sort_max < 250,
        ),
        Result(
            f"scrolling top to bottom and back at {count:,} ({w['frames']} frames)",
            f"longest frame {frame_max:.0f} ms",
            "-",
            "-",
            "no frame over 50 ms",
            frame_max <= 50,
        ),
        Result(
            f"one edit (a title) at {count:,}: the window takes its Changes and repaints "
            f"(median of 30; saved and shown: {edit_saved:.0f} ms; a rename that moves the "
            f"contact, whose order is read again: {rename:.0f} ms; list resets: {resets})",
            f"median {edit:.1f} ms, max {edit_max:.1f} ms",
            "-",
            "-",
            "< 30 ms",
            edit < 30,
        ),
        Result(
            "resident memory with the list open and scrolled end to end",
            f"{rss:.0f} MiB",
            "-",
            "-",
            "< 250 MiB",
            rss < 250,
        ),
    ]


def csv_result(folder: Path, count: int, runs: int, target: float = 3) -> Result:
    measured = bench_csv_import(folder, count, runs)
    ratio = measured["ours"] / measured["reference"]
    return Result(
        f"`crm-desktop import` of a {count:,}-row Outlook CSV into an empty database, process "
        f"wall time, median of {runs} (of which {measured['startup']:.2f} s is starting Python "
        f"with the CLI and our import stack; peak memory {measured['peak_mib']:.0f} MiB, "
        f"target < 200 MiB)",
        f"{measured['ours']:.2f} s (CPU {measured['ours_cpu']:.2f} s)",
        f"csv module + raw sqlite3 executemany of the contacts, emails, phones: "
        f"{measured['reference']:.2f} s (CPU {measured['reference_cpu']:.2f} s, CPU ratio "
        f"{measured['ours_cpu'] / measured['reference_cpu']:.2f}x)",
        f"{ratio:.2f}x",
        f"<= {target}x",
        ratio <= target and measured["peak_mib"] < 200,
    )


def mail_result(folder: Path, messages: int, contacts: int, runs: int) -> Result:
    from bench.mail_bench import bench_mail_import

    measured = bench_mail_import(folder, messages, contacts, runs)
    ratio = measured["ours"] / measured["reference"]
    return Result(
        f"`crm-desktop import` of a generated {messages:,}-message mbox "
        f"({measured['megabytes']:.0f} MB) into a database of {contacts:,} contacts, process "
        f"wall time, median of {runs} (peak memory {measured['peak_mib']:.0f} MiB, target "
        f"< 300 MiB)",
        f"{measured['ours']:.2f} s (CPU {measured['ours_cpu']:.2f} s)",
        f"mailbox.mbox iterated (every message parsed): {measured['reference']:.2f} s "
        f"(CPU {measured['reference_cpu']:.2f} s)",
        f"{ratio:.2f}x",
        "< 3x",
        ratio < 3 and measured["peak_mib"] < 300,
    )


def labels_result(folder: Path, runs: int) -> Result:
    from bench.labels_bench import bench_labels

    measured = bench_labels(folder, 1000, runs)
    ratio = measured["ours"] / measured["reference"]
    return Result(
        f"1,000 contacts' labels to a PDF (Avery L7160, {measured['pages']:.0f} pages, "
        f"{measured['labels']:.0f} labels: read, formatted, painted), median of {runs}",
        f"{measured['ours']:.2f} s",
        f"the same blocks as one plain QTextDocument to PDF: {measured['reference']:.2f} s",
        f"{ratio:.2f}x",
        "< 5 s",
        measured["ours"] < 5,
    )


def reimport_result(folder: Path, count: int, runs: int) -> Result:
    measured = bench_reimport(folder, count, runs)
    ratio = measured["merged"] / measured["new"]
    return Result(
        f"`crm-desktop import` of {count:,} exported cards again into the database they came "
        f"from (every card matches: merged, policy merge), process wall time, median of {runs}",
        f"{measured['merged']:.2f} s",
        f"the same file into an empty database: {measured['new']:.2f} s",
        f"{ratio:.2f}x",
        "<= 3x",
        ratio <= 3,
    )


def bench_vcards(folder: Path, count: int, runs: int) -> list[Result]:
    imported = bench_import(folder, count, runs)
    exported = bench_export(folder, count, runs)
    ratio_in = imported["ours"] / imported["vobject"]
    ratio_out = exported["ours"] / exported["vobject"]
    return [
        Result(
            f"`crm-desktop import` of {count:,} vCard 3.0 cards ({imported['megabytes']:.1f} MB) "
            f"into an empty database, process wall time, median of {runs}",
            f"{imported['ours']:.2f} s",
            f"a process where vobject only parses them (streaming, allowQP): "
            f"{imported['vobject']:.2f} s",
            f"{ratio_in:.2f}x",
            "<= 1.5x",
            ratio_in <= 1.5,
        ),
        Result(
            f"peak memory of that import ({count:,} cards)",
            f"{imported['peak_mib']:.0f} MiB",
            "-",
            "-",
            "< 300 MiB",
            imported["peak_mib"] < 300,
        ),
        csv_result(folder, count, runs),
        reimport_result(folder, count, runs),
        Result(
            f"export of those {count:,} contacts to vCard 3.0, median of {runs}",
            f"{exported['ours']:.2f} s",
            f"vobject serialize() of the same cards: {exported['vobject']:.2f} s",
            f"{ratio_out:.2f}x",
            "<= 1.5x",
            ratio_out <= 1.5,
        ),
    ]


def activity_results(contacts_db: Path, folder: Path, count: int, runs: int) -> list[Result]:
    results = []
    for name, median, p95, rows, bare in bench_activities(contacts_db, folder, count, runs):
        if name.startswith("bulk load"):
            results.append(Result(name, f"{median / 1000:.1f} s", "-", "-", "-", None))
            continue
        listed = name.startswith(("Today list", "Overdue list", "Next 7 days list"))
        repeats = "" if "median of" in name else f", median of {runs}"
        results.append(
            Result(
                f"{name} at {count:,} activities ({rows:,} rows){repeats}",
                f"median {median:.1f} ms, p95 {p95:.1f} ms",
                f"bare indexed SQL of the ids: median {bare:.1f} ms" if bare else "-",
                f"{median / bare:.1f}x" if bare else "-",
                "median < 20 ms" if listed else "-",
                median < 20 if listed else None,
            )
        )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="10,000 contacts and fewer repeats")
    parser.add_argument("--skip-khard", action="store_true", help="leave out the khard comparison")
    parser.add_argument(
        "--only",
        choices=("csv", "window", "sales", "mail", "labels", "sync"),
        help="only the CSV import figures, or only the main window's (on --quick's or the "
        "full run's number of contacts)",
    )
    parser.add_argument(
        "--activities-only",
        action="store_true",
        help="only the activities lists (100,000 contacts and 1,000,000 activities)",
    )
    parser.add_argument(
        "--fuzz",
        nargs="?",
        type=int,
        const=100_000,
        metavar="N",
        help="fuzz the importers with N inputs (default 100,000) and print how many failed",
    )
    parser.add_argument(
        "--safety",
        action="store_true",
        help="crash kills, fuzzing (--fuzz N inputs, default 100,000) and the input limits",
    )
    parser.add_argument("--cards", type=int, default=10_000, help="cards per crash-safety write")
    parser.add_argument("--kills", type=int, default=20, help="kills per crash-safety write")
    parser.add_argument(
        "--restore-kills", type=int, default=None, help="kills of a restore (default: --kills)"
    )
    parser.add_argument(
        "--merge-cards", type=int, default=500, help="cards merged in the merge write (slow)"
    )
    args = parser.parse_args()
    if args.safety:
        from bench.safety_report import safety_report

        fuzz = 100_000 if args.fuzz is None else args.fuzz
        restore_kills = args.kills if args.restore_kills is None else args.restore_kills
        return safety_report(
            cards=args.cards,
            merge_cards=args.merge_cards,
            kills=args.kills,
            fuzz=fuzz,
            restore_kills=restore_kills,
        )
    if args.fuzz is not None:
        from bench.safety_report import fuzz_only

        return fuzz_only(args.fuzz)
    count = 10_000 if args.quick else 100_000
    runs = 1 if args.quick else 3
    folder = Path(tempfile.mkdtemp(prefix="crm-bench-"))
    results: list[Result] = []
    activities = count * 10
    compile_package()  # processes start as an installed app does, not recompiling each module
    try:
        if args.only == "csv":
            print("CSV import of 10,000 rows ...", flush=True)
            results.append(csv_result(folder, 10_000, 3))
            if not args.quick:
                print("CSV import of 100,000 rows ...", flush=True)
                results.append(csv_result(folder, 100_000, 1, target=2.5))
            return _report(results)
        if args.only == "sales":
            from bench.sales_bench import bench_sales, report

            print("the sales reports on 20,000 deals ...", flush=True)
            report(bench_sales(folder, contacts=count, accounts=count // 10, runs=runs * 7))
            return 0
        if args.only == "sync":
            from bench.sync_bench import bench_sync
            from bench.sync_bench import report as sync_report

            print("CardDAV sync against a local Radicale ...", flush=True)
            sync_report(bench_sync(folder, count // 10, 100 if args.quick else 1_000))
            return 0
        if args.only == "mail":
            print("mbox import of 10,000 messages ...", flush=True)
            results.append(mail_result(folder, 10_000, 1_000, 1 if args.quick else 3))
            return _report(results)
        if args.only == "labels":
            print("1,000 labels to a PDF ...", flush=True)
            results.append(labels_result(folder, 3))
            return _report(results)
        if args.only == "window":
            print(f"the main window on {count:,} contacts ...", flush=True)
            window_db = folder / "window.sqlite3"
            with open_database(window_db, "en") as db:
                add_contacts(db, list(generate_contacts(count)))
            results += window_results(window_db, count, 3 if args.quick else 5)
            return _report(results)
        if args.activities_only:
            print(f"{count:,} contacts and {activities:,} activities ...", flush=True)
            contacts_db = folder / "contacts.sqlite3"
            with open_database(contacts_db, "en") as db:
                add_contacts(db, list(generate_contacts(count)))
            results += activity_results(contacts_db, folder, activities, 50)
            return _report(results)
        print(f"bulk insert of {count:,} contacts ...", flush=True)
        insert, search_db = bench_bulk_insert(count, runs, folder)
        results.append(insert)
        print("search ...", flush=True)
        results += bench_search(search_db, count, 50 if args.quick else 200)
        print("the main window ...", flush=True)
        results += window_results(search_db, count, 3 if args.quick else 5)
        print(f"the activities lists with {activities:,} activities ...", flush=True)
        results += activity_results(search_db, folder, activities, 20 if args.quick else 50)
        print("vCard import and export of 10,000 cards ...", flush=True)
        results += bench_vcards(folder, 10_000, 1 if args.quick else 3)
        print("1,000 labels to a PDF ...", flush=True)
        results.append(labels_result(folder, 1 if args.quick else 3))
        if not args.quick:
            print("CSV import of 100,000 rows ...", flush=True)
            results.append(csv_result(folder, 100_000, 1, target=2.5))
        if not args.skip_khard:
            print("crm-desktop contacts against khard on 10,000 contacts ...", flush=True)
            results += bench_cli_vs_khard(folder, 10_000, 3 if args.quick else 5)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _report(results)


def _report(results: list[Result]) -> int:
    print()
    print("| benchmark | ours | reference (same run) | ratio | target | met |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in results:
        met = {True: "yes", False: "NO", None: "-"}[r.met]
        print(f"| {r.name} | {r.ours} | {r.reference} | {r.ratio} | {r.target} | {met} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
