"""SQLite's own checks of a database file, in words."""

from __future__ import annotations

from sqlalchemy import Connection

from crm_desktop.store.engine import driver_connection
from crm_desktop.store.search_index import integrity_problems


def integrity_report(connection: Connection) -> list[str]:
    """Problems found by ``integrity_check``, ``foreign_key_check`` and FTS5; [] if sound."""
    problems = [
        str(row[0])
        for row in connection.exec_driver_sql("PRAGMA integrity_check")
        if str(row[0]) != "ok"
    ]
    problems += [
        f"broken link in {row[0]} (row {row[1]}) to {row[2]}"
        for row in connection.exec_driver_sql("PRAGMA foreign_key_check")
    ]
    return problems + integrity_problems(driver_connection(connection))
