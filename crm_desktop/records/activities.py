"""Frozen records of the schedule and the history: activities, notes, the timeline, keeping
in touch and birthdays. What the GUI and the CLI see and hand in; never an ORM object."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from crm_desktop.records.attachments import AttachmentRow
from crm_desktop.records.ids import AccountId, ActivityId, ContactId, NoteId


@dataclass(frozen=True, slots=True)
class ActivityDraft:
    """An activity before it is stored. Datetimes are timezone-aware (any zone) and stored
    in UTC; ``time_zone`` is the IANA zone the wall-clock time was set in ("" = the local
    one), so that rescheduling keeps that wall-clock time across a DST change."""

    kind: str
    subject: str
    details: str = ""
    start: datetime | None = None  # meetings and calls
    due: datetime | None = None  # tasks (and scheduled emails and letters)
    duration_minutes: int | None = None
    location: str = ""
    priority: str = "normal"
    status: str = "open"
    outcome: str = ""
    reminder: datetime | None = None
    contact_ids: tuple[ContactId, ...] = ()
    account_id: AccountId | None = None
    time_zone: str = ""
    # When it was done (status "done"); None lets the service choose (kept on an update,
    # else the activity's time when that has passed, else now).
    completed_at: datetime | None = None
    # iCalendar content lines kept from an import (RRULE, ORGANIZER, attendees who are no
    # contacts), one a line, written back on export. None (an edit in the app): as stored.
    calendar_kept: str | None = None
    # How it repeats (records.recurrence): an RRULE value, "" for never; None (an edit that
    # does not say) keeps what is stored. The first occurrence is ``start`` or ``due``.
    recurrence: str | None = None
    recurrence_exdates: tuple[datetime, ...] | None = None
    recurrence_rdates: tuple[datetime, ...] | None = None


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One stored activity; datetimes timezone-aware in UTC."""

    id: ActivityId
    kind: str
    subject: str
    details: str
    start: datetime | None
    due: datetime | None
    duration_minutes: int | None
    location: str
    priority: str
    status: str
    outcome: str
    completed_at: datetime | None
    reminder: datetime | None
    contact_ids: tuple[ContactId, ...]
    contact_names: tuple[str, ...]
    account_id: AccountId | None
    account_name: str
    time_zone: str
    uid: str = ""  # the iCalendar UID, stable across exports
    created_at: datetime | None = None
    updated_at: datetime | None = None
    calendar_kept: str = ""  # see ActivityDraft
    # An imported e-mail's direction ("in", "out"; "" unknown or not an e-mail) and its
    # From, To and Cc as written, one a line.
    direction: str = ""
    mail_headers: str = ""
    # A repeating activity (migration 0013): its RRULE value, its first occurrence, the
    # occurrences taken out and added. ``start``/``due`` are the next open occurrence; an
    # occurrence shown in the calendar is a copy with its own times and ``occurrence`` set.
    recurrence: str = ""
    recurrence_start: datetime | None = None
    recurrence_exdates: tuple[datetime, ...] = ()
    recurrence_rdates: tuple[datetime, ...] = ()
    series_id: ActivityId | None = None  # the series a done or detached occurrence came from
    occurrence: datetime | None = None  # set on an expanded occurrence: its original time

    @property
    def repeats(self) -> bool:
        return bool(self.recurrence)

    @property
    def when(self) -> datetime | None:
        """The activity's time: its start, else its due time, else when it was done."""
        return self.start or self.due or self.completed_at

    def to_draft(self) -> ActivityDraft:
        return ActivityDraft(
            kind=self.kind,
            subject=self.subject,
            details=self.details,
            start=self.start,
            due=self.due,
            duration_minutes=self.duration_minutes,
            location=self.location,
            priority=self.priority,
            status=self.status,
            outcome=self.outcome,
            reminder=self.reminder,
            contact_ids=self.contact_ids,
            account_id=self.account_id,
            time_zone=self.time_zone,
            completed_at=self.completed_at,
            calendar_kept=self.calendar_kept,
            recurrence=self.recurrence,
            recurrence_exdates=self.recurrence_exdates,
            recurrence_rdates=self.recurrence_rdates,
        )


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: NoteId
    body: str
    pinned: bool
    created_at: datetime
    updated_at: datetime
    contact_id: ContactId | None
    account_id: AccountId | None


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One line of a contact's or an account's timeline: an activity, a note, or a file kept
    on the contact or account (``kind`` "file", its one row in ``files``)."""

    kind: str  # "note", "file" or an activity kind
    activity: ActivityRow | None
    note: NoteRow | None
    when: datetime
    pinned: bool
    files: tuple[AttachmentRow, ...] = ()  # the files kept on the activity (an e-mail's)


class Due(Enum):
    """The activities lists."""

    TODAY = "today"  # open, on the local calendar day of now
    OVERDUE = "overdue"  # open, on a day before today
    WEEK = "week"  # open, today and the 6 days after it
    ALL = "all"  # open, whenever (those without a time last)
    DONE = "done"  # done, newest first


@dataclass(frozen=True, slots=True)
class KeepInTouchRow:
    """A contact to be contacted every ``days`` days, and when that falls due."""

    contact_id: ContactId
    name: str
    days: int
    last_contact: datetime | None  # the last completed activity with them (UTC)
    due_on: date  # local day; today for someone never contacted


@dataclass(frozen=True, slots=True)
class BirthdayRow:
    contact_id: ContactId
    name: str
    day: date  # the day it falls on (28 February for 29 February in a common year)
    age: int | None  # the age (the years, of an anniversary) that day; None: year unknown
    kind: str = "birthday"  # or "anniversary" (vCard ANNIVERSARY: shown with birthdays)
