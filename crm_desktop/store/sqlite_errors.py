"""SQLite failures that are the environment's fault, as our errors (stdlib only)."""

from __future__ import annotations

import sqlite3
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
