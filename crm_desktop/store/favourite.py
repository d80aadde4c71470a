"""Favourite (pinned) contacts (migration 0017): shortcuts the folder pane shows above the
folders. Each row goes with its contact (ON DELETE CASCADE)."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base


class FavouriteContact(Base):
    """A contact pinned by the user, at ``position`` in the pinned list."""

    __tablename__ = "favourite_contacts"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")
