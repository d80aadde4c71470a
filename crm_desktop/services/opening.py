"""Opening the user's database for work: open it, then take the daily backup.

``services.database`` opens; ``services.backups`` backs up; this use case composes the two,
so that neither of them imports the other.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from crm_desktop.errors import CrmError
from crm_desktop.services import database
from crm_desktop.services.backups import backup_if_due
from crm_desktop.services.database import Database
from crm_desktop.services.environment import os_failure
from crm_desktop.store.lock import DatabaseLock


def open_database(
    path: Path,
    locale_name: str | None = None,
    lock: DatabaseLock | None = None,
    *,
    auto_backup: bool = True,
    now: datetime | None = None,
    beside: bool = False,
) -> Database:
    """``services.database.open_database``, then, with ``auto_backup``, for an existing
    database whose newest backup is over a day old (at ``now``), the daily backup
    (``Database.start_backup``). A backup that fails does not stop the opening: it is told
    in ``Database.backup_problem``.

    ``beside``: when the window has the database open, work beside it
    (``services.database.open_database``); the daily backup is then the window's."""
    db = database.open_database(path, locale_name, lock, beside=beside)
    if auto_backup and db.beside_of is None and not db.created:
        try:
            db.start_backup = backup_if_due(db, now=now)
        except CrmError as problem:
            db.backup_problem = problem
        except OSError as failure:  # the backups folder cannot be listed or made...
            db.backup_problem = os_failure(failure)
    return db
