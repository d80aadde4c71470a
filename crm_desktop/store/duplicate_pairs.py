"""What review decided or the import noticed about pairs of records that may be one.

``NotDuplicateContacts``/``NotDuplicateAccounts``: the user said "not a duplicate" (Android's
keep-apart mark), so the duplicates list never shows the pair again. ``PossibleDuplicate``: an
import created a card that shares a key with a contact but whose name conflicts (a shared
switchboard, a family address), with the reasons, for review. Each pair is stored once, the
smaller id first; a pair goes with either record (``ON DELETE CASCADE``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base, utc_now

_ORDERED = "first_id < second_id"


class NotDuplicateContacts(Base):
    __tablename__ = "not_duplicate_contacts"
    __table_args__ = (CheckConstraint(_ORDERED, name="ordered"),)

    first_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    second_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    decided_at: Mapped[datetime] = mapped_column(default=utc_now)


class NotDuplicateAccounts(Base):
    __tablename__ = "not_duplicate_accounts"
    __table_args__ = (CheckConstraint(_ORDERED, name="ordered"),)

    first_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    second_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    decided_at: Mapped[datetime] = mapped_column(default=utc_now)


class PossibleDuplicate(Base):
    __tablename__ = "possible_duplicates"
    __table_args__ = (CheckConstraint(_ORDERED, name="ordered"),)

    first_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    second_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    reasons: Mapped[str] = mapped_column(default="", server_default="")  # "email,name_conflict"
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
