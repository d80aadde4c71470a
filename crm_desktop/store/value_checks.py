"""Stored values every reader relies on, checked: times and partial dates (``check``).

What the app writes is a time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in the supported years and a
birthday or anniversary in ``normalize_partial_date``'s form, in the same years. A row that
holds anything else (written by a version before schema 0005, which the upgrade repaired,
or by another program since) is found here, naming its table, row and column. Times are
tested in SQL: the range and the form as text, and the date and time by SQLite's own
calendar (``datetime(..., '+0 days')`` gives 2026-02-30 back as 2026-03-02), about 3 s for
a million times.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator

from crm_desktop.errors import CrmError
from crm_desktop.records.date_range import EARLIEST, END, FIRST_YEAR, LAST_YEAR
from crm_desktop.records.partial_dates import normalize_partial_date
from crm_desktop.store.base import UTCDateTime
from crm_desktop.store.models import Base
from crm_desktop.store.times import utc_text

MAX_REPORTED = 100  # rows named one by one; the rest are counted

_PARTIAL_DATES = ("birthday", "anniversary")


def sound_time_sql(column: str) -> str:
    """An SQL condition true when ``column`` holds a time as the app writes it."""
    c = column
    return (
        f"({c} >= '{utc_text(EARLIEST)}' AND {c} < '{utc_text(END)}' AND length({c}) = 27 "
        f"AND substr({c}, 11, 1) = 'T' AND substr({c}, 20, 1) = '.' AND substr({c}, 27) = 'Z' "
        f"AND trim(substr({c}, 21, 6), '0123456789') = '' "
        f"AND datetime(substr({c}, 1, 19), '+0 days') IS substr({c}, 1, 10) || ' ' || "
        f"substr({c}, 12, 8))"
    )


def time_columns() -> Iterator[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(table, its key columns, its time columns) for every table with times, from the
    models: a time column added later is checked without a word here."""
    for table in Base.metadata.sorted_tables:
        times = tuple(c.name for c in table.columns if isinstance(c.type, UTCDateTime))
        if times:
            yield table.name, tuple(c.name for c in table.primary_key.columns), times


def _damaged_times(connection: sqlite3.Connection) -> Iterator[str]:
    expected = f"a time in the years {FIRST_YEAR} to {LAST_YEAR}"
    for table, keys, columns in time_columns():
        key_list = ", ".join(keys)
        for column in columns:
            rows = connection.execute(
                f"SELECT {key_list}, {column} FROM {table} "
                f"WHERE {column} IS NOT NULL AND NOT {sound_time_sql(column)} ORDER BY {key_list}"
            )
            for *key, value in rows:
                row = " ".join(str(part) for part in key)
                yield f"{table} {row} {column}: {value!r} is not {expected}"


def _damaged_dates(connection: sqlite3.Connection) -> Iterator[str]:
    expected = f"a date in the years {FIRST_YEAR} to {LAST_YEAR}"
    for column in _PARTIAL_DATES:
        rows = connection.execute(
            f"SELECT id, {column} FROM contacts WHERE {column} IS NOT NULL ORDER BY id"
        )
        for contact_id, value in rows:
            try:
                sound = normalize_partial_date(value, column) == value
            except CrmError:
                sound = False
            if not sound:
                yield f"contacts {contact_id} {column}: {value!r} is not {expected}"


def damaged_values(connection: sqlite3.Connection) -> list[str]:
    """Every row whose time, birthday or anniversary is not what the app writes (the first
    ``MAX_REPORTED``, then how many more); [] if there is none."""
    found: list[str] = []
    more = 0
    for problem in itertools.chain(_damaged_times(connection), _damaged_dates(connection)):
        if len(found) < MAX_REPORTED:
            found.append(problem)
        else:
            more += 1
    if more:
        found.append(f"... and {more} more times or dates like these")
    return found
