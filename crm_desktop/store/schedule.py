"""Activities (calls, emails, letters, meetings, tasks) and notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.records.vocabulary import ACTIVITY_KINDS, ACTIVITY_STATUSES, PRIORITIES
from crm_desktop.store.base import Base, utc_now

activity_contacts = Table(
    "activity_contacts",
    Base.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Activity(Base):
    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint(_one_of("kind", ACTIVITY_KINDS), name="kind"),
        CheckConstraint(_one_of("status", ACTIVITY_STATUSES), name="status"),
        CheckConstraint(_one_of("priority", PRIORITIES), name="priority"),
        Index("ix_activities_due_at", "status", "due_at"),
        Index("ix_activities_start_at", "status", "start_at"),
        Index("ix_activities_uid", "uid"),
        # Migration 0003: the lists, the calendar, the history and reminders.
        Index("ix_activities_when", "status", text("coalesce(start_at, due_at, completed_at)")),
        Index("ix_activities_completed_at", "status", "completed_at"),
        Index("ix_activities_reminder_at", "status", "reminder_at"),
        # Migration 0007: the activities-by-week report counts in this index alone.
        Index("ix_activities_done_kind", "status", "kind", "completed_at", "deleted_at"),
        Index("ix_activities_message_id", "message_id"),  # migration 0010
        Index("ix_activities_series_id", "series_id"),  # migration 0013
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str | None]  # the iCalendar UID
    kind: Mapped[str]
    subject: Mapped[str] = mapped_column(default="", server_default="")
    details: Mapped[str] = mapped_column(default="", server_default="")
    start_at: Mapped[datetime | None]  # meetings and calls, UTC
    due_at: Mapped[datetime | None]  # tasks, UTC
    time_zone: Mapped[str] = mapped_column(
        default="", server_default=""
    )  # IANA zone the wall-clock time was set in
    duration_minutes: Mapped[int | None]
    location: Mapped[str] = mapped_column(default="", server_default="")
    priority: Mapped[str] = mapped_column(default="normal", server_default="normal")
    status: Mapped[str] = mapped_column(default="open", server_default="open")
    outcome: Mapped[str] = mapped_column(default="", server_default="")
    completed_at: Mapped[datetime | None]
    reminder_at: Mapped[datetime | None]
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    deleted_at: Mapped[datetime | None]
    # Migration 0006: iCalendar content lines the app has no field for (RRULE, ORGANIZER, the
    # attendees who are no contacts), one a line, written back on export.
    calendar_kept: Mapped[str] = mapped_column(default="", server_default="")
    # Migration 0010: an e-mail's Message-ID (one activity per message), its direction ("in",
    # "out", "" unknown) and its From, To and Cc as written, one a line.
    message_id: Mapped[str | None]
    direction: Mapped[str] = mapped_column(default="", server_default="")
    mail_headers: Mapped[str] = mapped_column(default="", server_default="")
    # Migration 0013: a repeating activity's RRULE value ("" none), its first occurrence
    # (start_at/due_at are the next open one), the occurrences taken out and added (UTC ISO
    # times, one a line); a done or detached occurrence names its series (no foreign key).
    recurrence: Mapped[str] = mapped_column(default="", server_default="")
    recurrence_start: Mapped[datetime | None]
    recurrence_exdates: Mapped[str] = mapped_column(default="", server_default="")
    recurrence_rdates: Mapped[str] = mapped_column(default="", server_default="")
    series_id: Mapped[int | None]

    contacts: Mapped[list[Contact]] = relationship(secondary=activity_contacts)


class Note(Base):
    """Free text about a contact or an account, with its time; pinned notes come first."""

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint("contact_id IS NOT NULL OR account_id IS NOT NULL", name="has_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(default="", server_default="")
    pinned: Mapped[bool] = mapped_column(default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    deleted_at: Mapped[datetime | None]


class ActivityDoneHour(Base):
    """How many activities of a kind were done (outside the Trash) in a UTC hour
    ("2026-12-03T14"): kept by the triggers of migration 0014, summed by Reports' weeks."""

    __tablename__ = "activity_done_hours"

    kind: Mapped[str] = mapped_column(primary_key=True)
    hour: Mapped[str] = mapped_column(String(13), primary_key=True)
    count: Mapped[int]


from crm_desktop.store.contact import Contact  # noqa: E402  (mutual reference)
