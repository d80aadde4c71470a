"""What a sync account is and what a sync did, as the CLI and the window show them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SyncAccountInfo:
    id: int
    name: str
    url: str
    username: str
    address_book_url: str | None
    calendar_url: str | None
    vcard_version: str
    last_sync_at: str | None  # UTC ISO 8601
    last_summary: str
    last_error: str


@dataclass(slots=True)
class SyncCounts:
    """One direction-neutral tally per collection: cards written to the server (uploaded),
    records made here from the server's (downloaded), records here changed from the server's
    (updated), deletions either way (deleted), and conflicts kept for the user."""

    uploaded: int = 0
    downloaded: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "uploaded": self.uploaded,
            "downloaded": self.downloaded,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
        }


@dataclass(slots=True)
class SyncResult:
    account: str
    contacts: SyncCounts = field(default_factory=SyncCounts)
    activities: SyncCounts = field(default_factory=SyncCounts)
    problems: list[str] = field(default_factory=list)  # cards the server holds we cannot read
    requests: int = 0


@dataclass(frozen=True, slots=True)
class SyncConflict:
    """A record changed on both sides in the same field since the last sync."""

    item_id: int
    account: str
    contact_id: int | None
    account_id: int | None
    name: str
    fields: tuple[str, ...]
    server_card: str
