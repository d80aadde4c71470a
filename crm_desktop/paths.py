"""Where CRM Desktop keeps its data, and the file modes it uses there."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from crm_desktop import APP_NAME

DB_ENV_VAR = "CRM_DESKTOP_DB"
DB_FILE_NAME = "crm.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/crm-desktop`` on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``CRM_DESKTOP_DB`` names one."""
    return data_dir() / DB_FILE_NAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``CRM_DESKTOP_DB``, then the user data folder."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_db_path()


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database, in a private ``backups`` folder."""
    return db_path.parent / "backups"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only.

    A folder that already exists is left as it is: ``--db /tmp/x.sqlite3`` must not
    change the mode of ``/tmp``.
    """
    if path.exists():
        return
    path.mkdir(parents=True, mode=PRIVATE_DIR_MODE, exist_ok=True)  # made meanwhile: fine
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)


def touch_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if missing, before anything else opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        path.chmod(PRIVATE_FILE_MODE)


def database_files(db_path: Path) -> list[Path]:
    """The database and the files SQLite and the lock keep beside it."""
    return [
        db_path,
        *(db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")),
        db_path.with_name(db_path.name + ".lock"),
    ]


def _private(path: Path, mode: int) -> bool:
    """Take group and other permissions off ``path``; True if it had some."""
    try:
        current = path.lstat().st_mode
    except OSError:
        return False
    if stat.S_ISLNK(current) or not current & 0o077:
        return False
    try:
        path.chmod(mode)
    except OSError:  # not ours to change: ``check`` reports it
        return False
    return True


def repair_private_modes(db_path: Path) -> tuple[Path, ...]:
    """Make the database's files and backups readable by the owner only; what was repaired.

    Files: the database, its ``-wal``, ``-shm``, ``-journal`` and lock, every file in the
    ``backups`` folder (0600). Folders (0700): ``backups``, and the database's folder only
    when it is our own data folder (``--db /tmp/x.sqlite3`` must not change ``/tmp``).
    """
    if os.name != "posix":
        return ()
    repaired: list[Path] = []
    folders = [backups_dir(db_path)]
    if db_path.parent == data_dir():
        folders.append(db_path.parent)
    files = [file for file in database_files(db_path) if file.exists()]
    if folders[0].is_dir():
        files += [file for file in folders[0].iterdir() if file.is_file()]
    repaired += [f for f in folders if f.is_dir() and _private(f, PRIVATE_DIR_MODE)]
    repaired += [f for f in files if _private(f, PRIVATE_FILE_MODE)]
    return tuple(repaired)


def mode_problems(db_path: Path) -> list[str]:
    """Files of the database and backups others can read (and our folders they can enter).

    The folder of a database given by ``--db`` is the user's business, not reported.
    """
    if os.name != "posix":
        return []
    problems: list[str] = []
    backups = backups_dir(db_path)
    files = [file for file in database_files(db_path) if file.exists()]
    if db_path.parent == data_dir():
        files.append(db_path.parent)
    if backups.is_dir():
        files += [backups, *(file for file in backups.iterdir() if file.is_file())]
    for file in files:
        mode = stat.S_IMODE(file.lstat().st_mode)
        if mode & 0o077:
            expected = PRIVATE_DIR_MODE if file.is_dir() else PRIVATE_FILE_MODE
            problems.append(
                f"{file}: open to other users (mode {mode:04o}, expected {expected:04o})"
            )
    return problems
