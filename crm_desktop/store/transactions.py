"""The plain ``sqlite3`` connection under a unit of work (stdlib only at import time).

Bulk writes (import, merge), the search index and the Trash work on the transaction's own
``sqlite3`` connection; services get it here, never from the engine.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# What services call the connection of a transaction (they never import sqlite3).
RawConnection = sqlite3.Connection


def raw(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection of ``session``'s transaction (the same transaction)."""
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver
