"""Files kept on a contact, an account, a deal or an activity, as the layers above the store
see them; and the largest file kept (larger ones are refused with a message)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from crm_desktop.records.ids import AccountId, ActivityId, ContactId, DealId

MAX_ATTACHMENT_BYTES = 100 << 20  # 100 MB a file


@dataclass(frozen=True, slots=True)
class FileDraft:
    """A file to keep: its name (no folder), its media type ("" unknown) and its bytes."""

    file_name: str
    media_type: str
    content: bytes


class OwnerKind(Enum):
    """The records a file can be kept on (the column of ``attachments`` that names it)."""

    CONTACT = "contact"
    ACCOUNT = "account"
    DEAL = "deal"
    ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class FileOwner:
    """The one record a file is kept on."""

    kind: OwnerKind
    id: int


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """One kept file on one record (exactly one of the four ids is set)."""

    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    created_at: datetime | None
    contact_id: ContactId | None = None
    account_id: AccountId | None = None
    activity_id: ActivityId | None = None
    deal_id: DealId | None = None

    @property
    def owner(self) -> FileOwner:
        for kind, owner_id in (
            (OwnerKind.CONTACT, self.contact_id),
            (OwnerKind.ACCOUNT, self.account_id),
            (OwnerKind.DEAL, self.deal_id),
            (OwnerKind.ACTIVITY, self.activity_id),
        ):
            if owner_id is not None:
                return FileOwner(kind, owner_id)
        raise ValueError(f"file {self.id} is on no record")
