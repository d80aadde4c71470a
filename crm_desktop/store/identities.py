"""What tells people and companies apart, read for every live record at once, and the pairs
review decided: plain ``sqlite3`` (100,000 contacts in four queries, no ORM objects).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from crm_desktop.store.times import utc_now, utc_text


class ContactIdentityRow(NamedTuple):  # a tuple: 100,000 are made at once
    id: int
    given_name: str
    additional_names: str
    family_name: str
    formatted_name: str
    uid: str  # "" unless another live contact has the same UID
    emails: tuple[str, ...]  # those another contact may share (see below)
    phones: tuple[str, ...]  # likewise
    account: str  # the primary account's name ("" without one)
    unshared: int  # without name parts: how many of its e-mails and phones no one shares


@dataclass(frozen=True, slots=True)
class AccountIdentityRow:
    id: int
    name: str
    website: str
    urls: tuple[str, ...]


def _values(connection: sqlite3.Connection, sql: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for owner, value in connection.execute(sql):
        found[owner].append(value)
    return found


# Values held by two contacts or more, told by what the store keeps for them: an e-mail's
# folded form (equal whenever the trimmed, case-folded addresses are) and a phone's last 7
# digits (equal whenever the E.164 numbers are). Only these can make two contacts one; the
# others are only counted. Most contacts share nothing, so most have no key to compare.
# (Trashed contacts count as holders here: a few values more are compared, none missed.)
_SHARED_EMAILS = """
    SELECT contact_id, value FROM emails WHERE value_fold IN (
        SELECT value_fold FROM emails WHERE value_fold <> '' AND contact_id IS NOT NULL
        GROUP BY value_fold HAVING min(contact_id) <> max(contact_id))
"""
_SHARED_PHONES = """
    SELECT contact_id, value FROM phones WHERE substr(digits, -7) IN (
        SELECT substr(digits, -7) FROM phones WHERE digits <> '' AND contact_id IS NOT NULL
        GROUP BY substr(digits, -7) HAVING min(contact_id) <> max(contact_id))
"""
_SHARED_UIDS = """
    SELECT uid FROM contacts WHERE deleted_at IS NULL AND uid IS NOT NULL AND trim(uid) <> ''
    GROUP BY uid HAVING count(*) > 1
"""
# Only a contact without name parts may be "nameless" (its formatted name is then its first
# e-mail or phone): only those need their values counted.
_NAMELESS = """
    SELECT id FROM contacts WHERE deleted_at IS NULL
    AND trim(given_name) = '' AND trim(family_name) = '' AND trim(additional_names) = ''
"""
_COUNTS = f"""
    SELECT contact_id, count(*) FROM (
        SELECT contact_id FROM emails WHERE contact_id IN ({_NAMELESS}) AND trim(value) <> ''
        UNION ALL
        SELECT contact_id FROM phones WHERE contact_id IN ({_NAMELESS}) AND digits <> '')
    GROUP BY contact_id
"""


def contact_identities(connection: sqlite3.Connection) -> Iterator[ContactIdentityRow]:
    """Every contact outside the Trash, by id: its name, primary account, and the UID, e-mails
    and phones that another contact may share (see ``ContactIdentityRow``)."""
    emails = _values(connection, _SHARED_EMAILS)
    phones = _values(connection, _SHARED_PHONES)
    uids = {row[0] for row in connection.execute(_SHARED_UIDS)}
    counts = dict(connection.execute(_COUNTS).fetchall())
    accounts: dict[int, str] = {}
    for contact_id, name in connection.execute(
        "SELECT l.contact_id, a.name FROM contact_accounts l JOIN accounts a "
        "ON a.id = l.account_id WHERE a.deleted_at IS NULL "
        "ORDER BY l.contact_id, l.is_primary, l.position DESC"
    ):
        accounts[contact_id] = name  # the last one read: the primary, else the first
    empty: list[str] = []
    for contact_id, given, additional, family, formatted, uid in connection.execute(
        "SELECT id, given_name, additional_names, family_name, formatted_name, uid "
        "FROM contacts WHERE deleted_at IS NULL ORDER BY id"
    ):
        shared_emails = emails.get(contact_id, empty)
        shared_phones = phones.get(contact_id, empty)
        unshared = counts.get(contact_id, 0) - len(shared_emails) - len(shared_phones)
        yield ContactIdentityRow(
            contact_id,
            given,
            additional,
            family,
            formatted,
            uid if uid in uids else "",
            tuple(shared_emails),
            tuple(shared_phones),
            accounts.get(contact_id, ""),
            max(unshared, 0),
        )


def account_identities(connection: sqlite3.Connection) -> Iterator[AccountIdentityRow]:
    """Every account outside the Trash, by id, with its website and URLs."""
    urls = _values(
        connection, "SELECT account_id, value FROM urls WHERE account_id IS NOT NULL ORDER BY id"
    )
    for account_id, name, website in connection.execute(
        "SELECT id, name, website FROM accounts WHERE deleted_at IS NULL ORDER BY id"
    ):
        yield AccountIdentityRow(account_id, name, website, tuple(urls.get(account_id, [])))


_NOT_DUPLICATE = {"contact": "not_duplicate_contacts", "account": "not_duplicate_accounts"}


def _ordered(pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    return sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b})


def not_duplicate_pairs(connection: sqlite3.Connection, kind: str) -> set[tuple[int, int]]:
    """The pairs (smaller id first) the user said are not one ``kind`` (contact, account)."""
    table = _NOT_DUPLICATE[kind]
    return {(a, b) for a, b in connection.execute(f"SELECT first_id, second_id FROM {table}")}


def add_not_duplicate_pairs(
    connection: sqlite3.Connection, kind: str, pairs: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Remember that these pairs are not one ``kind``; the pairs that were new."""
    table = _NOT_DUPLICATE[kind]
    known = not_duplicate_pairs(connection, kind)
    new = [pair for pair in _ordered(pairs) if pair not in known]
    now = utc_text(utc_now())
    connection.executemany(
        f"INSERT INTO {table} (first_id, second_id, decided_at) VALUES (?, ?, ?)",
        [(a, b, now) for a, b in new],
    )
    return new


def remove_not_duplicate_pairs(
    connection: sqlite3.Connection, kind: str, pairs: Iterable[tuple[int, int]]
) -> None:
    """Forget these decisions (the undo of ``add_not_duplicate_pairs``)."""
    connection.executemany(
        f"DELETE FROM {_NOT_DUPLICATE[kind]} WHERE first_id = ? AND second_id = ?",
        _ordered(pairs),
    )


def possible_duplicates(connection: sqlite3.Connection) -> dict[tuple[int, int], tuple[str, ...]]:
    """The pairs an import recorded for review (both contacts live), with their reasons."""
    return {
        (a, b): tuple(r for r in reasons.split(",") if r)
        for a, b, reasons in connection.execute(
            "SELECT p.first_id, p.second_id, p.reasons FROM possible_duplicates p "
            "JOIN contacts f ON f.id = p.first_id JOIN contacts s ON s.id = p.second_id "
            "WHERE f.deleted_at IS NULL AND s.deleted_at IS NULL"
        )
    }


def add_possible_duplicates(
    connection: sqlite3.Connection, pairs: Iterable[tuple[int, int, tuple[str, ...]]]
) -> None:
    """Record pairs for review (an import's cards whose key is shared but names conflict)."""
    now = utc_text(utc_now())
    rows = {(min(a, b), max(a, b)): reasons for a, b, reasons in pairs if a != b}
    connection.executemany(
        "INSERT INTO possible_duplicates (first_id, second_id, reasons, created_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (first_id, second_id) DO UPDATE SET "
        "reasons = excluded.reasons",
        [(a, b, ",".join(reasons), now) for (a, b), reasons in rows.items()],
    )
