"""Relationships between contacts, and from contacts to accounts (migration 0012).

A ``Relationship`` starts from a contact and ends at another contact, an account, or a name
only (``other_name``); it reads "the other is the contact's <type name>" (with ``reverse``,
"<inverse name>"). ``RelationshipType`` is the user's list of kinds of link.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base, utc_now


class RelationshipType(Base):
    __tablename__ = "relationship_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(unique=True)  # a built-in one: "manager"...
    name: Mapped[str]
    inverse_name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class Relationship(Base):
    __tablename__ = "relationships"
    __table_args__ = (
        CheckConstraint(
            "(other_contact_id IS NOT NULL) + (other_account_id IS NOT NULL) <= 1",
            name="one_other",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    type_id: Mapped[int] = mapped_column(ForeignKey("relationship_types.id"), index=True)
    reverse: Mapped[bool] = mapped_column(default=False, server_default="0")
    other_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    other_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    other_name: Mapped[str] = mapped_column(default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
