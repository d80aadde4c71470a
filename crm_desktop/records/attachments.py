"""Files kept on a contact, an account or an activity, as the layers above the store see
them; and the largest file kept (larger ones are refused with a message)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crm_desktop.records.ids import AccountId, ActivityId, ContactId

MAX_ATTACHMENT_BYTES = 100 << 20  # 100 MB a file


@dataclass(frozen=True, slots=True)
class FileDraft:
    """A file to keep: its name (no folder), its media type ("" unknown) and its bytes."""

    file_name: str
    media_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """One kept file on one record (exactly one of the three ids is set)."""

    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    created_at: datetime | None
    contact_id: ContactId | None = None
    account_id: AccountId | None = None
    activity_id: ActivityId | None = None
