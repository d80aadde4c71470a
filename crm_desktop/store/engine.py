"""The engine for one database file: pragmas, the fold function, and real transactions.

pysqlite delays ``BEGIN`` until the first write, which breaks SAVEPOINT and makes a
deferred read that later writes fail at once with SQLITE_BUSY. So the driver's own
transaction handling is switched off and we emit ``BEGIN`` ourselves: ``BEGIN IMMEDIATE``
on the writer engine (it takes the write lock up front, so the busy timeout applies),
plain ``BEGIN`` for readers (WAL lets them read while a writer works).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from crm_desktop.store.folding import register_functions

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 65536
_WRITE_OPTION = "crm_desktop_write"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module doc)
    register_functions(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA trusted_schema = OFF")
        # 64 MiB of page cache: the default 2 MiB turns index upkeep at 100,000 contacts
        # into random reads (bulk insert 2.5x slower here).
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot use write-ahead logging (journal mode {mode})")
        # FULL: a confirmed import survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    write = bool(connection.get_execution_options().get(_WRITE_OPTION))
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def create_db_engine(path: Path) -> Engine:
    """The engine for ``path``. The path is handed to sqlite3 as is (no URL quoting pitfalls)."""

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{_WRITE_OPTION: True})


def driver_connection(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under an SQLAlchemy one (same transaction)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver
