"""Where CRM Desktop keeps its data, and the file modes it uses there."""

from __future__ import annotations

import os
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
    path.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)


def touch_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if missing, before anything else opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        path.chmod(PRIVATE_FILE_MODE)
