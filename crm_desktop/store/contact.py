"""A contact (a person), its details, its links to accounts and its categories."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.store.base import Base, utc_now
from crm_desktop.store.category import Category, contact_categories
from crm_desktop.store.details import (
    CustomField,
    Email,
    ExtraProperty,
    InstantMessaging,
    Phone,
    PostalAddress,
    WebUrl,
)

_CHILDREN = "all, delete-orphan"


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_sort_key", "sort_key"),
        Index("ix_contacts_uid", "uid"),
        Index("ix_contacts_birthday_md", "birthday_md"),
        Index("ix_contacts_deleted_at", "deleted_at"),
        Index("ix_contacts_is_lead", "is_lead"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str | None]  # the vCard UID, when the contact came from (or went to) a card
    prefix: Mapped[str] = mapped_column(default="", server_default="")
    given_name: Mapped[str] = mapped_column(default="", server_default="")
    additional_names: Mapped[str] = mapped_column(default="", server_default="")
    family_name: Mapped[str] = mapped_column(default="", server_default="")
    suffix: Mapped[str] = mapped_column(default="", server_default="")
    formatted_name: Mapped[str] = mapped_column(default="", server_default="")
    nickname: Mapped[str] = mapped_column(default="", server_default="")
    title: Mapped[str] = mapped_column(default="", server_default="")
    department: Mapped[str] = mapped_column(default="", server_default="")
    role: Mapped[str] = mapped_column(default="", server_default="")
    # ISO 8601 dates, partial ones allowed: "1980-04-15", "--04-15" (no year), "1980".
    birthday: Mapped[str | None]
    birthday_md: Mapped[int | None]  # month * 100 + day, for "upcoming birthdays"
    anniversary: Mapped[str | None]
    gender: Mapped[str] = mapped_column(default="", server_default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_media_type: Mapped[str] = mapped_column(default="", server_default="")
    photo_uri: Mapped[str] = mapped_column(
        default="", server_default=""
    )  # a reference kept, never fetched
    note: Mapped[str] = mapped_column(default="", server_default="")
    keep_in_touch_days: Mapped[int | None]
    # Kept by triggers (migration 0003) from the activities: never written here.
    last_contact_at: Mapped[datetime | None]  # the last completed activity with them
    next_activity_at: Mapped[datetime | None]  # the time of their next open one
    sort_key: Mapped[str] = mapped_column(default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    deleted_at: Mapped[datetime | None]  # in the Trash since
    # Migration 0007: a lead (not yet qualified), its status, why disqualified, its source.
    # A converted lead keeps its status ("qualified") and the time it was converted.
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
    impp: Mapped[list[InstantMessaging]] = relationship(
        cascade=_CHILDREN, order_by=InstantMessaging.position
    )
    custom_fields: Mapped[list[CustomField]] = relationship(
        cascade=_CHILDREN, order_by=CustomField.position
    )
    extra: Mapped[list[ExtraProperty]] = relationship(
        cascade=_CHILDREN, order_by=ExtraProperty.position
    )
    account_links: Mapped[list[ContactAccount]] = relationship(
        back_populates="contact", cascade=_CHILDREN, order_by="ContactAccount.position"
    )
    categories: Mapped[list[Category]] = relationship(
        secondary=contact_categories, order_by=Category.position
    )


class ContactAccount(Base):
    """A contact works at (or for) an account, with a title there; one link is primary."""

    __tablename__ = "contact_accounts"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    title: Mapped[str] = mapped_column(default="", server_default="")
    is_primary: Mapped[bool] = mapped_column(default=False, server_default="0")
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    contact: Mapped[Contact] = relationship(back_populates="account_links")
    account: Mapped[Account] = relationship()


from crm_desktop.store.account import Account  # noqa: E402  (mutual reference)
