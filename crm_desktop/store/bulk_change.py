"""Bulk changes' undo records: what one bulk edit changed, written in its own transaction."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base


class BulkChange(Base):
    """One bulk change (``action``: categorize, set-field, log...) on ``contacts`` contacts;
    ``undo`` is the JSON of what puts back exactly what it changed (services.bulk_actions);
    ``undone_at`` is set when it was undone."""

    __tablename__ = "bulk_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[str] = mapped_column(String(32))
    action: Mapped[str]
    contacts: Mapped[int] = mapped_column(default=0, server_default="0")
    undo: Mapped[str] = mapped_column(default="{}", server_default="{}")
    undone_at: Mapped[str | None] = mapped_column(String(32))
