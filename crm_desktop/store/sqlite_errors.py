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

_PROBLEM_BY_CODE = {
    5: DatabaseProblem.LOCKED,  # SQLITE_BUSY
    6: DatabaseProblem.LOCKED,  # SQLITE_LOCKED
    8: DatabaseProblem.READ_ONLY,  # SQLITE_READONLY
    10: DatabaseProblem.CANNOT_OPEN,  # SQLITE_IOERR
    11: DatabaseProblem.CORRUPT,  # SQLITE_CORRUPT
    13: DatabaseProblem.DISK_FULL,  # SQLITE_FULL
    14: DatabaseProblem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: DatabaseProblem.NOT_A_DATABASE,  # SQLITE_NOTADB
}


def environment_error(exc: BaseException, path: Path) -> DatabaseError | None:
    """Our error for an SQLite failure the user can act on, else ``None`` (a bug: propagate).

    Takes a ``sqlite3.Error`` or an SQLAlchemy ``DBAPIError`` wrapping one (``.orig``).
    """
    original: Any = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    problem = _PROBLEM_BY_CODE.get(code & 0xFF)
    if problem is None:
        return None
    return DatabaseError(problem, path, str(original))


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
    filesystem), or ``None``. SQLite needs both: WAL keeps its -wal and -shm beside the file."""
    if path.exists() and not os.access(path, os.W_OK):
        return "the file cannot be written"
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
        return f"its folder {path.parent} cannot be written"
    return None


def os_error(exc: OSError, path: Path) -> DatabaseError:
    """Our error for a failure of the OS around the database file (its folder, its lock)."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseError(DatabaseProblem.READ_ONLY, path, reason)
    if exc.errno == errno.ENOSPC:
        return DatabaseError(DatabaseProblem.DISK_FULL, path, reason)
    return DatabaseError(DatabaseProblem.CANNOT_OPEN, path, reason)
