"""The schema a database file has, compared with what the migrations make for its revision;
and every connection the app opens trusts nothing in a file's schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, event

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.store.backups import read_only
from crm_desktop.store.database import _alembic_config, expected_schema, head_revision
from crm_desktop.store.folding import register_functions
from crm_desktop.store.schema import KNOWN_REVISIONS, SCHEMA_REVISION
from crm_desktop.store.schema_check import canonical_sql, read_schema, schema_differences


def _migrate(path: Path, revision: str, *, down: bool = False) -> None:
    """Run the migration scripts on the file at ``path``, as the CRM Desktop of that
    revision did (or, ``down``, back to it)."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda raw, _record: register_functions(raw))
    try:
        with engine.begin() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _schema(path: Path) -> frozenset[object]:
    with read_only(path) as connection:
        return frozenset(read_schema(connection))


OLDER = sorted(KNOWN_REVISIONS - {SCHEMA_REVISION})


def test_every_known_revision_has_an_expected_schema_and_the_head_has_the_most() -> None:
    assert head_revision() == SCHEMA_REVISION
    schemas = {revision: expected_schema(revision) for revision in KNOWN_REVISIONS}
    assert all(schemas.values())
    assert {o.name for o in schemas[min(KNOWN_REVISIONS)]} <= {
        o.name for o in schemas[SCHEMA_REVISION]
    }
    with pytest.raises(ValueError, match="no migration"):
        expected_schema("9999")


def test_a_new_database_has_exactly_the_expected_schema(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(given_name="Ana", family_name="Puig")])
    with read_only(path) as connection:
        found = read_schema(connection)
    assert schema_differences(found, expected_schema(SCHEMA_REVISION)) == []
    names = {o.name for o in expected_schema(SCHEMA_REVISION)}
    # The search tables and the shadow tables SQLite keeps for them are part of it.
    assert {"contact_fts", "contact_fts_data", "contact_words_idx", "notes", "settings"} <= names


@pytest.mark.parametrize("revision", OLDER)
def test_a_database_left_at_an_older_revision_has_its_schema_and_the_heads_once_upgraded(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "crm.sqlite3"
    _migrate(path, revision)
    with read_only(path) as connection:
        assert schema_differences(read_schema(connection), expected_schema(revision)) == []
    open_database(path, "en").close()  # upgraded as the app does
    with read_only(path) as connection:
        assert schema_differences(read_schema(connection), expected_schema(SCHEMA_REVISION)) == []


@pytest.mark.parametrize("revision", OLDER)
def test_a_schema_rebuilt_by_a_downgrade_counts_as_the_same(tmp_path: Path, revision: str) -> None:
    """Batch migrations rebuild tables: SQLite then quotes their names, Alembic writes
    ``DEFAULT ('')`` and lists constraints in another order. The same schema all the same."""
    path = tmp_path / "crm.sqlite3"
    open_database(path, "en").close()
    _migrate(path, revision, down=True)
    with read_only(path) as connection:
        assert schema_differences(read_schema(connection), expected_schema(revision)) == []


def test_the_oldest_schema_rebuilt_is_spelled_otherwise(tmp_path: Path) -> None:
    """Why the comparison is of ``canonical_sql``, not of the text SQLite keeps."""
    oldest = min(KNOWN_REVISIONS)
    rebuilt, fresh = tmp_path / "rebuilt.sqlite3", tmp_path / "fresh.sqlite3"
    open_database(rebuilt, "en").close()
    _migrate(rebuilt, oldest, down=True)
    _migrate(fresh, oldest)
    assert _sql(rebuilt) != _sql(fresh)
    assert _schema(rebuilt) == _schema(fresh)


def _sql(path: Path) -> set[str]:
    with read_only(path) as connection:
        return {str(row[0]) for row in connection.execute("SELECT sql FROM sqlite_master")}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ('CREATE TABLE "t" (a VARCHAR DEFAULT (\'\') NOT NULL, CONSTRAINT pk PRIMARY KEY (a))',
         "create table t (\n  a varchar default '' not null,\n  constraint pk primary key (a)\n)"),
        ("CREATE TABLE t (a INT, CONSTRAINT x CHECK (a > 0), CONSTRAINT y UNIQUE (a))",
         "CREATE TABLE t (a INT, CONSTRAINT y UNIQUE (a), CONSTRAINT x CHECK (a > 0))"),
        ('CREATE INDEX "ix" ON "t" (a)', "CREATE INDEX ix ON t (a)"),
    ],
)  # fmt: skip
def test_two_spellings_of_one_schema_object_are_equal(one: str, other: str) -> None:
    assert canonical_sql(one) == canonical_sql(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("CREATE TABLE t (a INT, b INT)", "CREATE TABLE t (b INT, a INT)"),
        ("CREATE TABLE t (a INT, CHECK (a > 0))", "CREATE TABLE t (a INT, CHECK (a > 1))"),
        ("CREATE TABLE t (a TEXT DEFAULT 'x')", "CREATE TABLE t (a TEXT DEFAULT 'X')"),
        ("CREATE INDEX ix ON t (a)", "CREATE UNIQUE INDEX ix ON t (a)"),
        ("CREATE TABLE t (a INT)", "CREATE TABLE t (a INT) WITHOUT ROWID"),
        ("CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END",
         "CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 2; END"),
    ],
)  # fmt: skip
def test_any_other_difference_stays_one(one: str, other: str) -> None:
    assert canonical_sql(one) != canonical_sql(other)


def _pragmas(connection: sqlite3.Connection) -> tuple[int, bool | None]:
    trusted = int(connection.execute("PRAGMA trusted_schema").fetchone()[0])
    getconfig = getattr(connection, "getconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if getconfig is None or defensive is None:
        return trusted, None  # Python 3.11's driver cannot set it: only the pragma
    return trusted, bool(getconfig(defensive))


def test_every_connection_trusts_nothing_in_the_files_schema(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    found = []
    with open_database(path, "en") as db:
        with db.raw_reading() as reader:
            found.append(_pragmas(reader))
        with db.raw_writing() as raw_writer:
            found.append(_pragmas(raw_writer))
        with db.writing() as session:
            driver = session.connection().connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            found.append(_pragmas(driver))
    with read_only(path) as backup_reader:
        found.append(_pragmas(backup_reader))
    defensive = None if not hasattr(sqlite3.Connection, "setconfig") else True
    assert found == [(0, defensive)] * 4
