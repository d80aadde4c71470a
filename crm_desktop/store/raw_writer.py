"""Writing to a current database on one plain ``sqlite3`` connection (stdlib only).

Bulk writes (import, adding contacts, emptying the Trash) need no ORM: on a database that
needs neither creating nor migrating, the raw writer serves them without importing
SQLAlchemy or Alembic (0.3 s of every such command). Its connection is set up as the
engine's are (``store.connection``), after the file's checks (``store.file_checks``), and
each write is one transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` when
anything fails.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.store.connection import BUSY_TIMEOUT_MS, configure, connect
from crm_desktop.store.file_checks import PreparedFile, check_pages, with_backup
from crm_desktop.store.schema import SCHEMA_REVISION, stored_revision
from crm_desktop.store.search_history import index_pending
from crm_desktop.store.sqlite_errors import environment_error


class RawWriter:
    """One writing connection to a checked, current database file; one write at a time."""

    def __init__(self, path: Path, connection: sqlite3.Connection, prepared: PreparedFile) -> None:
        self.path = path
        self.prepared = prepared
        self._connection: sqlite3.Connection | None = connection
        # A second thread waits here as it would for SQLite's write lock (busy timeout).
        self._one_write = threading.Lock()

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one write transaction, committed at the end or rolled back.

        SQLite's errors come as they are (``sqlite_errors`` maps them); ``LOCKED`` when
        another thread's write holds the connection past the busy timeout."""
        if not self._one_write.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise DatabaseError(DatabaseProblem.LOCKED, self.path, "another write is under way")
        try:
            connection = self._connection
            if connection is None:
                connection = self._connection = _connected(self.path)
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                index_pending(connection)  # the history's search index
                connection.execute("COMMIT")
            except BaseException:
                self._roll_back(connection)
                raise
        finally:
            self._one_write.release()

    def _roll_back(self, connection: sqlite3.Connection) -> None:
        """Undo the failed transaction (SQLite may have rolled it back already); a
        connection that cannot is closed, never reused in a doubtful state."""
        try:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        except sqlite3.Error:
            connection.close()
            self._connection = None

    def close(self) -> None:
        """Close the connection (the lock is its owner's to release)."""
        with self._one_write:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


def _connected(path: Path) -> sqlite3.Connection:
    connection = connect(path)
    try:
        configure(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def open_beside_writer(path: Path) -> RawWriter | None:
    """The raw writer of a current database whose lock another process holds (the window):
    its file was checked by that process, under its lock, so no checks here (and no
    ``quick_check``, 1 s at 100,000 contacts); each write waits for the other's (the busy
    timeout). None when the file is not current: creating or upgrading it needs the lock."""
    try:
        connection = _connected(path)
        try:
            current = stored_revision(connection) == SCHEMA_REVISION
        except BaseException:
            connection.close()
            raise
    except sqlite3.Error as exc:
        raise environment_error(exc, path) or exc from exc
    if not current:
        connection.close()
        return None
    return RawWriter(path, connection, PreparedFile(created=False, repaired_modes=()))


def open_raw_writer(path: Path, prepared: PreparedFile) -> RawWriter | None:
    """The raw writer of the database at ``path``, once its pages pass ``quick_check``;
    None when the file must be created or migrated first (``store.database.open_store``).

    ``prepared``: ``file_checks.prepare_file``'s result (the lock is held). Raises
    ``DatabaseError`` (a damaged file's naming the newest good backup).
    """
    if prepared.created:
        return None
    try:
        connection = _connected(path)
        try:
            if stored_revision(connection) != SCHEMA_REVISION:
                connection.close()
                return None
            check_pages(connection, path)
        except BaseException:
            connection.close()
            raise
    except sqlite3.Error as exc:
        mapped = environment_error(exc, path)
        if mapped is None:
            raise
        raise with_backup(mapped, path) from exc
    except DatabaseError as error:
        raise with_backup(error, path) from error
    return RawWriter(path, connection, prepared)
