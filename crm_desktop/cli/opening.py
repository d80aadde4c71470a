"""How a command opens the database, and the warnings it prints when it does.

Commands that only read open the database's reader alone (no lock: the window may have it
open); the others open it whole, importing the full stack (SQLAlchemy, ~0.3 s) when they
run, not when this module is imported. Only ``import`` (and ``restore``) may create a
database: every other command refuses a path where there is none, so that a mistyped
``--db`` never leaves an empty database behind.

Beside the window: every command opens the database whether or not the window has it open.
When it has, a command works beside it (``services.database``): its writes wait for the
window's (SQLite's busy timeout, 5 s, then one line: the database is busy), and no daily
backup is taken (the window's). What needs the database alone is refused, saying "close the
window first": ``restore`` (``services.backups`` takes the lock itself), an ``import`` of
more than one batch (``services.importing.BESIDE_LIMIT``), and a file to create or upgrade.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.services.database import require_database

if TYPE_CHECKING:
    from crm_desktop.services.database import Database


def warn_after_open(db: Database) -> None:
    for file in db.repaired_modes:
        sys.stderr.write(f"crm-desktop: warning: {file} was open to other users; made private\n")
    for file in db.removed_leftovers:
        sys.stderr.write(
            f"crm-desktop: warning: removed {file}, left by a restore that was interrupted\n"
        )
    if db.backup_problem is not None:
        sys.stderr.write(f"crm-desktop: warning: no daily backup: {db.backup_problem}\n")


def opened(path: Path, *, create: bool = False) -> Database:
    """The database whole, locked (and upgraded, and backed up once a day); with
    ``create``, made where there is none. Raises ``DatabaseError`` (``MISSING``...)."""
    from crm_desktop.services.opening import open_database

    if not create:
        require_database(path)
    db = open_database(path, beside=True)
    warn_after_open(db)
    return db


def reading(path: Path) -> Database:
    """Only the reader when the database is there and current (no lock), else the full
    open, which upgrades it. Raises ``DatabaseError`` (``MISSING``...)."""
    from crm_desktop.services.database import read_database

    require_database(path)
    db = read_database(path)
    warn_after_open(db)
    return db
