"""Cheap marks of what the window's lists show, to tell whether a change another process
made (a command run beside the window) touched them (stdlib only).

Reading the contacts list again costs its whole name order (half a second and more at
100,000 contacts), the folder counts as much again; a call logged from the command line
touches neither. These marks, a millisecond to read at that size, change whenever a contact
is added, edited, moved to the Trash or back, or deleted, or its categories or accounts do.
"""

from __future__ import annotations

import sqlite3

from crm_desktop.store.search_index import TRIGRAM_TABLE, WORDS_TABLE

# FTS5's structure record (its segments, and a counter of the index's writes): written by
# every transaction that changes a document of the search index, as every change to a
# contact (its names, e-mails, phones, accounts...) does.
_STRUCTURE_ROWID = 10


def list_marks(connection: sqlite3.Connection) -> tuple[object, ...]:
    """The search indexes' structure records, how many contacts are in the Trash, the
    category links (how many, and the sum of their categories), and the accounts (how
    many, and the newest)."""
    marks: list[object] = []
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        row = connection.execute(
            f"SELECT block FROM {table}_data WHERE id = ?", (_STRUCTURE_ROWID,)
        ).fetchone()
        marks.append(None if row is None else row[0])
    for sql in (
        "SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL",
        "SELECT count(*), total(category_id) FROM contact_categories",
        "SELECT count(*), max(id) FROM accounts WHERE deleted_at IS NULL",
    ):
        marks.extend(connection.execute(sql).fetchone())
    return tuple(marks)
