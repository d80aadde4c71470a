"""Where CRM Desktop keeps its data, and the file modes it uses there."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from crm_desktop import APP_NAME

DB_ENV_VAR = "CRM_DESKTOP_DB"
DB_FILE_NAME = "crm.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX: a link planted at the name is refused


def data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/crm-desktop`` on Linux)."""
    import platformdirs  # here: a command given --db never needs it (10-30 ms at start)

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


def _private_group(gid: int) -> bool:
    """The group is the user's own alone (a "user private group", as Debian and Fedora give
    every user, under which umask 002 makes folders group-writable): no one else is in it."""
    if gid != os.getegid():
        return False
    import grp
    import pwd

    try:
        members = set(grp.getgrgid(gid).gr_mem)
        me = pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:  # a group or user the system does not name
        return False
    return members <= {me}


def folder_safety_problem(folder: Path) -> str | None:
    """Why another user could plant, replace or empty files in ``folder`` (the database's,
    which holds its lock, or the backups folder), or None when only the user (or root) can.

    Refused: a folder owned by another user (not root), one others can write to without
    the sticky bit that keeps them from removing or renaming our files (``/tmp`` has it),
    a folder that is a link another user made. POSIX only (None elsewhere).
    """
    if os.name != "posix":
        return None
    me = os.geteuid()
    try:
        link = folder.lstat()
        info = folder.stat()
    except OSError:  # missing: made 0700 by us, or reported by what opens it
        return None
    if stat.S_ISLNK(link.st_mode) and link.st_uid not in (me, 0):
        return f"{folder} is a symbolic link made by another user"
    if info.st_uid not in (me, 0):
        return f"the folder {folder} belongs to another user"
    mode = info.st_mode
    if not mode & stat.S_ISVTX:
        if mode & stat.S_IWOTH:
            return f"other users can write to the folder {folder}"
        if mode & stat.S_IWGRP and not _private_group(info.st_gid):
            return f"other users (its group) can write to the folder {folder}"
    return None


def make_private_file(path: Path, *, own_folder: bool) -> None:
    """``path`` readable and writable by its owner only (0600), made empty if missing; its
    folder made if missing and, when ``own_folder`` (a folder of ours, not one the user chose,
    not ``~/.config``), made 0700 as well.

    A link at ``path`` is not followed (nothing is created elsewhere); a file that is not ours
    to change is left as it is (``OSError`` is not raised for a mode we cannot set).
    """
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
    if os.name != "posix":
        return
    if own_folder:
        _private(folder, PRIVATE_DIR_MODE)
    if not path.exists() and not path.is_symlink():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | _NOFOLLOW, PRIVATE_FILE_MODE)
        os.close(fd)
    _private(path, PRIVATE_FILE_MODE)


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
