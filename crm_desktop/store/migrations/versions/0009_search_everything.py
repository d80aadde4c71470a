"""search everything: the history's search index, richer contact documents, smart folders

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-03 19:00:00

Activities and notes get search documents of their own (``activity_fts``, ``note_fts``, kept
by triggers: see crm_desktop/store/search_history.py); every contact's document is written
again, now with its addresses, categories, web addresses, kept vCard properties and the Latin
spellings of its names (store/search_index.py); smart folders are saved searches (issue 18).
"""

from __future__ import annotations

import sqlite3
from typing import cast

import sqlalchemy as sa
from alembic import op

from crm_desktop.store.search_history import create_history_index, drop_history_index
from crm_desktop.store.search_index import reindex

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def _raw() -> sqlite3.Connection:
    return cast(sqlite3.Connection, op.get_bind().connection.driver_connection)


def upgrade() -> None:
    op.create_table(
        "smart_folders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_fold", sa.String(), nullable=False),
        sa.Column("query", sa.String(), server_default="", nullable=False),
        sa.Column("filters", sa.String(), server_default="{}", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_smart_folders")),
        sa.UniqueConstraint("name_fold", name=op.f("uq_smart_folders_name_fold")),
    )
    op.create_table(
        "search_pending",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_search_pending")),
    )
    raw = _raw()
    create_history_index(raw)
    ids = [row[0] for row in raw.execute("SELECT id FROM contacts")]
    reindex(raw, ids)


def downgrade() -> None:
    drop_history_index(_raw())
    op.drop_table("search_pending")
    op.drop_table("smart_folders")
