"""One write transaction on the database's own ``sqlite3`` connection, for bulk writes
(import, adding contacts) that run on store's raw writer.

It runs inside ``Database.writing()``, so the connection, the error mapping and the
generation bump are the writer's. When ``Database`` offers a raw write transaction of its
own (no SQLAlchemy on a current database), this is where it is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from crm_desktop.services.database import Database
from crm_desktop.store.transactions import RawConnection, raw


@contextmanager
def raw_writing(db: Database) -> Iterator[RawConnection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (or rollback) on the writer's sqlite3 connection."""
    with db.writing() as session:
        yield raw(session)
