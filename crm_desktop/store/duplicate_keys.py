"""The keys an import matches cards to stored contacts by, and what it compares then (stdlib
only)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field


def stored_uids(connection: sqlite3.Connection) -> Iterator[tuple[str, int]]:
    """``(uid, contact id)`` of the contacts outside the Trash that have a UID."""
    yield from connection.execute(
        "SELECT uid, id FROM contacts WHERE deleted_at IS NULL AND uid IS NOT NULL AND uid <> ''"
    )


def stored_emails(connection: sqlite3.Connection) -> Iterator[tuple[str, int]]:
    """``(folded address, contact id)`` of the contacts outside the Trash."""
    yield from connection.execute(
        "SELECT emails.value_fold, emails.contact_id FROM emails "
        "JOIN contacts ON contacts.id = emails.contact_id "
        "WHERE contacts.deleted_at IS NULL AND emails.value_fold <> ''"
    )


def stored_phones(connection: sqlite3.Connection, min_digits: int) -> Iterator[tuple[str, int]]:
    """``(digits, contact id)`` of the phones of ``min_digits`` or more of the contacts
    outside the Trash."""
    yield from connection.execute(
        "SELECT phones.digits, phones.contact_id FROM phones "
        "JOIN contacts ON contacts.id = phones.contact_id "
        "WHERE contacts.deleted_at IS NULL AND length(phones.digits) >= ?",
        (min_digits,),
    )


def stored_names(connection: sqlite3.Connection) -> Iterator[tuple[str, str, int]]:
    """``(formatted name, name from its parts, contact id)`` of the contacts outside the
    Trash; the parts' name is prefix, given, additional, family and suffix joined (a CSV row
    has only those; a vCard's FN may say the name otherwise)."""
    yield from connection.execute(
        "SELECT formatted_name, "
        "trim(prefix || ' ' || given_name || ' ' || additional_names || ' ' || family_name "
        "|| ' ' || suffix), id FROM contacts WHERE deleted_at IS NULL ORDER BY id"
    )


@dataclass(slots=True)
class StoredPerson:
    """What tells a stored contact apart from another: its name parts, UID, e-mails and phones
    (as written), primary account, and the one-value fields a card of another person would
    contradict."""

    id: int
    given_name: str
    additional_names: str
    family_name: str
    formatted_name: str
    uid: str
    birthday: str
    anniversary: str
    title: str
    department: str
    suffix: str = ""
    account: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


_CHUNK = 500  # ids per IN (...) list


def stored_people(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, StoredPerson]:
    """The contacts ``ids`` (outside the Trash or not) as ``StoredPerson``, by id."""
    people: dict[int, StoredPerson] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        for row in connection.execute(
            "SELECT id, given_name, additional_names, family_name, formatted_name, "
            "coalesce(uid, ''), coalesce(birthday, ''), coalesce(anniversary, ''), title, "
            f"department, suffix FROM contacts WHERE id IN ({marks})",
            part,
        ):
            people[row[0]] = StoredPerson(*row)
        for owner, value in connection.execute(
            f"SELECT contact_id, value FROM emails WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position, id",
            part,
        ):
            people[owner].emails.append(value)
        for owner, value in connection.execute(
            f"SELECT contact_id, value FROM phones WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position, id",
            part,
        ):
            people[owner].phones.append(value)
        for owner, name in connection.execute(
            "SELECT l.contact_id, a.name FROM contact_accounts l JOIN accounts a "
            f"ON a.id = l.account_id WHERE l.contact_id IN ({marks}) "
            "ORDER BY l.contact_id, l.is_primary, l.position DESC",
            part,
        ):
            people[owner].account = name  # the last one read: the primary, else the first
    return people
