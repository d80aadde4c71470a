"""Files on records: attach files to a contact, an account, a deal or an activity, list
them, write one out (to open it with the system's viewer, or "Save as…"), and remove them to
the Trash and back.

The files are kept inside the database (``attachment_contents``, once per SHA-256, and
``attachments``, one row per file on a record; migrations 0010 and 0011), not in a folder
beside it: the database stays one file, so a backup, a restore, the Trash and an attach of
several files are each one thing that happens whole or not at all, and the file modes of the
database (0600) cover them. An attach is one transaction: a file too large (over
``MAX_ATTACHMENT_BYTES``) or unreadable refuses the whole attach, naming the file, before
anything is written. The bytes are hashed, then written into the database a piece at a time
(``store.files_store``): memory stays bounded whatever the size of the file.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crm_desktop.errors import FileAccessError, FileTooLargeError, NotFoundError
from crm_desktop.records.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentRow,
    FileOwner,
    OwnerKind,
)
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ActivityId, ContactId
from crm_desktop.services.database import Database
from crm_desktop.store import files_store
from crm_desktop.store.files_store import PIECE, ContentChangedError


@dataclass(frozen=True, slots=True)
class _Hashed:
    path: Path
    size: int
    sha256: str


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)


def _hashed(path: Path, limit: int) -> _Hashed:
    """The size and SHA-256 of the file at ``path``, read a piece at a time; our errors for
    one that is no readable file or is over ``limit`` bytes."""
    try:
        with path.open("rb") as source:
            info = os.fstat(source.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise FileAccessError(path, "not a file")
            if info.st_size > limit:
                raise FileTooLargeError(path, info.st_size, limit)
            digest = hashlib.sha256()
            size = 0
            while piece := source.read(PIECE):
                size += len(piece)
                if size > limit:  # grew while being read
                    raise FileTooLargeError(path, size, limit)
                digest.update(piece)
    except IsADirectoryError:
        raise FileAccessError(path, "not a file") from None
    except OSError as error:
        raise FileAccessError(path, _os_reason(error)) from None
    return _Hashed(path, size, digest.hexdigest())


def _owner_name(owner: FileOwner) -> str:
    return owner.kind.value


def attach_files(
    db: Database,
    owner: FileOwner,
    paths: Sequence[Path],
    *,
    limit: int = MAX_ATTACHMENT_BYTES,
) -> tuple[AttachmentRow, ...]:
    """Keep the files at ``paths`` on ``owner``, in one transaction; the files kept, in the
    order given. Raises ``FileTooLargeError`` (a file over ``limit`` bytes),
    ``FileAccessError`` (a file missing, a folder, unreadable, or changed while it was read)
    or ``NotFoundError`` (no such record outside the Trash): then nothing is kept."""
    hashed = [_hashed(path, limit) for path in paths]  # every refusal before any write
    added: list[AttachmentRow] = []
    with db.raw_writing() as connection:
        if not files_store.owner_is_live(connection, owner):
            raise NotFoundError(_owner_name(owner), owner.id)
        for one in hashed:
            if not files_store.has_content(connection, one.sha256):
                try:
                    with one.path.open("rb") as source:
                        files_store.write_content(connection, one.sha256, one.size, source)
                except ContentChangedError:
                    raise FileAccessError(
                        one.path, "the file changed while it was being read"
                    ) from None
                except OSError as error:
                    raise FileAccessError(one.path, _os_reason(error)) from None
            media_type = mimetypes.guess_type(one.path.name)[0] or ""
            added.append(
                files_store.add_attachment(
                    connection,
                    owner,
                    sha256=one.sha256,
                    file_name=one.path.name,
                    media_type=media_type,
                    size=one.size,
                )
            )
    return tuple(added)


def record_files(db: Database, owner: FileOwner) -> tuple[AttachmentRow, ...]:
    """The files kept on ``owner`` (outside the Trash), the newest first."""
    with db.raw_reading() as connection:
        return tuple(files_store.files_of(connection, owner))


def file_row(db: Database, attachment_id: int) -> AttachmentRow:
    """One kept file outside the Trash; ``NotFoundError`` when there is no such."""
    with db.raw_reading() as connection:
        found = files_store.file_row(connection, attachment_id)
    if found is None:
        raise NotFoundError("file", attachment_id)
    return found


def _owners_changed(rows: Sequence[AttachmentRow]) -> Changes:
    """The records whose files changed, for the views that show them."""
    return Changes(
        contacts_changed=tuple(
            dict.fromkeys(ContactId(r.contact_id) for r in rows if r.contact_id is not None)
        ),
        activities_changed=tuple(
            dict.fromkeys(ActivityId(r.activity_id) for r in rows if r.activity_id is not None)
        ),
    )


def trash_files(db: Database, ids: Sequence[int]) -> tuple[AttachmentRow, ...]:
    """Remove these files from their records, to the Trash (one transaction); those moved."""
    with db.raw_writing() as connection:
        return tuple(files_store.set_trashed(connection, ids, True))


def restore_files(db: Database, ids: Sequence[int]) -> Changes:
    """Bring these files back from the Trash onto their records (one transaction)."""
    with db.raw_writing() as connection:
        moved = files_store.set_trashed(connection, ids, False)
    return _owners_changed(moved)


def _copy_out(db: Database, attachment_id: int, out: BinaryIO) -> None:
    """The bytes of a kept file into ``out``, a piece at a time."""
    with db.raw_reading() as connection:
        if not files_store.read_content(connection, attachment_id, out):
            raise NotFoundError("file", attachment_id)


def file_content(db: Database, attachment_id: int) -> tuple[str, bytes] | None:
    """A kept file's name and bytes, whole in memory (for small files: a large one is
    better written out by ``save_file``); None when there is no such file."""
    with db.raw_reading() as connection:
        found = files_store.file_row(connection, attachment_id)
        if found is None:
            return None
        out = io.BytesIO()
        files_store.read_content(connection, attachment_id, out)
    return found.file_name, out.getvalue()


def save_file(db: Database, attachment_id: int, target: Path) -> Path:
    """ "Save as…": a kept file written to ``target``, replacing a file there only once the
    copy is whole (a temporary file beside it, mode 0600, then a rename). Raises
    ``NotFoundError`` or ``FileAccessError``."""
    file_row(db, attachment_id)
    target = Path(target)
    if target.is_dir():
        raise FileAccessError(target, "is a folder")
    temporary: Path | None = None
    try:
        descriptor, name = tempfile.mkstemp(prefix=".crm-file-", dir=target.parent)
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as out:
            _copy_out(db, attachment_id, out)
        temporary.replace(target)
        temporary = None
    except OSError as error:
        raise FileAccessError(target, _os_reason(error)) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return target


def file_to_open(db: Database, attachment_id: int) -> Path:
    """A kept file written out for the system's viewer: a private copy (a new temporary
    folder, 0700; the file 0600) under its own name. The copy stays for the viewer; what is
    kept is the file inside the database. Raises ``NotFoundError`` or ``FileAccessError``."""
    found = file_row(db, attachment_id)
    try:
        folder = Path(tempfile.mkdtemp(prefix="crm-desktop-file-"))  # 0700
        target = folder / (Path(found.file_name).name or f"file-{attachment_id}")
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            _copy_out(db, attachment_id, out)
    except OSError as error:
        raise FileAccessError(None, _os_reason(error)) from None
    return target


def owner_of(kind: str, record_id: int) -> FileOwner:
    """The record ``kind`` ("contact", "account", "deal", "activity") ``record_id``."""
    return FileOwner(OwnerKind(kind), record_id)
