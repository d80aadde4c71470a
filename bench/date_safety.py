"""Dates outside the years 1000 to 9998, at every door, for the data-safety table.

Before schema 0005 such a date was written unpadded (``226-12-03T...``) and every reader
failed afterwards, or could not be shown east of UTC (year 9999). Each case here is tried
the way a user would meet it (the command line, an import, a database an older version
wrote), and held means: refused in one line or read with a problem at its file and line,
and every command still works afterwards.

    .venv/bin/python bench/run.py --safety --kills 0 --fuzz 0    # limits and these
    .venv/bin/python -m bench.date_safety                        # these alone
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.safety_report import Row

_GOOD = "2026-12-01T00:00:00.000000Z"


def _cli(*argv: str, db: Path, zone: str = "Asia/Tokyo") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, PYTHONUTF8="1", TZ=zone),
    )


def _sound(db: Path) -> bool:
    """Every command a user runs works (in a zone east of UTC), and ``check`` says ok."""
    runs = [_cli(*argv, db=db) for argv in (("contacts",), ("activities",), ("check",))]
    return all(r.returncode == 0 and "Traceback" not in r.stderr for r in runs)


def _last_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    return lines[-1] if lines else "(nothing on stderr)"


def doors_rows(folder: Path) -> list[Row]:
    """The command line and the three file formats."""
    from crm_desktop.records.drafts import ContactDraft, EmailValue
    from crm_desktop.services.contacts import add_contacts
    from crm_desktop.services.database import open_database

    db = folder / "dates.sqlite3"
    with open_database(db, "en") as database:
        add_contacts(database, [ContactDraft("Ana Puig", emails=(EmailValue("ana@puig.example"),))])
    rows = []
    logged = _cli("log", "1", "--kind", "task", "--subject", "x", "--due", "0226-12-03", db=db)
    with sqlite3.connect(db) as raw:
        written = raw.execute("SELECT count(*) FROM activities").fetchone()[0]
    raw.close()
    rows.append(
        Row(
            "`log --due 0226-12-03`",
            f"exit {logged.returncode}: {_last_line(logged)}; activities written {written}",
            logged.returncode == 2 and written == 0 and _sound(db),
        )
    )
    event = (
        "BEGIN:VEVENT\r\nUID:{0}\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:{1}\r\n"
        "SUMMARY:{0}\r\nATTENDEE:mailto:ana@puig.example\r\nEND:VEVENT\r\n"
    )
    ics = folder / "old.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n"
        + event.format("kept", "20261203T100000Z")
        + event.format("year-999", "09991231T100000Z")
        + event.format("year-9999", "99991231T200000Z")
        + event.format("last-day", "99981231T200000Z")
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    vcf = folder / "old.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pau Serra\r\nBDAY:0226-12-03\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    csv = folder / "old.csv"
    csv.write_text("First Name,Last Name,Birthday\r\nJoan,Mas,12/3/226\r\n", encoding="utf-8")
    for path, what in (
        (ics, "an .ics with events in the years 999 and 9999 (and 2026, 9998)"),
        (vcf, "a vCard with `BDAY:0226-12-03`"),
        (csv, "a CSV with the birthday `12/3/226`"),
    ):
        result = _cli("import", str(path), db=db)
        problems = [line for line in result.stderr.splitlines() if line.startswith(path.name)]
        rows.append(
            Row(
                what,
                f"{result.stdout.strip()}; {'; '.join(problems)}",
                result.returncode == 0 and bool(problems) and _sound(db),
            )
        )
    return rows


def _old_database(path: Path, activities: int, bad: int) -> None:
    """A database at schema 0004 with ``activities`` tasks, ``bad`` of them with the times an
    older version wrote (unpadded years, year 9999), and as many birthdays in 0226."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from crm_desktop.store import migrations

    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    rng = random.Random(13)
    damaged = set(rng.sample(range(activities), bad))
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO contacts (id, formatted_name, birthday, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            ((i, f"Person {i}", "0226-12-03" if i < bad else None, _GOOD, _GOOD)
             for i in range(1, activities // 10 + 1)),
        )  # fmt: skip
        raw.executemany(
            "INSERT INTO activities (id, kind, subject, due_at, created_at, updated_at) "
            "VALUES (?, 'task', 'x', ?, ?, ?)",
            (
                (
                    i + 1,
                    ("226-12-03T09:00:00.000000Z", "9999-12-31T20:00:00.000000Z")[i % 2]
                    if i in damaged
                    else f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T09:00:00.000000Z",
                    _GOOD,
                    _GOOD,
                )
                for i in range(activities)
            ),
        )
        raw.executemany(
            "INSERT INTO activity_contacts VALUES (?, ?)",
            ((i + 1, 1 + i % (activities // 10)) for i in range(activities)),
        )
    raw.close()


def upgrade_row(folder: Path, activities: int = 200_000, bad: int = 1_000) -> Row:
    """An older version's database with damaged rows: opened (upgraded), then checked."""
    path = folder / "old.sqlite3"
    print(f"dates: a 0004 database with {activities:,} activities, {bad:,} damaged ...", flush=True)
    _old_database(path, activities, bad)
    started = time.perf_counter()
    opened = _cli("contacts", "--json", db=path)
    upgrade = time.perf_counter() - started
    sound = folder / "sound.sqlite3"
    _old_database(sound, activities, 0)
    started = time.perf_counter()
    _cli("contacts", "--json", db=sound)
    upgrade_sound = time.perf_counter() - started
    started = time.perf_counter()
    checked = _cli("check", db=path)
    check = time.perf_counter() - started
    with sqlite3.connect(path) as raw:
        aside = raw.execute(
            "SELECT count(*) FROM activities WHERE details LIKE 'Set aside when%'"
        ).fetchone()[0]
        kept = raw.execute(
            "SELECT count(*) FROM custom_fields WHERE label = 'Birthday'"
        ).fetchone()[0]
    raw.close()
    return Row(
        f"a database an older version wrote: {activities:,} activities, {bad:,} with year 226 or "
        f"9999, {bad - 1:,} birthdays in 0226",
        f"upgraded at the first command ({upgrade:.1f} s with its backup; {upgrade_sound:.1f} s "
        f"for the same database undamaged); times set aside in "
        f"the details {aside:,}, birthdays kept as custom fields {kept:,}; then `check` "
        f"{_last_line(checked) if checked.returncode else 'ok'} ({check:.1f} s)",
        opened.returncode == 0
        and checked.returncode == 0
        and aside == bad
        and kept == bad - 1
        and _sound(path),
    )


def date_rows(folder: Path) -> list[Row]:
    print("dates outside the years 1000 to 9998 ...", flush=True)
    return [*doors_rows(folder), upgrade_row(folder)]


if __name__ == "__main__":  # .venv/bin/python -m bench.date_safety: these rows alone
    import shutil
    import tempfile

    from bench.safety_report import print_table

    here = Path(tempfile.mkdtemp(prefix="crm-dates-"))
    try:
        found = date_rows(here)
    finally:
        shutil.rmtree(here, ignore_errors=True)
    print()
    print_table(found)
    sys.exit(0 if all(r.held for r in found) else 1)
