"""Facts about the schema that need no SQLAlchemy or Alembic import."""

from __future__ import annotations

import sqlite3

# The newest migration's revision. A database already at it opens without importing
# Alembic (~90 ms of every command); tests/store keeps it equal to Alembic's head.
SCHEMA_REVISION = "0019"
# Every revision this version can open (older ones are upgraded); tests/store keeps it equal
# to the migration scripts' revisions, so that checking a backup needs no Alembic import.
KNOWN_REVISIONS = frozenset(
    {
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
        "0007",
        "0009",
        "0010",
        "0011",
        "0012",
        "0013",
        "0014",
        "0015",
        "0016",
        "0017",
        "0018",
        "0019",
    }
)


def stored_revision(connection: sqlite3.Connection) -> str | None:
    """The schema revision of the database on ``connection``; None where it has none (a new
    file, or another program's)."""
    has_version = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
    ).fetchone()[0]
    if not has_version:
        return None
    row = connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()
    return None if row is None or row[0] is None else str(row[0])
