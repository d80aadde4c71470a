"""The words every layer shares: kinds of activity, their statuses and priorities, the export
formats. ``StrEnum``s, so a member equals the text stored in the database and in JSON."""

from __future__ import annotations

from enum import StrEnum


class ActivityKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    LETTER = "letter"
    MEETING = "meeting"
    TASK = "task"


class ActivityStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class ExportFormat(StrEnum):
    VCARD3 = "vcard3"
    VCARD4 = "vcard4"
    VCARD21 = "vcard2.1"
    OUTLOOK_CSV = "outlook-csv"
    GOOGLE_CSV = "google-csv"
    ICS = "ics"
    DEALS_CSV = "deals-csv"
    MAIL_MERGE = "mail-merge"


# The values, in the order they are offered (lists, combo boxes, CLI choices).
ACTIVITY_KINDS: tuple[str, ...] = tuple(ActivityKind)
ACTIVITY_STATUSES: tuple[str, ...] = tuple(ActivityStatus)
PRIORITIES: tuple[str, ...] = tuple(Priority)
EXPORT_FORMATS: tuple[str, ...] = tuple(ExportFormat)
# Kinds that happen at a start time (with a duration); the others are due by a time.
TIMED_KINDS: tuple[str, ...] = (ActivityKind.CALL, ActivityKind.MEETING)
