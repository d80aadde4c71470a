"""E-mail activities and kept files, on a plain ``sqlite3`` connection inside the caller's
transaction (stdlib only: the import's raw write path): the user's own addresses, the
activity a Message-ID already is, a new e-mail activity with its contacts and files, and
the files of a record."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from crm_desktop.records.attachments import AttachmentRow, FileDraft
from crm_desktop.records.ids import ActivityId
from crm_desktop.store.files_store import COLUMNS, attachment_row
from crm_desktop.store.times import utc_now, utc_text

OWN_ADDRESSES = "own_email_addresses"
# Migration 0003's trigger that recomputes a contact's last contact on every new link.
LINK_TRIGGER = "tr_activity_contacts_insert"


def own_addresses(connection: sqlite3.Connection) -> tuple[str, ...]:
    """The user's own e-mail addresses (Preferences), as they wrote them."""
    row = connection.execute(
        "SELECT value FROM settings WHERE key = ?", (OWN_ADDRESSES,)
    ).fetchone()
    return tuple(a for a in str(row[0]).split("\n") if a) if row else ()


def set_own_addresses(connection: sqlite3.Connection, addresses: Sequence[str]) -> None:
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (OWN_ADDRESSES, "\n".join(addresses)),
    )


def activity_of_message(connection: sqlite3.Connection, message_id: str) -> ActivityId | None:
    """The activity that already is this message (in the Trash too)."""
    row = connection.execute(
        "SELECT id FROM activities WHERE message_id = ? ORDER BY id LIMIT 1", (message_id,)
    ).fetchone()
    return None if row is None else ActivityId(row[0])


def insert_mail_activity(
    connection: sqlite3.Connection,
    *,
    subject: str,
    details: str,
    sent_at: datetime,
    direction: str,
    message_id: str,
    mail_headers: str,
    contact_ids: Sequence[int],
    links: LinksAtTheEnd | None = None,
) -> ActivityId:
    """A done e-mail activity at ``sent_at``, linked to these contacts (their last contact
    follows, by the triggers of migration 0003, or at the end of ``links``)."""
    now = utc_text(utc_now())
    cursor = connection.execute(
        "INSERT INTO activities (kind, subject, details, status, completed_at, created_at, "
        "updated_at, message_id, direction, mail_headers) "
        "VALUES ('email', ?, ?, 'done', ?, ?, ?, ?, ?, ?)",
        (subject, details, utc_text(sent_at), now, now, message_id, direction, mail_headers),
    )
    activity_id = cursor.lastrowid
    assert activity_id is not None
    if links is not None:
        links.link(activity_id, contact_ids)
    else:
        link_contacts(connection, [(activity_id, contact_id) for contact_id in contact_ids])
    return ActivityId(activity_id)


class LinksAtTheEnd:
    """Many e-mails linked in one transaction: the trigger that recomputes a contact's last
    contact at each new link (0.15 ms a link once a contact has 20 e-mails: most of a
    10,000-message import) is taken out for the transaction, and each contact linked is
    recomputed once at ``finish`` by the trigger's own statement; the trigger is put back
    as it was. An error rolls the transaction back, the trigger with it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.contacts: set[int] = set()
        row = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (LINK_TRIGGER,)
        ).fetchone()
        self.trigger: str | None = None
        self.recompute = ""
        if row is not None:
            sql = str(row[0])
            body = sql[sql.index(" BEGIN") + 6 : sql.rindex("END")].strip().rstrip(";")
            if ";" not in body and body.count("NEW.contact_id") == 1:
                self.trigger, self.recompute = sql, body.replace("NEW.contact_id", "?")
                connection.execute(f"DROP TRIGGER {LINK_TRIGGER}")

    def link(self, activity_id: int, contact_ids: Sequence[int]) -> None:
        self.connection.executemany(
            "INSERT OR IGNORE INTO activity_contacts (activity_id, contact_id) VALUES (?, ?)",
            [(activity_id, contact_id) for contact_id in contact_ids],
        )
        self.contacts.update(contact_ids)

    def finish(self) -> None:
        if self.trigger is None:
            return
        self.connection.execute(self.trigger)
        self.connection.executemany(self.recompute, [(c,) for c in sorted(self.contacts)])
        self.trigger = None


def link_contacts(connection: sqlite3.Connection, links: Iterable[tuple[int, int]]) -> None:
    """(activity id, contact id) links added where missing."""
    connection.executemany(
        "INSERT OR IGNORE INTO activity_contacts (activity_id, contact_id) VALUES (?, ?)",
        list(links),
    )


def mail_activities_naming(connection: sqlite3.Connection, address: str) -> list[int]:
    """The e-mail activities whose From, To or Cc holds ``address`` (any case)."""
    rows = connection.execute(
        "SELECT id, mail_headers FROM activities WHERE message_id IS NOT NULL "
        "AND instr(lower(mail_headers), ?) > 0",
        (address.lower(),),
    ).fetchall()
    folded = address.casefold()
    return [row[0] for row in rows if folded in str(row[1]).casefold()]


def add_file(
    connection: sqlite3.Connection,
    file: FileDraft,
    *,
    contact_id: int | None = None,
    account_id: int | None = None,
    activity_id: int | None = None,
) -> int:
    """Keep ``file`` on one record; its bytes are stored once whoever holds them."""
    digest = hashlib.sha256(file.content).hexdigest()
    connection.execute(
        "INSERT OR IGNORE INTO attachment_contents (sha256, size, content) VALUES (?, ?, ?)",
        (digest, len(file.content), file.content),
    )
    cursor = connection.execute(
        "INSERT INTO attachments (sha256, file_name, media_type, size, created_at, "
        "contact_id, account_id, activity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            digest,
            file.file_name,
            file.media_type,
            len(file.content),
            utc_text(utc_now()),
            contact_id,
            account_id,
            activity_id,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def files_of_activities(
    connection: sqlite3.Connection, activity_ids: Sequence[int]
) -> dict[int, list[AttachmentRow]]:
    found: dict[int, list[AttachmentRow]] = {}
    for start in range(0, len(activity_ids), 500):
        chunk = list(activity_ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT {COLUMNS} FROM attachments WHERE activity_id IN ({marks}) "
            "AND deleted_at IS NULL ORDER BY file_name, id",
            chunk,
        ).fetchall()
        for row in rows:
            found.setdefault(int(row[8]), []).append(attachment_row(row))
    return found


OWN_POSTAL_ADDRESS = "own_postal_address"


def own_postal_address(connection: sqlite3.Connection) -> str:
    """The user's own postal address (Preferences: the sender on envelopes), line by line."""
    row = connection.execute(
        "SELECT value FROM settings WHERE key = ?", (OWN_POSTAL_ADDRESS,)
    ).fetchone()
    return str(row[0]) if row else ""


def set_own_postal_address(connection: sqlite3.Connection, text: str) -> None:
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (OWN_POSTAL_ADDRESS, text),
    )
