"""Child rows of contacts and accounts: emails, phones, addresses, URLs, IM handles,
custom fields and the vCard properties the app does not model (kept verbatim).

Each row belongs to exactly one contact or one account (a CHECK says so) and is deleted
with it. ``types`` holds lower-case vCard TYPE values joined by commas (a TYPE value never
contains a comma: vCard itself separates them with commas).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base

_ONE_OWNER = "(contact_id IS NULL) <> (account_id IS NULL)"


class _OwnedRow:
    """Columns every detail row has: its owner and its place in the owner's list."""

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class Email(_OwnedRow, Base):
    __tablename__ = "emails"
    __table_args__ = (
        CheckConstraint(_ONE_OWNER, name="one_owner"),
        Index("ix_emails_value_fold", "value_fold"),
    )

    value: Mapped[str]
    value_fold: Mapped[str] = mapped_column(
        default="", server_default=""
    )  # for duplicate detection
    types: Mapped[str] = mapped_column(default="", server_default="")
    preferred: Mapped[bool] = mapped_column(default=False, server_default="0")
    custom_label: Mapped[str] = mapped_column(default="", server_default="")  # X-ABLabel


class Phone(_OwnedRow, Base):
    __tablename__ = "phones"
    __table_args__ = (
        CheckConstraint(_ONE_OWNER, name="one_owner"),
        Index("ix_phones_digits", "digits"),
    )

    value: Mapped[str]  # as the user wrote it, never reformatted
    digits: Mapped[str] = mapped_column(
        default="", server_default=""
    )  # ASCII digits, for search and duplicates
    types: Mapped[str] = mapped_column(default="", server_default="")
    preferred: Mapped[bool] = mapped_column(default=False, server_default="0")
    custom_label: Mapped[str] = mapped_column(default="", server_default="")  # X-ABLabel


class PostalAddress(_OwnedRow, Base):
    __tablename__ = "addresses"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    types: Mapped[str] = mapped_column(default="", server_default="")
    preferred: Mapped[bool] = mapped_column(default=False, server_default="0")
    po_box: Mapped[str] = mapped_column(default="", server_default="")
    extended: Mapped[str] = mapped_column(default="", server_default="")
    street: Mapped[str] = mapped_column(default="", server_default="")
    locality: Mapped[str] = mapped_column(default="", server_default="")
    region: Mapped[str] = mapped_column(default="", server_default="")
    postal_code: Mapped[str] = mapped_column(default="", server_default="")
    country: Mapped[str] = mapped_column(default="", server_default="")
    label: Mapped[str] = mapped_column(
        default="", server_default=""
    )  # vCard LABEL / ADR;LABEL=, kept as written
    custom_label: Mapped[str] = mapped_column(default="", server_default="")  # X-ABLabel


class WebUrl(_OwnedRow, Base):
    __tablename__ = "urls"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    value: Mapped[str]
    types: Mapped[str] = mapped_column(default="", server_default="")
    custom_label: Mapped[str] = mapped_column(default="", server_default="")  # X-ABLabel


class InstantMessaging(_OwnedRow, Base):
    __tablename__ = "impp"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    value: Mapped[str]  # a URI such as xmpp:eleni@example.org, or a handle as imported
    types: Mapped[str] = mapped_column(default="", server_default="")
    preferred: Mapped[bool] = mapped_column(default=False, server_default="0")
    custom_label: Mapped[str] = mapped_column(default="", server_default="")  # X-ABLabel


class CustomField(_OwnedRow, Base):
    __tablename__ = "custom_fields"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    label: Mapped[str]
    value: Mapped[str] = mapped_column(default="", server_default="")


class ExtraProperty(_OwnedRow, Base):
    """A vCard property the app does not model, kept verbatim so export writes it back."""

    __tablename__ = "extra_properties"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    group: Mapped[str] = mapped_column(default="", server_default="")
    name: Mapped[str]
    params: Mapped[str] = mapped_column(
        default="{}", server_default="{}"
    )  # JSON object: name -> list of values
    value: Mapped[str] = mapped_column(default="", server_default="")
