"""Opening a database file: lock, file modes, migrations (with a backup first), pragmas.

``open_store`` is the only way in. It takes the single-instance lock before SQLite touches
the file, creates a new file 0600 in a 0700 folder (and takes group and other permissions
off the files of an existing one), refuses a file that is not ours or that a newer version
wrote, runs ``PRAGMA quick_check`` (a damaged database is refused, naming the newest good
backup, never reset), backs up an existing database before migrating it, and applies the
Alembic migrations with foreign keys off (batch mode copies tables: with foreign keys on,
dropping the old copy would cascade-delete children).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.paths import make_private_dir, repair_private_modes, touch_private_file
from crm_desktop.store.backups import (
    SQLITE_HEADER,
    backup_target,
    list_backup_files,
    newest_good_backup,
    write_backup,
)
from crm_desktop.store.engine import create_db_engine, driver_connection, writer
from crm_desktop.store.lock import DatabaseLock
from crm_desktop.store.schema import SCHEMA_REVISION
from crm_desktop.store.sqlite_errors import environment_error, os_error, read_only_reason

if TYPE_CHECKING:
    from alembic.config import Config

_MIGRATIONS = Path(__file__).parent / "migrations"
_FOREIGN_TABLES = "tables of another program"


@dataclass
class Store:
    """An open database: its engine, its two session factories and the lock that guards it."""

    path: Path
    engine: Engine
    lock: DatabaseLock
    reading: sessionmaker[Session] = field(init=False)
    writing: sessionmaker[Session] = field(init=False)
    migration_backup: Path | None = None
    created: bool = False  # the file was new (or empty): there is nothing to back up
    repaired_modes: tuple[Path, ...] = ()  # files that were readable by others, made 0600

    def __post_init__(self) -> None:
        self.reading = sessionmaker(bind=self.engine, expire_on_commit=False)
        self.writing = sessionmaker(bind=writer(self.engine), expire_on_commit=False)

    def close_connections(self) -> None:
        """Close every connection to the file (before a restore replaces it); the lock stays."""
        self.engine.dispose()

    @contextmanager
    def raw_writing(self) -> Iterator[sqlite3.Connection]:
        """The sqlite3 connection of one write transaction, committed at the end."""
        with self.writing.begin() as session:
            yield driver_connection(session.connection())

    def close(self) -> None:
        self.engine.dispose()
        self.lock.release()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision among the migration scripts (Alembic's view)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version can open (older ones are upgraded)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return frozenset(rev.revision for rev in scripts.walk_revisions())


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:  # closed before SQLite opens the file
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(DatabaseProblem.NOT_A_DATABASE, path)
    if header:
        _check_ours(path)


def _check_ours(path: Path) -> None:
    """Refuse another program's SQLite file before our engine touches it (its first
    connection would switch the file to WAL: a change to somebody else's data)."""
    raw = sqlite3.connect(str(path), isolation_level=None)
    try:
        names = {str(row[0]) for row in raw.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as exc:
        raise environment_error(exc, path) or exc from exc
    finally:
        raw.close()
    tables = {n for n in names if not n.startswith("sqlite_")}
    if tables and "alembic_version" not in tables:
        raise DatabaseError(DatabaseProblem.NOT_A_DATABASE, path, "tables of another program")


def _check_place(path: Path) -> None:
    """Make the database's folder (0700) if missing; our error, before SQLite or the lock
    touch anything, when it cannot be made or the file or folder cannot be written."""
    try:
        make_private_dir(path.parent)
    except OSError as exc:
        error = os_error(exc, path)
        error.detail = f"its folder cannot be made: {error.detail}"
        raise error from exc
    if not path.parent.is_dir():
        raise DatabaseError(
            DatabaseProblem.CANNOT_OPEN, path, f"{path.parent} is a file, not a folder"
        )
    if path.is_dir():
        raise DatabaseError(DatabaseProblem.CANNOT_OPEN, path, "it is a folder")
    reason = read_only_reason(path)
    if reason is not None:
        raise DatabaseError(DatabaseProblem.READ_ONLY, path, reason)


def _check_pages(engine: Engine, path: Path) -> None:
    """``PRAGMA quick_check`` (pages and records, not index cross-checks): a damaged file is
    refused before anything writes to it."""
    try:
        with engine.connect() as connection:
            problems = [
                str(row[0])
                for row in connection.exec_driver_sql("PRAGMA quick_check")
                if str(row[0]) != "ok"
            ]
            connection.rollback()
            # The check filled this connection's page cache (64 MiB at 100,000 contacts) with
            # pages the raw reader, which serves every read, keeps in a cache of its own.
            connection.exec_driver_sql("PRAGMA shrink_memory")
    except DBAPIError as exc:
        raise environment_error(exc, path) or exc from exc
    if problems:
        more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
        raise DatabaseError(DatabaseProblem.CORRUPT, path, problems[0] + more)


def _with_backup(error: DatabaseError, path: Path) -> DatabaseError:
    """A damaged database's error, naming the newest good backup to restore from.

    A file that is no SQLite file at all but has backups of its own was ours: damaged too.
    """
    if error.problem not in (DatabaseProblem.CORRUPT, DatabaseProblem.NOT_A_DATABASE):
        return error
    if error.problem is DatabaseProblem.NOT_A_DATABASE and (
        error.detail == _FOREIGN_TABLES or not list_backup_files(path)
    ):
        return error  # another program's database, or never one of ours: not damaged
    backup = newest_good_backup(path, known_revisions())
    return DatabaseError(DatabaseProblem.CORRUPT, path, error.detail, backup)


def open_store(path: Path, lock: DatabaseLock | None = None) -> Store:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    ``lock``: the single-instance lock, if the caller took it already (the window takes it
    before it shows, and opens the store after its first paint).
    """
    _check_place(path)
    if lock is None:
        lock = DatabaseLock(path)
    if not lock.held:
        lock.acquire()
    try:
        created = not path.exists() or path.stat().st_size == 0
        repaired = () if created else repair_private_modes(path)
        if not path.exists():
            touch_private_file(path)
        try:
            _check_header(path)
            engine = create_db_engine(path)
            try:
                _check_pages(engine, path)
                backup = _migrate(engine, path)
            except BaseException:
                engine.dispose()
                raise
        except DatabaseError as error:
            raise _with_backup(error, path) from error
        return Store(
            path=path,
            engine=engine,
            lock=lock,
            migration_backup=backup,
            created=created,
            repaired_modes=repaired,
        )
    except BaseException:
        lock.release()
        raise


def _migrate(engine: Engine, path: Path) -> Path | None:
    """Apply pending migrations; return the backup taken first, if any."""
    try:
        with engine.connect() as connection:
            has_version = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).scalar_one()
            current = (
                connection.exec_driver_sql("SELECT max(version_num) FROM alembic_version").scalar()
                if has_version
                else None
            )
            tables = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version'"
            ).scalar_one()
            connection.rollback()
    except DBAPIError as exc:
        raise environment_error(exc, path) or exc from exc
    if current == SCHEMA_REVISION:
        return None
    from alembic import command

    config = _alembic_config()
    if current is None and tables:
        raise DatabaseError(DatabaseProblem.NOT_A_DATABASE, path, _FOREIGN_TABLES)
    if current is not None and current not in known_revisions():
        raise DatabaseError(DatabaseProblem.TOO_NEW, path, f"schema revision {current}")
    backup = backup_database(engine, path, reason=f"before-upgrade-{current}") if current else None
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction
            try:
                with connection.begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            DatabaseProblem.MIGRATION_FAILED, path, f"{len(broken)} broken links"
                        )
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
    except DBAPIError as exc:
        raise environment_error(exc, path) or DatabaseError(
            DatabaseProblem.MIGRATION_FAILED, path, str(exc.orig)
        ) from exc
    return backup


def backup_database(
    engine: Engine, path: Path, reason: str, now: datetime | None = None, target: Path | None = None
) -> Path:
    """A consistent copy of the live database (SQLite's backup API), checked with
    ``integrity_check``, 0600; in ``backups/`` under a dated name unless ``target`` is given.

    Raises ``BackupFailedError``, or ``DatabaseError`` for a full disk.
    """
    if target is None:
        target = backup_target(path, reason, now or datetime.now(UTC))
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        write_backup(source, target)
    finally:
        raw.close()
    return target
