"""The alphabet the sort keys were made for, and making them again for another (plain SQL)."""

from __future__ import annotations

import sqlite3

from crm_desktop.records.naming import file_as
from crm_desktop.store.folding import sort_key

SORT_LANGUAGE = "sort_language"


def stored_sort_language(connection: sqlite3.Connection) -> str | None:
    """The language the stored sort keys follow; None before any was recorded."""
    row = connection.execute(
        "SELECT value FROM settings WHERE key = ?", (SORT_LANGUAGE,)
    ).fetchone()
    return None if row is None else str(row[0])


def rebuild_sort_keys(connection: sqlite3.Connection, language: str) -> None:
    """Every contact's and account's sort key made for ``language``, and the language recorded
    (inside the caller's write transaction)."""
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SORT_LANGUAGE, language),
    )
    contacts = connection.execute(
        "SELECT id, family_name, given_name, additional_names, formatted_name FROM contacts"
    ).fetchall()
    connection.executemany(
        "UPDATE contacts SET sort_key = ? WHERE id = ?",
        [(sort_key(file_as(*row[1:]), language), row[0]) for row in contacts],
    )
    accounts = connection.execute("SELECT id, name FROM accounts").fetchall()
    connection.executemany(
        "UPDATE accounts SET sort_key = ? WHERE id = ?",
        [(sort_key(name, language), account_id) for account_id, name in accounts],
    )
