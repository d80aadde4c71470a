"""Favourite contacts by plain SQL (stdlib only): the folder pane's pinned shortcuts (the
table of migration 0017), and the names of the recently viewed ones."""

from __future__ import annotations

import sqlite3

ShortcutTuple = tuple[int, str]  # (contact id, formatted name)


def favourites(connection: sqlite3.Connection) -> list[ShortcutTuple]:
    """The pinned contacts outside the Trash, in the order they were pinned."""
    return [
        (int(r[0]), str(r[1]))
        for r in connection.execute(
            "SELECT c.id, c.formatted_name FROM favourite_contacts f "
            "JOIN contacts c ON c.id = f.contact_id WHERE c.deleted_at IS NULL "
            "ORDER BY f.position, f.contact_id"
        )
    ]


def favourite_ids(connection: sqlite3.Connection) -> set[int]:
    """Every pinned contact (in the Trash too)."""
    return {int(r[0]) for r in connection.execute("SELECT contact_id FROM favourite_contacts")}


def pin(connection: sqlite3.Connection, contact_id: int) -> bool:
    """Pin the contact last in the list; whether it was not pinned yet (False too when there
    is no such contact)."""
    if connection.execute("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)).fetchone() is None:
        return False
    cursor = connection.execute(
        "INSERT INTO favourite_contacts (contact_id, position) "
        "SELECT ?, coalesce(max(position) + 1, 0) FROM favourite_contacts "
        "WHERE true ON CONFLICT (contact_id) DO NOTHING",
        (contact_id,),
    )
    return cursor.rowcount > 0


def unpin(connection: sqlite3.Connection, contact_id: int) -> bool:
    """Whether the contact was pinned."""
    cursor = connection.execute(
        "DELETE FROM favourite_contacts WHERE contact_id = ?", (contact_id,)
    )
    return cursor.rowcount > 0


def live_names(connection: sqlite3.Connection, ids: list[int]) -> list[ShortcutTuple]:
    """These contacts outside the Trash, in the order asked (others left out)."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    names = {
        int(r[0]): str(r[1])
        for r in connection.execute(
            f"SELECT id, formatted_name FROM contacts WHERE deleted_at IS NULL AND id IN ({marks})",
            ids,
        )
    }
    return [(i, names[i]) for i in ids if i in names]
