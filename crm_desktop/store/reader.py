"""The raw ``sqlite3`` reader every read goes through (stdlib only: no SQLAlchemy import).

A ``Reader`` hands out query-only connections, each inside one read transaction (``BEGIN``
... ``COMMIT``); a connection is reused once its transaction ends, and a thread that reads
while another one does gets a connection of its own. It takes no lock: reading beside the
open window is safe under WAL. ``open_reader`` opens one only on a current database (one the
writer would neither create nor migrate); callers open the writer first otherwise.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.store.connection import BUSY_TIMEOUT_MS, CACHE_KIB, harden
from crm_desktop.store.folding import register_functions
from crm_desktop.store.schema import SCHEMA_REVISION, stored_revision
from crm_desktop.store.sqlite_errors import (
    environment_error,
    os_error,
    read_only_reason,
    unreadable_reason,
)

MMAP_BYTES = 1 << 30

# What services name a read connection by (they import no sqlite3 themselves).
ReadConnection = sqlite3.Connection


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        harden(connection)
        connection.execute("PRAGMA query_only = ON")
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # Reads through a memory map (up to 1 GiB), not read() into the page cache: a search
        # reading activities' documents at 100,000 contacts and 1,000,000 activities takes
        # 6 ms instead of 10 (bench/search_bench.py). Read-only connection: nothing written
        # goes through the map.
        connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        register_functions(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _mapped(exc: sqlite3.Error, path: Path) -> BaseException:
    """Our error for an environment failure (a CANNOT_OPEN that is really a read-only place:
    WAL needs to write its -shm even to read), else the exception itself (a bug)."""
    mapped = environment_error(exc, path)
    if mapped is None or mapped.problem is not DatabaseProblem.CANNOT_OPEN:
        return mapped or exc
    unreadable = unreadable_reason(path)
    if unreadable:
        return DatabaseError(DatabaseProblem.CANNOT_OPEN, path, unreadable)
    read_only = read_only_reason(path)
    return DatabaseError(DatabaseProblem.READ_ONLY, path, read_only) if read_only else mapped


class Reader:
    """Query-only connections to one database file, one read transaction at a time each."""

    def __init__(self, path: Path, first: sqlite3.Connection) -> None:
        self.path = path
        self._idle = [first]
        self._guard = threading.Lock()
        self._closed = False

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection inside one read transaction; environment failures become our errors."""
        with self._guard:
            connection = self._idle.pop() if self._idle else None
        try:
            if connection is None:
                connection = _connect(self.path)
            connection.execute("BEGIN")
        except sqlite3.Error as exc:
            if connection is not None:
                connection.close()
            raise _mapped(exc, self.path) from exc
        try:
            yield connection
        except sqlite3.Error as exc:
            self._end(connection)
            raise _mapped(exc, self.path) from exc
        except BaseException:
            self._end(connection)
            raise
        self._end(connection)

    def _end(self, connection: sqlite3.Connection) -> None:
        try:
            if connection.in_transaction:
                connection.execute("COMMIT")
        except sqlite3.Error:
            connection.close()  # a connection in a doubtful state is not reused
            return
        with self._guard:
            if not self._closed:
                self._idle.append(connection)
                return
        connection.close()

    def close(self) -> None:
        """Close every connection; one still reading closes when its read ends. As with a
        disposed SQLAlchemy engine, a read after this (a window painting as it closes) is
        served by a connection of its own, closed when that read ends."""
        with self._guard:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


class ChangeWatch:
    """Whether another connection (another process's, or a writer of ours) committed since
    last asked: ``PRAGMA data_version`` on a query-only connection of its own (a few
    microseconds, whatever the size of the database)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._guard = threading.Lock()

    def version(self) -> int:
        """The connection's data version: it differs from the last one read when another
        connection committed in between."""
        with self._guard:
            try:
                if self._connection is None:
                    self._connection = _connect(self.path)
                row = self._connection.execute("PRAGMA data_version").fetchone()
            except sqlite3.Error as exc:
                raise _mapped(exc, self.path) from exc
            return int(row[0])

    def close(self) -> None:
        with self._guard:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


def open_reader(path: Path) -> Reader | None:
    """A reader of the current database at ``path``; None if the writer must open it first
    (missing, empty, not yet migrated, or from another schema revision)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError as exc:  # its folder cannot be looked into, a name too long...
        raise os_error(exc, path, writing=False) from exc
    try:
        connection = _connect(path)
    except sqlite3.Error as exc:
        raise _mapped(exc, path) from exc
    try:
        current = stored_revision(connection)
    except sqlite3.Error as exc:
        connection.close()
        raise _mapped(exc, path) from exc
    if current != SCHEMA_REVISION:
        connection.close()
        return None
    return Reader(path, connection)
