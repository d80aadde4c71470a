"""Whole contacts for reading (a card shown, an export, ``show --json``), by plain SQL.

Loading 10,000 contacts with their details through the ORM's identity map took longer than
writing them as vCards; these queries hand back plain rows, grouped by contact.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

_CHILD_TABLES = {
    "emails": "SELECT * FROM emails WHERE contact_id IN ({m}) ORDER BY contact_id, position, id",
    "phones": "SELECT * FROM phones WHERE contact_id IN ({m}) ORDER BY contact_id, position, id",
    "addresses": "SELECT * FROM addresses WHERE contact_id IN ({m}) "
    "ORDER BY contact_id, position, id",
    "urls": "SELECT * FROM urls WHERE contact_id IN ({m}) ORDER BY contact_id, position, id",
    "impp": "SELECT * FROM impp WHERE contact_id IN ({m}) ORDER BY contact_id, position, id",
    "custom_fields": "SELECT * FROM custom_fields WHERE contact_id IN ({m}) "
    "ORDER BY contact_id, position, id",
    "extra": "SELECT * FROM extra_properties WHERE contact_id IN ({m}) "
    "ORDER BY contact_id, position, id",
    "categories": "SELECT cc.contact_id, c.name FROM contact_categories cc "
    "JOIN categories c ON c.id = cc.category_id WHERE cc.contact_id IN ({m}) "
    "ORDER BY cc.contact_id, c.position, c.id",
    "links": "SELECT l.contact_id, l.account_id, a.name, l.title, l.is_primary "
    "FROM contact_accounts l JOIN accounts a ON a.id = l.account_id WHERE l.contact_id IN ({m}) "
    "ORDER BY l.contact_id, l.position",
}


@dataclass
class ContactRows:
    """One contact's row and its children's rows (``sqlite3.Row``: read by column name)."""

    contact: sqlite3.Row
    children: dict[str, list[sqlite3.Row]] = field(default_factory=lambda: defaultdict(list))


def load_contacts(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, ContactRows]:
    """The rows of these contacts (at most a few thousand ids per call), by contact id."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    params = list(ids)
    previous = connection.row_factory
    connection.row_factory = sqlite3.Row
    try:
        found = {
            row["id"]: ContactRows(row)
            for row in connection.execute(f"SELECT * FROM contacts WHERE id IN ({marks})", params)
        }
        for name, sql in _CHILD_TABLES.items():
            for row in connection.execute(sql.format(m=marks), params):
                found[row["contact_id"]].children[name].append(row)
    finally:
        connection.row_factory = previous
    return found
