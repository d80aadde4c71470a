"""Commands run while the window has the database open (it holds the single-instance lock):
reads, export, backup and checks run beside it; writes wait for the window's write (the
busy timeout) and then go in; only a restore and an import of more than a batch are
refused, saying "close the window first". The "window" here is a handle that holds the lock
as the window's does (the GUI tests open the real window: tests/gui/test_beside_window.py)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.importing import BESIDE_LIMIT
from crm_desktop.store.connection import BUSY_TIMEOUT_MS


def _cli(db_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db_path)],
        capture_output=True, text=True, timeout=60, env=dict(os.environ),
    )  # fmt: skip


def _popen(db_path: Path, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    return path


@pytest.fixture
def window(db_path: Path) -> Iterator[Database]:
    """The database held open, and locked, as the window holds it."""
    with open_database(db_path, "en") as db:
        assert db.lock.held
        yield db


def _card(path: Path, count: int) -> Path:
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n" for i in range(count)
        )
    )
    return path


def test_reading_commands_and_checks_run_beside_the_window(
    window: Database, db_path: Path, tmp_path: Path
) -> None:
    listed = _cli(db_path, "contacts", "--json")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert [c["formatted_name"] for c in json.loads(listed.stdout)] == ["Ana Puig", "Pau Serra"]
    assert _cli(db_path, "show", "1").stdout.startswith("Ana Puig\n")
    for check in (("check", "--quick"), ("check",)):
        result = _cli(db_path, *check)
        assert (result.returncode, result.stdout, result.stderr) == (0, f"ok: {db_path}\n", "")
    exported = _cli(db_path, "export", "--format", "vcard4")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count("BEGIN:VCARD") == 2
    target = tmp_path / "out.csv"
    exported = _cli(db_path, "export", "--format", "outlook-csv", "-o", str(target))
    assert exported.returncode == 0, exported.stderr
    assert "Pau" in target.read_text(encoding="utf-8-sig")
    assert window.lock.held  # the window kept its lock all along


def test_a_cron_backup_beside_the_window_is_a_sound_copy(
    window: Database, db_path: Path, tmp_path: Path
) -> None:
    add_contacts(window, [ContactDraft("Joan Vila")])  # the window wrote since it opened
    target = tmp_path / "nightly.sqlite3"
    result = _cli(db_path, "backup", str(target))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"backed up {db_path} to {target} (3 contacts)\n"
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT count(*) FROM contacts").fetchone() == (3,)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_log_beside_the_window_writes_and_the_window_sees_it_as_a_change_made_elsewhere(
    window: Database, db_path: Path
) -> None:
    window.watch_changes()
    add_contacts(window, [ContactDraft("Joan Vila")])
    assert not window.changed_elsewhere()  # its own write is no news to it
    result = _cli(db_path, "log", "2", "--kind", "call", "--subject", "From cron", "--json")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert json.loads(result.stdout)["subject"] == "From cron"
    assert window.changed_elsewhere()
    assert not window.changed_elsewhere()  # told once
    listed = _cli(db_path, "activities", "--due", "done")
    assert "From cron" in listed.stdout


def test_an_import_of_one_batch_goes_in_beside_the_window_and_more_is_refused(
    window: Database, db_path: Path, tmp_path: Path
) -> None:
    small = _cli(db_path, "import", str(_card(tmp_path / "small.vcf", BESIDE_LIMIT)))
    assert small.returncode == 0, small.stderr
    assert small.stdout.endswith(f"imported {BESIDE_LIMIT}, merged 0, skipped 0, failed 0, "
                                 "possible duplicates 0\n")  # fmt: skip
    big = _cli(db_path, "import", str(_card(tmp_path / "big.vcf", BESIDE_LIMIT + 1)))
    assert (big.returncode, big.stdout) == (1, "")
    assert len(big.stderr.splitlines()) == 1
    assert big.stderr.startswith(f"crm-desktop: {db_path}: CRM Desktop already has this database")
    assert "nothing was imported" in big.stderr
    assert big.stderr.endswith("close the window first\n")
    with window.raw_reading() as connection:  # the window's view: one batch, not a record more
        assert connection.execute("SELECT count(*) FROM contacts").fetchone() == (2 + BESIDE_LIMIT,)
    window.close()
    alone = _cli(db_path, "import", str(tmp_path / "big.vcf"))  # the window closed: it goes in
    assert alone.returncode == 0, alone.stderr


def test_restore_beside_the_window_is_refused_and_changes_nothing(
    window: Database, db_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert _cli(db_path, "backup", str(copy)).returncode == 0
    add_contacts(window, [ContactDraft("Joan Vila")])
    result = _cli(db_path, "restore", str(copy))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"crm-desktop: {db_path}: CRM Desktop already has this database open "
        f"(process {os.getpid()} on {os.uname().nodename}); close the window first\n"
    )
    with window.raw_reading() as connection:
        assert connection.execute("SELECT count(*) FROM contacts").fetchone() == (3,)


def _hold_write(db_path: Path) -> sqlite3.Connection:
    """Another connection's write transaction, open (as the window's while it saves)."""
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE contacts SET formatted_name = formatted_name WHERE id = 1")
    return holder


def test_a_write_beside_the_window_waits_for_the_window_s_write_then_goes_in(
    window: Database, db_path: Path
) -> None:
    holder = _hold_write(db_path)
    try:
        waiting = _popen(db_path, "log", "1", "--kind", "call", "--subject", "Waited")
        time.sleep(2)  # past the start of a Python process: it waits on the lock now
        assert waiting.poll() is None
    finally:
        holder.execute("COMMIT")
        holder.close()
    out, err = waiting.communicate(timeout=30)
    assert (waiting.returncode, err) == (0, "")
    assert "Waited" in out


def test_a_write_held_up_past_the_busy_timeout_fails_with_one_line_and_writes_nothing(
    window: Database, db_path: Path
) -> None:
    holder = _hold_write(db_path)
    try:
        started = time.monotonic()
        result = _cli(db_path, "log", "1", "--kind", "call", "--subject", "Too late")
        waited = time.monotonic() - started
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert (result.returncode, result.stdout) == (1, "")
    assert waited >= BUSY_TIMEOUT_MS / 1000
    assert result.stderr == (
        f"crm-desktop: {db_path}: the database is busy (locked by another program) "
        "(another program, such as the open window, was writing to it for over 5 s; "
        "try again)\n"
    )
    with window.raw_reading() as connection:
        assert connection.execute("SELECT count(*) FROM activities").fetchone() == (0,)


def test_a_full_check_beside_the_window_still_finds_a_damaged_search_index(
    db_path: Path,
) -> None:
    with sqlite3.connect(db_path) as raw:  # a row the index does not know about
        raw.execute("DELETE FROM contact_fts_data WHERE id > 10")
    with open_database(db_path, "en") as window:
        result = _cli(db_path, "check")
        assert window.lock.held
    assert (result.returncode, result.stdout) == (1, "")
    assert "search index contact_fts" in result.stderr
    assert not list(db_path.parent.glob(".crm.sqlite3.checking-*"))  # its copy is gone
