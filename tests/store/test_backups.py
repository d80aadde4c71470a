"""Backup files, their rotation, the check at open, and file modes repaired at start."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.backups import backup_before, backup_now
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.opening import open_database
from crm_desktop.store.backups import BackupFile, RotationPolicy, backups_to_prune
from tests.damage import damage_table, truncate_half

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # a Monday


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _database(path: Path, contacts: int = 30) -> None:
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(formatted_name=f"Person {i}") for i in range(contacts)])


@posix_only
def test_a_backup_is_a_checked_self_contained_private_file(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "crm.sqlite3"
        _database(path)
        with open_database(path, "en", auto_backup=False) as db:
            entry = backup_before(db, "before-import")
    finally:
        os.umask(old_umask)
    assert entry is not None and entry.contacts == 30 and entry.reason == "before-import"
    assert entry.path.parent == tmp_path / "backups" and entry.size == entry.path.stat().st_size
    assert (_mode(entry.path.parent), _mode(entry.path)) == (0o700, 0o600)
    with sqlite3.connect(entry.path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # no -wal to pair
    assert sorted(p.name for p in entry.path.parent.iterdir()) == [entry.path.name]


def _names(days_and_reasons: list[tuple[int, str]]) -> list[BackupFile]:
    files = [
        BackupFile(Path(f"b{n}"), NOON - timedelta(days=day), reason)
        for n, (day, reason) in enumerate(days_and_reasons)
    ]
    return sorted(files, key=lambda f: f.created_at, reverse=True)


def test_rotation_keeps_the_newest_of_seven_days_and_four_weeks_and_every_manual_one() -> None:
    daily = [(day, "daily") for day in range(60)]
    backups = _names([*daily, (45, "manual")])
    pruned = backups_to_prune(backups, RotationPolicy(daily=7, weekly=4, latest=3))
    kept_days = sorted(
        (NOON - b.created_at).days for b in backups if b not in pruned and b.reason == "daily"
    )
    # days 0-6, then the newest of each of the four newest ISO weeks: Monday 30 November
    # (day 0), and the Sundays 29 (1), 22 (8) and 15 November (15).
    assert kept_days == [0, 1, 2, 3, 4, 5, 6, 8, 15]
    assert all(b.reason != "manual" for b in pruned)


def test_a_second_backup_with_nothing_written_since_is_the_first_one(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database(path, 3)
    with open_database(path, "en", now=NOON + timedelta(days=3)) as db:
        assert db.start_backup is not None
        assert backup_before(db, "before-import") == db.start_backup
        add_contacts(db, [ContactDraft(formatted_name="New")])
        again = backup_before(db, "before-import")
    assert again is not None and again != db.start_backup and again.contacts == 4


def test_rotation_keeps_the_latest_few_of_one_busy_day() -> None:
    busy = [(0, "before-import")] * 5
    backups = _names(busy)
    assert len(backups_to_prune(backups, RotationPolicy(daily=7, weekly=4, latest=3))) == 2


def test_rotation_deletes_old_backup_files_on_the_injected_clock(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database(path, 3)
    with open_database(path, "en", auto_backup=False) as db:
        manual = backup_now(db, now=NOON - timedelta(days=40))
        for day in range(12, -1, -1):
            add_contacts(db, [ContactDraft(formatted_name=f"Met on day {day}")])
            backup_before(db, "daily", now=NOON - timedelta(days=day))
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    stamps = [name.split("-")[1][:8] for name in names if name.endswith("-daily.sqlite3")]
    assert stamps == [
        "20261122",  # newest of the week of 16-22 November
        "20261124", "20261125", "20261126", "20261127", "20261128", "20261129", "20261130",
    ]  # fmt: skip
    assert manual.path.name in names


def test_a_damaged_database_is_refused_at_open_naming_the_newest_good_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _database(path, 200)
    with open_database(path, "en", auto_backup=False) as db:
        good = backup_before(db, "daily", now=NOON)
        add_contacts(db, [ContactDraft(formatted_name="Later")])
        damaged = backup_before(db, "before-import", now=NOON + timedelta(hours=1))
    assert good is not None and damaged is not None
    damage_table(damaged.path)
    damage_table(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        open_database(path, "en")
    assert refused.value.problem is DatabaseProblem.CORRUPT
    assert refused.value.backup == good.path
    assert str(refused.value).startswith(f"{path}: the database file is damaged")
    assert str(refused.value).endswith(f"the newest good backup is {good.path}")
    assert path.read_bytes() == before  # never reset, never repaired behind the user's back


def test_a_truncated_database_is_refused_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database(path, 300)
    truncate_half(path)
    with pytest.raises(DatabaseError) as refused:
        open_database(path, "en")
    assert refused.value.problem is DatabaseProblem.CORRUPT
    assert refused.value.backup is None  # there is none to offer


def test_an_overwritten_header_with_backups_beside_it_is_damage_not_a_foreign_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _database(path)
    with open_database(path, "en", auto_backup=False) as db:
        good = backup_before(db, "daily")
    assert good is not None
    with path.open("r+b") as handle:
        handle.write(b"\0" * 100)
    with pytest.raises(DatabaseError) as refused:
        open_database(path, "en")
    assert (refused.value.problem, refused.value.backup) == (DatabaseProblem.CORRUPT, good.path)


@posix_only
def test_files_others_can_read_are_made_private_at_start(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database(path)
    with open_database(path, "en", auto_backup=False) as db:
        backup = backup_before(db, "daily")
    assert backup is not None
    path.chmod(0o644)
    backup.path.chmod(0o644)
    (tmp_path / "backups").chmod(0o755)
    with open_database(path, "en") as db:
        repaired = set(db.repaired_modes)
    assert repaired == {path, backup.path, tmp_path / "backups"}
    assert (_mode(path), _mode(backup.path), _mode(tmp_path / "backups")) == (0o600, 0o600, 0o700)


def test_rotation_keeps_the_backup_taken_before_the_trash_was_emptied_on_a_busy_day() -> None:
    # Newest first: three imports after the Trash was emptied, the daily one before it.
    backups = _names(
        [(0, "before-import"), (0, "before-import"), (0, "before-import"),
         (0, "before-empty-trash"), (0, "daily")]
    )  # fmt: skip
    pruned = backups_to_prune(backups, RotationPolicy(daily=7, weekly=4, latest=3))
    assert [b.reason for b in pruned] == []  # the emptied records live only in the 4th
    older = _names([(0, "before-import")] * 3 + [(0, "before-empty-trash")] * 2)
    [gone] = backups_to_prune(older, RotationPolicy(daily=7, weekly=4, latest=3))
    assert gone.reason == "before-empty-trash" and gone == older[-1]  # only the newest kept


def test_an_edit_saved_while_a_backup_is_written_gets_a_backup_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crm_desktop.services.backups as backups

    path = tmp_path / "crm.sqlite3"
    _database(path, 3)
    real = backups.backup_database
    with open_database(path, "en", auto_backup=False) as db:

        def copy_then_edit(*args: object, **kwargs: object) -> Path:
            target = real(*args, **kwargs)  # type: ignore[arg-type]
            add_contacts(db, [ContactDraft(formatted_name="Saved meanwhile")])  # the GUI thread
            return target

        monkeypatch.setattr(backups, "backup_database", copy_then_edit)
        daily = backup_before(db, "daily")
        monkeypatch.setattr(backups, "backup_database", real)
        before_import = backup_before(db, "before-import")
    assert daily is not None and before_import is not None
    assert before_import != daily and before_import.contacts == 4
