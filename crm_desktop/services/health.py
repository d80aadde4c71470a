"""``crm-desktop check``: is the database sound?"""

from __future__ import annotations

from crm_desktop.services.database import Database
from crm_desktop.store.integrity import integrity_report


def check_database(db: Database) -> list[str]:
    """Problems found by SQLite's integrity and foreign-key checks and FTS5's own; [] if sound.

    FTS5's check is written as an INSERT, so it runs in a write transaction (changing nothing).
    """
    with db.writing() as session:
        return integrity_report(session.connection())
