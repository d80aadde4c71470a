"""Fast inserts for bulk work (import, merge, demo data): DB-API ``executemany``.

The ORM unit of work costs 25-33x a raw ``executemany`` per contact (performance.md); the
bulk paths hand plain tuples to SQLite inside the caller's transaction instead. Stdlib
only: an import into a current database never loads SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any


def insert_many(
    connection: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table``, in the open transaction."""
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    connection.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def next_id(connection: sqlite3.Connection, table: str) -> int:
    """The first free id of ``table``; valid while the caller's write transaction lasts."""
    row = connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0])
