"""A disk that fills up during an import: a clear error, nothing half-written, the database
still usable, and the same import succeeds once there is room."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bench.crash_safety import write_cards
from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.health import check_database
from crm_desktop.services.importing import import_files
from crm_desktop.store.engine import driver_connection
from tests.paths import ROOT

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Already Here\r\nEMAIL:here@example.com\r\nEND:VCARD\r\n"


def _cap_pages(db: Database, extra: int) -> None:
    """SQLite's own disk-full trick (its diskfull tests): the writing connection may grow by
    ``extra`` pages only."""
    with db.writing() as session:
        raw = driver_connection(session.connection())
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages + extra}")


def test_an_import_that_fills_the_disk_writes_nothing_and_can_be_retried(
    db: Database, tmp_path: Path
) -> None:
    first = tmp_path / "first.vcf"
    first.write_text(CARD, encoding="utf-8")
    import_files(db, [first])
    cards = tmp_path / "cards.vcf"
    write_cards(cards, 1500, seed=5)
    _cap_pages(db, 20)
    with pytest.raises(DatabaseError) as full:
        import_files(db, [cards])
    assert full.value.problem is DatabaseProblem.DISK_FULL
    assert str(full.value).startswith(f"{db.path}: the disk is full")
    assert [row.name for row in search_contacts(db).rows] == ["Already Here"]
    assert check_database(db) == []
    _cap_pages(db, 1_000_000)  # room again
    summary = import_files(db, [cards])
    assert summary.imported == 1500
    assert search_contacts(db).total == 1501


_SMALL_DISK = textwrap.dedent(
    """\
    set -u
    mount -t tmpfs -o size=2m tmpfs "$DISK" || exit 99
    crm() { "$PYTHON" -m crm_desktop "$@" --db "$DISK/crm.sqlite3"; }
    crm import "$OUT/first.vcf" > /dev/null || exit 98
    crm import "$OUT/cards.vcf" > "$OUT/import.out" 2> "$OUT/import.err"
    echo "import status $?"
    crm check > "$OUT/check.out" 2>&1
    echo "check status $?"
    crm contacts
    """
)


def _unshare() -> str | None:
    """``unshare`` able to mount a small filesystem in a private namespace, if there is one."""
    tool = shutil.which("unshare")
    if tool is None or not sys.platform.startswith("linux"):
        return None
    probe = subprocess.run(
        [tool, "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True,
        timeout=30,
    )
    return tool if probe.returncode == 0 else None


def test_the_cli_import_onto_a_full_disk_fails_with_one_line_and_keeps_the_database(
    tmp_path: Path,
) -> None:
    """A real full disk: a 2 MB filesystem mounted in a private namespace (Linux)."""
    tool = _unshare()
    if tool is None:
        pytest.skip("no unprivileged mount namespace here (unshare -rm)")
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    out.mkdir()
    (out / "first.vcf").write_text(CARD, encoding="utf-8")
    write_cards(out / "cards.vcf", 1500, seed=5)
    env = dict(
        os.environ, DISK=str(disk), OUT=str(out), PYTHON=sys.executable, PYTHONUTF8="1",
        PYTHONPATH=str(ROOT),
    )  # fmt: skip
    result = subprocess.run(
        [tool, "-rm", "sh", "-c", _SMALL_DISK], capture_output=True, text=True, env=env,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["import status 1", "check status 0"], result.stdout
    assert [line.split("\t")[1] for line in lines[2:]] == ["Already Here"]
    error = (out / "import.err").read_text(encoding="utf-8")
    assert error.startswith(f"crm-desktop: {disk / 'crm.sqlite3'}: the disk is full")
    assert len(error.splitlines()) == 1
    assert (out / "import.out").read_text(encoding="utf-8") == ""
    assert (out / "check.out").read_text(encoding="utf-8") == f"ok: {disk / 'crm.sqlite3'}\n"
