"""Stored times: UTC, as ISO 8601 text that sorts in time order (stdlib only)."""

from __future__ import annotations

from datetime import UTC, datetime

STORED_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_text(moment: datetime) -> str:
    """The stored form of ``moment``, for raw inserts that bypass the ORM's column type."""
    return moment.astimezone(UTC).strftime(STORED_FORMAT)


def stored_time(text: str) -> datetime:
    """A stored time read back."""
    return datetime.strptime(text, STORED_FORMAT).replace(tzinfo=UTC)
