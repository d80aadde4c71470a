"""A light read connection for commands that only read (stdlib only: no SQLAlchemy import).

It takes no lock: reading beside the open window is safe under WAL. It is used only when
the database exists and its schema is current; otherwise callers open the database fully
(which creates or migrates it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.store.folding import register_functions
from crm_desktop.store.schema import SCHEMA_REVISION
from crm_desktop.store.sqlite_errors import environment_error, read_only_reason

BUSY_TIMEOUT_S = 5.0


def open_reader(path: Path) -> sqlite3.Connection | None:
    """A query-only connection to a current database at ``path``; None if it needs the full
    open (missing, empty, not yet migrated, or from another schema revision)."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("PRAGMA trusted_schema = OFF")
        register_functions(connection)
        has_version = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()[0]
        current = (
            connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()[0]
            if has_version
            else None
        )
    except sqlite3.Error as exc:
        connection.close()
        mapped = environment_error(exc, path)
        reason = read_only_reason(path)
        if mapped is not None and mapped.problem is DatabaseProblem.CANNOT_OPEN and reason:
            mapped = DatabaseError(DatabaseProblem.READ_ONLY, path, reason)  # WAL needs -shm
        raise mapped or exc from exc
    if current != SCHEMA_REVISION:
        connection.close()
        return None
    return connection
