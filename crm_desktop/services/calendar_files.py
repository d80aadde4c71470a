"""Activities to and from iCalendar files: export (atomic, like the vCard export) and the
storing of one read VEVENT or VTODO inside an import's transaction."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TextIO

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.interop.icalendar import Attendee, CalendarItem, calendar_text, iana_zone
from crm_desktop.interop.icalendar_journal import JournalEntry
from crm_desktop.interop.icalendar_kept import attendee_line
from crm_desktop.records.activities import ActivityDraft, ActivityRow
from crm_desktop.records.ids import AccountId, ActivityId, ContactId
from crm_desktop.services.activities import apply_draft, check_draft
from crm_desktop.services.database import Database
from crm_desktop.services.exporting import atomic_write
from crm_desktop.services.occurrences import take_out
from crm_desktop.services.recurrence import occurrence_row, settle
from crm_desktop.services.schedule_rows import activity_rows, local_zone
from crm_desktop.store import activity_queries as queries
from crm_desktop.store.base import utc_now
from crm_desktop.store.folding import fold
from crm_desktop.store.models import Activity, Note

CHUNK = 1000
# The UID of an occurrence changed on its own: its series' UID and its original time.
_DETACHED = re.compile(r"^.+-\d{8}T\d{6}Z$")


def calendar_item(row: ActivityRow, emails: Mapping[int, str]) -> CalendarItem:
    """``row`` as a calendar sees it; its contacts with an email are its attendees. A
    repeating one is written from its first occurrence, in its zone (the machine's when it
    has none of its own)."""
    zone = ""
    if row.recurrence:
        if row.recurrence_start is not None:
            row = occurrence_row(row, row.recurrence_start)
        zone = row.time_zone or str(getattr(local_zone(), "key", ""))
    return CalendarItem(
        uid=row.uid or f"crm-desktop-activity-{row.id}",
        kind=row.kind,
        subject=row.subject,
        details=row.details,
        start=row.start,
        due=row.due,
        duration_minutes=row.duration_minutes,
        location=row.location,
        priority=row.priority,
        status=row.status,
        outcome=row.outcome,
        completed_at=row.completed_at,
        reminder=row.reminder,
        attendees=tuple(
            Attendee(name, emails[contact_id])
            for contact_id, name in zip(row.contact_ids, row.contact_names, strict=True)
            if contact_id in emails
        ),
        time_zone=row.time_zone,
        modified=row.updated_at,
        due_date=_day_only(row.due, row.time_zone),
        kept=tuple(row.calendar_kept.splitlines()),
        recurrence=row.recurrence,
        exdates=row.recurrence_exdates,
        rdates=row.recurrence_rdates,
        recurrence_zone=zone,
    )


def _day_only(due: datetime | None, time_zone: str) -> date | None:
    """The day of ``due`` when it is that day's 00:00 in its zone (the activity's, else the
    local one): a date with no time of day, as an all-day to-do's due date is read."""
    if due is None:
        return None
    zone = iana_zone(time_zone) if time_zone else None
    wall = due.astimezone(zone or local_zone())
    return wall.date() if wall.timetz().replace(tzinfo=None) == time(0) else None


def _items(db: Database, ids: Sequence[int]) -> Iterator[CalendarItem]:
    for start in range(0, len(ids), CHUNK):
        with db.raw_reading() as connection:
            rows = activity_rows(
                connection, queries.activities_by_id(connection, ids[start : start + CHUNK])
            )
            emails = queries.first_emails(
                connection, sorted({c for row in rows for c in row.contact_ids})
            )
        for row in rows:
            yield calendar_item(row, emails)


def calendar_activity_ids(
    db: Database, contact_ids: Sequence[int] | None = None
) -> list[ActivityId]:
    """The activities an export writes: all outside the Trash, or those of these contacts."""
    with db.raw_reading() as connection:
        return [ActivityId(i) for i in queries.exported_activity_ids(connection, contact_ids)]


def write_icalendar(
    db: Database, out: TextIO, activity_ids: Sequence[int], stamp: datetime | None = None
) -> int:
    """These activities as one iCalendar file on ``out``; how many VEVENTs and VTODOs (emails
    and letters that are not scheduled are left out)."""
    written = 0
    for text in calendar_text(_items(db, activity_ids), stamp):
        out.write(text)
        written += text.startswith(("BEGIN:VEVENT", "BEGIN:VTODO"))
    return written


def export_icalendar(db: Database, path: Path, activity_ids: Sequence[int]) -> int:
    """Write an .ics at ``path`` atomically; how many events and to-dos it holds."""
    return atomic_write(path, lambda out: write_icalendar(db, out, activity_ids))


def _details(item: CalendarItem, unmatched: Sequence[Attendee]) -> str:
    """The description, with the attendees who are none of our contacts named at its end."""
    if not unmatched:
        return item.details
    names = ", ".join(f"{a.name} <{a.email}>" if a.email else a.name for a in unmatched)
    line = f"Attendees: {names}"
    if line in item.details:
        return item.details
    return f"{item.details}\n\n{line}" if item.details else line


def _kept(item: CalendarItem, unmatched: Sequence[Attendee]) -> str:
    """What the activity keeps of the item's iCalendar: its RRULE and ORGANIZER, and the
    attendees who are none of the contacts (also named in the details, for the eye)."""
    lines = [*item.kept, *(attendee_line(a.name, a.email) for a in unmatched)]
    return "\n".join(dict.fromkeys(line for line in lines if line))


def store_calendar_item(
    session: Session, item: CalendarItem, emails: Mapping[str, int], policy: str
) -> tuple[str, ActivityId | None]:
    """Store one read event or to-do inside the import's transaction; ("imported" |
    "merged" | "skipped", its id). An activity with the same UID is the same one: ``merge``
    takes the file's version when it is newer (re-importing our own export changes
    nothing), ``skip`` leaves it, ``create`` adds another (with a UID of its own). Attendees
    are linked to the contacts with their email; the others are named in the details."""
    series: Activity | None = None
    if item.recurrence_id is not None:  # one occurrence of a series, changed on its own
        series = _series(session, item.uid)
        if series is not None:
            take_out(series, item.recurrence_id)
            settle(series, series.start_at or series.due_at or item.recurrence_id)
        if item.status == "cancelled":  # an occurrence deleted: the EXDATE says it all
            return "merged" if series is not None else "skipped", None
        item = replace(item, uid=f"{item.uid}-{item.recurrence_id:%Y%m%dT%H%M%SZ}")
    elif _DETACHED.match(item.uid):  # one we exported: its series, when it is here
        series = _series(session, item.uid.rsplit("-", 1)[0])
    existing = session.scalars(
        select(Activity).where(Activity.uid == item.uid, Activity.deleted_at.is_(None))
    ).first()
    if existing is not None and policy == "skip":
        return "skipped", ActivityId(existing.id)
    matched: list[ContactId] = []
    unmatched: list[Attendee] = []
    for attendee in item.attendees:
        contact_id = emails.get(fold(attendee.email.strip())) if attendee.email else None
        if contact_id is None:
            unmatched.append(attendee)
        elif contact_id not in matched:
            matched.append(ContactId(contact_id))
    if existing is not None and policy == "merge":
        changed = existing.updated_at  # None when damaged: the file's copy is taken
        if item.modified is not None and changed is not None and changed >= item.modified:
            return "merged", ActivityId(existing.id)
        kept = [ContactId(c.id) for c in existing.contacts]
        matched = kept + [c for c in matched if c not in kept]
    draft = ActivityDraft(
        kind=item.kind,
        subject=item.subject,
        details=_details(item, unmatched),
        start=item.start,
        due=item.due,
        duration_minutes=item.duration_minutes,
        location=item.location,
        priority=item.priority,
        status=item.status,
        outcome=item.outcome,
        reminder=item.reminder,
        contact_ids=tuple(matched),
        account_id=AccountId(existing.account_id) if existing and existing.account_id else None,
        time_zone=item.time_zone,
        completed_at=item.completed_at,
        calendar_kept=_kept(item, unmatched),
        recurrence=item.recurrence,
        recurrence_exdates=_with_overrides(session, item),
        recurrence_rdates=item.rdates,
    )
    check_draft(draft)
    now = utc_now()
    if existing is not None and policy == "merge":
        apply_draft(session, existing, draft, now)
        session.flush()
        _link_overrides(session, existing)
        return "merged", ActivityId(existing.id)
    uid = item.uid if existing is None else f"{uuid.uuid4()}@crm-desktop"
    activity = Activity(uid=uid, created_at=now, series_id=series.id if series else None)
    apply_draft(session, activity, draft, now)
    session.add(activity)
    session.flush()
    _link_overrides(session, activity)
    return "imported", ActivityId(activity.id)


def _link_overrides(session: Session, series: Activity) -> None:
    """The occurrences changed on their own that a file put before their series."""
    if series.recurrence and series.uid:
        session.execute(
            update(Activity)
            .where(Activity.uid.like(f"{series.uid}-%T%Z"), Activity.series_id.is_(None))
            .values(series_id=series.id)
        )


def _series(session: Session, uid: str) -> Activity | None:
    return session.scalars(
        select(Activity).where(
            Activity.uid == uid, Activity.recurrence != "", Activity.deleted_at.is_(None)
        )
    ).first()


def _with_overrides(session: Session, item: CalendarItem) -> tuple[datetime, ...]:
    """A series' EXDATEs and the occurrences changed on their own that were stored before
    it (a file may put an override first)."""
    if not item.recurrence:
        return item.exdates
    overrides = session.scalars(
        select(Activity.uid).where(Activity.uid.like(f"{item.uid}-%T%Z"))
    ).all()
    found = list(item.exdates)
    for uid in overrides:
        if uid is None:
            continue
        try:
            moment = datetime.strptime(uid[len(item.uid) + 1 :], "%Y%m%dT%H%M%SZ")
        except ValueError:
            continue
        found.append(moment.replace(tzinfo=UTC))
    return tuple(dict.fromkeys(found))


def store_journal_entry(
    session: Session, entry: JournalEntry, emails: Mapping[str, int]
) -> bool | None:
    """A journal entry as a note, dated by the entry, on each contact it names by e-mail,
    inside the import's transaction: True if one was added, False if each of them has that
    note already (the file imported before) or it holds no text, None if it names none of
    the contacts."""
    contact_ids = list(
        dict.fromkeys(c for c in (emails.get(fold(e.strip())) for e in entry.emails) if c)
    )
    body = entry.body
    if not contact_ids:
        return None
    if not body:  # nothing to keep
        return False
    when = entry.when or utc_now()
    added = False
    for contact_id in contact_ids:
        same = select(Note.id).where(
            Note.contact_id == contact_id,
            Note.body == body,
            Note.created_at == when,
            Note.deleted_at.is_(None),
        )
        if session.scalars(same).first() is not None:
            continue
        session.add(Note(contact_id=contact_id, body=body, created_at=when, updated_at=when))
        added = True
    session.flush()
    return added
