"""An account (a company or organisation) and its details."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.store.base import Base, utc_now
from crm_desktop.store.category import Category, account_categories
from crm_desktop.store.details import (
    CustomField,
    Email,
    ExtraProperty,
    Phone,
    PostalAddress,
    WebUrl,
)

_CHILDREN = "all, delete-orphan"


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        Index("ix_accounts_name_fold", "name_fold"),
        Index("ix_accounts_sort_key", "sort_key"),
        Index("ix_accounts_uid", "uid"),
        Index("ix_accounts_deleted_at", "deleted_at"),
        Index("ix_accounts_is_lead", "is_lead"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str | None]
    name: Mapped[str]
    name_fold: Mapped[str] = mapped_column(
        default="", server_default=""
    )  # found case- and accent-insensitively
    website: Mapped[str] = mapped_column(default="", server_default="")
    industry: Mapped[str] = mapped_column(default="", server_default="")
    note: Mapped[str] = mapped_column(default="", server_default="")
    sort_key: Mapped[str] = mapped_column(default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    deleted_at: Mapped[datetime | None]
    # Migration 0007: as on contacts.
    is_lead: Mapped[bool] = mapped_column(default=False, server_default="0")
    lead_status: Mapped[str | None]
    lead_reason: Mapped[str] = mapped_column(default="", server_default="")
    lead_source: Mapped[str] = mapped_column(default="", server_default="")
    lead_converted_at: Mapped[datetime | None]

    emails: Mapped[list[Email]] = relationship(cascade=_CHILDREN, order_by=Email.position)
    phones: Mapped[list[Phone]] = relationship(cascade=_CHILDREN, order_by=Phone.position)
    addresses: Mapped[list[PostalAddress]] = relationship(
        cascade=_CHILDREN, order_by=PostalAddress.position
    )
    urls: Mapped[list[WebUrl]] = relationship(cascade=_CHILDREN, order_by=WebUrl.position)
    custom_fields: Mapped[list[CustomField]] = relationship(
        cascade=_CHILDREN, order_by=CustomField.position
    )
    extra: Mapped[list[ExtraProperty]] = relationship(
        cascade=_CHILDREN, order_by=ExtraProperty.position
    )
    categories: Mapped[list[Category]] = relationship(
        secondary=account_categories, order_by=Category.position
    )
