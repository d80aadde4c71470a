"""Files kept on a contact, an account, a deal or an activity (migrations 0010, 0011).

The bytes are stored once per content (``AttachmentContent``, keyed by their SHA-256) inside
the database, so that backups, restore, the Trash and the import's one transaction cover them
as they cover every other row; each ``Attachment`` names one file on one record.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base, utc_now


class AttachmentContent(Base):
    __tablename__ = "attachment_contents"

    sha256: Mapped[str] = mapped_column(primary_key=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(
            "(contact_id IS NOT NULL) + (account_id IS NOT NULL) + (activity_id IS NOT NULL) "
            "+ (deal_id IS NOT NULL) = 1",
            name="one_owner",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_contents.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(default="", server_default="")
    media_type: Mapped[str] = mapped_column(default="", server_default="")
    size: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), index=True
    )
    # Removed from its record on its own (the Trash); a file on a trashed record keeps None.
    deleted_at: Mapped[datetime | None]
