"""The activities and notes waiting to be indexed before their transaction commits."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base


class SearchPending(Base):
    """One activity or note written in the open transaction (``store.search_history``): put
    here by triggers, indexed and removed before the commit, so empty between transactions."""

    __tablename__ = "search_pending"

    kind: Mapped[str] = mapped_column(primary_key=True)  # "activity" or "note"
    record_id: Mapped[int] = mapped_column(primary_key=True)
