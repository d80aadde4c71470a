"""vCard import and export against vobject, measured in the same run (issue 3)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from crm_desktop.interop.vcard_export import vcard_text
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.database import open_database
from crm_desktop.services.exporting import export_vcards
from crm_desktop.services.sample_data import generate_contacts

ROOT = Path(__file__).resolve().parent.parent

_VOBJECT_PARSE = (
    "import sys, vobject\n"
    "with open(sys.argv[1], encoding='utf-8') as f:\n"
    "    n = sum(1 for _ in vobject.readComponents(f, allowQP=True))\n"
    "print(n)\n"
)
_MEASURED = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "took = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(took, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
)


def _timed_process(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MiB) of a child process."""
    took, rss, _ = _timed_process_cpu(command)
    return took, rss


def _timed_process_cpu(command: list[str]) -> tuple[float, float, float]:
    """Wall time (s), peak resident memory (MiB) and CPU time (user + system, s) of a child
    process: on a shared machine the CPU time moves less than the wall time."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, *command], capture_output=True, text=True, check=True
    )
    took, rss_kib, cpu = done.stdout.split()
    return float(took), int(rss_kib) / 1024, float(cpu)


def write_cards(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        for text in vcard_text(generate_contacts(count, seed=3), "3.0"):
            out.write(text)


def bench_import(folder: Path, count: int, runs: int) -> dict[str, float]:
    cards = folder / "cards.vcf"
    write_cards(cards, count)
    ours: list[float] = []
    theirs: list[float] = []
    peak = 0.0
    for run in range(runs):
        db = folder / f"import-{run}.sqlite3"
        took, rss = _timed_process(
            [sys.executable, "-m", "crm_desktop", "import", str(cards), "--db", str(db)]
        )
        ours.append(took)
        peak = max(peak, rss)
        theirs.append(_timed_process([sys.executable, "-c", _VOBJECT_PARSE, str(cards)])[0])
    return {
        "ours": statistics.median(ours),
        "vobject": statistics.median(theirs),
        "peak_mib": peak,
        "megabytes": cards.stat().st_size / 1e6,
    }


def bench_export(folder: Path, count: int, runs: int) -> dict[str, float]:
    import vobject

    cards = folder / "cards.vcf"
    if not cards.exists():
        write_cards(cards, count)
    db_path = folder / "export.sqlite3"
    with open_database(db_path, "en") as db:
        from crm_desktop.services.importing import import_files

        import_files(db, [cards])
        ids = ordered_contact_ids(db)
        with cards.open(encoding="utf-8") as handle:
            parsed = list(vobject.readComponents(handle, allowQP=True))
        ours: list[float] = []
        theirs: list[float] = []
        for run in range(runs):
            start = time.perf_counter()
            export_vcards(db, folder / f"out-{run}.vcf", ids, with_accounts=False)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            for component in parsed:
                component.serialize()
            theirs.append(time.perf_counter() - start)
    return {"ours": statistics.median(ours), "vobject": statistics.median(theirs)}


def bench_reimport(folder: Path, count: int, runs: int) -> dict[str, float]:
    """`crm-desktop import` of an exported file into the database it came from (every card
    matches: merged) against the same file into an empty database, in the same run."""
    import shutil

    from crm_desktop.services.contact_list import search_contacts
    from crm_desktop.services.importing import import_files

    cards = folder / "reimport-source.vcf"
    write_cards(cards, count)
    full = folder / "reimport-full.sqlite3"
    exported = folder / "reimport.vcf"
    with open_database(full, "en") as db:
        import_files(db, [cards])
        export_vcards(db, exported, ordered_contact_ids(db), with_accounts=False)
    new: list[float] = []
    merged: list[float] = []
    for run in range(runs):
        empty = folder / f"reimport-empty-{run}.sqlite3"
        new.append(
            _timed_process(
                [sys.executable, "-m", "crm_desktop", "import", str(exported), "--db", str(empty)]
            )[0]
        )
        again = folder / f"reimport-again-{run}.sqlite3"
        shutil.copy2(full, again)
        merged.append(
            _timed_process(
                [sys.executable, "-m", "crm_desktop", "import", str(exported), "--db", str(again)]
            )[0]
        )
        with open_database(again, "en") as db:  # merged, not doubled
            if search_contacts(db).total != count:
                raise AssertionError(f"re-import left {search_contacts(db).total} contacts")
    return {"merged": statistics.median(merged), "new": statistics.median(new)}


if __name__ == "__main__":  # a quick look: python bench/vcard_bench.py 2000
    import tempfile

    work = Path(tempfile.mkdtemp())
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(
        json.dumps(
            {
                "import": bench_import(work, n, 1),
                "export": bench_export(work, n, 1),
                "reimport": bench_reimport(work, n, 1),
            }
        )
    )


_CSV_REFERENCE = r"""
import csv, sqlite3, sys
path, db = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(db, isolation_level=None)
connection.execute("PRAGMA journal_mode = WAL")
connection.execute("PRAGMA synchronous = FULL")
contacts, emails, phones = [], [], []
with open(path, encoding="utf-8-sig", newline="") as handle:
    rows = csv.reader(handle)
    headers = next(rows)
    at = {name: i for i, name in enumerate(headers)}
    for number, row in enumerate(rows, start=1):
        contacts.append((number, row[at["First Name"]], row[at["Last Name"]],
                         row[at["First Name"]] + " " + row[at["Last Name"]]))
        for column in ("E-mail Address", "E-mail 2 Address"):
            if row[at[column]]:
                emails.append((number, row[at[column]]))
        phones += [(number, row[at[c]]) for c in ("Business Phone", "Mobile Phone") if row[at[c]]]
connection.execute("BEGIN IMMEDIATE")
connection.executemany(
    "INSERT INTO contacts (id, given_name, family_name, formatted_name, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')", contacts)
connection.executemany("INSERT INTO emails (contact_id, value) VALUES (?, ?)", emails)
connection.executemany("INSERT INTO phones (contact_id, value) VALUES (?, ?)", phones)
connection.execute("COMMIT")
"""


def compile_package() -> None:
    """Byte-compile crm_desktop, as installing the wheel does: the processes timed here start
    the app as a user's installation does, not recompiling every module on every start
    (which they would under PYTHONDONTWRITEBYTECODE=1 in a source checkout)."""
    import compileall

    compileall.compile_dir(ROOT / "crm_desktop", quiet=1)


def _counts(db: Path) -> tuple[int, int, int]:
    import sqlite3

    with sqlite3.connect(db) as raw:
        return tuple(  # type: ignore[return-value]
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contacts", "emails", "phones")
        )


def bench_csv_import(folder: Path, count: int, runs: int) -> dict[str, float]:
    """`crm-desktop import` of an Outlook CSV against csv + raw sqlite3 of the same rows."""
    from crm_desktop.interop.csv_export import write_outlook_csv

    compile_package()
    path = folder / f"outlook-{count}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        write_outlook_csv(generate_contacts(count, seed=9), out)
    ours: list[float] = []
    theirs: list[float] = []
    ours_cpu: list[float] = []
    theirs_cpu: list[float] = []
    startup: list[float] = []
    peak = 0.0
    for run in range(runs):
        db = folder / f"csv-{count}-{run}.sqlite3"
        open_database(db, "en").close()  # "into an empty database": made, as the reference's
        # The fixed cost inside ours: a process that only imports the import stack.
        startup.append(
            _timed_process(
                [
                    sys.executable,
                    "-c",
                    "import crm_desktop.cli.commands, crm_desktop.services.importing",
                ]
            )[0]
        )
        took, rss, cpu = _timed_process_cpu(
            [sys.executable, "-m", "crm_desktop", "import", str(path), "--db", str(db)]
        )
        ours.append(took)
        ours_cpu.append(cpu)
        peak = max(peak, rss)
        reference = folder / f"csv-ref-{count}-{run}.sqlite3"
        open_database(reference, "en").close()  # the same schema, made by our migrations
        took, _, cpu = _timed_process_cpu(
            [sys.executable, "-c", _CSV_REFERENCE, str(path), str(reference)]
        )
        theirs.append(took)
        theirs_cpu.append(cpu)
        if _counts(db) != _counts(reference):  # the same contacts, e-mails and phones
            raise AssertionError(f"rows differ: {_counts(db)} against {_counts(reference)}")
    return {
        "ours": statistics.median(ours),
        "reference": statistics.median(theirs),
        "ours_cpu": statistics.median(ours_cpu),
        "reference_cpu": statistics.median(theirs_cpu),
        "startup": statistics.median(startup),
        "peak_mib": peak,
    }
