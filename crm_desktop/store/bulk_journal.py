"""The bulk changes' undo records (table ``bulk_changes``, stdlib only): each bulk change
writes what it changed in its own transaction, so that the change and its way back are
committed together; the newest ``KEEP`` are kept."""

from __future__ import annotations

import sqlite3

from crm_desktop.store.times import utc_now, utc_text

KEEP = 50
JournalRow = tuple[
    int, str, str, int, str, str | None
]  # id, made_at, action, contacts, undo, undone


def record_change(connection: sqlite3.Connection, action: str, contacts: int, undo: str) -> int:
    """Write one bulk change's undo record (and forget those past the newest ``KEEP``)."""
    cursor = connection.execute(
        "INSERT INTO bulk_changes (made_at, action, contacts, undo) VALUES (?, ?, ?, ?)",
        (utc_text(utc_now()), action, contacts, undo),
    )
    connection.execute(
        "DELETE FROM bulk_changes WHERE id <= (SELECT id FROM bulk_changes ORDER BY id DESC "
        "LIMIT 1 OFFSET ?)",
        (KEEP,),
    )
    return int(cursor.lastrowid or 0)


def mark_undone(connection: sqlite3.Connection, change_id: int) -> None:
    connection.execute(
        "UPDATE bulk_changes SET undone_at = ? WHERE id = ?", (utc_text(utc_now()), change_id)
    )


def recent_changes(connection: sqlite3.Connection, limit: int = KEEP) -> list[JournalRow]:
    """The newest bulk changes first."""
    return [
        (int(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), r[5])
        for r in connection.execute(
            "SELECT id, made_at, action, contacts, undo, undone_at FROM bulk_changes "
            "ORDER BY id DESC LIMIT ?",
            (limit,),
        )
    ]
