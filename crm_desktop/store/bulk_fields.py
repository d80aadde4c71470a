"""More changes to many contacts at once, by plain SQL in the caller's transaction (stdlib
only): the primary account, the lead status, a custom field set, one activity logged for
each. Each returns exactly what it changed, and each has its way back (``restore_*``,
``delete_logged``), so that an undo puts back only that."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from crm_desktop.store.bulk_edits import live_contacts
from crm_desktop.store.search_index import reindex
from crm_desktop.store.times import utc_now, utc_text

_CHUNK = 500
AccountLink = tuple[int, int, str, bool, int]  # contact, account, title, primary, position
LeadState = tuple[int, bool, str | None]  # contact, is a lead, lead status
FieldValue = tuple[int, str]  # custom field row id, its value before


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    return [list(ids[s : s + _CHUNK]) for s in range(0, len(ids), _CHUNK)]


def _touch(connection: sqlite3.Connection, ids: Sequence[int], *, index: bool = True) -> None:
    now = utc_text(utc_now())
    connection.executemany(
        "UPDATE contacts SET updated_at = ? WHERE id = ?", [(now, i) for i in ids]
    )
    if index:
        reindex(connection, ids)  # the account and the custom fields are searched


def account_links(connection: sqlite3.Connection, contact_ids: Sequence[int]) -> list[AccountLink]:
    links: list[AccountLink] = []
    for part in _chunks(contact_ids):
        marks = ", ".join("?" for _ in part)
        links += [
            (int(r[0]), int(r[1]), str(r[2]), bool(r[3]), int(r[4]))
            for r in connection.execute(
                "SELECT contact_id, account_id, title, is_primary, position FROM "
                f"contact_accounts WHERE contact_id IN ({marks})",
                part,
            )
        ]
    return links


def set_primary_account(
    connection: sqlite3.Connection, contact_ids: Sequence[int], account_id: int
) -> tuple[list[int], list[AccountLink]]:
    """Make ``account_id`` the primary account of these contacts (outside the Trash; their
    other accounts kept, no longer primary): the contacts changed and all their links before
    (for ``restore_account_links``)."""
    live = live_contacts(connection, contact_ids)
    before = account_links(connection, live)
    already = {c for c, a, _, primary, _ in before if a == account_id and primary}
    changed = [c for c in live if c not in already]
    kept = [link for link in before if link[0] in set(changed)]
    for part in _chunks(changed):
        marks = ", ".join("?" for _ in part)
        connection.execute(
            f"UPDATE contact_accounts SET is_primary = 0 WHERE contact_id IN ({marks})", part
        )
    connection.executemany(
        "INSERT INTO contact_accounts (contact_id, account_id, title, is_primary, position) "
        "VALUES (?, ?, '', 1, 0) ON CONFLICT (contact_id, account_id) DO UPDATE SET "
        "is_primary = 1",
        [(c, account_id) for c in changed],
    )
    _touch(connection, changed)
    return changed, kept


def restore_account_links(
    connection: sqlite3.Connection, contact_ids: Sequence[int], links: Sequence[AccountLink]
) -> None:
    """Undo: these contacts' account links exactly as ``links`` (those they had before)."""
    for part in _chunks(contact_ids):
        marks = ", ".join("?" for _ in part)
        connection.execute(f"DELETE FROM contact_accounts WHERE contact_id IN ({marks})", part)
    connection.executemany(
        "INSERT OR IGNORE INTO contact_accounts "
        "(contact_id, account_id, title, is_primary, position) VALUES (?, ?, ?, ?, ?)",
        links,
    )
    _touch(connection, contact_ids)


def set_lead_status(
    connection: sqlite3.Connection, contact_ids: Sequence[int], status: str
) -> list[LeadState]:
    """Make these contacts (outside the Trash) leads with this status: each one's state
    before, for ``restore_lead_states``."""
    before: list[LeadState] = []
    for part in _chunks(live_contacts(connection, contact_ids)):
        marks = ", ".join("?" for _ in part)
        before += [
            (int(r[0]), bool(r[1]), r[2])
            for r in connection.execute(
                f"SELECT id, is_lead, lead_status FROM contacts WHERE id IN ({marks})", part
            )
        ]
    restore_lead_states(connection, [(c, True, status) for c, _, _ in before])
    return before


def restore_lead_states(connection: sqlite3.Connection, states: Sequence[LeadState]) -> None:
    now = utc_text(utc_now())
    connection.executemany(
        "UPDATE contacts SET is_lead = ?, lead_status = ?, updated_at = ? WHERE id = ?",
        [(int(lead), status, now, c) for c, lead, status in states],
    )


def set_custom_field(
    connection: sqlite3.Connection, contact_ids: Sequence[int], label: str, value: str
) -> tuple[list[int], list[FieldValue], list[int]]:
    """Give these contacts (outside the Trash) the custom field ``label`` (case aside) with
    ``value``: changed where they have it, added where not. The contacts, the rows changed
    with their values before, and the rows added (for ``restore_custom_fields``)."""
    live = live_contacts(connection, contact_ids)
    updated: list[FieldValue] = []
    for part in _chunks(live):
        marks = ", ".join("?" for _ in part)
        updated += [
            (int(r[0]), str(r[1]))
            for r in connection.execute(
                f"SELECT id, value, contact_id FROM custom_fields WHERE contact_id IN ({marks}) "
                "AND lower(label) = lower(?)",
                [*part, label],
            )
        ]
    having = set()
    for part in _chunks([i for i, _ in updated]):
        marks = ", ".join("?" for _ in part)
        having |= {
            int(r[0])
            for r in connection.execute(
                f"SELECT contact_id FROM custom_fields WHERE id IN ({marks})", part
            )
        }
    connection.executemany(
        "UPDATE custom_fields SET value = ? WHERE id = ?", [(value, i) for i, _ in updated]
    )
    added: list[int] = []
    for contact_id in (c for c in live if c not in having):
        cursor = connection.execute(
            "INSERT INTO custom_fields (label, value, contact_id, position) VALUES (?, ?, ?, "
            "(SELECT coalesce(max(position) + 1, 0) FROM custom_fields WHERE contact_id = ?))",
            (label, value, contact_id, contact_id),
        )
        added.append(int(cursor.lastrowid or 0))
    _touch(connection, live)
    return live, updated, added


def restore_custom_fields(
    connection: sqlite3.Connection,
    contact_ids: Sequence[int],
    updated: Sequence[FieldValue],
    added: Sequence[int],
) -> None:
    """Undo: the rows ``added`` deleted, those ``updated`` given their values back."""
    connection.executemany("DELETE FROM custom_fields WHERE id = ?", [(i,) for i in added])
    connection.executemany(
        "UPDATE custom_fields SET value = ? WHERE id = ?", [(v, i) for i, v in updated]
    )
    _touch(connection, contact_ids)


def log_done_activities(
    connection: sqlite3.Connection,
    contact_ids: Sequence[int],
    kind: str,
    subject: str,
    done_at: datetime,
) -> list[int]:
    """One done activity for each contact (outside the Trash), at ``done_at``, with the
    contact's primary account: the activities' ids (for ``delete_logged``). Their last
    contact follows (the activity triggers), their history is indexed at commit."""
    now = utc_text(utc_now())
    done = utc_text(done_at.astimezone(UTC))
    logged: list[int] = []
    for contact_id in live_contacts(connection, contact_ids):
        cursor = connection.execute(
            "INSERT INTO activities (kind, subject, start_at, status, completed_at, account_id, "
            "created_at, updated_at) VALUES (?, ?, ?, 'done', ?, (SELECT account_id FROM "
            "contact_accounts WHERE contact_id = ? ORDER BY is_primary DESC, position "
            "LIMIT 1), ?, ?)",
            (kind, subject, done, done, contact_id, now, now),
        )
        activity_id = int(cursor.lastrowid or 0)
        connection.execute(
            "INSERT INTO activity_contacts (activity_id, contact_id) VALUES (?, ?)",
            (activity_id, contact_id),
        )
        logged.append(activity_id)
    return logged


def delete_logged(connection: sqlite3.Connection, activity_ids: Sequence[int]) -> None:
    """Undo: the activities logged deleted (their links go with them, the contacts' last
    contact follows, their search documents go at commit)."""
    for part in _chunks(activity_ids):
        marks = ", ".join("?" for _ in part)
        connection.execute(f"DELETE FROM activities WHERE id IN ({marks})", part)
