"""Activities: the schedule (Today, Overdue, Next 7 days, the calendar, reminders) and the
history (completing, following up). Each mutation is one transaction.

Times are stored in UTC. "Today" is the calendar day in the user's zone (an IANA zone, never
a fixed offset: a day across a DST change has 23 or 25 hours); moving an activity to another
day keeps its wall-clock time in the zone it was set in. ``now`` and ``zone`` are injectable
everywhere time matters, for tests and for the GUI's clock.

Notes and the timeline are in ``notes``, keeping in touch and birthdays in
``keeping_in_touch``; both are re-exported here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import (
    ActivityDraft,
    ActivityRow,
    BirthdayRow,
    Due,
    KeepInTouchRow,
    NoteRow,
    TimelineItem,
)
from crm_desktop.records.contacts import Changes
from crm_desktop.records.date_range import END, RANGE_TEXT, time_in_range, year_in_range
from crm_desktop.records.ids import ActivityId
from crm_desktop.records.vocabulary import (
    ACTIVITY_KINDS,
    ACTIVITY_STATUSES,
    PRIORITIES,
    TIMED_KINDS,
)
from crm_desktop.services.database import Database
from crm_desktop.services.keeping_in_touch import (
    contacts_due_for_contact as contacts_due_for_contact,
)
from crm_desktop.services.keeping_in_touch import set_keep_in_touch as set_keep_in_touch
from crm_desktop.services.keeping_in_touch import upcoming_birthdays as upcoming_birthdays
from crm_desktop.services.notes import add_note as add_note
from crm_desktop.services.notes import edit_note as edit_note
from crm_desktop.services.notes import get_note as get_note
from crm_desktop.services.notes import live_deal
from crm_desktop.services.notes import pin_note as pin_note
from crm_desktop.services.notes import restore_notes as restore_notes
from crm_desktop.services.notes import timeline as timeline
from crm_desktop.services.notes import trash_notes as trash_notes
from crm_desktop.services.occurrences import complete_in
from crm_desktop.services.recurrence import apply_recurrence, checked_rule, expanded
from crm_desktop.services.schedule_rows import activity_rows, local_zone, stored, zone_named
from crm_desktop.store import activity_queries as queries
from crm_desktop.store.base import utc_now, utc_text
from crm_desktop.store.models import Account, Activity, Contact, DealActivity
from crm_desktop.store.reader import ReadConnection
from crm_desktop.store.times import read_time

__all__ = [  # the records and the notes, timeline and keeping-in-touch services too
    "ACTIVITY_KINDS",
    "ACTIVITY_STATUSES",
    "PRIORITIES",
    "TIMED_KINDS",
    "ActivityDraft",
    "ActivityRow",
    "BirthdayRow",
    "Due",
    "KeepInTouchRow",
    "NoteRow",
    "TimelineItem",
    "activities_on",
    "activity_days",
    "add_note",
    "complete_activity",
    "contacts_due_for_contact",
    "create_activity",
    "due_activities",
    "due_activity_ids",
    "edit_note",
    "follow_up_draft",
    "get_activities",
    "get_activity",
    "get_note",
    "local_zone",
    "move_activity",
    "pin_note",
    "reminders_between",
    "reschedule_activity",
    "restore_activities",
    "restore_notes",
    "set_keep_in_touch",
    "timeline",
    "trash_activities",
    "trash_notes",
    "upcoming_birthdays",
    "update_activity",
]

_ALL_COLUMNS = queries.ROW_COLUMNS
WORKDAY_START = time(9, 0)  # where a day chosen without a time puts an activity


def check_time(name: str, moment: datetime | None) -> None:
    """``InvalidValueError`` unless ``moment`` is None or an aware time the store keeps."""
    if moment is None:
        return
    if moment.utcoffset() is None:
        raise InvalidValueError(name, moment.isoformat(), "a time with its time zone")
    if not time_in_range(moment):
        raise InvalidValueError(name, moment.isoformat(), RANGE_TEXT)


def check_draft(draft: ActivityDraft) -> None:
    if draft.kind not in ACTIVITY_KINDS:
        raise InvalidValueError("kind", draft.kind, f"one of {', '.join(ACTIVITY_KINDS)}")
    if draft.status not in ACTIVITY_STATUSES:
        raise InvalidValueError("status", draft.status, f"one of {', '.join(ACTIVITY_STATUSES)}")
    if draft.priority not in PRIORITIES:
        raise InvalidValueError("priority", draft.priority, f"one of {', '.join(PRIORITIES)}")
    for name in ("start", "due", "reminder", "completed_at"):
        check_time(name, getattr(draft, name))
    if draft.duration_minutes is not None:
        if draft.duration_minutes < 0:
            raise InvalidValueError("duration", str(draft.duration_minutes), "a positive duration")
        when = draft.start or draft.due
        if when is not None and draft.duration_minutes >= (END - when) // timedelta(minutes=1):
            raise InvalidValueError(
                "duration", str(draft.duration_minutes), f"a duration ending in {RANGE_TEXT}"
            )
    if draft.time_zone:
        zone_named(draft.time_zone)  # raises InvalidValueError for an unknown zone
    if draft.recurrence:
        checked_rule(draft.recurrence)  # raises InvalidValueError for a bad rule


def apply_draft(session: Session, activity: Activity, draft: ActivityDraft, now: datetime) -> None:
    """Make ``activity`` what ``draft`` says (contacts and account checked to exist)."""
    planned_before = activity.start_at or activity.due_at
    contacts: list[Contact] = []
    if draft.contact_ids:
        found = {
            c.id: c
            for c in session.scalars(select(Contact).where(Contact.id.in_(draft.contact_ids)))
        }
        for contact_id in dict.fromkeys(draft.contact_ids):
            if contact_id not in found:
                raise NotFoundError("contact", contact_id)
            contacts.append(found[contact_id])
    if draft.account_id is not None and session.get(Account, draft.account_id) is None:
        raise NotFoundError("account", draft.account_id)
    activity.kind = draft.kind
    activity.subject = draft.subject
    activity.details = draft.details
    activity.start_at = stored(draft.start)
    activity.due_at = stored(draft.due)
    activity.duration_minutes = draft.duration_minutes
    activity.location = draft.location
    activity.priority = draft.priority
    activity.outcome = draft.outcome
    activity.reminder_at = stored(draft.reminder)
    activity.account_id = draft.account_id
    activity.time_zone = draft.time_zone
    if draft.calendar_kept is not None:
        activity.calendar_kept = draft.calendar_kept
    activity.contacts = contacts
    if draft.status == "done":
        if draft.completed_at is not None:
            activity.completed_at = stored(draft.completed_at)
        elif activity.status != "done" or activity.completed_at is None:
            planned = draft.start or draft.due
            activity.completed_at = stored(planned) if planned and planned <= now else now
    else:
        activity.completed_at = None
    activity.status = draft.status
    apply_recurrence(activity, draft, planned_before, now)
    activity.updated_at = now


def get_activity(db: Database, activity_id: int) -> ActivityRow:
    """One activity (in the Trash too); ``NotFoundError`` if there is none."""
    with db.raw_reading() as connection:
        rows = activity_rows(connection, queries.activities_by_id(connection, [activity_id]))
    if not rows:
        raise NotFoundError("activity", activity_id)
    return rows[0]


def get_activities(db: Database, ids: Sequence[int]) -> list[ActivityRow]:
    """These activities, in the order asked (unknown ids left out)."""
    with db.raw_reading() as connection:
        return activity_rows(connection, queries.activities_by_id(connection, ids))


def next_activity(db: Database, contact_id: int) -> ActivityRow | None:
    """The contact's next open activity (the earliest planned; one without a time after those
    with one), or None: what the contact's card shows."""
    with db.raw_reading() as connection:
        found = queries.next_open_activity(connection, contact_id)
        return activity_rows(connection, [found])[0] if found is not None else None


def create_activity(
    db: Database,
    draft: ActivityDraft,
    *,
    uid: str | None = None,
    now: datetime | None = None,
    deal_id: int | None = None,
) -> ActivityRow:
    """A new activity (its iCalendar UID made here unless given); with ``deal_id``, linked
    to that deal (outside the Trash) in the same transaction."""
    check_draft(draft)
    moment = now or utc_now()
    with db.writing() as session:
        activity = Activity(uid=uid or f"{uuid.uuid4()}@crm-desktop", created_at=moment)
        apply_draft(session, activity, draft, moment)
        session.add(activity)
        session.flush()
        activity_id = activity.id
        if deal_id is not None:
            live_deal(session, deal_id)
            session.add(DealActivity(activity_id=activity_id, deal_id=deal_id))
    return get_activity(db, activity_id)


def update_activity(db: Database, activity_id: int, draft: ActivityDraft) -> ActivityRow:
    """Make activity ``activity_id`` what ``draft`` says (its UID and creation time stay)."""
    check_draft(draft)
    with db.writing() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise NotFoundError("activity", activity_id)
        apply_draft(session, activity, draft, utc_now())
    return get_activity(db, activity_id)


def complete_activity(
    db: Database,
    activity_id: int,
    outcome: str,
    when: datetime | None = None,
    *,
    occurrence: datetime | None = None,
) -> ActivityRow:
    """Record the activity as done, with its outcome, at ``when`` (now by default). Of a
    repeating one, its ``occurrence`` (its next by default) is done: a done activity of
    its own is returned and the series moves on to its next occurrence."""
    check_time("completed_at", when)
    check_time("occurrence", occurrence)
    with db.writing() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise NotFoundError("activity", activity_id)
        planned = activity.start_at or activity.due_at
        if activity.recurrence and activity.status == "open" and planned is not None:
            now = utc_now()
            done = complete_in(
                activity, stored(occurrence) or planned, outcome, stored(when) or now, now
            )
            session.add(done)
            session.flush()
            activity_id = done.id
        else:
            activity.status = "done"
            activity.outcome = outcome
            activity.completed_at = stored(when) or utc_now()
            activity.updated_at = utc_now()
    return get_activity(db, activity_id)


def _zone_of(row: ActivityRow, zone: tzinfo) -> tzinfo:
    return zone_named(row.time_zone) if row.time_zone else zone


def _on_day(moment: datetime, day: date, zone: tzinfo) -> datetime:
    """``moment`` moved to ``day`` at the same wall-clock time in ``zone``, back in UTC."""
    wall = moment.astimezone(zone).time().replace(tzinfo=None)
    return datetime.combine(day, wall, tzinfo=zone).astimezone(UTC)


def next_working_day(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= 5:  # Saturday, Sunday
        day += timedelta(days=1)
    return day


def follow_up_draft(
    row: ActivityRow,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    *,
    subject_prefix: str = "Follow-up: ",
) -> ActivityDraft:
    """The next step after ``row`` (ACT!'s "schedule follow-up"): same kind, contacts and
    account, open, on the next working day at the same wall-clock time (09:00 when ``row``
    has no time), its reminder as far ahead as ``row``'s was. The GUI passes a translated
    ``subject_prefix``."""
    zone = zone or local_zone()
    own = _zone_of(row, zone)
    today = (now or utc_now()).astimezone(own).date()
    day = next_working_day(today)
    planned = row.start or row.due
    moment = (
        _on_day(planned, day, own)
        if planned is not None
        else datetime.combine(day, WORKDAY_START, tzinfo=own).astimezone(UTC)
    )
    timed = row.start is not None or (planned is None and row.kind in TIMED_KINDS)
    reminder = None
    if row.reminder is not None and planned is not None:
        reminder = moment - (planned - row.reminder)
    subject = row.subject
    if not subject.startswith(subject_prefix):
        subject = subject_prefix + subject
    return ActivityDraft(
        kind=row.kind,
        subject=subject,
        start=moment if timed else None,
        due=None if timed else moment,
        duration_minutes=row.duration_minutes,
        location=row.location,
        priority=row.priority,
        reminder=reminder,
        contact_ids=row.contact_ids,
        account_id=row.account_id,
        time_zone=row.time_zone,
    )


def reschedule_activity(
    db: Database, activity_id: int, day: date, zone: tzinfo | None = None
) -> ActivityRow:
    """Move the activity to ``day``, keeping its wall-clock time in its own zone (so a 10:00
    meeting stays at 10:00 across a DST change); its reminder moves with it. One without a
    time goes to 09:00 that day."""
    if not year_in_range(day.year):
        raise InvalidValueError("day", day.isoformat(), RANGE_TEXT)
    row = get_activity(db, activity_id)
    own = _zone_of(row, zone or local_zone())
    planned = row.start or row.due
    if planned is None:
        moved = datetime.combine(day, WORKDAY_START, tzinfo=own).astimezone(UTC)
    else:
        moved = _on_day(planned, day, own)
    return _move(db, activity_id, _moved_to(row, moved))


def move_activity(db: Database, activity_id: int, moment: datetime) -> ActivityRow:
    """Move the activity to ``moment`` (an aware time, date and time of day both): its
    start or its due time there, its reminder as far ahead as it was. One without a time
    gets ``moment`` as its start (calls and meetings) or its due time."""
    check_time("when", moment)
    row = get_activity(db, activity_id)
    return _move(db, activity_id, _moved_to(row, moment.astimezone(UTC)))


def _moved_to(row: ActivityRow, moved: datetime) -> dict[str, datetime | None]:
    """The columns that put ``row`` at ``moved`` (its start or due time, and its reminder)."""
    planned = row.start or row.due
    if planned is None:
        field = "start_at" if row.kind in TIMED_KINDS else "due_at"
        return {field: moved}
    shift = moved - planned
    values: dict[str, datetime | None] = {
        "start_at": row.start + shift if row.start else None,
        "due_at": row.due + shift if row.due else None,
    }
    if row.reminder is not None:
        values["reminder_at"] = row.reminder + shift
    return values


def _move(db: Database, activity_id: int, values: dict[str, datetime | None]) -> ActivityRow:
    for name, value in values.items():
        check_time(name.removesuffix("_at"), value)
    with db.writing() as session:
        done = session.execute(
            update(Activity)
            .where(Activity.id == activity_id)
            .values(**values, updated_at=utc_now())
        )
        if not done.rowcount:  # type: ignore[attr-defined]
            raise NotFoundError("activity", activity_id)
    return get_activity(db, activity_id)


def trash_activities(db: Database, ids: Sequence[int]) -> Changes:
    """Move activities to the Trash (restorable)."""
    with db.writing() as session:
        found = list(
            session.scalars(
                select(Activity.id).where(Activity.id.in_(ids), Activity.deleted_at.is_(None))
            )
        )
        session.execute(update(Activity).where(Activity.id.in_(found)).values(deleted_at=utc_now()))
    return Changes(activities_removed=tuple(ActivityId(i) for i in found))


def restore_activities(db: Database, ids: Sequence[int]) -> Changes:
    """Bring activities back from the Trash."""
    with db.writing() as session:
        found = list(
            session.scalars(
                select(Activity.id).where(Activity.id.in_(ids), Activity.deleted_at.is_not(None))
            )
        )
        session.execute(update(Activity).where(Activity.id.in_(found)).values(deleted_at=None))
    return Changes(activities_added=tuple(ActivityId(i) for i in found))


def day_start(day: date, zone: tzinfo) -> datetime:
    """The first instant of the local calendar ``day`` in ``zone``, in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _due(
    connection: ReadConnection,
    due: Due,
    now: datetime | None,
    zone: tzinfo | None,
    limit: int | None,
    columns: str,
    text: str = "",
) -> list[Any]:
    zone = zone or local_zone()
    today = (now or utc_now()).astimezone(zone).date()
    start = utc_text(day_start(today, zone))
    if due is Due.TODAY:
        end = utc_text(day_start(today + timedelta(days=1), zone))
        return queries.open_between(connection, start, end, limit, columns, text)
    if due is Due.OVERDUE:
        return queries.open_between(connection, None, start, limit, columns, text)
    if due is Due.WEEK:
        end = utc_text(day_start(today + timedelta(days=7), zone))
        return queries.open_between(connection, start, end, limit, columns, text)
    if due is Due.ALL:
        return queries.open_between(connection, None, None, limit, columns, text)
    return queries.done_newest_first(connection, limit, columns, text)


def due_activities(
    db: Database,
    due: Due,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    limit: int | None = None,
) -> list[ActivityRow]:
    """One activities list. TODAY: open ones on today's local calendar day; OVERDUE: open
    ones on an earlier day; WEEK: open ones from today through the 6 days after; ALL: every
    open one (those without a time last); all by time. DONE: done ones, newest first."""
    with db.raw_reading() as connection:
        return activity_rows(connection, _due(connection, due, now, zone, limit, _ALL_COLUMNS))


def due_activity_ids(
    db: Database,
    due: Due,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    limit: int | None = None,
    text: str = "",
) -> list[ActivityId]:
    """The ids of ``due_activities``, in its order, without building the rows: what a lazy
    list model holds (rows then come a page at a time from ``get_activities``). ``text``:
    only those holding each of its words (subject, details, place, outcome, account,
    contacts' names; accents and case aside), as the Activities view's search box asks."""
    with db.raw_reading() as connection:
        found = _due(connection, due, now, zone, limit, "a.id", text)
    return [ActivityId(row[0]) for row in found]


def activity_days(
    db: Database, first: date, last: date, zone: tzinfo | None = None
) -> dict[date, int]:
    """How many (open and done) activities fall on each local day from ``first`` to
    ``last`` inclusive; days without any are left out (the month calendar's markers)."""
    zone = zone or local_zone()
    after = utc_text(day_start(first, zone))
    before = utc_text(day_start(last + timedelta(days=1), zone))
    counts: dict[date, int] = {}
    with db.raw_reading() as connection:
        times = [read_time(text) for text in queries.times_between(connection, after, before)]
        for row in _occurrences(connection, after, before):
            times.append(row.when)
    for found in times:
        if found is None:
            continue  # a damaged row (``crm-desktop check`` names it)
        day = found.astimezone(zone).date()
        counts[day] = counts.get(day, 0) + 1
    return counts


def _occurrences(connection: ReadConnection, after: str, before: str) -> list[ActivityRow]:
    """The occurrences of the open repeating activities in [after, before) other than
    their next ones (those are stored rows): the range only is expanded."""
    start, end = read_time(after), read_time(before)
    assert start is not None and end is not None
    found: list[ActivityRow] = []
    for row in activity_rows(connection, queries.open_series(connection, before)):
        found += expanded(row, start, end)
    return found


def activities_on(db: Database, day: date, zone: tzinfo | None = None) -> list[ActivityRow]:
    """The (open and done) activities on the local calendar ``day``, by time."""
    zone = zone or local_zone()
    after = utc_text(day_start(day, zone))
    before = utc_text(day_start(day + timedelta(days=1), zone))
    with db.raw_reading() as connection:
        rows = activity_rows(connection, queries.scheduled_between(connection, after, before))
        rows += _occurrences(connection, after, before)
    return sorted(rows, key=lambda row: (row.when or day_start(day, zone), row.id))


def reminders_between(db: Database, after: datetime, until: datetime) -> list[ActivityRow]:
    """Open activities (outside the Trash) whose reminder falls in (``after``, ``until``],
    by reminder time: what the GUI's timer shows since its last tick."""
    with db.raw_reading() as connection:
        return activity_rows(
            connection,
            queries.reminders_between(connection, utc_text(after), utc_text(until)),
        )
