"""The SQLAlchemy models and the Alembic migrations describe the same schema.

A new database is migrated to head by ``open_store`` (the only way in), then Alembic's
autogenerate compares it with ``Base.metadata``: tables, columns, types, nullability, server
defaults, indexes, unique and foreign keys. Any difference is a migration to write (or a model
to mend).

Left out of Alembic's comparison, by the ``include_object`` filter below: the full-text search
tables. They are SQLite virtual tables (FTS5) and their shadow tables, created by the
migrations with raw SQL and kept by ``store``; no model maps them. SQLite itself says which
tables they are (``PRAGMA table_list`` types ``virtual`` and ``shadow``).

SQLite cannot reflect an index on an expression, so Alembic skips those (with a warning,
silenced here); the test compares their ``CREATE INDEX`` text with what the model would create.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Connection, Index
from sqlalchemy.schema import CreateIndex

from crm_desktop.store.database import open_store
from crm_desktop.store.models import Base

EXPRESSION_INDEX_WARNINGS = (
    "ignore:Skipped unsupported reflection of expression-based index",
    "ignore:autogenerate skipping metadata-specified expression-based index",
)


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Connection]:
    store = open_store(tmp_path / "crm.sqlite3")
    try:
        with store.engine.connect() as connection:
            yield connection
    finally:
        store.close()


def _search_tables(connection: Connection) -> set[str]:
    """The virtual (full-text) tables and the shadow tables SQLite keeps for them."""
    rows = connection.exec_driver_sql("PRAGMA main.table_list").mappings()
    return {str(row["name"]) for row in rows if row["type"] in ("virtual", "shadow")}


def _unquoted(default: str | None) -> str | None:
    """A server default without its parentheses and quotes: ``('')`` and ``''`` are ``''``
    (Alembic's own SQLite comparison reads an empty string default as a difference)."""
    if default is None:
        return None
    return re.sub(r"^'(.*)'$", r"\1", re.sub(r"^\((.*)\)$", r"\1", default.strip()))


def _defaults_differ(
    context: MigrationContext,
    inspected_column: Column[Any],
    metadata_column: Column[Any],
    inspected_default: str | None,
    metadata_default: Any,
    rendered_metadata_default: str | None,
) -> bool:
    return _unquoted(inspected_default) != _unquoted(rendered_metadata_default)


def _normalized_sql(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).replace("( ", "(").replace(" )", ")").strip()


def test_there_are_search_tables_to_leave_out(migrated: Connection) -> None:
    search = _search_tables(migrated)
    assert search, "no virtual table: the filter below would leave nothing out"
    assert not search & set(Base.metadata.tables), "a model maps a full-text table"


@pytest.mark.filterwarnings(*EXPRESSION_INDEX_WARNINGS)
def test_a_database_migrated_to_head_is_what_the_models_describe(migrated: Connection) -> None:
    search = _search_tables(migrated)

    def include_object(
        obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
    ) -> bool:
        return not (type_ == "table" and name in search)

    context = MigrationContext.configure(
        migrated,
        opts={
            "include_object": include_object,
            "compare_type": True,
            "compare_server_default": _defaults_differ,
        },
    )
    differences = compare_metadata(context, Base.metadata)
    assert differences == [], f"models and migrations differ (write a migration): {differences}"


def test_indexes_on_expressions_are_what_the_models_describe(migrated: Connection) -> None:
    expression_indexes = [
        index
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if any(not isinstance(expression, Column) for expression in index.expressions)
    ]
    assert expression_indexes  # what the test above cannot see
    for index in expression_indexes:
        assert isinstance(index, Index) and isinstance(index.name, str)
        created = migrated.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (index.name,)
        ).scalar()
        assert created is not None, f"no index {index.name} in the migrated database"
        wanted = str(CreateIndex(index).compile(dialect=migrated.dialect))
        assert _normalized_sql(created) == _normalized_sql(wanted)
