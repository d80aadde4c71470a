"""Smart folders by plain SQL (stdlib only): the saved searches of the folder pane."""

from __future__ import annotations

import sqlite3

from crm_desktop.store.folding import fold

FolderTuple = tuple[int, str, str, str]  # (id, name, query, filters as JSON)


def smart_folders(connection: sqlite3.Connection) -> list[FolderTuple]:
    """Every smart folder, in the pane's order."""
    return [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in connection.execute(
            "SELECT id, name, query, filters FROM smart_folders ORDER BY position, id"
        )
    ]


def smart_folder_named(connection: sqlite3.Connection, name: str) -> FolderTuple | None:
    """The smart folder called ``name`` (case and accents aside), or None."""
    row = connection.execute(
        "SELECT id, name, query, filters FROM smart_folders WHERE name_fold = ?",
        (fold(name.strip()),),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]), str(row[3]))


def name_taken(connection: sqlite3.Connection, name: str, other_than: int | None = None) -> bool:
    row = connection.execute(
        "SELECT id FROM smart_folders WHERE name_fold = ? AND id IS NOT ?",
        (fold(name.strip()), other_than),
    ).fetchone()
    return row is not None


def insert_smart_folder(connection: sqlite3.Connection, name: str, query: str, filters: str) -> int:
    position = connection.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM smart_folders"
    ).fetchone()[0]
    cursor = connection.execute(
        "INSERT INTO smart_folders (name, name_fold, query, filters, position) "
        "VALUES (?, ?, ?, ?, ?)",
        (name.strip(), fold(name.strip()), query, filters, position),
    )
    return int(cursor.lastrowid or 0)


def rename_smart_folder(connection: sqlite3.Connection, folder_id: int, name: str) -> bool:
    """Whether there was such a folder to rename."""
    cursor = connection.execute(
        "UPDATE smart_folders SET name = ?, name_fold = ? WHERE id = ?",
        (name.strip(), fold(name.strip()), folder_id),
    )
    return cursor.rowcount > 0


def delete_smart_folder(connection: sqlite3.Connection, folder_id: int) -> bool:
    """Whether there was such a folder to remove."""
    return connection.execute("DELETE FROM smart_folders WHERE id = ?", (folder_id,)).rowcount > 0
