"""Restores under attack and under SIGKILL, for the data-safety report.

Crafted backups (a real backup, then changed with plain SQLite as the attack on issue 13
did) are handed to ``crm-desktop restore``: each must be refused in one line with the
database unchanged. Then ``crm-desktop restore`` of a good backup is killed (SIGKILL) at
random moments within the duration of one whole restore; after each kill the database is
opened as the app opens it (which puts right what the kill left) and checked: it must pass
``check`` and hold either what it held or the whole backup, with nothing of the restore
left beside it. POSIX only.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.crash_safety import snapshot

ROOT = Path(__file__).resolve().parent.parent

# What a crafted file may hold (the attack's three, and the other kinds of schema object).
CRAFTED = {
    "an added trigger trashing every contact on the next import": (
        "CREATE TRIGGER tidy AFTER INSERT ON contacts BEGIN "
        "UPDATE contacts SET deleted_at = '2026-01-01T00:00:00.000000Z'; END;"
    ),
    "a hidden table and a trigger copying every new e-mail": (
        "CREATE TABLE z_seen (value TEXT); CREATE TRIGGER z_copy AFTER INSERT ON emails "
        "BEGIN INSERT INTO z_seen VALUES (new.value); END;"
    ),
    "the notes table missing": "DROP TABLE notes;",
    "the settings table missing": "DROP TABLE settings;",
    "an added view": "CREATE VIEW everyone AS SELECT * FROM contacts;",
    "an index changed": (
        "DROP INDEX ix_contacts_uid; CREATE INDEX ix_contacts_uid ON contacts (given_name);"
    ),
}


@dataclass
class RestoreKills:
    kills: int = 0
    survived: int = 0
    kept: int = 0  # the database as it was
    restored: int = 0  # the whole backup
    leftovers: int = 0  # files the kill left beside the database, put right at the next open
    duration: float = 0.0  # one whole restore, start to end of its process
    failures: list[str] = field(default_factory=list)


def _restore(db: Path, chosen: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "restore", str(chosen), "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _make(path: Path, contacts: int, name: str) -> None:
    from crm_desktop.records.drafts import ContactDraft
    from crm_desktop.services.contacts import add_contacts
    from crm_desktop.services.opening import open_database

    with open_database(path, "en", auto_backup=False) as db:
        add_contacts(
            db, [ContactDraft(given_name=name, family_name=f"{i:05}") for i in range(contacts)]
        )


def _check(path: Path) -> tuple[list[str], int]:
    """Open as the app does, then ``check``: the problems, and what the open put right."""
    from crm_desktop.services.database import open_database
    from crm_desktop.services.health import check_database

    with open_database(path, "en") as db:
        return check_database(db), len(db.removed_leftovers)


def crafted_refusals(folder: Path) -> list[tuple[str, str, bool]]:
    """(case, the refusal or what happened, held) for each crafted backup."""
    import sqlite3

    from crm_desktop.services.backups import backup_now
    from crm_desktop.services.opening import open_database

    current = folder / "current" / "crm.sqlite3"
    _make(current, 500, "Now")
    other = folder / "other" / "crm.sqlite3"
    _make(other, 500, "Then")
    before = current.read_bytes()
    results = []
    for case, sql in CRAFTED.items():
        chosen = folder / "crafted.sqlite3"
        with open_database(other, "en", auto_backup=False) as db:
            backup_now(db, chosen)
        raw = sqlite3.connect(chosen)
        raw.executescript(sql)
        raw.close()
        started = time.perf_counter()
        child = _restore(current, chosen)
        _, error = child.communicate(timeout=300)
        took = time.perf_counter() - started
        lines = error.splitlines()
        unchanged = current.read_bytes() == before and not (current.parent / "backups").exists()
        held = child.returncode == 1 and len(lines) == 1 and unchanged
        said = lines[-1].split(": cannot restore from this file: ")[-1] if lines else "restored!"
        results.append((case, f"refused ({said}); {took:.1f} s", held))
        chosen.unlink()
    return results


def restore_kills(folder: Path, *, kills: int, contacts: int, seed: int = 20261203) -> RestoreKills:
    """Kill ``kills`` restores of a backup of ``contacts`` contacts over a database of as
    many others, each on a fresh copy, at random moments within one whole restore."""
    baseline = folder / "baseline" / "crm.sqlite3"
    _make(baseline, contacts, "Now")
    source = folder / "source" / "crm.sqlite3"
    _make(source, contacts, "Then")
    chosen = folder / "chosen.sqlite3"
    shutil.copyfile(source, chosen)
    before, after = snapshot(baseline), snapshot(chosen)
    report = RestoreKills()
    whole = folder / "whole" / "crm.sqlite3"
    whole.parent.mkdir()
    shutil.copyfile(baseline, whole)
    started = time.perf_counter()
    child = _restore(whole, chosen)
    _, error = child.communicate(timeout=600)
    report.duration = time.perf_counter() - started
    if child.returncode != 0 or snapshot(whole).digest != after.digest:
        report.failures.append(f"the whole restore did not restore: {error.strip()}")
        return report
    rng = random.Random(seed)
    for index in range(kills):
        path = folder / f"kill-{index}" / "crm.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(baseline, path)
        delay = rng.uniform(0, report.duration)
        started = time.perf_counter()
        child = _restore(path, chosen)
        time.sleep(max(0.0, delay - (time.perf_counter() - started)))
        child.send_signal(signal.SIGKILL)  # our own child, not yet reaped: its pid is its own
        child.communicate(timeout=60)
        report.kills += 1
        problems, put_right = _check(path)
        report.leftovers += put_right
        state = snapshot(path).digest
        left = sorted(p.name for p in path.parent.glob("crm.sqlite3.restoring*"))
        if problems or left:
            report.failures.append(f"kill {index} after {delay:.2f} s: {problems[:3]} {left}")
        elif state == before.digest:
            report.kept += 1
            report.survived += 1
        elif state == after.digest:
            report.restored += 1
            report.survived += 1
        else:
            report.failures.append(f"kill {index} after {delay:.2f} s: neither database")
        shutil.rmtree(path.parent)
    return report


def main() -> int:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="crm-restore-safety-"))
    try:
        for case, figure, held in crafted_refusals(folder / "crafted"):
            print(f"{case}: {figure} ({'held' if held else 'NOT HELD'})")
        report = restore_kills(folder / "kills", kills=5, contacts=2000)
        print(report)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
