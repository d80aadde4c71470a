"""SQLite failures that are the environment's fault, as our errors (stdlib only)."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.store.connection import BUSY_TIMEOUT_MS

# By SQLite's primary result code (the low byte of an extended one): the environment's
# fault, in the user's terms. Any other code (a syntax error, a constraint) is our bug.
_PROBLEM_BY_CODE = {
    sqlite3.SQLITE_PERM: DatabaseProblem.CANNOT_OPEN,  # the OS refused access
    sqlite3.SQLITE_BUSY: DatabaseProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: DatabaseProblem.LOCKED,
    sqlite3.SQLITE_READONLY: DatabaseProblem.READ_ONLY,
    sqlite3.SQLITE_IOERR: DatabaseProblem.IO_ERROR,  # a read or write the disk failed
    sqlite3.SQLITE_CORRUPT: DatabaseProblem.CORRUPT,
    sqlite3.SQLITE_FULL: DatabaseProblem.DISK_FULL,
    sqlite3.SQLITE_CANTOPEN: DatabaseProblem.CANNOT_OPEN,
    sqlite3.SQLITE_PROTOCOL: DatabaseProblem.LOCKED,  # a locking race lost too often
    sqlite3.SQLITE_NOTADB: DatabaseProblem.NOT_A_DATABASE,
}
# Extended codes whose primary code would say the wrong thing, with our words for them.
_PROBLEM_BY_EXTENDED_CODE = {
    # The busy timeout ran out: another connection (the window, a command beside it) held
    # the write lock all that time.
    sqlite3.SQLITE_BUSY: (
        DatabaseProblem.LOCKED,
        f"another program, such as the open window, was writing to it for over "
        f"{BUSY_TIMEOUT_MS // 1000} s; try again",
    ),
    # "attempt to write a readonly database": the file was deleted or renamed under us.
    sqlite3.SQLITE_READONLY_DBMOVED: (
        DatabaseProblem.CANNOT_OPEN,
        "the file was moved or deleted while it was in use",
    ),
    # The -shm file beside the database cannot grow: a full disk, as SQLite documents it.
    sqlite3.SQLITE_IOERR_SHMSIZE: (
        DatabaseProblem.DISK_FULL,
        "its shared-memory file cannot grow: disk I/O error, SQLITE_IOERR_SHMSIZE",
    ),
}


def sqlite_problem(exc: sqlite3.Error) -> tuple[DatabaseProblem, str] | None:
    """What an SQLite failure means for the user, and the detail to show (SQLite's words,
    with the extended code's name where it says more: ``disk I/O error, SQLITE_IOERR_FSYNC``),
    from its result code (``sqlite_errorcode``, Python 3.11+); ``None`` for our bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    if code in _PROBLEM_BY_EXTENDED_CODE:
        return _PROBLEM_BY_EXTENDED_CODE[code]
    problem = _PROBLEM_BY_CODE.get(code & 0xFF)
    if problem is None:
        return None
    detail = str(exc)
    name = getattr(exc, "sqlite_errorname", "")
    if code > 0xFF and isinstance(name, str) and name and name not in detail:
        detail = f"{detail}, {name}"
    return problem, detail


def environment_error(exc: BaseException, path: Path) -> DatabaseError | None:
    """Our error for an SQLite failure the user can act on, else ``None`` (a bug: propagate).

    Takes a ``sqlite3.Error`` or an SQLAlchemy ``DBAPIError`` wrapping one (``.orig``).
    """
    original: Any = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.Error):
        return None
    found = sqlite_problem(original)
    if found is None:
        return None
    return DatabaseError(found[0], path, found[1])


@contextmanager
def environment_errors(path: Path) -> Iterator[None]:
    """SQLite failures inside the block (raw ``sqlite3`` or through SQLAlchemy) that are the
    environment's fault raised as our ``DatabaseError``; anything else propagates as it is."""
    try:
        yield
    except Exception as exc:
        mapped = environment_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc


def read_only_reason(path: Path) -> str | None:
    """Why the database at ``path`` cannot be written (file or folder read-only, a read-only
    filesystem), or ``None``. SQLite needs both: WAL keeps its -wal and -shm beside the file.
    A place that cannot even be looked at is left to the opening to report."""
    try:
        if path.exists() and not os.access(path, os.W_OK):
            return "the file cannot be written"
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            return f"its folder {path.parent} cannot be written"
    except OSError:
        return None
    return None


def unreadable_reason(path: Path) -> str | None:
    """Why the database at ``path`` cannot be read (its permissions refuse this user), or
    ``None``: before "read-only", which would be only half of it."""
    try:
        if path.exists() and not os.access(path, os.R_OK):
            return "the file cannot be read: permission denied"
    except OSError as exc:  # its folder cannot be looked into, a name too long...
        return exc.strerror or str(exc)
    return None


def os_error(exc: OSError, path: Path, *, writing: bool = True) -> DatabaseError:
    """Our error for a failure of the OS around the database file at ``path`` (its folder,
    its lock, the file itself). ``writing``: the failed call was to create or write (a
    refused permission then means read-only; on a read, that the file cannot be opened).
    The detail is the OS's words, after the file's name when it is another file."""
    reason = exc.strerror or str(exc)
    if exc.filename is not None and Path(os.fsdecode(exc.filename)) != path:
        reason = f"{os.fsdecode(exc.filename)}: {reason}"
    if exc.errno == errno.EROFS or (writing and exc.errno in (errno.EACCES, errno.EPERM)):
        return DatabaseError(DatabaseProblem.READ_ONLY, path, reason)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DatabaseError(DatabaseProblem.DISK_FULL, path, reason)
    if exc.errno == errno.EIO:
        return DatabaseError(DatabaseProblem.IO_ERROR, path, reason)
    return DatabaseError(DatabaseProblem.CANNOT_OPEN, path, reason)
