"""Backups and restores: when to take one, what they hold, and putting one back.

Automatic backups go to the ``backups`` folder beside the database (0700, files 0600): at
start when the newest is over a day old (``backup_if_due``, called by ``services.opening``),
and before every risky change (``backup_before``: migrations, imports, trashing many
records, emptying the Trash, merges). After each, rotation keeps the newest 3, the newest of
each of the last 7 days and of the last 4 weeks (``RotationPolicy``); backups the user asks
for (``backup_now``) are kept until the user removes them.

A restore refuses at once a database it could not replace or back up (read-only, as import
refuses it; a backups folder it cannot write). It copies the chosen file beside the database
and checks the copy (sound, ours, its schema exactly what our migrations make, not from a
newer version) before anything else happens: a refused file changes nothing. Then the
current database is backed up (or, if it is too damaged to back up, renamed aside: never
deleted; a backup that fails for any other reason refuses the restore), the copy takes its
place, stale ``-wal``/``-shm`` files go, and the database is opened again (upgraded if the
backup is older).
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Collection
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ParamSpec, TypeVar

from crm_desktop.errors import BackupFailedError, InvalidValueError
from crm_desktop.paths import make_private_dir
from crm_desktop.records.contacts import BackupEntry
from crm_desktop.services.database import Database, open_database, system_locale_name
from crm_desktop.store.backups import (
    MANUAL,
    BackupFile,
    RotationPolicy,
    backup_database,
    backup_file,
    backup_target,
    check_file,
    contacts_in,
    copy_for_restore,
    holds_data,
    journal_files,
    kept_latest,
    list_backup_files,
    looks_sound,
    prune_backups,
    restore_copy,
    restore_previous,
    set_kept_latest,
    writable_backups_folder,
)
from crm_desktop.store.file_checks import check_place
from crm_desktop.store.lock import DatabaseLock
from crm_desktop.store.schema import KNOWN_REVISIONS

DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_MERGE = "before-merge"
BEFORE_TRASH = "before-trash"
BEFORE_DELETE = "before-delete"
BEFORE_EMPTY_TRASH = "before-empty-trash"
BEFORE_RESTORE = "before-restore"
DAILY_BACKUP_AGE = timedelta(days=1)
# Trashing at least this many records at once takes a backup first.
BULK_DELETE_THRESHOLD = 10
ROTATION = RotationPolicy()
MOST_KEPT = 99

__all__ = [
    "BEFORE_DELETE",
    "BEFORE_EMPTY_TRASH",
    "BEFORE_IMPORT",
    "BEFORE_MERGE",
    "BEFORE_RESTORE",
    "BEFORE_TRASH",
    "BULK_DELETE_THRESHOLD",
    "DAILY",
    "ROTATION",
    "Restored",
    "RotationPolicy",
    "backup_before",
    "backup_before_bulk_delete",
    "backup_if_due",
    "backup_now",
    "backups_kept",
    "inspect_backup",
    "list_backups",
    "newest_good_backup",
    "restore_backup",
    "restore_backup_into",
    "set_backups_kept",
]


@dataclass(frozen=True, slots=True)
class Restored:
    """A restore done: the database, open again on the restored file."""

    database: Database
    source: BackupEntry  # the file restored from, as checked before the restore
    safety_backup: Path | None  # the database as it was just before, backed up
    set_aside: Path | None  # the database as it was, renamed when too damaged to back up


# One backup, rotation or restore at a time in this process: the daily backup runs in a
# worker thread while the user may ask for one, and a rotation must never prune a file
# another backup is writing.
_ONE_AT_A_TIME = threading.RLock()
P = ParamSpec("P")
R = TypeVar("R")


def _serialized(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with _ONE_AT_A_TIME:
            return function(*args, **kwargs)

    return run


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def _entry(backup: BackupFile) -> BackupEntry:
    size = 0
    with suppress(OSError):
        size = backup.path.stat().st_size
    contacts = contacts_in(backup.path, KNOWN_REVISIONS) if size else None
    return BackupEntry(backup.path, backup.created_at, backup.reason, size, contacts)


def list_backups(db_path: Path, folder: Path | None = None) -> tuple[BackupEntry, ...]:
    """The backups of the database at ``db_path`` in ``folder`` (``Database.backups_folder``;
    None: the ``backups`` folder beside it), newest first (no need to open it: the window
    lists them when the database is too damaged to open)."""
    return tuple(_entry(backup) for backup in list_backup_files(db_path, folder))


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupEntry | None:
    """The newest backup of ``db_path`` that passes ``quick_check`` and that this version
    can open; for a database found damaged after it was opened (``DatabaseError.CORRUPT``
    raised by a later query carries no backup: the one at open does)."""
    from crm_desktop.store.database import expected_schema  # SQLAlchemy: only when asked

    for backup in list_backup_files(db_path, folder):
        if looks_sound(backup.path, KNOWN_REVISIONS, expected_schema):
            return _entry(backup)
    return None


def inspect_backup(path: Path) -> BackupEntry:
    """Check a file as ``restore_backup`` would, changing nothing; its facts.

    Raises ``RestoreRefusedError`` for a file that is not a CRM Desktop database, is damaged
    or comes from a newer version.
    """
    from crm_desktop.store.database import expected_schema  # SQLAlchemy: only when asked

    facts = check_file(path, KNOWN_REVISIONS, expected_schema)
    return BackupEntry(path, _mtime(path), MANUAL, path.stat().st_size, facts.contacts)


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def backups_kept(db: Database) -> int:
    """How many of the newest automatic backups rotation keeps (besides the newest of each
    recent day and week): the user's number (Preferences), else the policy's 3."""
    with db.raw_reading() as connection:
        kept = kept_latest(connection)
    return kept if kept is not None else ROTATION.latest


def set_backups_kept(db: Database, count: int) -> None:
    """Keep the ``count`` newest automatic backups from the next rotation on (1 to 99)."""
    if not 1 <= count <= MOST_KEPT:
        raise InvalidValueError("backups kept", str(count), f"a number from 1 to {MOST_KEPT}")
    with db.raw_writing() as connection:
        set_kept_latest(connection, count)


def _rotate(db: Database) -> None:
    policy = RotationPolicy(ROTATION.daily, ROTATION.weekly, backups_kept(db))
    prune_backups(db.path, policy, db.backups_folder)


def _has_data(db: Database) -> bool:
    with db.raw_reading() as connection:
        return holds_data(connection)


@_serialized
def backup_before(db: Database, reason: str, *, now: datetime | None = None) -> BackupEntry | None:
    """The automatic backup before a risky change (``BEFORE_IMPORT``...), then rotation;
    None when the database holds nothing yet (nothing to lose). The backup this handle took
    last is returned instead when nothing was written since (the daily one at start, then an
    import: one backup, not two).

    Raises ``BackupFailedError`` or ``DatabaseError`` (disk full): the caller then does not
    make its change.
    """
    if db.last_backup is not None:
        entry, generation = db.last_backup
        if generation == db.generation and entry.path.exists():
            return entry  # nothing written since: it holds what a new one would
    if not _has_data(db):
        return None
    moment = _now(now)
    generation = db.generation  # before the copy: a write during it is not in it
    target = backup_database(db.path, backup_target(db.path, reason, moment, db.backups_folder))
    _rotate(db)
    entry = _entry(BackupFile(target, moment, reason))
    db.last_backup = (entry, generation)
    return entry


def backup_if_due(db: Database, *, now: datetime | None = None) -> BackupEntry | None:
    """The daily backup, when the newest backup is over a day old (or there is none) and
    the database holds something; else None."""
    newest = list_backup_files(db.path, db.backups_folder)
    if newest and _now(now) - newest[0].created_at < DAILY_BACKUP_AGE:
        return None
    return backup_before(db, DAILY, now=now)


def backup_before_bulk_delete(
    db: Database, ids: Collection[int], reason: str = BEFORE_TRASH
) -> BackupEntry | None:
    """``backup_before`` when ``ids`` are many (``BULK_DELETE_THRESHOLD``), else nothing:
    for services that trash or delete records (contacts, accounts, notes, activities)."""
    if len(set(ids)) < BULK_DELETE_THRESHOLD:
        return None
    return backup_before(db, reason)


def _is_database_file(dest: Path, db_path: Path) -> bool:
    with suppress(OSError):
        resolved = dest.resolve()
        return any(
            resolved == file.resolve()
            for file in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")))
        )
    return False


@_serialized
def backup_now(
    db: Database, dest: Path | None = None, *, now: datetime | None = None
) -> BackupEntry:
    """A backup the user asked for: into ``dest`` (a file, replaced if it exists, or a folder),
    else into the backups folder; never rotated away. Checked and 0600 like every backup."""
    moment = _now(now)
    target = backup_target(db.path, MANUAL, moment, db.backups_folder)
    if dest is not None:
        dest = dest.absolute()  # "backup ." or a relative path: named in full, listed alike
        target = dest / target.name if dest.is_dir() else dest
        if _is_database_file(target, db.path):
            raise BackupFailedError(target, "that is the database itself")
        if not target.parent.is_dir():
            raise BackupFailedError(target, "no such folder")
    backup_database(db.path, target)
    return _entry(BackupFile(target, moment, MANUAL))


# Restoring


def _move_sidecars(path: Path, to: Path) -> None:
    """Rename the journal files of the (closed) database ``path`` to go with ``to``."""
    for sidecar, moved in zip(journal_files(path), journal_files(to), strict=True):
        if sidecar.exists():
            sidecar.replace(moved)


def _second_name(path: Path, to: Path) -> bool:
    """Give the file ``path`` the second name ``to`` (a hard link); False where the file
    system has none. The database path never goes missing, even if we die mid-restore."""
    with suppress(FileNotFoundError):
        to.unlink()
    try:
        os.link(path, to)
    except OSError:
        return False
    return True


def _has_file(db_path: Path, current: Database | None) -> bool:
    """There is a database to replace (and so to back up first)."""
    return current is not None or (db_path.exists() and db_path.stat().st_size > 0)


def _safety_backup(
    db_path: Path, current: Database | None, now: datetime, folder: Path | None
) -> Path | None:
    """Back up the database about to be replaced; None when there is none, or when it is
    too damaged to back up (it will be kept under another name). A backup that cannot be
    written for any other reason (its folder, the disk) refuses the restore, as it refuses
    an import: ``BackupFailedError``, ``DatabaseError`` (disk full)."""
    if not _has_file(db_path, current):
        return None
    target = backup_target(db_path, BEFORE_RESTORE, now, folder)
    try:
        backup_database(db_path, target)
    except BackupFailedError as error:
        if not error.damaged:
            raise BackupFailedError(error.path, f"{error.reason}; nothing was restored") from error
        return None
    return target


def _put_back(previous: Path, db_path: Path) -> None:
    for stale in journal_files(db_path):
        stale.unlink(missing_ok=True)
    previous.replace(db_path)
    _move_sidecars(previous, db_path)


@_serialized
def _restore(
    db_path: Path,
    source: Path,
    lock: DatabaseLock,
    locale_name: str,
    current: Database | None,
    now: datetime | None,
    folder: Path | None = None,
) -> Restored:
    moment = _now(now)
    partial = restore_copy(db_path)
    # Refused before anything is copied, as import, check and backup refuse them: a
    # read-only database (or folder), and a backups folder the safety backup cannot go in.
    check_place(db_path)
    if _has_file(db_path, current):
        try:
            writable_backups_folder(db_path, folder)
        except BackupFailedError as error:
            raise BackupFailedError(error.path, f"{error.reason}; nothing was restored") from error
    from crm_desktop.store.database import expected_schema  # SQLAlchemy: only to restore

    facts = copy_for_restore(
        source, partial, KNOWN_REVISIONS, expected_schema
    )  # refusal: nothing changed
    listed = backup_file(db_path, source, folder)
    checked = BackupEntry(
        source,
        listed.created_at if listed else _mtime(source),
        listed.reason if listed else MANUAL,
        source.stat().st_size,
        facts.contacts,
    )
    # The database as it was gets a second name (``previous``) until the restored one
    # opens: kept for good (``aside``) when no backup of it could be taken, else dropped.
    previous: Path | None = None
    aside: Path | None = None
    try:
        safety = _safety_backup(db_path, current, moment, folder)
        if current is not None:
            current.close_connections()
        if db_path.exists() and db_path.stat().st_size > 0:
            name = (
                f"{db_path.name}.damaged-{moment.strftime('%Y%m%dT%H%M%SZ')}"
                if safety is None
                else restore_previous(db_path).name
            )
            previous = db_path.with_name(name)
            if not _second_name(db_path, previous):
                db_path.replace(previous)  # no hard links: a short moment without a database
            # The old journal files go with it: never replayed onto the restored file.
            _move_sidecars(db_path, previous)
            aside = previous if safety is None else None
        partial.replace(db_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        if previous is not None and not db_path.exists():
            _put_back(previous, db_path)
        raise
    try:
        database = open_database(db_path, locale_name, lock)
        database.backups_folder = folder
    except BaseException:
        if previous is not None:  # the restored file is a copy of ``source``, still there
            _put_back(previous, db_path)
        if not lock.held:
            lock.acquire()
        raise
    if previous is not None and aside is None:
        for leftover in (previous, *journal_files(previous)):
            leftover.unlink(missing_ok=True)  # the safety backup holds it
    if current is not None:
        current.hand_over_lock()  # closing the old handle must not release it
    prune_backups(db_path, ROTATION, folder)
    return Restored(database, checked, safety, aside)


def restore_backup(db: Database, source: Path, *, now: datetime | None = None) -> Restored:
    """Replace the open database ``db`` with the backup ``source``; the database reopened.

    ``source`` is checked first: ``RestoreRefusedError`` (not ours, damaged, from a newer
    version) leaves ``db`` open and unchanged. On success ``db`` must no longer be used:
    the window drops it for ``Restored.database``.
    """
    return _restore(db.path, source, db.lock, db.sort_language, db, now, db.backups_folder)


def restore_backup_into(
    db_path: Path,
    source: Path,
    *,
    locale_name: str | None = None,
    lock: DatabaseLock | None = None,
    now: datetime | None = None,
    backups_folder: Path | None = None,
) -> Restored:
    """Replace the database at ``db_path`` (not open here, perhaps too damaged to open) with
    the backup ``source``; the database opened on it. Used by ``crm-desktop restore`` and by
    the window when the database failed its check at start (``DatabaseError.backup``); its
    safety backup and rotation in ``backups_folder`` (None: beside the database)."""
    make_private_dir(db_path.parent)
    if lock is None:
        lock = DatabaseLock(db_path)
    if not lock.held:
        lock.acquire()
    try:
        locale = locale_name or system_locale_name()
        return _restore(db_path, source, lock, locale, None, now, backups_folder)
    except BaseException:
        lock.release()
        raise
