"""Reading leads, and the accounts a converted lead may be matched with (stdlib only)."""

from __future__ import annotations

import sqlite3
from typing import Any


def lead_rows(connection: sqlite3.Connection, status: str | None) -> list[tuple[Any, ...]]:
    """(contact id, account id, name, account name, status, reason, source, created_at) of
    the contacts, then the accounts, marked as leads and outside the Trash, by name; a
    contact's account is its primary one (else its first)."""
    where = " AND lead_status = ?" if status is not None else ""
    params = (status,) if status is not None else ()
    contacts = connection.execute(
        "SELECT c.id, NULL, c.formatted_name, coalesce((SELECT a.name FROM contact_accounts l "
        " JOIN accounts a ON a.id = l.account_id WHERE l.contact_id = c.id "
        " ORDER BY l.is_primary DESC, l.position LIMIT 1), ''), "
        "c.lead_status, c.lead_reason, c.lead_source, c.created_at FROM contacts c "
        f"WHERE c.is_lead AND c.deleted_at IS NULL{where} ORDER BY c.sort_key, c.id",
        params,
    ).fetchall()
    accounts = connection.execute(
        "SELECT NULL, a.id, a.name, a.name, a.lead_status, a.lead_reason, a.lead_source, "
        f"a.created_at FROM accounts a WHERE a.is_lead AND a.deleted_at IS NULL{where} "
        "ORDER BY a.sort_key, a.id",
        params,
    ).fetchall()
    return [tuple(row) for row in contacts + accounts]


def account_names(connection: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, name) of every account outside the Trash, oldest first."""
    return [
        (int(r[0]), str(r[1]))
        for r in connection.execute(
            "SELECT id, name FROM accounts WHERE deleted_at IS NULL ORDER BY id"
        )
    ]
