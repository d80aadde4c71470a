"""One occurrence of a repeating activity taken out of its series, inside a unit of work:
completed (a done activity of its own, the series on to its next occurrence), changed on
its own (a single activity that the series no longer holds) or deleted. ``services.series``
holds the use cases around these."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from crm_desktop.errors import InvalidValueError
from crm_desktop.records.recurrence import times_of, times_text
from crm_desktop.services.recurrence import settle
from crm_desktop.store.models import Activity


def planned_of(activity: Activity) -> datetime | None:
    return activity.start_at or activity.due_at


def take_out(activity: Activity, moment: datetime) -> None:
    """``moment`` added to the series' EXDATEs."""
    taken = times_of(activity.recurrence_exdates or "")
    activity.recurrence_exdates = times_text((*taken, moment.astimezone(UTC)))


def move_on(activity: Activity, moment: datetime) -> bool:
    """Take ``moment`` out of the series and move the series to its next open occurrence;
    False when none is left (the series is over)."""
    planned = planned_of(activity)
    if planned is None:
        raise InvalidValueError("occurrence", moment.isoformat(), "an activity with a time")
    take_out(activity, moment)
    return settle(activity, planned)


def occurrence_copy(activity: Activity, moment: datetime, now: datetime) -> Activity:
    """A single activity of the series' fields at ``moment`` (not added to the session)."""
    planned = planned_of(activity)
    shift = moment - planned if planned is not None else moment - moment
    return Activity(
        uid=f"{uuid.uuid4()}@crm-desktop",
        kind=activity.kind,
        subject=activity.subject,
        details=activity.details,
        start_at=activity.start_at + shift if activity.start_at else None,
        due_at=activity.due_at + shift if activity.due_at else None,
        duration_minutes=activity.duration_minutes,
        location=activity.location,
        priority=activity.priority,
        status="open",
        outcome="",
        account_id=activity.account_id,
        time_zone=activity.time_zone,
        contacts=list(activity.contacts),
        series_id=activity.id,
        created_at=now,
        updated_at=now,
    )


def complete_in(
    activity: Activity, moment: datetime, outcome: str, when: datetime, now: datetime
) -> Activity:
    """Occurrence ``moment`` of ``activity`` done: a done activity for it (returned, to be
    added to the session), the series on to its next. The last occurrence of a series that
    ends is the series itself, done (returned too)."""
    kept = activity.recurrence_exdates or ""
    if move_on(activity, moment):
        done = occurrence_copy(activity, moment, now)
        done.status = "done"
        done.outcome = outcome
        done.completed_at = when
        activity.updated_at = now
        return done
    activity.recurrence_exdates = kept  # the series ends with this one: it is the done one
    planned = planned_of(activity)
    shift = moment - planned if planned is not None else moment - moment
    if activity.start_at is not None:
        activity.start_at = activity.start_at + shift
    if activity.due_at is not None:
        activity.due_at = activity.due_at + shift
    activity.status = "done"
    activity.outcome = outcome
    activity.completed_at = when
    activity.updated_at = now
    return activity
