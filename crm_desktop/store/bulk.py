"""Fast inserts for bulk work (import, demo data, restore): DB-API ``executemany``.

The ORM unit of work costs 25-33x a raw ``executemany`` per contact (performance.md); the
bulk paths hand plain tuples to SQLite inside the caller's transaction instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from crm_desktop.store.base import Base
from crm_desktop.store.engine import driver_connection


def _table(target: type[Base] | Table) -> Table:
    table = target if isinstance(target, Table) else target.__table__
    assert isinstance(table, Table)
    return table


def insert_many(
    connection: Connection,
    target: type[Base] | Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) into a table, in the open transaction."""
    table = _table(target)
    unknown = set(columns) - set(table.columns.keys())
    if unknown:
        raise ValueError(f"{table.name} has no column {sorted(unknown)}")
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    driver_connection(connection).executemany(
        f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows
    )


def next_id(connection: Connection, target: type[Base] | Table) -> int:
    """The first free id of a table; valid while the caller's write transaction lasts."""
    name = _table(target).name
    row = driver_connection(connection).execute(f"SELECT coalesce(max(id), 0) + 1 FROM {name}")
    return int(row.fetchone()[0])
