"""A restore killed (SIGKILL) before it finished leaves the database as it was, and its copy
of the chosen file (with its journal) beside it; the next open, ``check`` included, deletes
that copy and says so."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.backups import backup_now
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.opening import open_database
from tests.paths import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _names(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as raw:
        rows = raw.execute("SELECT family_name FROM contacts ORDER BY id").fetchall()
    raw.close()
    return [str(row[0]) for row in rows]


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(f"{path.name}.restoring*"))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db_path = tmp_path / "db" / "crm.sqlite3"
    with open_database(db_path, "en", auto_backup=False) as db:
        add_contacts(db, [ContactDraft(given_name="Now", family_name=f"{i:02}") for i in range(12)])
    return db_path


def _big_backup(tmp_path: Path) -> Path:
    """A backup of another database, large enough for its copy to take a while."""
    other = tmp_path / "other" / "crm.sqlite3"
    with open_database(other, "en", auto_backup=False) as db:
        notes = "n" * 2000
        add_contacts(
            db,
            [ContactDraft(given_name="Then", family_name=f"{i}", note=notes) for i in range(3000)],
        )
        return backup_now(db, tmp_path / "chosen.sqlite3").path


def test_a_restore_killed_half_way_leaves_the_database_and_check_clears_its_copy(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = _big_backup(tmp_path)
    before = _names(path)
    copy = path.with_name("crm.sqlite3.restoring")
    child = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "restore", str(chosen), "--db", str(path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not copy.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    child.send_signal(signal.SIGKILL)  # while it copies and checks the chosen file
    assert child.wait(timeout=60) == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    if child.stderr is not None:
        child.stderr.close()
    assert copy.exists()  # what the kill leaves
    assert _names(path) == before

    out = io.StringIO()
    assert run_command(build_parser().parse_args(["check", "--db", str(path)]), out) == 0
    assert out.getvalue() == f"ok: {path}\n"
    warnings = capsys.readouterr().err.splitlines()
    assert warnings and all(
        line.startswith(f"crm-desktop: warning: removed {copy}")
        and line.endswith(", left by a restore that was interrupted")
        for line in warnings
    )
    assert _leftovers(path) == []
    assert _names(path) == before


def test_opening_deletes_the_copy_a_killed_restore_left_and_says_which(
    path: Path, tmp_path: Path
) -> None:
    """As the kill leaves it: the copy, half written, and its rollback journal."""
    copy = path.with_name("crm.sqlite3.restoring")
    copy.write_bytes(_big_backup(tmp_path).read_bytes()[: 64 * 1024])
    journal = path.with_name("crm.sqlite3.restoring-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    with open_database(path, "en", auto_backup=False) as db:
        assert sorted(db.removed_leftovers) == [copy, journal]
    assert _leftovers(path) == []
    assert _names(path) == [f"{i:02}" for i in range(12)]
    with open_database(path, "en", auto_backup=False) as db:
        assert db.removed_leftovers == ()


def _crashed_copy(path: Path, to: Path) -> None:
    """``to``: the database at ``path`` as a crash leaves it, its last contact ("WAL only")
    still only in the write-ahead log (not yet written back into the file)."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA wal_autocheckpoint = 0")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute(
            "INSERT INTO contacts (formatted_name, family_name, created_at, updated_at) "
            "VALUES ('WAL only', 'WAL only', '2026-01-01T00:00:00.000000Z', "
            "'2026-01-01T00:00:00.000000Z')"
        )
        to.parent.mkdir(parents=True, exist_ok=True)
        to.write_bytes(path.read_bytes())  # (the file without the last commit)
        to.with_name(to.name + "-wal").write_bytes(path.with_name(path.name + "-wal").read_bytes())
    finally:
        raw.close()


def test_a_restore_killed_after_naming_the_database_twice_gives_it_back_its_journal(
    path: Path, tmp_path: Path
) -> None:
    """Killed after the database got its second name (a hard link) and its journal files
    went with that name, before the swap: the journal comes back, the second name goes."""
    crashed = tmp_path / "crashed" / "crm.sqlite3"
    _crashed_copy(path, crashed)
    previous = crashed.with_name("crm.sqlite3.before-restore")
    os.link(crashed, previous)
    crashed.with_name("crm.sqlite3-wal").replace(previous.with_name(previous.name + "-wal"))
    with open_database(crashed, "en", auto_backup=False) as db:
        assert db.removed_leftovers == (previous,)
    assert "WAL only" in _names(crashed)  # the commit in the journal was not lost
    assert sorted(p.name for p in crashed.parent.iterdir() if "before" in p.name) == []


def test_a_restore_killed_after_moving_the_database_aside_moves_it_back(
    path: Path, tmp_path: Path
) -> None:
    """Where the file system has no hard links, the database was renamed: killed before the
    swap, the next open finds it, not an empty new database."""
    crashed = tmp_path / "crashed" / "crm.sqlite3"
    _crashed_copy(path, crashed)
    previous = crashed.with_name("crm.sqlite3.before-restore")
    crashed.replace(previous)
    crashed.with_name("crm.sqlite3-wal").replace(previous.with_name(previous.name + "-wal"))
    with open_database(crashed, "en", auto_backup=False) as db:
        assert db.removed_leftovers == ()
    assert _names(crashed) == [*(f"{i:02}" for i in range(12)), "WAL only"]
    assert not previous.exists()


def test_a_restore_killed_after_the_swap_keeps_the_replaced_database(
    path: Path, tmp_path: Path
) -> None:
    """After the swap the second name is the database replaced (its safety backup was taken
    first): the restored one opens, and the replaced one waits for the next restore."""
    chosen = _big_backup(tmp_path)
    previous = path.with_name("crm.sqlite3.before-restore")
    path.replace(previous)
    path.write_bytes(chosen.read_bytes())
    path.chmod(0o600)
    with open_database(path, "en", auto_backup=False) as db:
        assert db.removed_leftovers == ()
    assert len(_names(path)) == 3000
    assert _names(previous) == [f"{i:02}" for i in range(12)]
