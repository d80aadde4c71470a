"""The Rolodex categories (Customer, Prospect, ...) and their links to contacts and accounts."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Table
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base

DEFAULT_CATEGORIES = ("Customer", "Prospect", "Vendor", "Partner", "Employee", "Competitor")


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    name_fold: Mapped[str] = mapped_column(unique=True)  # one category per folded name
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    builtin: Mapped[bool] = mapped_column(default=False, server_default="0")


contact_categories = Table(
    "contact_categories",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "category_id", ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)

account_categories = Table(
    "account_categories",
    Base.metadata,
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "category_id", ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)
