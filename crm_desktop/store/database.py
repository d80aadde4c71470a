"""Opening a database file with SQLAlchemy: the checks, migrations (with a backup first).

``open_store`` opens the SQLAlchemy writer, and is the way in for a file that must be
created or migrated. It runs the file's checks (``store.file_checks``: the single-instance
lock before SQLite touches the file, a new file 0600 in a 0700 folder, group and other
permissions taken off an existing one's files, another program's file refused, and
``PRAGMA quick_check``: a damaged database is refused, naming the newest good backup, never
reset), refuses a file a newer version wrote, backs up an existing database before
migrating it, and applies the Alembic migrations with foreign keys off (batch mode copies
tables: with foreign keys on, dropping the old copy would cascade-delete children). A
current file may be written without any of this imported: ``store.raw_writer``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.store.backups import backup_target, write_backup
from crm_desktop.store.engine import create_db_engine, driver_connection, writer
from crm_desktop.store.file_checks import (
    FOREIGN_TABLES,
    PreparedFile,
    check_pages,
    prepare_file,
    with_backup,
)
from crm_desktop.store.folding import register_functions
from crm_desktop.store.lock import DatabaseLock
from crm_desktop.store.schema import SCHEMA_REVISION
from crm_desktop.store.schema_check import SchemaObject, read_schema
from crm_desktop.store.sqlite_errors import environment_error

if TYPE_CHECKING:
    from alembic.config import Config

_MIGRATIONS = Path(__file__).parent / "migrations"
# Alembic's ``context`` is one per process: one migration run at a time.
_ONE_MIGRATION_AT_A_TIME = threading.Lock()


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
    removed_leftovers: tuple[Path, ...] = ()  # what a killed restore left, deleted

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
def expected_schema(revision: str) -> frozenset[SchemaObject]:
    """The schema our migrations make up to ``revision`` (``schema_check``), run on an
    empty database in memory: made once per revision and process (the first costs the
    Alembic import, about a second; the others a tenth of a second each). ``ValueError``
    for a revision no script has."""
    from alembic import command
    from alembic.util import CommandError

    memory = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    register_functions(memory)  # an index or a migration may use our SQL functions
    engine = create_engine("sqlite+pysqlite://", creator=lambda: memory, poolclass=StaticPool)
    try:
        with _ONE_MIGRATION_AT_A_TIME, engine.begin() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            try:
                command.upgrade(config, revision)
            except CommandError as exc:
                raise ValueError(f"no migration makes schema revision {revision!r}") from exc
        return read_schema(memory)
    finally:
        engine.dispose()
        memory.close()


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version can open (older ones are upgraded)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return frozenset(rev.revision for rev in scripts.walk_revisions())


def _check_pages(engine: Engine, path: Path) -> None:
    """``file_checks.check_pages`` on the engine's first connection (it stays in the pool)."""
    try:
        with engine.connect() as connection:
            check_pages(driver_connection(connection), path)
    except DBAPIError as exc:
        raise environment_error(exc, path) or exc from exc


def open_store(
    path: Path,
    lock: DatabaseLock | None = None,
    *,
    prepared: PreparedFile | None = None,
    pages_checked: bool = False,
) -> Store:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    ``lock``: the single-instance lock, if the caller took it already (the window takes it
    before it shows, and opens the store after its first paint). ``prepared``: the file was
    prepared already under that lock (``file_checks.prepare_file``), and with
    ``pages_checked`` its pages checked too (the raw writer did both).
    """
    if lock is None:
        lock = DatabaseLock(path)
    if prepared is None:
        prepared = prepare_file(path, lock)
    try:
        try:
            engine = create_db_engine(path)
            try:
                if not pages_checked:
                    _check_pages(engine, path)
                backup = _migrate(engine, path, may_upgrade=lock.held)
            except BaseException:
                engine.dispose()
                raise
        except DatabaseError as error:
            raise with_backup(error, path) from error
        return Store(
            path=path,
            engine=engine,
            lock=lock,
            migration_backup=backup,
            created=prepared.created,
            repaired_modes=prepared.repaired_modes,
            removed_leftovers=prepared.removed_leftovers,
        )
    except BaseException:
        lock.release()
        raise


def _migrate(engine: Engine, path: Path, *, may_upgrade: bool = True) -> Path | None:
    """Apply pending migrations; return the backup taken first, if any. Without
    ``may_upgrade`` (the lock is another process's), a file to upgrade is refused."""
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
    if not may_upgrade:
        raise DatabaseError(
            DatabaseProblem.CANNOT_OPEN, path, "it must be upgraded: close the window first"
        )
    from alembic import command

    config = _alembic_config()
    if current is None and tables:
        raise DatabaseError(DatabaseProblem.NOT_A_DATABASE, path, FOREIGN_TABLES)
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
