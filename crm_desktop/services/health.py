"""``crm-desktop check``: is the database sound, and private?"""

from __future__ import annotations

from crm_desktop.paths import mode_problems
from crm_desktop.services.database import Database
from crm_desktop.services.environment import os_failure
from crm_desktop.store.backups import integrity_problems
from crm_desktop.store.integrity import integrity_report, search_index_problems_of_a_copy


def check_database(db: Database, *, quick: bool = False) -> list[str]:
    """Problems found; [] if sound.

    Full (default): SQLite's ``integrity_check`` and ``foreign_key_check``, FTS5's own check
    of the search index, the schema compared with exactly what our migrations make (a
    trigger, table, index or view added, missing or changed is one problem each), and every
    stored time, birthday and anniversary (table, row and column of one that is malformed or
    outside the years 1000 to 9998). ``quick``: ``quick_check`` only (pages and records, no
    index cross-checks; what every start runs). Both: files of the database others can read.
    FTS5's check is written as an INSERT, so it runs in a write transaction (changing nothing).
    """
    if quick:
        with db.raw_reading() as connection:
            problems = integrity_problems(connection, quick=True)
    elif db.beside_of is not None:
        # Beside the open window, whose writes wait 5 s at most: the checks that only read
        # in a read transaction (10 s and more at 100,000 contacts), FTS5's (which needs a
        # write transaction) on a copy.
        with db.session_reading() as session:
            problems = integrity_report(session.connection(), search_index=False)
        try:
            problems += search_index_problems_of_a_copy(db.path)
        except OSError as exc:
            raise os_failure(exc) from exc
    else:
        with db.writing() as session:
            problems = integrity_report(session.connection())
    return problems + mode_problems(db.path)
