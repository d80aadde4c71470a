"""Opening the database file: creation, modes, migrations, pragmas, the lock, bad files."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_desktop.errors import AlreadyRunningError, DatabaseError, DatabaseProblem
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import open_database
from crm_desktop.store import migrations
from crm_desktop.store.database import backup_database, head_revision, open_store
from crm_desktop.store.schema import SCHEMA_REVISION

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_is_created_with_every_table_from_an_empty_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "crm.sqlite3"
    store = open_store(path)
    store.close()
    with sqlite3.connect(path) as raw:
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert {"contacts", "accounts", "emails", "phones", "activities", "notes"} <= tables
    assert {"contact_fts", "contact_words"} <= tables
    assert version == head_revision()


def test_an_empty_file_is_taken_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    path.touch()
    with open_database(path, "en") as db:
        assert search_contacts(db).total == 0


def test_reopening_keeps_what_was_stored_and_takes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(given_name="Eleni", family_name="Papadopoulou")])
    with open_database(path, "en") as db:
        assert [row.name for row in search_contacts(db).rows] == ["Eleni Papadopoulou"]
        assert db.migration_backup is None


@posix_only
def test_database_folder_is_private_and_every_file_is_0600(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "data" / "crm-desktop" / "crm.sqlite3"
        with open_database(path, "en") as db:
            add_contacts(db, [ContactDraft(formatted_name="Ana Puig")])
            files = [path, path.with_name("crm.sqlite3-wal"), path.with_name("crm.sqlite3-shm")]
            files.append(path.with_name("crm.sqlite3.lock"))
            modes = {file.name: _mode(file) for file in files}
        assert _mode(path.parent) == 0o700
        assert modes == dict.fromkeys(modes, 0o600)
    finally:
        os.umask(old_umask)


@posix_only
def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_store(folder / "crm.sqlite3").close()
    assert _mode(folder) == 0o755


def test_every_connection_has_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    store = open_store(tmp_path / "crm.sqlite3")
    try:
        connections = [store.engine.connect() for _ in range(3)]  # distinct pooled connections
        for connection in connections:
            pragmas = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
            }
            assert pragmas == {
                "journal_mode": "wal",
                "foreign_keys": 1,
                "busy_timeout": 5000,
                "synchronous": 2,  # FULL
            }
        for connection in connections:
            connection.close()
    finally:
        store.close()


def test_a_second_open_of_the_same_database_is_refused_with_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    first = open_store(path)
    try:
        with pytest.raises(AlreadyRunningError) as refused:
            open_store(path)
        assert refused.value.pid == os.getpid()
        assert str(path) in str(refused.value)
    finally:
        first.close()
    open_store(path).close()  # free again once the first one closed


def test_a_lock_left_by_a_killed_process_does_not_block_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from crm_desktop.store.database import open_store
                store = open_store(Path({str(path)!r}))
                print("OPEN", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "OPEN"
        with pytest.raises(AlreadyRunningError):
            open_store(path)
    finally:
        child.kill()
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    assert path.with_name("crm.sqlite3.lock").exists()  # the file stays, the lock does not
    open_store(path).close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photo.sqlite3"
    content = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as refused:
        open_store(path)
    assert refused.value.problem is DatabaseProblem.NOT_A_DATABASE
    assert path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(DatabaseError) as refused:
        open_store(path)
    assert refused.value.problem is DatabaseProblem.NOT_A_DATABASE


def test_a_database_from_a_newer_version_is_refused_not_downgraded(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseError) as refused:
        open_store(path)
    assert refused.value.problem is DatabaseProblem.TOO_NEW
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "9999_from_the_future"
        )


@posix_only
def test_a_backup_is_a_whole_private_copy(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(formatted_name=f"Person {i}") for i in range(50)])
        backup = backup_database(db.store.engine, path, reason="test")
    assert _mode(backup) == 0o600
    with sqlite3.connect(backup) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM contacts").fetchone()[0] == 50
    assert not list(backup.parent.glob("*.partial"))


def test_the_schema_revision_constant_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_REVISION


def _database_at_revision(path: Path, revision: str) -> None:
    """A database as an older CRM Desktop left it: schema at ``revision``, one contact."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.exec_driver_sql(
            "INSERT INTO contacts (id, formatted_name, created_at, updated_at) "
            "VALUES (1, 'Ana Puig', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')"
        )
        connection.exec_driver_sql(
            "INSERT INTO emails (contact_id, value, types) VALUES (1, 'ana@puig.example', 'work')"
        )
    engine.dispose()


def test_an_older_database_is_backed_up_then_migrated_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0001")
    with open_database(path, "en") as db:
        backup = db.migration_backup
        card = get_contact(db, 1)
    assert (card.draft.formatted_name, card.draft.emails[0].value) == (
        "Ana Puig",
        "ana@puig.example",
    )
    assert card.draft.emails[0].custom_label == ""  # the column 0002 added
    assert backup is not None and backup.parent == path.parent / "backups"
    assert "before-upgrade-0001" in backup.name
    with sqlite3.connect(backup) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert raw.execute("SELECT value FROM emails").fetchall() == [("ana@puig.example",)]
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_REVISION,
        )
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_brand_new_database_needs_no_backup(tmp_path: Path) -> None:
    with open_database(tmp_path / "crm.sqlite3", "en") as db:
        assert db.migration_backup is None
    assert not (tmp_path / "backups").exists()


def test_a_full_disk_during_a_bulk_write_is_our_error_and_nothing_is_half_written(
    tmp_path: Path,
) -> None:
    """Bulk writes go through the raw sqlite3 connection: its errors are mapped as well."""
    from crm_desktop.services.sample_data import generate_contacts
    from crm_desktop.store.engine import driver_connection

    with open_database(tmp_path / "crm.sqlite3", "en") as db:
        add_contacts(db, [ContactDraft(formatted_name="Already Here")])
        with db.writing() as session:  # the writing connection, capped near its current size
            raw = driver_connection(session.connection())
            pages = raw.execute("PRAGMA page_count").fetchone()[0]
            raw.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(DatabaseError) as full:
            add_contacts(db, generate_contacts(3000))
        assert full.value.problem is DatabaseProblem.DISK_FULL
        assert [row.name for row in search_contacts(db).rows] == ["Already Here"]
