"""Backups of the database file (stdlib only).

A backup is written by SQLite's online backup API from a live connection (never a file copy:
a copy can catch the database and its WAL at different moments), to a temporary name in the
``backups`` folder, switched to a rollback journal (a backup is one self-contained file),
checked with ``PRAGMA integrity_check``, made 0600, then renamed: a backup that exists under
its final name is whole and sound.

Names say which database, when (UTC) and why: ``crm-20261201T081500123456Z-daily.sqlite3``.
Rotation keeps the newest few, the newest of each of the last 7 days that have backups and
of the last 4 weeks; backups the user asked for by hand ("manual") are never rotated away.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Collection, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.errors import (
    BackupFailedError,
    CrmError,
    DatabaseError,
    DatabaseProblem,
    RestoreRefusedError,
)
from crm_desktop.paths import (
    PRIVATE_FILE_MODE,
    backups_dir,
    folder_safety_problem,
    make_private_dir,
    touch_private_file,
)
from crm_desktop.store.connection import harden
from crm_desktop.store.schema_check import ExpectedSchema, schema_problems, schema_refusal
from crm_desktop.store.sqlite_errors import sqlite_problem

SQLITE_HEADER = b"SQLite format 3\x00"
MANUAL = "manual"  # a backup the user asked for: kept until the user removes it
_STAMP = "%Y%m%dT%H%M%S%fZ"
_PARTIAL = ".partial"
CHECK_CACHE_KIB = 65536
BUSY_TIMEOUT_S = 5.0
_SQLITE_FULL = 13
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup found in the ``backups`` folder, as its name describes it."""

    path: Path
    created_at: datetime  # UTC
    reason: str


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """Which automatic backups rotation keeps (the union of the three rules)."""

    daily: int = 7  # the newest backup of each of the last N days that have backups
    weekly: int = 4  # the newest of each of the last N ISO weeks that have backups
    latest: int = 3  # the N newest, whatever their day (two imports in one morning)


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What a CRM Desktop database file holds, read without changing it."""

    revision: str
    contacts: int  # outside the Trash


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(db_path.stem) + r"-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)\.sqlite3"
    )


def backup_target(db_path: Path, reason: str, now: datetime, folder: Path | None = None) -> Path:
    """A new, unused name in the backups folder (``folder``, else ``backups_dir``) for a
    backup of ``db_path`` taken ``now``."""
    folder = folder or backups_dir(db_path)
    moment = now.astimezone(UTC)
    while True:
        target = folder / f"{db_path.stem}-{moment.strftime(_STAMP)}-{reason}.sqlite3"
        if not target.exists():
            return target
        moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)


def backup_file(db_path: Path, path: Path, folder: Path | None = None) -> BackupFile | None:
    """What the name of ``path`` says, if it is a backup of ``db_path`` in its backups
    folder (``folder``, else ``backups_dir``)."""
    match = _name_pattern(db_path).fullmatch(path.name)
    if match is None or path.parent != (folder or backups_dir(db_path)) or not path.is_file():
        return None
    created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return BackupFile(path, created, match["reason"])


def list_backup_files(db_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of ``db_path`` in its backups folder (``folder``, else ``backups_dir``),
    newest first."""
    folder = folder or backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [
        backup
        for backup in (backup_file(db_path, path, folder) for path in folder.iterdir())
        if backup is not None
    ]
    found.sort(key=lambda backup: (backup.created_at, backup.path.name), reverse=True)
    return found


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(partial: Path) -> None:
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        with suppress(OSError):  # missing, or its folder is not one
            leftover.unlink()


def integrity_problems(
    connection: sqlite3.Connection, *, quick: bool = False, links: bool = True
) -> list[str]:
    """What ``integrity_check`` (or ``quick_check``) and, with ``links``, ``foreign_key_check``
    find; [] if sound."""
    pragma = "quick_check" if quick else "integrity_check"
    problems = [
        str(row[0]) for row in connection.execute(f"PRAGMA {pragma}") if str(row[0]) != "ok"
    ]
    if links and not quick:
        problems += [
            f"broken link in {row[0]} (row {row[1]}) to {row[2]}"
            for row in connection.execute("PRAGMA foreign_key_check")
        ]
    return problems


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _copy(source: sqlite3.Connection, partial: Path) -> sqlite3.Connection:
    """``source`` copied into the new file ``partial`` (0600) by the backup API, in rollback
    journal mode; the open connection to the copy."""
    _discard(partial)
    touch_private_file(partial)
    destination = sqlite3.connect(str(partial), isolation_level=None)
    try:
        harden(destination)
        # The check reads every index: with SQLite's 2 MiB default it takes 25 % longer.
        destination.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        source.backup(destination)
        # The copy carries the source's WAL flag: one self-contained file is what we keep.
        destination.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        destination.close()
        raise
    return destination


def _publish(partial: Path, target: Path) -> None:
    partial.chmod(PRIVATE_FILE_MODE)
    partial.replace(target)  # a backup that exists under its name is a whole one
    _fsync_folder(target.parent)


def _unreadable(exc: sqlite3.Error) -> bool:
    """The database read is damaged or no database (not: the copy could not be written)."""
    return _code(exc) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def write_backup(source: sqlite3.Connection, target: Path) -> None:
    """Back up the database of ``source`` (a live connection) to ``target``, checked and 0600.

    Raises ``BackupFailedError`` (nothing left behind but what was there before; ``damaged``
    when the source could not be read whole) or our ``DatabaseError`` for a full disk.
    """
    partial = target.with_name(target.name + _PARTIAL)
    try:
        make_private_dir(target.parent)
        unsafe = folder_safety_problem(target.parent)
        if unsafe is not None:  # another user could read, replace or plant a backup there
            folder = target.parent
            raise DatabaseError(DatabaseProblem.UNSAFE, folder, f"{unsafe}; no backup was written")
        with closing(_copy(source, partial)) as copy:
            # The live database enforces its links: the copy's pages and indexes are checked.
            problems = integrity_problems(copy, links=False)
        if problems:
            raise BackupFailedError(
                target, f"the copy failed its integrity check: {problems[0]}", damaged=True
            )
        _publish(partial, target)
    except sqlite3.Error as exc:
        _discard(partial)
        if _code(exc) == _SQLITE_FULL:
            raise DatabaseError(DatabaseProblem.DISK_FULL, target, str(exc)) from exc
        raise BackupFailedError(target, _sqlite_reason(exc), damaged=_unreadable(exc)) from exc
    except OSError as exc:
        _discard(partial)
        raise BackupFailedError(target, exc.strerror or str(exc)) from exc
    except BaseException:
        _discard(partial)
        raise


def _sqlite_reason(exc: sqlite3.Error) -> str:
    """SQLite's words for a failed backup, after ours where they say more ("read-only")."""
    found = sqlite_problem(exc)
    words = (
        {
            DatabaseProblem.READ_ONLY: "read-only",
            DatabaseProblem.CANNOT_OPEN: "cannot be opened",
            DatabaseProblem.IO_ERROR: "the disk failed",
        }.get(found[0])
        if found
        else None
    )
    return f"{words}: {found[1]}" if found and words else str(exc)


def backup_database(db_path: Path, target: Path) -> Path:
    """Back up the database file at ``db_path`` (open in this process or not, perhaps
    damaged) to ``target``, checked and 0600, through a connection of its own; ``target``.

    Raises ``BackupFailedError`` (``damaged`` for a file too damaged to read) or
    ``DatabaseError`` for a full disk.
    """
    try:
        connection = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupFailedError(target, str(exc), damaged=_unreadable(exc)) from exc
    with closing(connection):
        try:
            harden(connection)
        except sqlite3.Error as exc:
            raise BackupFailedError(target, str(exc), damaged=_unreadable(exc)) from exc
        write_backup(connection, target)
    return target


def writable_backups_folder(db_path: Path, folder: Path | None = None) -> None:
    """Refuse (``BackupFailedError``) when no backup of ``db_path`` can be written: its
    backups folder (``folder``, else ``backups_dir``) is a file, or cannot be written (or
    made), as its modes say."""
    folder = folder or backups_dir(db_path)
    if folder.exists() and not folder.is_dir():
        raise BackupFailedError(folder, "it is a file, not a folder")
    place = folder
    while not place.is_dir() and place.parent != place:  # made with its parents
        place = place.parent
    if not os.access(place, os.W_OK | os.X_OK):
        raise BackupFailedError(folder, f"{place} cannot be written")


def restore_copy(db_path: Path) -> Path:
    """Where a restore copies the chosen file, beside the database, before it takes the
    database's place."""
    return db_path.with_name(db_path.name + ".restoring")


def restore_previous(db_path: Path) -> Path:
    """The second name a restore gives the database it replaces (backed up already) until
    the restored one opens."""
    return db_path.with_name(db_path.name + ".before-restore")


def journal_files(path: Path) -> list[Path]:
    """The journal files SQLite keeps beside the database file ``path``."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _unlink(paths: list[Path]) -> list[Path]:
    removed = []
    for path in paths:
        with suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def remove_restore_leftovers(db_path: Path) -> tuple[Path, ...]:
    """Put right what a restore killed before it finished left beside ``db_path``; the
    paths deleted. Call it holding the database's lock (a restore under way holds it).

    Its copy of the chosen file (``restore_copy``) and that copy's journal files are
    deleted: only ever a copy (the chosen file is where it was). The database it was
    replacing has a second name (``restore_previous``) until the restored one opens: killed
    before the swap, that name is a hard link to the database itself, and goes (the journal
    files moved with it come back first); where the file system has no hard links and the
    database had been moved to that name, it is moved back. Killed after the swap, it is
    the replaced database (a backup of it was taken first) and stays, as it does while the
    restore opens the restored file: the next restore replaces it.
    """
    copy = restore_copy(db_path)
    removed = _unlink([copy, *journal_files(copy)])
    previous = restore_previous(db_path)
    if not previous.exists():
        return tuple(removed)
    if not db_path.exists() or previous.samefile(db_path):
        for sidecar, back in zip(journal_files(previous), journal_files(db_path), strict=True):
            if sidecar.exists() and not back.exists():
                sidecar.replace(back)
        if not db_path.exists():
            previous.replace(db_path)
        elif not any(sidecar.exists() for sidecar in journal_files(previous)):
            removed += _unlink([previous])  # (journal files that could not go back: kept)
    return tuple(removed)


def holds_data(connection: sqlite3.Connection) -> bool:
    """Whether the database holds any record (an empty one has nothing to back up)."""
    row = connection.execute(
        "SELECT EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM accounts) "
        "OR EXISTS (SELECT 1 FROM activities) OR EXISTS (SELECT 1 FROM notes)"
    ).fetchone()
    return bool(row[0])


def contacts_in(path: Path, known: Collection[str]) -> int | None:
    """How many contacts (outside the Trash) the backup ``path`` holds; None when it cannot
    be read (gone, damaged, not ours): a listing shows it all the same."""
    with suppress(OSError, sqlite3.Error, CrmError), read_only(path) as connection:
        return file_facts(connection, path, known).contacts
    return None


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that can only read ``path`` (and trusts nothing in its schema)."""
    connection = sqlite3.connect(
        f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None
    )
    try:
        harden(connection)
        connection.execute("PRAGMA query_only = ON")
        yield connection
    finally:
        connection.close()


def file_facts(
    connection: sqlite3.Connection,
    path: Path,
    known: Collection[str],
    expected: ExpectedSchema | None = None,
) -> FileFacts:
    """Revision and contact count of a CRM Desktop database; ``RestoreRefusedError`` for a
    database of another program, or of a newer CRM Desktop (a revision not in ``known``),
    and, given ``expected`` (``store.database.expected_schema``), for one whose schema is
    not exactly what our migrations make for its revision (``schema_check``: an added
    trigger, a missing table...)."""
    tables = {
        str(row[0])
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "alembic_version" not in tables or "contacts" not in tables:
        detail = "tables of another program" if tables else "an empty SQLite database"
        raise RestoreRefusedError(DatabaseProblem.NOT_A_DATABASE, path, detail)
    row = connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()
    revision = str(row[0]) if row and row[0] is not None else ""
    if revision not in known:
        raise RestoreRefusedError(DatabaseProblem.TOO_NEW, path, f"schema revision {revision}")
    if expected is not None:
        differences = schema_problems(connection, revision, expected)
        if differences:
            raise RestoreRefusedError(
                DatabaseProblem.NOT_A_DATABASE, path, schema_refusal(differences)
            )
    contacts = connection.execute(
        "SELECT count(*) FROM contacts WHERE deleted_at IS NULL"
    ).fetchone()[0]
    return FileFacts(revision, int(contacts))


def _refusal(exc: sqlite3.Error, path: Path) -> DatabaseError:
    code = _code(exc)
    if code == _SQLITE_FULL:
        return DatabaseError(DatabaseProblem.DISK_FULL, path, str(exc))
    problem = {
        _SQLITE_CORRUPT: DatabaseProblem.CORRUPT,
        _SQLITE_NOTADB: DatabaseProblem.NOT_A_DATABASE,
    }.get(code, DatabaseProblem.CANNOT_OPEN)
    return RestoreRefusedError(problem, path, str(exc))


def check_header(path: Path) -> None:
    """Refuse at once a file that cannot be an SQLite database (``RestoreRefusedError``)."""
    try:
        mode = path.stat().st_mode  # once: a file gone between two looks is "no such file"
    except FileNotFoundError:
        raise RestoreRefusedError(DatabaseProblem.CANNOT_OPEN, path, "no such file") from None
    except OSError as exc:
        raise RestoreRefusedError(
            DatabaseProblem.CANNOT_OPEN, path, exc.strerror or str(exc)
        ) from exc
    if not stat.S_ISREG(mode):
        raise RestoreRefusedError(DatabaseProblem.CANNOT_OPEN, path, "not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RestoreRefusedError(
            DatabaseProblem.CANNOT_OPEN, path, exc.strerror or str(exc)
        ) from exc
    if not header:
        raise RestoreRefusedError(DatabaseProblem.NOT_A_DATABASE, path, "the file is empty")
    if header != SQLITE_HEADER:
        raise RestoreRefusedError(DatabaseProblem.NOT_A_DATABASE, path, "not an SQLite file")


def copy_for_restore(
    source: Path, partial: Path, known: Collection[str], expected: ExpectedSchema
) -> FileFacts:
    """Copy the file ``source`` to ``partial`` (0600) and check the copy: sound, ours (its
    schema exactly ``expected``), not newer than ``known``. On refusal
    (``RestoreRefusedError``) nothing is left at ``partial`` and ``source`` is untouched
    (it is only read)."""
    check_header(source)
    try:
        with read_only(source) as reader, closing(_copy(reader, partial)) as copy:
            problems = integrity_problems(copy)
            if problems:
                raise RestoreRefusedError(DatabaseProblem.CORRUPT, source, problems[0])
            facts = file_facts(copy, source, known, expected)
    except sqlite3.Error as exc:
        _discard(partial)
        raise _refusal(exc, source) from exc
    except OSError as exc:  # the copy beside the database cannot be written
        _discard(partial)
        problem = (
            DatabaseProblem.READ_ONLY
            if isinstance(exc, PermissionError)
            else DatabaseProblem.CANNOT_OPEN
        )
        raise DatabaseError(problem, partial, exc.strerror or str(exc)) from exc
    except BaseException:
        _discard(partial)
        raise
    partial.chmod(PRIVATE_FILE_MODE)
    return facts


def check_file(path: Path, known: Collection[str], expected: ExpectedSchema) -> FileFacts:
    """Check the file ``path`` in place, read only, as a restore checks its copy: sound, ours
    (its schema too), not newer than ``known``."""
    check_header(path)
    try:
        with read_only(path) as connection:
            problems = integrity_problems(connection)
            if problems:
                raise RestoreRefusedError(DatabaseProblem.CORRUPT, path, problems[0])
            return file_facts(connection, path, known, expected)
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from exc


def looks_sound(path: Path, known: Collection[str], expected: ExpectedSchema | None = None) -> bool:
    """Whether a backup passes ``quick_check`` and is a CRM Desktop database we can open
    (and, given ``expected``, has exactly that schema: a crafted file is not offered)."""
    try:
        check_header(path)
        with read_only(path) as connection:
            if integrity_problems(connection, quick=True):
                return False
            file_facts(connection, path, known, expected)
    except (sqlite3.Error, DatabaseError):
        return False
    return True


def newest_good_backup(
    db_path: Path,
    known: Collection[str],
    expected: ExpectedSchema | None = None,
    folder: Path | None = None,
) -> Path | None:
    """The newest backup of ``db_path`` that passes its check (``looks_sound``), if any (none
    from a backups folder another user could have put a file in)."""
    folder = folder or backups_dir(db_path)
    if folder_safety_problem(folder) is not None:
        return None
    for backup in list_backup_files(db_path, folder):
        if looks_sound(backup.path, known, expected):
            return backup.path
    return None


def backups_to_prune(backups: list[BackupFile], policy: RotationPolicy) -> list[BackupFile]:
    """The automatic backups ``policy`` does not keep (``backups`` newest first). The
    newest of each reason is always kept: the one taken before the Trash was emptied or a
    restore holds what no later backup does, however many imports follow it that day."""
    automatic = [backup for backup in backups if backup.reason != MANUAL]
    keep = {backup.path for backup in automatic[: policy.latest]}
    reasons: set[str] = set()
    for backup in automatic:
        if backup.reason not in reasons:
            reasons.add(backup.reason)
            keep.add(backup.path)
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in automatic:
        day = backup.created_at.date()
        if day not in days and len(days) < policy.daily:
            days.add(day)
            keep.add(backup.path)
        week = backup.created_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < policy.weekly:
            weeks.add(week)
            keep.add(backup.path)
    return [backup for backup in automatic if backup.path not in keep]


def prune_backups(db_path: Path, policy: RotationPolicy, folder: Path | None = None) -> list[Path]:
    """Delete the automatic backups ``policy`` does not keep, and temporary files left by an
    interrupted backup, in the backups folder (``folder``, else ``backups_dir``); the paths
    deleted (none in a folder another user can write to)."""
    folder = folder or backups_dir(db_path)
    if folder_safety_problem(folder) is not None:
        return []
    listed = list_backup_files(db_path, folder)
    doomed = [backup.path for backup in backups_to_prune(listed, policy)]
    if folder.is_dir():
        prefix = f"{db_path.stem}-"
        doomed += [
            path
            for path in folder.iterdir()
            if path.name.startswith(prefix)
            and (path.name.endswith(_PARTIAL) or path.name.endswith(_PARTIAL + "-journal"))
        ]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


KEEP_LATEST = "backups_keep_latest"  # the settings row: rotation's newest-N (Preferences)


def kept_latest(connection: sqlite3.Connection) -> int | None:
    """How many of the newest automatic backups rotation keeps, as the user set it."""
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (KEEP_LATEST,)).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else None


def set_kept_latest(connection: sqlite3.Connection, count: int) -> None:
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (KEEP_LATEST, str(count)),
    )
