"""Automatic backups (at start, before risky changes), listing them, and restoring one."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.errors import (
    AlreadyRunningError,
    BackupFailedError,
    DatabaseError,
    DatabaseProblem,
    RestoreRefusedError,
)
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.services.account_edits import trash_accounts
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.backups import (
    BULK_DELETE_THRESHOLD,
    backup_now,
    inspect_backup,
    list_backups,
    newest_good_backup,
    restore_backup,
    restore_backup_into,
)
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.importing import import_files
from crm_desktop.services.opening import open_database
from tests.damage import damage_table
from tests.paths import DATA

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _people(count: int, prefix: str = "Person") -> list[ContactDraft]:
    return [ContactDraft(given_name=prefix, family_name=f"{i:03}") for i in range(count)]


def _backups(path: Path) -> list[str]:
    folder = path.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _count(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        count = int(raw.execute("SELECT count(*) FROM contacts").fetchone()[0])
    raw.close()
    return count


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A database with 12 contacts and no backup yet."""
    db_path = tmp_path / "db" / "crm.sqlite3"
    with open_database(db_path, "en") as db:
        add_contacts(db, _people(12))
    assert _backups(db_path) == []
    return db_path


def test_opening_backs_up_when_the_newest_backup_is_over_a_day_old(path: Path) -> None:
    with open_database(path, "en", now=NOON) as db:
        first = db.start_backup
    with open_database(path, "en", now=NOON + timedelta(hours=23)) as db:
        assert db.start_backup is None  # the one of this morning is recent enough
    with open_database(path, "en", now=NOON + timedelta(hours=25)) as db:
        second = db.start_backup
    assert first is not None and second is not None
    assert (first.reason, first.contacts, second.reason) == ("daily", 12, "daily")
    assert [e.created_at for e in list_backups(path)] == [
        NOON + timedelta(hours=25),
        NOON,
    ]


def test_a_failed_daily_backup_does_not_stop_the_database_opening(path: Path) -> None:
    (path.parent / "backups").write_text("a file where the folder should be")
    with open_database(path, "en") as db:
        assert isinstance(db.backup_problem, BackupFailedError)
        assert search_contacts(db).total == 12


def test_an_import_is_preceded_by_a_backup_of_what_was_there(path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        summary = import_files(db, [DATA / "vcard21-quoted-printable-greek.vcf"])
    assert summary.imported >= 1
    (backup,) = list_backups(path)
    assert (backup.reason, backup.contacts) == ("before-import", 12)


def test_an_import_is_refused_when_its_backup_cannot_be_written(path: Path) -> None:
    (path.parent / "backups").write_text("a file where the folder should be")
    with open_database(path, "en", auto_backup=False) as db:
        with pytest.raises(BackupFailedError) as failed:
            import_files(db, [DATA / "vcard21-quoted-printable-greek.vcf"])
        assert str(failed.value).startswith(str(path.parent / "backups"))
        assert search_contacts(db).total == 12


def test_trashing_many_contacts_backs_up_first_but_trashing_a_few_does_not(path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        trash_contacts(db, [1, 2])
        assert list_backups(path) == ()
        trash_contacts(db, list(range(3, 3 + BULK_DELETE_THRESHOLD)))
    (backup,) = list_backups(path)
    assert (backup.reason, backup.contacts) == ("before-trash", 10)


def test_trashing_many_accounts_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    drafts = [
        ContactDraft(given_name="P", family_name=str(i), accounts=(AccountLinkDraft(f"Co {i}"),))
        for i in range(BULK_DELETE_THRESHOLD)
    ]
    with open_database(path, "en") as db:
        add_contacts(db, drafts)
        trash_accounts(db, [account.id for account in account_rows(db)])
    assert [b.reason for b in list_backups(path)] == ["before-trash"]


def _snapshot(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute(
            "SELECT id, given_name, family_name FROM contacts ORDER BY id"
        ).fetchall()
    raw.close()
    return rows


@posix_only
def test_a_restore_brings_back_the_backup_and_backs_up_what_it_replaces(path: Path) -> None:
    db = open_database(path, "en", auto_backup=False)
    backup = backup_now(db)
    add_contacts(db, _people(5, "Later"))
    restored = restore_backup(db, backup.path)
    with restored.database as again:
        assert search_contacts(again).total == 12
        assert restored.source.contacts == 12 and restored.set_aside is None
        files = [path, path.with_name("crm.sqlite3-wal"), path.with_name("crm.sqlite3-shm")]
        modes = {f.name: stat.S_IMODE(f.stat().st_mode) for f in files if f.exists()}
        with pytest.raises(AlreadyRunningError):  # the lock was kept all along
            open_database(path, "en")
        db.close()  # the old handle no longer owns the lock: closing it releases nothing
        with pytest.raises(AlreadyRunningError):
            open_database(path, "en")
    assert modes == dict.fromkeys(modes, 0o600) and path.name in modes
    assert restored.safety_backup is not None
    assert _count(restored.safety_backup) == 17
    assert stat.S_IMODE(restored.safety_backup.stat().st_mode) == 0o600
    assert _count(path) == 12
    assert not list(path.parent.glob("*.restoring*")) and not list(path.parent.glob("*.before-*"))


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from crm_desktop.store.database import _alembic_config

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    raw.close()


def test_a_restore_of_an_older_backup_upgrades_it(path: Path, tmp_path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        backup = backup_now(db, tmp_path / "old.sqlite3")
    _downgrade(backup.path, "0001")  # as if CRM Desktop 0001 had written it
    with open_database(path, "en", auto_backup=False) as db:
        restored = restore_backup(db, backup.path)
    with restored.database as again:
        assert again.migration_backup is not None
        assert search_contacts(again).total == 12


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _other_program(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE songs (title TEXT)")
        raw.execute("INSERT INTO songs VALUES ('Ela')")
    raw.close()


def _our_backup(path: Path, change: Callable[[sqlite3.Connection], object] | None) -> None:
    other = path.parent / "other" / "crm.sqlite3"
    with open_database(other, "en") as db:
        add_contacts(db, _people(300, "Other"))
        backup_now(db, path)
    if change is not None:
        with sqlite3.connect(path) as raw:
            change(raw)
        raw.close()


def _damaged(path: Path) -> None:
    _our_backup(path, None)
    damage_table(path)


def _newer(path: Path) -> None:
    _our_backup(path, lambda raw: raw.execute("UPDATE alembic_version SET version_num = '9999'"))


@pytest.mark.parametrize(
    ("make", "problem", "words"),
    [
        (_not_sqlite, DatabaseProblem.NOT_A_DATABASE, "not a CRM Desktop database"),
        (_random_bytes, DatabaseProblem.NOT_A_DATABASE, "not a CRM Desktop database"),
        (_zero_bytes, DatabaseProblem.NOT_A_DATABASE, "the file is empty"),
        (_other_program, DatabaseProblem.NOT_A_DATABASE, "tables of another program"),
        (_damaged, DatabaseProblem.CORRUPT, "the file is damaged"),
        (_newer, DatabaseProblem.TOO_NEW, "newer version of CRM Desktop"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(
    path: Path,
    tmp_path: Path,
    make: Callable[[Path], None],
    problem: DatabaseProblem,
    words: str,
) -> None:
    chosen = tmp_path / "chosen" / "backup.sqlite3"
    chosen.parent.mkdir()
    make(chosen)
    chosen_bytes = chosen.read_bytes()
    with open_database(path, "en", auto_backup=False) as db:
        with pytest.raises(RestoreRefusedError) as refused:
            restore_backup(db, chosen)
        assert search_contacts(db).total == 12  # the open database still works
    assert refused.value.problem is problem
    assert str(refused.value).startswith(f"{chosen}: cannot restore from this file: ")
    assert words in str(refused.value) and str(refused.value).endswith("nothing was changed")
    assert _snapshot(path) == [(i + 1, "Person", f"{i:03}") for i in range(12)]
    assert _backups(path) == []  # not even a safety backup: the file was refused first
    assert chosen.read_bytes() == chosen_bytes
    assert sorted(p.name for p in path.parent.iterdir()) == ["crm.sqlite3", "crm.sqlite3.lock"]


def test_a_missing_file_is_refused(path: Path, tmp_path: Path) -> None:
    with pytest.raises(RestoreRefusedError) as refused:
        restore_backup_into(path, tmp_path / "nowhere.sqlite3")
    assert refused.value.problem is DatabaseProblem.CANNOT_OPEN
    assert _count(path) == 12


def test_a_damaged_database_is_set_aside_and_replaced_by_its_newest_good_backup(
    path: Path,
) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        add_contacts(db, _people(200, "More"))
        backup_now(db)
    damage_table(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        open_database(path, "en")
    assert refused.value.backup is not None
    restored = restore_backup_into(path, refused.value.backup, locale_name="en")
    with restored.database as again:
        assert search_contacts(again).total == 212
    assert restored.safety_backup is None and restored.set_aside is not None
    assert restored.set_aside.read_bytes() == damaged_bytes  # kept, never deleted


def test_restore_is_refused_while_another_process_has_the_database_open(path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        backup = backup_now(db)
        with pytest.raises(AlreadyRunningError):
            restore_backup_into(path, backup.path)


def test_backups_are_listed_newest_first_with_date_size_and_contacts(path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        older = backup_now(db, now=NOON)
        add_contacts(db, _people(3, "New"))
        newer = backup_now(db, now=NOON + timedelta(minutes=5))
    listed = list_backups(path)
    assert [(e.path, e.created_at, e.reason, e.contacts) for e in listed] == [
        (newer.path, NOON + timedelta(minutes=5), "manual", 15),
        (older.path, NOON, "manual", 12),
    ]
    assert all(e.size == e.path.stat().st_size > 0 for e in listed)


def test_a_backup_to_the_database_itself_is_refused(path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as mine, pytest.raises(BackupFailedError):
        backup_now(mine, path)
    assert _count(path) == 12


def test_the_daily_backup_at_start_serves_for_an_import_right_after(path: Path) -> None:
    with open_database(path, "en", now=NOON) as db:
        import_files(db, [DATA / "vcard21-quoted-printable-greek.vcf"])
    assert [(b.reason, b.contacts) for b in list_backups(path)] == [("daily", 12)]


def test_a_backup_can_be_inspected_before_restoring_without_changing_anything(
    path: Path, tmp_path: Path
) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        backup = backup_now(db, tmp_path / "copy.sqlite3")
    before = backup.path.read_bytes()
    assert inspect_backup(backup.path).contacts == 12
    assert backup.path.read_bytes() == before
    _newer(tmp_path / "newer.sqlite3")
    with pytest.raises(RestoreRefusedError) as refused:
        inspect_backup(tmp_path / "newer.sqlite3")
    assert refused.value.problem is DatabaseProblem.TOO_NEW


def test_a_backup_can_be_restored_where_there_is_no_database_yet(
    path: Path, tmp_path: Path
) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        backup = backup_now(db, tmp_path / "copy.sqlite3")
    fresh = tmp_path / "new laptop" / "crm.sqlite3"
    restored = restore_backup_into(fresh, backup.path, locale_name="en")
    with restored.database as db:
        assert search_contacts(db).total == 12
    assert (restored.safety_backup, restored.set_aside) == (None, None)


def test_the_newest_good_backup_skips_a_damaged_one(path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        good = backup_now(db, now=NOON)
        add_contacts(db, _people(200, "More"))
        damaged = backup_now(db, now=NOON + timedelta(hours=1))
    damage_table(damaged.path)
    found = newest_good_backup(path)
    assert found is not None and (found.path, found.contacts) == (good.path, 12)


def test_a_backups_folder_given_to_the_handle_takes_every_automatic_backup(
    path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere" / "backups"
    with open_database(path, "en", auto_backup=False) as db:
        db.backups_folder = folder
        import_files(db, [DATA / "vcard21-quoted-printable-greek.vcf"])
        trash_contacts(db, list(range(1, 1 + BULK_DELETE_THRESHOLD)))
    assert _backups(path) == []
    reasons = {backup.reason for backup in list_backups(path, folder)}
    assert reasons == {"before-import", "before-trash"}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_import_is_refused_when_the_chosen_backups_folder_cannot_be_written(
    path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups here"
    folder.write_text("a file where the chosen folder should be")
    with open_database(path, "en", auto_backup=False) as db:
        db.backups_folder = folder
        with pytest.raises(BackupFailedError) as failed:
            import_files(db, [DATA / "vcard21-quoted-printable-greek.vcf"])
        assert str(failed.value).startswith(str(folder))
        assert search_contacts(db).total == 12
    assert folder.read_text() == "a file where the chosen folder should be"
    assert _backups(path) == []
