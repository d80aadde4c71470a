"""``backup``, ``restore`` and ``check`` on the command line, and the sync-folder warning."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from tests.damage import damage_table

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _run(db_path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args([*argv, "--db", str(db_path)])
    return run_command(args, out), out.getvalue()


def _count(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        count = int(raw.execute("SELECT count(*) FROM contacts").fetchone()[0])
    raw.close()
    return count


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(given_name="Ana", family_name=f"{i}") for i in range(4)])
    return path


@posix_only
def test_backup_writes_a_private_checked_copy_to_the_backups_folder(db_path: Path) -> None:
    status, out = _run(db_path, "backup")
    (backup,) = (db_path.parent / "backups").glob("crm-*-manual.sqlite3")
    assert (status, out) == (0, f"backed up {db_path} to {backup} (4 contacts)\n")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert _count(backup) == 4


def test_backup_to_a_file_or_a_folder(db_path: Path, tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    assert _run(db_path, "backup", str(tmp_path / "usb" / "crm-copy.sqlite3"))[0] == 0
    assert _run(db_path, "backup", str(tmp_path / "usb"))[0] == 0
    names = sorted(p.name for p in (tmp_path / "usb").iterdir())
    assert len(names) == 2 and "crm-copy.sqlite3" in names
    assert all(_count(tmp_path / "usb" / name) == 4 for name in names)


def test_backup_into_a_missing_folder_fails_with_one_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "x.sqlite3"
    assert _run(db_path, "backup", str(target)) == (1, "")
    assert capsys.readouterr().err == (
        f"crm-desktop: {target}: the backup could not be written (no such folder)\n"
    )


def test_backup_list_json_gives_date_reason_size_and_contacts(db_path: Path) -> None:
    _run(db_path, "backup")
    status, out = _run(db_path, "backup", "--list", "--json")
    entries = json.loads(out)
    assert status == 0
    # the daily one, taken when the command opened the database, then the one asked for
    assert [(e["reason"], e["contacts"]) for e in entries] == [("manual", 4), ("daily", 4)]
    entry = entries[0]
    assert entry["size"] == Path(entry["path"]).stat().st_size
    assert entry["created_at"].endswith("Z")


def test_restore_puts_a_backup_back_and_says_where_the_old_database_went(
    db_path: Path, tmp_path: Path
) -> None:
    _run(db_path, "backup", str(tmp_path / "saved.sqlite3"))
    with open_database(db_path, "en") as db:
        add_contacts(db, [ContactDraft(given_name="Later")])
    status, out = _run(db_path, "restore", str(tmp_path / "saved.sqlite3"))
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == f"restored {db_path} from {tmp_path / 'saved.sqlite3'} (4 contacts)"
    assert lines[1].startswith("the database as it was is backed up in ")
    assert _count(db_path) == 4
    assert _count(Path(lines[1].rsplit(" ", 1)[1])) == 5


def test_restore_of_a_file_that_is_not_a_database_changes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database at all\n")
    before = _count(db_path)
    assert _run(db_path, "restore", str(notes)) == (1, "")
    assert capsys.readouterr().err == (
        f"crm-desktop: {notes}: cannot restore from this file: the file is not a CRM Desktop "
        "database (not an SQLite file); nothing was changed\n"
    )
    assert _count(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_restore_mends_a_database_too_damaged_to_open(db_path: Path, tmp_path: Path) -> None:
    _run(db_path, "backup", str(tmp_path / "saved.sqlite3"))
    damage_table(db_path)
    assert _run(db_path, "check")[0] == 1
    status, out = _run(db_path, "restore", str(tmp_path / "saved.sqlite3"))
    assert status == 0 and "the damaged database was kept as " in out
    assert _run(db_path, "check") == (0, f"ok: {db_path}\n")


def test_check_of_a_damaged_database_names_the_newest_good_backup(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(db_path, "backup")
    (backup,) = (db_path.parent / "backups").glob("*-manual.sqlite3")  # the newest
    damage_table(db_path)
    assert _run(db_path, "check", "--quick") == (1, "")
    err = capsys.readouterr().err
    assert err.startswith(f"crm-desktop: {db_path}: the database file is damaged")
    assert err.endswith(f"the newest good backup is {backup}\n")


def test_check_quick_says_ok_for_a_sound_database(db_path: Path) -> None:
    assert _run(db_path, "check", "--quick") == (0, f"ok: {db_path}\n")


@posix_only
def test_check_makes_files_others_could_read_private_and_says_so(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path.chmod(0o644)
    assert _run(db_path, "check") == (0, f"ok: {db_path}\n")
    assert capsys.readouterr().err == (
        f"crm-desktop: warning: {db_path} was open to other users; made private\n"
    )
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_a_database_in_a_dropbox_folder_gets_a_warning_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dropbox = Path(os.environ["HOME"]) / "Dropbox"
    path = dropbox / "crm" / "crm.sqlite3"
    open_database(path, "en").close()
    status, out = _run(path, "contacts")
    assert (status, out) == (0, "")
    err = capsys.readouterr().err
    assert err.startswith(f"crm-desktop: warning: {path}: the database is in a folder synced by ")
    assert f"Dropbox ({dropbox})" in err
    assert len(err.splitlines()) == 1
