"""Files kept on records, on a plain ``sqlite3`` connection inside the caller's transaction
(stdlib only): a file's bytes written into the database in pieces, its row on one record,
the files of a record, a file read back out in pieces, and a file's own Trash.

The bytes of a file are stored once per content (``attachment_contents``, keyed by their
SHA-256, migration 0010). A new content is written as a ``zeroblob`` of its size, then filled
through SQLite's incremental blob I/O (``Connection.blobopen``) a piece at a time, so that a
100 MB file never needs to be whole in memory; it is read back out the same way.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from typing import BinaryIO

from crm_desktop.records.attachments import AttachmentRow, FileOwner, OwnerKind
from crm_desktop.records.ids import AccountId, ActivityId, ContactId, DealId
from crm_desktop.store.times import read_time, utc_now, utc_text

PIECE = 1 << 20  # bytes read, hashed and written at a time

_OWNER_COLUMN = {
    OwnerKind.CONTACT: "contact_id",
    OwnerKind.ACCOUNT: "account_id",
    OwnerKind.DEAL: "deal_id",
    OwnerKind.ACTIVITY: "activity_id",
}
_OWNER_TABLE = {
    OwnerKind.CONTACT: "contacts",
    OwnerKind.ACCOUNT: "accounts",
    OwnerKind.DEAL: "deals",
    OwnerKind.ACTIVITY: "activities",
}
COLUMNS = (
    "id, file_name, media_type, size, sha256, created_at, contact_id, account_id, "
    "activity_id, deal_id"
)


class ContentChangedError(Exception):
    """The file read to be stored is not the one hashed: it changed in between."""


def attachment_row(row: Sequence[object]) -> AttachmentRow:
    """A row of ``SELECT {COLUMNS}`` as the layers above see it."""

    def some(value: object) -> int | None:
        return None if value is None else int(str(value))

    contact, account, activity, deal = (some(v) for v in row[6:10])
    return AttachmentRow(
        id=int(str(row[0])),
        file_name=str(row[1]),
        media_type=str(row[2]),
        size=int(str(row[3])),
        sha256=str(row[4]),
        created_at=read_time(row[5] if isinstance(row[5], str) else None),
        contact_id=ContactId(contact) if contact is not None else None,
        account_id=AccountId(account) if account is not None else None,
        activity_id=ActivityId(activity) if activity is not None else None,
        deal_id=DealId(deal) if deal is not None else None,
    )


def owner_is_live(connection: sqlite3.Connection, owner: FileOwner) -> bool:
    """The record is there, outside the Trash."""
    row = connection.execute(
        f"SELECT 1 FROM {_OWNER_TABLE[owner.kind]} WHERE id = ? AND deleted_at IS NULL",
        (owner.id,),
    ).fetchone()
    return row is not None


def has_content(connection: sqlite3.Connection, sha256: str) -> bool:
    row = connection.execute(
        "SELECT 1 FROM attachment_contents WHERE sha256 = ?", (sha256,)
    ).fetchone()
    return row is not None


def write_content(connection: sqlite3.Connection, sha256: str, size: int, source: BinaryIO) -> None:
    """Store the ``size`` bytes read from ``source`` as the content ``sha256`` (unless it is
    stored already), a piece at a time. Raises ``ContentChangedError`` when what is read is
    not ``size`` bytes hashing to ``sha256`` (the caller's transaction is then rolled back)."""
    if has_content(connection, sha256):
        return
    cursor = connection.execute(
        "INSERT INTO attachment_contents (sha256, size, content) VALUES (?, ?, zeroblob(?))",
        (sha256, size, size),
    )
    rowid = cursor.lastrowid
    assert rowid is not None
    digest = hashlib.sha256()
    written = 0
    if size:
        with connection.blobopen("attachment_contents", "content", rowid) as blob:
            while piece := source.read(PIECE):
                if written + len(piece) > size:
                    raise ContentChangedError
                blob.write(piece)
                digest.update(piece)
                written += len(piece)
    elif source.read(1):
        raise ContentChangedError
    if written != size or digest.hexdigest() != sha256:
        raise ContentChangedError


def add_attachment(
    connection: sqlite3.Connection,
    owner: FileOwner,
    *,
    sha256: str,
    file_name: str,
    media_type: str,
    size: int,
) -> AttachmentRow:
    """A row naming the stored content ``sha256`` as the file ``file_name`` on ``owner``."""
    cursor = connection.execute(
        f"INSERT INTO attachments (sha256, file_name, media_type, size, created_at, "
        f"{_OWNER_COLUMN[owner.kind]}) VALUES (?, ?, ?, ?, ?, ?)",
        (sha256, file_name, media_type, size, utc_text(utc_now()), owner.id),
    )
    assert cursor.lastrowid is not None
    found = file_row(connection, cursor.lastrowid)
    assert found is not None
    return found


def file_row(
    connection: sqlite3.Connection, attachment_id: int, *, trashed: bool = False
) -> AttachmentRow | None:
    """A kept file outside the Trash (``trashed``: in it); None when there is no such."""
    where = "IS NOT NULL" if trashed else "IS NULL"
    row = connection.execute(
        f"SELECT {COLUMNS} FROM attachments WHERE id = ? AND deleted_at {where}",
        (attachment_id,),
    ).fetchone()
    return None if row is None else attachment_row(row)


def files_of(connection: sqlite3.Connection, owner: FileOwner) -> list[AttachmentRow]:
    """The files kept on ``owner`` outside the Trash, the newest first."""
    rows = connection.execute(
        f"SELECT {COLUMNS} FROM attachments WHERE {_OWNER_COLUMN[owner.kind]} = ? "
        "AND deleted_at IS NULL ORDER BY created_at DESC, id DESC",
        (owner.id,),
    ).fetchall()
    return [attachment_row(row) for row in rows]


def read_content(connection: sqlite3.Connection, attachment_id: int, out: BinaryIO) -> bool:
    """Write the bytes of a kept file (in the Trash or not) to ``out``, a piece at a time;
    False when there is no such file."""
    row = connection.execute(
        "SELECT c.rowid, c.size FROM attachments a "
        "JOIN attachment_contents c ON c.sha256 = a.sha256 WHERE a.id = ?",
        (attachment_id,),
    ).fetchone()
    if row is None:
        return False
    if int(row[1]) == 0:
        return True
    with connection.blobopen("attachment_contents", "content", int(row[0]), readonly=True) as blob:
        while piece := blob.read(PIECE):
            out.write(piece)
    return True


def set_trashed(
    connection: sqlite3.Connection, ids: Sequence[int], trashed: bool
) -> list[AttachmentRow]:
    """Move these files to the Trash (``trashed``) or back; the files that moved."""
    moved: list[AttachmentRow] = []
    when = utc_text(utc_now()) if trashed else None
    for attachment_id in dict.fromkeys(ids):
        found = file_row(connection, attachment_id, trashed=not trashed)
        if found is None:
            continue
        connection.execute(
            "UPDATE attachments SET deleted_at = ? WHERE id = ?", (when, attachment_id)
        )
        moved.append(found)
    return moved


def trashed_files(connection: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """``(id, file name, deleted_at)`` of the files removed from their records on their own
    (a file on a trashed record goes and comes back with the record, and is not listed)."""
    return [
        (int(row[0]), str(row[1]), str(row[2]))
        for row in connection.execute(
            "SELECT id, file_name, deleted_at FROM attachments WHERE deleted_at IS NOT NULL"
        )
    ]
