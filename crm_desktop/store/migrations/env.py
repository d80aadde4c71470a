"""Alembic environment: always run by ``crm_desktop.store.database`` on an open connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crm_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("migrations run only through crm_desktop.store.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by move-and-copy
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
