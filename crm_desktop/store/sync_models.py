"""What CardDAV/CalDAV sync keeps (migration 0016): the sync accounts, and per account each
server member it has agreed with the local database.

A ``SyncItem`` ties one member (``href``) to one local record, with the server's ETag and the
card as last agreed (``base``: the common ancestor of a three-way merge) and the hash of the
local record's card then (``local_hash``: changed locally since when it differs). A conflict
that could not be merged keeps the server's version (``conflict``) until the user decides.
It is written in the same transaction as the data it describes, so a sync cut at any moment
resumes without doubling or losing anything. Passwords are never here (the keyring).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base, utc_now


class SyncAccount(Base):
    __tablename__ = "sync_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    url: Mapped[str]
    username: Mapped[str]
    address_book_url: Mapped[str | None]
    calendar_url: Mapped[str | None]
    vcard_version: Mapped[str] = mapped_column(default="3.0", server_default="3.0")
    contacts_token: Mapped[str | None]
    calendar_token: Mapped[str | None]
    last_sync_at: Mapped[datetime | None]
    last_summary: Mapped[str] = mapped_column(default="", server_default="")
    last_error: Mapped[str] = mapped_column(default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # The highest ``sync_changes.seq`` the last complete upload considered (None: not known).
    contacts_seen: Mapped[int | None]
    calendar_seen: Mapped[int | None]


class SyncItem(Base):
    __tablename__ = "sync_items"
    __table_args__ = (UniqueConstraint("account_id", "href"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("sync_accounts.id", ondelete="CASCADE"), index=True
    )
    collection: Mapped[str] = mapped_column(default="contacts", server_default="contacts")
    href: Mapped[str]
    etag: Mapped[str] = mapped_column(default="", server_default="")
    uid: Mapped[str] = mapped_column(default="", server_default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    record_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    local_hash: Mapped[str] = mapped_column(default="", server_default="")
    base: Mapped[str] = mapped_column(default="", server_default="")
    conflict: Mapped[str] = mapped_column(default="", server_default="")
    conflict_etag: Mapped[str] = mapped_column(default="", server_default="")
    conflict_fields: Mapped[str] = mapped_column(default="", server_default="")


class SyncChange(Base):
    """The last change of a contact, account or activity (migration 0018): its sequence
    number, written by triggers while a sync account exists, so that a sync compares only
    what changed."""

    __tablename__ = "sync_changes"

    kind: Mapped[str] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(index=True)
