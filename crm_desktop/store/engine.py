"""The SQLAlchemy engine for one database file: our connection set-up, and real transactions.

pysqlite delays ``BEGIN`` until the first write, which breaks SAVEPOINT and makes a
deferred read that later writes fail at once with SQLITE_BUSY. So the driver's own
transaction handling is switched off (``store.connection.configure``, shared with the raw
writer) and we emit ``BEGIN`` ourselves: ``BEGIN IMMEDIATE`` on the writer engine (it takes
the write lock up front, so the busy timeout applies), plain ``BEGIN`` for readers (WAL lets
them read while a writer works).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from crm_desktop.store.connection import configure, connect
from crm_desktop.store.search_history import index_pending

_WRITE_OPTION = "crm_desktop_write"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    configure(dbapi_connection)


def _on_begin(connection: Connection) -> None:
    write = bool(connection.get_execution_options().get(_WRITE_OPTION))
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _on_commit(connection: Connection) -> None:
    if connection.get_execution_options().get(_WRITE_OPTION):
        index_pending(driver_connection(connection))  # the history's search index


def create_db_engine(path: Path) -> Engine:
    """The engine for ``path``."""
    engine = create_engine("sqlite+pysqlite://", creator=lambda: connect(path), poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "commit", _on_commit)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{_WRITE_OPTION: True})


def driver_connection(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under an SQLAlchemy one (same transaction)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver
