"""Failures of the environment (the disk, permissions, SQLite's result codes) as our errors.

The store maps what happens to the database where it happens (``store.sqlite_errors``);
this is the net under it, for the command line and the window's start-up: an ``OSError``
is always the system's doing (about the database, or about a file the user named), an
SQLite error with an environment's result code too; anything else is our bug and is not
mapped.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from crm_desktop.errors import CrmError, FileAccessError
from crm_desktop.paths import backups_dir, database_files
from crm_desktop.store.sqlite_errors import environment_error, os_error


def _about_database(name: Path, db_path: Path) -> bool:
    """``name`` is the database, one of its files, a folder above it, or in its backups."""
    backups = backups_dir(db_path)
    return (
        name in database_files(db_path)
        or name in db_path.parents
        or name == backups
        or backups in name.parents
    )


def os_failure(exc: OSError, path: Path | None = None) -> FileAccessError:
    """``exc`` about the file ``path`` (default: the one it names) in words: "cannot be
    read: Permission denied", "No space left on device"..."""
    name = path if path is not None else exc.filename
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOENT:
        reason = "no such file (it may have been moved or deleted)"
    return FileAccessError(None if name is None else Path(os.fsdecode(name)), reason)


def user_error(exc: BaseException, db_path: Path) -> CrmError | None:
    """Our error for ``exc`` when the environment caused it, else None (a bug: let it rise).

    An ``OSError`` about the database at ``db_path`` (its file, folder, lock, backups)
    becomes a ``DatabaseError``, one about another file (or a stream) a
    ``FileAccessError``; an SQLite error (raw, or wrapped by SQLAlchemy) with a result code
    of the environment's (full, read-only, I/O error, locked, damaged...) a
    ``DatabaseError``."""
    if isinstance(exc, CrmError):
        return exc
    if isinstance(exc, OSError):
        if exc.filename is not None and _about_database(
            Path(os.fsdecode(exc.filename)).absolute(), db_path
        ):
            return os_error(exc, db_path, writing=False)
        return os_failure(exc)
    return environment_error(exc, db_path)
