"""Moving what hangs from accounts (contact links, activities, notes, deals) to another account, and
back: the rows of a merge of duplicate accounts and of its undo, in the caller's transaction.

A contact linked to a merged account becomes linked to the kept one (with the link's job
title, primary flag and place), unless it is linked to it already; then the kept link becomes
its primary where the merged one was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.store.times import utc_now, utc_text

LinkRow = tuple[int, int, str, bool, int]  # (contact, account, title, primary, position)


@dataclass(frozen=True, slots=True)
class MovedAccountRows:
    """What a merge of accounts moved: enough to put each row back where it was."""

    links: tuple[LinkRow, ...]  # the merged accounts' contact links, as they were
    added: tuple[int, ...]  # the contacts given a link to the kept account
    promoted: tuple[int, ...]  # the contacts whose link to the kept account became primary
    activities: tuple[tuple[int, int], ...]  # (activity, from account)
    notes: tuple[tuple[int, int], ...]  # (note, from account)
    deals: tuple[tuple[int, int], ...] = ()  # (deal, from account)
    competitors: tuple[tuple[int, int], ...] = ()  # (deal, from competitor account)
    files: tuple[tuple[int, int], ...] = ()  # (kept file, from account)

    def contacts(self) -> list[int]:
        """Every contact whose links changed (their search entries name the accounts)."""
        return sorted({link[0] for link in self.links})


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


def move_account_rows(
    connection: sqlite3.Connection, keep: int, others: Sequence[int]
) -> MovedAccountRows:
    """Give account ``keep`` the contact links, activities, notes and deals (and the deals
    lost to them) of ``others``."""
    marks = _marks(others)
    links: list[LinkRow] = [
        (contact, account, title, bool(primary), position)
        for contact, account, title, primary, position in connection.execute(
            "SELECT contact_id, account_id, title, is_primary, position FROM contact_accounts "
            f"WHERE account_id IN ({marks}) ORDER BY account_id, contact_id",
            list(others),
        )
    ]
    linked = {
        row[0]
        for row in connection.execute(
            "SELECT contact_id FROM contact_accounts WHERE account_id = ?", (keep,)
        )
    }
    already = set(linked)
    added: list[LinkRow] = []
    promoted: set[int] = set()
    for link in links:
        contact = link[0]
        if contact not in linked:
            linked.add(contact)
            added.append(link)
        elif contact in already and link[3]:
            promoted.add(contact)
    connection.execute(f"DELETE FROM contact_accounts WHERE account_id IN ({marks})", list(others))
    connection.executemany(
        "INSERT INTO contact_accounts (contact_id, account_id, title, is_primary, position) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (contact, keep, title, primary, position)
            for contact, _, title, primary, position in added
        ],
    )
    connection.executemany(
        "UPDATE contact_accounts SET is_primary = 1 WHERE contact_id = ? AND account_id = ?",
        [(contact, keep) for contact in sorted(promoted)],
    )
    activities = connection.execute(
        f"SELECT id, account_id FROM activities WHERE account_id IN ({marks}) ORDER BY id",
        list(others),
    ).fetchall()
    connection.execute(
        f"UPDATE activities SET account_id = ? WHERE account_id IN ({marks})", [keep, *others]
    )
    notes = connection.execute(
        f"SELECT id, account_id FROM notes WHERE account_id IN ({marks}) ORDER BY id", list(others)
    ).fetchall()
    connection.execute(
        f"UPDATE notes SET account_id = ? WHERE account_id IN ({marks})", [keep, *others]
    )
    deals = connection.execute(
        f"SELECT id, account_id FROM deals WHERE account_id IN ({marks}) ORDER BY id", list(others)
    ).fetchall()
    connection.execute(
        f"UPDATE deals SET account_id = ? WHERE account_id IN ({marks})", [keep, *others]
    )
    competitors = connection.execute(
        f"SELECT id, competitor_id FROM deals WHERE competitor_id IN ({marks}) ORDER BY id",
        list(others),
    ).fetchall()
    connection.execute(
        f"UPDATE deals SET competitor_id = ? WHERE competitor_id IN ({marks})", [keep, *others]
    )
    files = connection.execute(
        f"SELECT id, account_id FROM attachments WHERE account_id IN ({marks}) ORDER BY id",
        list(others),
    ).fetchall()
    connection.execute(
        f"UPDATE attachments SET account_id = ? WHERE account_id IN ({marks})", [keep, *others]
    )
    return MovedAccountRows(
        tuple(links),
        tuple(link[0] for link in added),
        tuple(sorted(promoted)),
        tuple((a, f) for a, f in activities),
        tuple((n, f) for n, f in notes),
        tuple((d, f) for d, f in deals),
        tuple((d, f) for d, f in competitors),
        tuple((a, f) for a, f in files),
    )


def move_account_rows_back(
    connection: sqlite3.Connection, keep: int, moved: MovedAccountRows
) -> None:
    """Undo ``move_account_rows``."""
    connection.executemany(
        "DELETE FROM contact_accounts WHERE contact_id = ? AND account_id = ?",
        [(contact, keep) for contact in moved.added],
    )
    connection.executemany(
        "UPDATE contact_accounts SET is_primary = 0 WHERE contact_id = ? AND account_id = ?",
        [(contact, keep) for contact in moved.promoted],
    )
    connection.executemany(
        "INSERT INTO contact_accounts (contact_id, account_id, title, is_primary, position) "
        "VALUES (?, ?, ?, ?, ?)",
        moved.links,
    )
    connection.executemany(
        "UPDATE activities SET account_id = ? WHERE id = ?", [(f, a) for a, f in moved.activities]
    )
    connection.executemany(
        "UPDATE notes SET account_id = ? WHERE id = ?", [(f, n) for n, f in moved.notes]
    )
    connection.executemany(
        "UPDATE deals SET account_id = ? WHERE id = ?", [(f, d) for d, f in moved.deals]
    )
    connection.executemany(
        "UPDATE deals SET competitor_id = ? WHERE id = ?", [(f, d) for d, f in moved.competitors]
    )
    connection.executemany(
        "UPDATE attachments SET account_id = ? WHERE id = ?", [(f, a) for a, f in moved.files]
    )


def trash_accounts(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    connection.execute(
        f"UPDATE accounts SET deleted_at = ? WHERE id IN ({_marks(ids)})",
        [utc_text(utc_now()), *ids],
    )


def untrash_accounts(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    connection.execute(
        f"UPDATE accounts SET deleted_at = NULL WHERE id IN ({_marks(ids)})", list(ids)
    )
