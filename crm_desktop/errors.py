"""The errors a user can cause, carrying data; ``str()`` is the English line for the CLI.

The GUI turns each kind into translated words (``crm_desktop.gui.error_text``); the
command line prints ``str(error)`` on stderr. Programming errors are not wrapped here.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class DatabaseProblem(Enum):
    """What went wrong with the database file, in the user's terms."""

    LOCKED = "locked"  # another program holds a write lock longer than the busy timeout
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not-a-database"
    TOO_NEW = "too-new"
    CANNOT_OPEN = "cannot-open"
    MIGRATION_FAILED = "migration-failed"
    UNSAFE = "unsafe"  # another user could plant or replace its files (its lock, backups)
    IO_ERROR = "io-error"  # the disk (or the network drive) failed a read or a write
    MISSING = "missing"  # a command that needs a database was given a path with none


class CrmError(Exception):
    """Base of the errors a user can cause."""


class DatabaseError(CrmError):
    """The database file cannot be used as asked."""

    def __init__(
        self, problem: DatabaseProblem, path: Path, detail: str = "", backup: Path | None = None
    ) -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        # The newest backup that passed its check, when one can replace a damaged database.
        self.backup = backup
        super().__init__(problem, path, detail)

    def _what(self) -> str:
        return {
            DatabaseProblem.LOCKED: "the database is busy (locked by another program)",
            DatabaseProblem.READ_ONLY: "the database is read-only",
            DatabaseProblem.DISK_FULL: "the disk is full",
            DatabaseProblem.CORRUPT: "the database file is damaged",
            DatabaseProblem.NOT_A_DATABASE: "the file is not a CRM Desktop database",
            DatabaseProblem.TOO_NEW: "the database was written by a newer version of CRM Desktop",
            DatabaseProblem.CANNOT_OPEN: "the database cannot be opened",
            DatabaseProblem.MIGRATION_FAILED: "the database could not be upgraded",
            DatabaseProblem.UNSAFE: "refused: other users could change its files",
            DatabaseProblem.IO_ERROR: "the disk failed to read or write the database",
            DatabaseProblem.MISSING: "there is no database here",
        }[self.problem]

    def __str__(self) -> str:
        text = f"{self.path}: {self._what()}"
        if self.detail:
            text += f" ({self.detail})"
        if self.backup is not None:
            text += f"; the newest good backup is {self.backup}"
        return text


class RestoreRefusedError(DatabaseError):
    """A file chosen to restore from cannot replace the database; nothing was changed.

    ``path`` is the chosen file; ``problem`` says why (not ours, damaged, too new...).
    """

    def _what(self) -> str:
        return {
            DatabaseProblem.CORRUPT: "the file is damaged",
            DatabaseProblem.NOT_A_DATABASE: "the file is not a CRM Desktop database",
            DatabaseProblem.TOO_NEW: "the file was written by a newer version of CRM Desktop",
            DatabaseProblem.CANNOT_OPEN: "the file cannot be read",
        }.get(self.problem, super()._what())

    def __str__(self) -> str:
        text = f"{self.path}: cannot restore from this file: {self._what()}"
        if self.detail:
            text += f" ({self.detail})"
        return text + "; nothing was changed"


class BackupFailedError(CrmError):
    """A backup could not be written (or its copy failed its check); the database is as it was.

    ``damaged``: the database itself could not be read whole (damaged pages, not a database),
    as opposed to the backup that could not be written (its folder, the disk).
    """

    def __init__(self, path: Path, reason: str, *, damaged: bool = False) -> None:
        self.path = path
        self.reason = reason
        self.damaged = damaged
        super().__init__(path, reason)

    def __str__(self) -> str:
        return f"{self.path}: the backup could not be written ({self.reason})"


class AlreadyRunningError(CrmError):
    """Another CRM Desktop process (the window) has this database open, and what was asked
    needs it alone (a restore, a large import, an upgrade; ``need`` says which, if known)."""

    def __init__(self, path: Path, pid: int | None, host: str, need: str = "") -> None:
        self.path = path
        self.pid = pid
        self.host = host
        self.need = need
        super().__init__(path, pid, host)

    def __str__(self) -> str:
        who = f"process {self.pid} on {self.host}" if self.pid else "another process"
        need = f"; {self.need}" if self.need else ""
        return (
            f"{self.path}: CRM Desktop already has this database open ({who}){need}; "
            "close the window first"
        )


class NotFoundError(CrmError):
    """A record asked for by id does not exist (or is in the Trash when it must not be)."""

    def __init__(self, kind: str, record_id: int) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(kind, record_id)

    def __str__(self) -> str:
        return f"no {self.kind} with id {self.record_id}"


class InvalidValueError(CrmError):
    """A value given by the user does not have the required form."""

    def __init__(self, field: str, value: str, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(field, value, expected)

    def __str__(self) -> str:
        return f"{self.field}: {self.value!r} is not {self.expected}"


class MappingFileError(CrmError):
    """A saved CSV column mapping cannot be read."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(path, reason)

    def __str__(self) -> str:
        return f"{self.path}: cannot read the column mapping ({self.reason})"


class InputTooLargeError(CrmError):
    """An input file, or a line, photo or card in it, is beyond what the app reads.

    ``what`` is ``"file"``, ``"line"``, ``"row"``, ``"card"``, ``"photo"``, ``"properties"``,
    ``"cells"`` or ``"columns"``;
    ``limit`` is in bytes (a count for properties and columns); ``line`` is the 1-based line
    where the limit was passed, or ``None`` for the file as a whole.
    """

    def __init__(self, path: Path, what: str, limit: int, line: int | None = None) -> None:
        self.path = path
        self.what = what
        self.limit = limit
        self.line = line
        super().__init__(path, what, limit, line)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        reason = too_large_reason(self.what, self.limit)
        return f"{where}: {reason}" + ("" if self.what == "photo" else "; nothing was imported")


def too_large_reason(what: str, limit: int) -> str:
    """The words for what is too large: "the file is larger than 1 GB", "the card has more
    than 10,000 properties"."""
    holder = {"properties": "the card", "cells": "the row", "columns": "the header row"}
    if what in holder:
        return f"{holder[what]} has more than {limit:,} {what}"
    noun = {"file": "the file", "line": "a line", "row": "the row", "card": "the card"}
    adjective = "longer" if what in ("line", "row") else "larger"
    return f"{noun.get(what, 'the ' + what)} is {adjective} than {size_text(limit)}"


def size_text(count: int) -> str:
    """1 GB, 10 MB, 20 MB: sizes as a user reads them (binary units, short names)."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= factor and count % factor == 0:
            return f"{count // factor} {unit}"
    return f"{count:,} bytes"


class FileTooLargeError(CrmError):
    """A file to attach to a record is larger than a kept file may be (``limit`` bytes):
    nothing of the attach was kept."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        self.path = path
        self.size = size
        self.limit = limit
        super().__init__(path, size, limit)

    def __str__(self) -> str:
        return (
            f"{self.path}: the file is larger than {size_text(self.limit)} "
            "(the most a file on a record may be); nothing was attached"
        )


class NoRecordsKind(Enum):
    """Why a file gives nothing to import, in the user's terms (the GUI's words for it)."""

    MISSING = "missing"
    FOLDER = "folder"
    EMPTY = "empty"
    NO_CARDS = "no-cards"  # no BEGIN:VCARD ... END:VCARD
    NO_HEADER = "no-header"  # a CSV file without its row of column names
    NO_ROWS = "no-rows"  # a CSV header and nothing under it
    NO_EVENTS = "no-events"  # an iCalendar file without VEVENT or VTODO
    UNKNOWN_FORMAT = "unknown-format"  # neither vCard nor CSV
    CHARSET = "charset"  # cannot be read in the character set asked for
    NOT_A_MESSAGE = "not-a-message"  # an Outlook .msg that holds no e-mail, or a damaged one
    MSG_READER_MISSING = "msg-reader-missing"  # a .msg, and the optional extract-msg is missing


class NoRecordsError(CrmError):
    """The file holds no card at all (empty, binary, an image renamed .vcf, a folder).

    ``reason`` is the English words for the command line; ``kind`` says which it is."""

    def __init__(self, path: Path | str, reason: str, *, kind: NoRecordsKind) -> None:
        self.path = Path(path)
        self.reason = reason
        self.kind = kind
        super().__init__(path, reason, kind)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class FileAccessError(CrmError):
    """A file the user named (to import, to export to) or a stream (the standard output)
    cannot be read or written, for a reason of the system's (permissions, a full disk, a
    name too long, a file gone). ``path`` is None for a stream; ``reason`` the OS's words."""

    def __init__(self, path: Path | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(path, reason)

    def __str__(self) -> str:
        return self.reason if self.path is None else f"{self.path}: {self.reason}"


class NothingImportedError(CrmError):
    """None of the files given to an import could be read; nothing was imported.

    ``unread`` holds each file's name and why it could not be read.
    """

    def __init__(self, unread: tuple[tuple[str, str], ...]) -> None:
        self.unread = unread
        super().__init__(unread)

    def __str__(self) -> str:
        why = "; ".join(f"{name}: {reason}" for name, reason in self.unread)
        return f"nothing was imported: none of the {len(self.unread)} files can be read ({why})"
