"""Deals (opportunities), their contacts with roles, their stage history, the stages and the
sources the user edits (migration 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.records.sales import DEAL_STATUSES
from crm_desktop.store.base import Base, utc_now

_CHILDREN = "all, delete-orphan"


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class DealStage(Base):
    """A pipeline stage, in the user's order, with the probability a deal takes on entering."""

    __tablename__ = "deal_stages"
    __table_args__ = (CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    probability: Mapped[int]
    position: Mapped[int]


class DealSource(Base):
    """Where deals come from (referral, web, trade show...): the list the user edits."""

    __tablename__ = "deal_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    position: Mapped[int]


class DealContact(Base):
    """A contact on a deal, with their role."""

    __tablename__ = "deal_contacts"

    deal_id: Mapped[int] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(default="", server_default="")
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class DealStageChange(Base):
    """One move of a deal: the day, from and to which stage (names as they were), its status
    after it, and its amount and probability at the time."""

    __tablename__ = "deal_stage_changes"
    __table_args__ = (Index("ix_deal_stage_changes_deal", "deal_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    from_stage: Mapped[str | None]  # None: the deal was created
    to_stage: Mapped[str]
    status: Mapped[str] = mapped_column(default="open", server_default="open")
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    probability: Mapped[int]


class DealActivity(Base):
    """An activity done for a deal (one deal per activity)."""

    __tablename__ = "deal_activities"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)


class DealNote(Base):
    """A note about a deal (one deal per note; the note's account is the deal's)."""

    __tablename__ = "deal_notes"

    note_id: Mapped[int] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)


class Deal(Base):
    """An opportunity: what is sold to an account, for how much, at which stage, by when."""

    __tablename__ = "deals"
    __table_args__ = (
        CheckConstraint(_one_of("status", DEAL_STATUSES), name="status"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),
        # The board and the forecast: open deals by stage, by close date.
        Index("ix_deals_status_close", "status", "deleted_at", "close_date"),
        Index("ix_deals_status_closed_on", "status", "deleted_at", "closed_on"),
        Index("ix_deals_stage_id", "stage_id"),
        Index("ix_deals_account_id", "account_id"),
        Index("ix_deals_competitor_id", "competitor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("deal_stages.id", ondelete="RESTRICT"))
    amount_minor: Mapped[int]  # in the currency's minor unit (cents...)
    currency: Mapped[str] = mapped_column(String(3))  # ISO 4217
    probability: Mapped[int]
    # Set by hand: a stage change keeps it (else the new stage's default is taken).
    probability_manual: Mapped[bool] = mapped_column(default=False, server_default="0")
    close_date: Mapped[str | None] = mapped_column(String(10))  # expected, ISO 8601 date
    source: Mapped[str] = mapped_column(default="", server_default="")
    next_step: Mapped[str] = mapped_column(default="", server_default="")
    description: Mapped[str] = mapped_column(default="", server_default="")
    status: Mapped[str] = mapped_column(default="open", server_default="open")
    closed_on: Mapped[str | None] = mapped_column(String(10))  # won or lost that day
    close_reason: Mapped[str] = mapped_column(default="", server_default="")
    competitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    origin_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )  # the lead it was converted from
    stage_since: Mapped[datetime] = mapped_column(default=utc_now)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    deleted_at: Mapped[datetime | None]

    contacts: Mapped[list[DealContact]] = relationship(
        cascade=_CHILDREN, order_by=DealContact.position
    )
    history: Mapped[list[DealStageChange]] = relationship(
        cascade=_CHILDREN, order_by=DealStageChange.id
    )
