"""SQLite's own checks of a database file, and of its schema against our migrations, in words."""

from __future__ import annotations

from sqlalchemy import Connection

from crm_desktop.store.database import expected_schema
from crm_desktop.store.engine import driver_connection
from crm_desktop.store.schema import stored_revision
from crm_desktop.store.schema_check import schema_problems, schema_refusal
from crm_desktop.store.search_index import integrity_problems
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
