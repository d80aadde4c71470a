"""categories out of the contacts' search documents

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 03:00:00

A contact's categories are found at search time through ``contact_categories``
(store/search_index.py, ``category_contacts_sql``) instead of being written into its search
document, so that a bulk change of categories (10,000 contacts into "Christmas card 2026")
writes only the links, not 10,000 documents in two FTS5 indexes (issue 18: 3.9 s, now a few
tenths). Every contact's document is written again without its categories (a stale one would
still find a contact by a category it has left). No table or column changes.
"""

from __future__ import annotations

import sqlite3
from typing import cast

from alembic import op

from crm_desktop.store.folding import fold
from crm_desktop.store.search_index import reindex

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | None = None
depends_on: str | None = None


def _raw() -> sqlite3.Connection:
    return cast(sqlite3.Connection, op.get_bind().connection.driver_connection)


def upgrade() -> None:
    raw = _raw()
    reindex(raw, [row[0] for row in raw.execute("SELECT id FROM contacts")])
    # Every document rewritten leaves FTS5 a segment per batch and the old entries to skip:
    # merged into one (5 s at 100,000 contacts), a one-hit search is 1.5 -> 0.08 ms again.
    for table in ("contact_fts", "contact_words"):
        raw.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def downgrade() -> None:
    # The older documents held the categories' folded names: write them back (folded here:
    # a bare Alembic connection has no crm_fold).
    raw = _raw()
    names: dict[int, list[str]] = {}
    for contact_id, name in raw.execute(
        "SELECT cc.contact_id, g.name FROM contact_categories cc "
        "JOIN categories g ON g.id = cc.category_id JOIN contacts c ON c.id = cc.contact_id "
        "WHERE c.deleted_at IS NULL ORDER BY cc.contact_id, g.position, g.id"
    ):
        names.setdefault(int(contact_id), []).append(fold(str(name)))
    rows = [(" ".join(sorted(set(folded))), contact_id) for contact_id, folded in names.items()]
    for table in ("contact_fts", "contact_words"):
        raw.executemany(f"UPDATE {table} SET doc = doc || ' ' || ? WHERE rowid = ?", rows)
