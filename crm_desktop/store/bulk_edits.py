"""Changes to many contacts at once, by plain SQL in the caller's transaction (stdlib only):
categories added or removed, the keep-in-touch interval set. Each returns what it changed,
exactly, so that its undo puts back only that."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from crm_desktop.store.times import utc_now, utc_text

_CHUNK = 500
Link = tuple[int, int]  # (contact id, category id)


def live_contacts(connection: sqlite3.Connection, ids: Sequence[int]) -> list[int]:
    found: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        part = list(ids[start : start + _CHUNK])
        marks = ", ".join("?" for _ in part)
        found += [
            int(row[0])
            for row in connection.execute(
                f"SELECT id FROM contacts WHERE id IN ({marks}) AND deleted_at IS NULL", part
            )
        ]
    return found


def _touch(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    now = utc_text(utc_now())
    connection.executemany(
        "UPDATE contacts SET updated_at = ? WHERE id = ?", [(now, i) for i in ids]
    )
    # No search document to rewrite: a contact's categories are searched through its links
    # (``search_index.category_contacts_sql``), not its document.


def add_categories(
    connection: sqlite3.Connection, contact_ids: Sequence[int], category_ids: Sequence[int]
) -> list[Link]:
    """Put these contacts (outside the Trash) in these categories; the links it added."""
    live = live_contacts(connection, contact_ids)
    had = set(_links(connection, live, category_ids))
    added = [(c, g) for c in live for g in category_ids if (c, g) not in had]
    connection.executemany(
        "INSERT INTO contact_categories (contact_id, category_id) VALUES (?, ?)", added
    )
    _touch(connection, sorted({c for c, _ in added}))
    return added


def remove_categories(
    connection: sqlite3.Connection, contact_ids: Sequence[int], category_ids: Sequence[int]
) -> list[Link]:
    """Take these contacts (outside the Trash) out of these categories; the links removed."""
    removed = _links(connection, live_contacts(connection, contact_ids), category_ids)
    connection.executemany(
        "DELETE FROM contact_categories WHERE contact_id = ? AND category_id = ?", removed
    )
    _touch(connection, sorted({c for c, _ in removed}))
    return removed


def restore_links(
    connection: sqlite3.Connection, added: Sequence[Link], removed: Sequence[Link]
) -> None:
    """Undo: take out the links ``added``, put back those ``removed``."""
    connection.executemany(
        "DELETE FROM contact_categories WHERE contact_id = ? AND category_id = ?", added
    )
    connection.executemany(
        "INSERT OR IGNORE INTO contact_categories (contact_id, category_id) VALUES (?, ?)",
        removed,
    )
    _touch(connection, sorted({c for c, _ in (*added, *removed)}))


def _links(
    connection: sqlite3.Connection, contact_ids: Sequence[int], category_ids: Sequence[int]
) -> list[Link]:
    if not category_ids:
        return []
    groups = ", ".join("?" for _ in category_ids)
    found: list[Link] = []
    for start in range(0, len(contact_ids), _CHUNK):
        part = list(contact_ids[start : start + _CHUNK])
        marks = ", ".join("?" for _ in part)
        found += [
            (int(r[0]), int(r[1]))
            for r in connection.execute(
                "SELECT contact_id, category_id FROM contact_categories "
                f"WHERE contact_id IN ({marks}) AND category_id IN ({groups})",
                [*part, *category_ids],
            )
        ]
    return found


def set_keep_in_touch(
    connection: sqlite3.Connection, contact_ids: Sequence[int], days: int | None
) -> list[tuple[int, int | None]]:
    """Set the keep-in-touch interval of these contacts (outside the Trash); each one's
    interval before, for the undo (``restore_keep_in_touch``)."""
    before: list[tuple[int, int | None]] = []
    live = live_contacts(connection, contact_ids)
    for start in range(0, len(live), _CHUNK):
        part = live[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        before += [
            (int(r[0]), r[1])
            for r in connection.execute(
                f"SELECT id, keep_in_touch_days FROM contacts WHERE id IN ({marks})", part
            )
        ]
    restore_keep_in_touch(connection, [(i, days) for i, _ in before])
    return before


def restore_keep_in_touch(
    connection: sqlite3.Connection, values: Sequence[tuple[int, int | None]]
) -> None:
    now = utc_text(utc_now())
    connection.executemany(
        "UPDATE contacts SET keep_in_touch_days = ?, updated_at = ? WHERE id = ?",
        [(days, now, i) for i, days in values],
    )
