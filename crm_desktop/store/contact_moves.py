"""Moving what hangs from contacts (activities, notes, account links, deals) to another contact, and
back: the rows of a merge of duplicates and of its undo, in the caller's transaction.

Activities and follow-ups are linked through ``activity_contacts``: an activity of a merged
contact becomes the kept contact's (once, where it was both's); notes change owner; the
account links of the kept contact become the union of all, by account id, its own first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.store.times import utc_now, utc_text


@dataclass(frozen=True, slots=True)
class AccountLinkRow:
    account_id: int
    title: str
    primary: bool
    position: int


@dataclass(frozen=True, slots=True)
class MovedRows:
    """What a merge moved: enough to put each row back where it was."""

    activities: tuple[tuple[int, int, bool], ...]  # (activity, from contact, new for the kept)
    notes: tuple[tuple[int, int], ...]  # (note, from contact)
    kept_links: tuple[AccountLinkRow, ...]  # the kept contact's links before
    # (deal, from contact, role, position, new for the kept): the merged contacts' deals
    deals: tuple[tuple[int, int, str, int, bool], ...] = ()
    files: tuple[tuple[int, int], ...] = ()  # (kept file, from contact)
    # (relationship, its contact, its other contact) before: the merged contacts' relationships
    relationships: tuple[tuple[int, int, int | None], ...] = ()


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


def account_links(connection: sqlite3.Connection, contact_id: int) -> tuple[AccountLinkRow, ...]:
    return tuple(
        AccountLinkRow(account_id, title, bool(primary), position)
        for account_id, title, primary, position in connection.execute(
            "SELECT account_id, title, is_primary, position FROM contact_accounts "
            "WHERE contact_id = ? ORDER BY position, account_id",
            (contact_id,),
        )
    )


def set_account_links(
    connection: sqlite3.Connection, contact_id: int, links: Sequence[AccountLinkRow]
) -> None:
    connection.execute("DELETE FROM contact_accounts WHERE contact_id = ?", (contact_id,))
    connection.executemany(
        "INSERT INTO contact_accounts (contact_id, account_id, title, is_primary, position) "
        "VALUES (?, ?, ?, ?, ?)",
        [(contact_id, k.account_id, k.title, k.primary, k.position) for k in links],
    )


def move_to(
    connection: sqlite3.Connection,
    keep: int,
    others: Sequence[int],
    before: tuple[AccountLinkRow, ...],
) -> MovedRows:
    """Give ``keep`` the activities, notes and account links of ``others``; ``before``: the
    account links ``keep`` had (read before its details were rewritten)."""
    marks = _marks(others)
    kept_activities = {
        row[0]
        for row in connection.execute(
            "SELECT activity_id FROM activity_contacts WHERE contact_id = ?", (keep,)
        )
    }
    activities: list[tuple[int, int, bool]] = []
    for activity_id, contact_id in connection.execute(
        f"SELECT activity_id, contact_id FROM activity_contacts WHERE contact_id IN ({marks}) "
        "ORDER BY activity_id, contact_id",
        list(others),
    ).fetchall():
        activities.append((activity_id, contact_id, activity_id not in kept_activities))
        kept_activities.add(activity_id)
    connection.executemany(
        "DELETE FROM activity_contacts WHERE activity_id = ? AND contact_id = ?",
        [(a, c) for a, c, _ in activities],
    )
    connection.executemany(
        "INSERT INTO activity_contacts (activity_id, contact_id) VALUES (?, ?)",
        [(a, keep) for a, _, new in activities if new],
    )
    notes = connection.execute(
        f"SELECT id, contact_id FROM notes WHERE contact_id IN ({marks}) ORDER BY id", list(others)
    ).fetchall()
    connection.execute(
        f"UPDATE notes SET contact_id = ? WHERE contact_id IN ({marks})", [keep, *others]
    )
    links = list(before)
    linked = {link.account_id for link in links}
    for other in others:
        for link in account_links(connection, other):
            if link.account_id not in linked:
                linked.add(link.account_id)
                links.append(AccountLinkRow(link.account_id, link.title, False, len(links)))
    if links and not any(link.primary for link in links):
        first = links[0]
        links[0] = AccountLinkRow(first.account_id, first.title, True, first.position)
    set_account_links(connection, keep, links)
    return MovedRows(
        tuple(activities),
        tuple((n, c) for n, c in notes),
        before,
        _move_deals(connection, keep, others),
        _move_files(connection, keep, others),
        _move_relationships(connection, keep, others),
    )


def _move_files(
    connection: sqlite3.Connection, keep: int, others: Sequence[int]
) -> tuple[tuple[int, int], ...]:
    """The files kept on the merged contacts become the kept contact's."""
    files = connection.execute(
        f"SELECT id, contact_id FROM attachments WHERE contact_id IN ({_marks(others)}) "
        "ORDER BY id",
        list(others),
    ).fetchall()
    connection.executemany(
        "UPDATE attachments SET contact_id = ? WHERE id = ?", [(keep, f) for f, _ in files]
    )
    return tuple((f, c) for f, c in files)


def _move_relationships(
    connection: sqlite3.Connection, keep: int, others: Sequence[int]
) -> tuple[tuple[int, int, int | None], ...]:
    """The merged contacts' relationships become the kept contact's (one between the kept
    contact and a merged one would link the kept contact to itself: it stays behind)."""
    marks = _marks(others)
    rows = connection.execute(
        "SELECT id, contact_id, other_contact_id FROM relationships WHERE "
        f"contact_id IN ({marks}) OR other_contact_id IN ({marks}) ORDER BY id",
        [*others, *others],
    ).fetchall()
    gone = {keep, *others}
    moved = [(i, c, o) for i, c, o in rows if not (c in gone and o in gone)]
    connection.executemany(
        "UPDATE relationships SET contact_id = ?, other_contact_id = ? WHERE id = ?",
        [(keep if c in others else c, keep if o in others else o, i) for i, c, o in moved],
    )
    return tuple(moved)


def _move_deals(
    connection: sqlite3.Connection, keep: int, others: Sequence[int]
) -> tuple[tuple[int, int, str, int, bool], ...]:
    """The merged contacts' places on deals become the kept contact's (once per deal)."""
    kept = {
        row[0]
        for row in connection.execute(
            "SELECT deal_id FROM deal_contacts WHERE contact_id = ?", (keep,)
        )
    }
    moved: list[tuple[int, int, str, int, bool]] = []
    for deal_id, contact_id, role, position in connection.execute(
        "SELECT deal_id, contact_id, role, position FROM deal_contacts "
        f"WHERE contact_id IN ({_marks(others)}) ORDER BY deal_id, contact_id",
        list(others),
    ).fetchall():
        moved.append((deal_id, contact_id, role, position, deal_id not in kept))
        kept.add(deal_id)
    connection.executemany(
        "DELETE FROM deal_contacts WHERE deal_id = ? AND contact_id = ?",
        [(d, c) for d, c, *_ in moved],
    )
    connection.executemany(
        "INSERT INTO deal_contacts (deal_id, contact_id, role, position) VALUES (?, ?, ?, ?)",
        [(d, keep, role, position) for d, _, role, position, new in moved if new],
    )
    return tuple(moved)


def move_back(connection: sqlite3.Connection, keep: int, moved: MovedRows) -> None:
    """Undo ``move_to``: each activity link and note where it was, ``keep``'s links as were."""
    connection.executemany(
        "DELETE FROM activity_contacts WHERE activity_id = ? AND contact_id = ?",
        [(a, keep) for a, _, new in moved.activities if new],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO activity_contacts (activity_id, contact_id) VALUES (?, ?)",
        [(a, c) for a, c, _ in moved.activities],
    )
    connection.executemany(
        "UPDATE notes SET contact_id = ? WHERE id = ?", [(c, n) for n, c in moved.notes]
    )
    connection.executemany(
        "UPDATE attachments SET contact_id = ? WHERE id = ?", [(c, f) for f, c in moved.files]
    )
    set_account_links(connection, keep, moved.kept_links)
    connection.executemany(
        "DELETE FROM deal_contacts WHERE deal_id = ? AND contact_id = ?",
        [(d, keep) for d, _, _, _, new in moved.deals if new],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO deal_contacts (deal_id, contact_id, role, position) "
        "VALUES (?, ?, ?, ?)",
        [(d, c, role, position) for d, c, role, position, _ in moved.deals],
    )
    connection.executemany(
        "UPDATE relationships SET contact_id = ?, other_contact_id = ? WHERE id = ?",
        [(c, o, i) for i, c, o in moved.relationships],
    )


def trash(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Move contacts to the Trash (the caller takes them out of the search index)."""
    connection.execute(
        f"UPDATE contacts SET deleted_at = ? WHERE id IN ({_marks(ids)})",
        [utc_text(utc_now()), *ids],
    )


def untrash(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    connection.execute(
        f"UPDATE contacts SET deleted_at = NULL WHERE id IN ({_marks(ids)})", list(ids)
    )
