"""How every writing connection to the database is set up (stdlib only: no SQLAlchemy).

The SQLAlchemy engine (``store.engine``, on each pooled connection) and the raw writer
(``store.raw_writer``) set up their ``sqlite3`` connections here, so the two can never
differ: no trusted schema and SQLite's defensive mode where the driver has it (``harden``,
which every other connection to a database file gets too), the fold and sort-key
functions, a busy timeout, foreign keys,
a large page cache, write-ahead logging and ``synchronous = FULL``.

The driver's own transaction handling is off (``isolation_level = None``): we emit
``BEGIN IMMEDIATE`` ourselves for writes (it takes the write lock up front, so the busy
timeout applies) and plain ``BEGIN`` for reads.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crm_desktop.store.folding import register_functions

BUSY_TIMEOUT_MS = 5000
# 64 MiB of page cache: the default 2 MiB turns index upkeep at 100,000 contacts into
# random reads (bulk insert 2.5x slower here). The raw reader uses the same.
CACHE_KIB = 65536


def harden(connection: sqlite3.Connection) -> None:
    """Trust nothing a database file's schema says: ``trusted_schema = OFF`` (a trigger,
    view or default in the file runs no function with side effects, and no virtual table the
    app did not make), and, where the driver can set it (``setconfig``: Python 3.12 and
    later), SQLite's defensive mode (no ``writable_schema``, no direct writes to the search
    index's shadow tables, nothing that can corrupt the file on purpose). Every connection
    the app opens to a database file gets this first."""
    connection.execute("PRAGMA trusted_schema = OFF")
    setconfig = getattr(connection, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)


def configure(connection: sqlite3.Connection) -> None:
    """Our pragmas and SQL functions on a new ``connection`` to the database file.

    Raises ``sqlite3.OperationalError`` when the file cannot use write-ahead logging.
    """
    connection.isolation_level = None  # we emit BEGIN ourselves (see the module doc)
    harden(connection)
    register_functions(connection)
    cursor = connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot use write-ahead logging (journal mode {mode})")
        # FULL: a confirmed import survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection to ``path`` (any thread may use it; the path handed to sqlite3 as
    it is, no URL quoting pitfalls), not yet set up: ``configure`` does that."""
    return sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
