"""The checks a database file passes before anything writes to it (stdlib only).

Both ways of opening the file for writing run them, once, under the single-instance lock:
the SQLAlchemy writer (``store.database.open_store``, which also creates and migrates) and
the raw writer (``store.raw_writer``, for a current file). In order: the folder (made 0700
if missing), the lock, what a restore killed half-way left (its copy of the chosen file:
deleted), the files' modes (group and other permissions taken off), the header
(an SQLite file, and ours: another program's file is never switched to WAL), then
``PRAGMA quick_check`` on a connection (a damaged file is refused, naming the newest good
backup, never reset).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.paths import make_private_dir, repair_private_modes, touch_private_file
from crm_desktop.store.backups import (
    SQLITE_HEADER,
    list_backup_files,
    newest_good_backup,
    remove_restore_leftovers,
)
from crm_desktop.store.connection import harden
from crm_desktop.store.lock import DatabaseLock
from crm_desktop.store.schema import KNOWN_REVISIONS
from crm_desktop.store.sqlite_errors import (
    environment_error,
    os_error,
    read_only_reason,
    unreadable_reason,
)

FOREIGN_TABLES = "tables of another program"


@dataclass(frozen=True, slots=True)
class PreparedFile:
    """What preparing the file found."""

    created: bool  # the file was new (or empty): there is nothing to back up
    repaired_modes: tuple[Path, ...]  # files that were readable by others, made 0600
    # What a restore killed before it finished left beside the database, deleted.
    removed_leftovers: tuple[Path, ...] = ()


def check_place(path: Path) -> None:
    """Make the database's folder (0700) if missing; our error, before SQLite or the lock
    touch anything, when it cannot be made, looked into, or the file or folder cannot be
    written (or the file read)."""
    try:
        make_private_dir(path.parent)
    except OSError as exc:
        error = os_error(exc, path)
        error.detail = f"its folder cannot be made: {error.detail}"
        raise error from exc
    try:
        if not path.parent.is_dir():
            raise DatabaseError(
                DatabaseProblem.CANNOT_OPEN, path, f"{path.parent} is a file, not a folder"
            )
        if path.is_dir():
            raise DatabaseError(DatabaseProblem.CANNOT_OPEN, path, "it is a folder")
    except OSError as exc:  # a folder that cannot be looked into, a name too long...
        raise os_error(exc, path, writing=False) from exc
    reason = unreadable_reason(path)
    if reason is not None:
        raise DatabaseError(DatabaseProblem.CANNOT_OPEN, path, reason)
    reason = read_only_reason(path)
    if reason is not None:
        raise DatabaseError(DatabaseProblem.READ_ONLY, path, reason)


def check_exists(path: Path) -> None:
    """Refuse (``MISSING``) a database path with no file: the commands that read or change
    what is there never create one where a mistyped ``--db`` points."""
    try:
        if path.exists():
            return
        if path.parent.exists() and not path.parent.is_dir():
            raise DatabaseError(
                DatabaseProblem.CANNOT_OPEN, path, f"{path.parent} is a file, not a folder"
            )
    except OSError as exc:
        raise os_error(exc, path, writing=False) from exc
    raise DatabaseError(
        DatabaseProblem.MISSING, path, "check the path; the window or an import creates one"
    )


def check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or not ours (an empty file passes)."""
    with path.open("rb") as handle:  # closed before SQLite opens the file
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(DatabaseProblem.NOT_A_DATABASE, path)
    if header:
        check_ours(path)


def check_ours(path: Path) -> None:
    """Refuse another program's SQLite file before any of our writing connections touches it
    (its first one would switch the file to WAL: a change to somebody else's data)."""
    raw = sqlite3.connect(str(path), isolation_level=None)
    try:
        harden(raw)
        names = {str(row[0]) for row in raw.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as exc:
        raise environment_error(exc, path) or exc from exc
    finally:
        raw.close()
    tables = {n for n in names if not n.startswith("sqlite_")}
    if tables and "alembic_version" not in tables:
        raise DatabaseError(DatabaseProblem.NOT_A_DATABASE, path, FOREIGN_TABLES)


def check_pages(connection: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check`` (pages and records, not index cross-checks) on ``connection``:
    a damaged file is refused before anything writes to it."""
    try:
        problems = [
            str(row[0]) for row in connection.execute("PRAGMA quick_check") if str(row[0]) != "ok"
        ]
        # The check filled the connection's page cache (64 MiB at 100,000 contacts) with
        # pages the raw reader, which serves every read, keeps in a cache of its own.
        connection.execute("PRAGMA shrink_memory")
    except sqlite3.Error as exc:
        raise environment_error(exc, path) or exc from exc
    if problems:
        more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
        raise DatabaseError(DatabaseProblem.CORRUPT, path, problems[0] + more)


def with_backup(error: DatabaseError, path: Path) -> DatabaseError:
    """A damaged database's error, naming the newest good backup to restore from.

    A file that is no SQLite file at all but has backups of its own was ours: damaged too.
    """
    if error.problem not in (DatabaseProblem.CORRUPT, DatabaseProblem.NOT_A_DATABASE):
        return error
    if error.problem is DatabaseProblem.NOT_A_DATABASE and (
        error.detail == FOREIGN_TABLES or not list_backup_files(path)
    ):
        return error  # another program's database, or never one of ours: not damaged
    backup = newest_good_backup(path, KNOWN_REVISIONS)
    return DatabaseError(DatabaseProblem.CORRUPT, path, error.detail, backup)


def prepare_file(path: Path, lock: DatabaseLock) -> PreparedFile:
    """The folder, the lock (taken unless held), a killed restore's leftovers deleted, the
    modes, an empty 0600 file where there was none, and the header. On failure the lock is
    released and the error raised (a damaged file's naming the backup to restore)."""
    check_place(path)
    if not lock.held:
        lock.acquire()
    try:
        try:
            removed = remove_restore_leftovers(path)
            created = not path.exists() or path.stat().st_size == 0
            repaired = () if created else repair_private_modes(path)
        except OSError as exc:
            raise os_error(exc, path, writing=False) from exc
        try:
            if not path.exists():
                touch_private_file(path)
        except OSError as exc:  # a full disk, a folder others own...
            raise os_error(exc, path) from exc
        try:
            check_header(path)
        except OSError as exc:
            raise os_error(exc, path, writing=False) from exc
        except DatabaseError as error:
            raise with_backup(error, path) from error
    except BaseException:
        lock.release()
        raise
    return PreparedFile(created, repaired, removed)
