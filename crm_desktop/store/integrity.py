"""SQLite's own checks of a database file, and of its schema against our migrations, in words."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Connection

from crm_desktop.store.connection import BUSY_TIMEOUT_MS, harden
from crm_desktop.store.database import expected_schema
from crm_desktop.store.engine import driver_connection
from crm_desktop.store.folding import register_functions
from crm_desktop.store.schema import stored_revision
from crm_desktop.store.schema_check import schema_problems, schema_refusal
from crm_desktop.store.search_index import integrity_problems
from crm_desktop.store.sqlite_errors import environment_error
from crm_desktop.store.value_checks import damaged_values


def integrity_report(connection: Connection, *, search_index: bool = True) -> list[str]:
    """Problems found by ``integrity_check``, ``foreign_key_check``, FTS5, the schema
    compared with what the migrations make for the file's revision (each object added,
    missing or changed: ``schema_check``), and the rows whose times or dates no reader can
    trust (``value_checks``); [] if sound. Without ``search_index``, no FTS5 check: the
    rest reads only, and runs in a read transaction (beside the window: ``services.health``)."""
    problems = [
        str(row[0])
        for row in connection.exec_driver_sql("PRAGMA integrity_check")
        if str(row[0]) != "ok"
    ]
    problems += [
        f"broken link in {row[0]} (row {row[1]}) to {row[2]}"
        for row in connection.exec_driver_sql("PRAGMA foreign_key_check")
    ]
    raw = driver_connection(connection)
    if search_index:
        problems += integrity_problems(raw)
    revision = stored_revision(raw)
    if revision is not None:
        problems += [schema_refusal([d]) for d in schema_problems(raw, revision, expected_schema)]
    return problems + damaged_values(raw)


def search_index_problems_of_a_copy(db_path: Path) -> list[str]:
    """FTS5's own check on a copy of the database, so that nothing waits for it.

    The check is written as an INSERT: it needs a write transaction, and holds SQLite's write
    lock for as long as it reads both indexes (9 s at 100,000 contacts), longer than the
    open window's writes wait (5 s). Beside the window it runs instead on a copy made by the
    online backup API (a read: a consistent state), 0600 in the database's own folder,
    deleted at the end."""
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.checking-", dir=db_path.parent)
    os.close(fd)  # mkstemp made it 0600
    copy = Path(name)
    try:
        source = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
        target = sqlite3.connect(str(copy), isolation_level=None)
        try:
            for connection in (source, target):
                harden(connection)
            register_functions(target)
            source.backup(target)
            return integrity_problems(target)
        finally:
            target.close()
            source.close()
    except sqlite3.Error as exc:
        raise environment_error(exc, db_path) or exc from exc
    finally:
        for leftover in (copy, copy.with_name(copy.name + "-journal")):
            leftover.unlink(missing_ok=True)
