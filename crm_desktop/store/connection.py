"""How every writing connection to the database is set up (stdlib only: no SQLAlchemy).

The SQLAlchemy engine (``store.engine``, on each pooled connection) and the raw writer
(``store.raw_writer``) set up their ``sqlite3`` connections here, so the two can never
differ: the fold and sort-key functions, a busy timeout, foreign keys, no trusted schema,
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


def configure(connection: sqlite3.Connection) -> None:
    """Our pragmas and SQL functions on a new ``connection`` to the database file.

    Raises ``sqlite3.OperationalError`` when the file cannot use write-ahead logging.
    """
    connection.isolation_level = None  # we emit BEGIN ourselves (see the module doc)
    register_functions(connection)
    cursor = connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA trusted_schema = OFF")
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
