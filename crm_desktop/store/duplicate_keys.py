"""The keys an import matches cards to stored contacts by (stdlib only)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator


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


def bare_names(connection: sqlite3.Connection, min_digits: int) -> Iterator[tuple[str, int]]:
    """``(formatted name, contact id)`` of the contacts outside the Trash with no UID, no
    e-mail and no phone of ``min_digits`` or more (matched by name only)."""
    yield from connection.execute(
        "SELECT formatted_name, id FROM contacts WHERE deleted_at IS NULL AND uid IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM emails WHERE emails.contact_id = contacts.id) "
        "AND NOT EXISTS (SELECT 1 FROM phones WHERE phones.contact_id = contacts.id "
        "AND length(phones.digits) >= ?)",
        (min_digits,),
    )
