"""Keeping in touch: who is due for a call (from the last completed activity with them),
and upcoming birthdays."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import update

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import BirthdayRow, KeepInTouchRow
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ContactId
from crm_desktop.services.database import Database
from crm_desktop.services.schedule_rows import local_zone, moment
from crm_desktop.store import activity_queries as queries
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Contact


def set_keep_in_touch(db: Database, contact_id: int, days: int | None) -> Changes:
    """Keep in touch with the contact every ``days`` days (None: no longer)."""
    if days is not None and days < 1:
        raise InvalidValueError("keep in touch", str(days), "a number of days from 1 up")
    with db.writing() as session:
        done = session.execute(
            update(Contact)
            .where(Contact.id == contact_id)
            .values(keep_in_touch_days=days, updated_at=utc_now())
        )
        if not done.rowcount:  # type: ignore[attr-defined]
            raise NotFoundError("contact", contact_id)
    return Changes(contacts_changed=(ContactId(contact_id),))


def contacts_due_for_contact(
    db: Database, now: datetime | None = None, zone: tzinfo | None = None
) -> list[KeepInTouchRow]:
    """The contacts with an interval whose last completed activity is that many days ago or
    more (on the local calendar), the most overdue first; never contacted is due today."""
    zone = zone or local_zone()
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    rows = []
    with db.raw_reading() as connection:
        found = queries.last_contacts(connection)
    for contact_id, name, days, last_text in found:
        last = moment(last_text)
        try:
            due_on = today if last is None else last.astimezone(zone).date() + timedelta(days)
        except OverflowError:  # due after the end of the calendar
            continue
        if due_on <= today:
            rows.append(KeepInTouchRow(ContactId(contact_id), name, days, last, due_on))
    rows.sort(key=lambda row: (row.due_on, row.name.casefold(), row.contact_id))
    return rows


def upcoming_birthdays(db: Database, today: date, days: int = 14) -> list[BirthdayRow]:
    """Birthdays and anniversaries from ``today`` through the ``days - 1`` days after it, by
    day: across the year end, without a year too (age None), 29 February on 28 February in
    common years; an anniversary's ``age`` is its years that day (``kind`` says which)."""
    wanted: dict[int, date] = {}
    for offset in range(days):
        day = today + timedelta(days=offset)
        wanted.setdefault(day.month * 100 + day.day, day)
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            wanted.setdefault(229, day)
    if not wanted:
        return []
    with db.raw_reading() as connection:
        found = [("birthday", *row) for row in queries.birthdays_on(connection, list(wanted))] + [
            ("anniversary", *row) for row in queries.anniversaries_on(connection, list(wanted))
        ]
    rows = []
    for kind, contact_id, name, birthday, month_day in found:
        day = wanted[month_day]
        year = int(birthday[:4]) if birthday and birthday[:4].isdigit() else None
        age = None if year is None or year > day.year else day.year - year
        rows.append(BirthdayRow(ContactId(contact_id), name, day, age, kind))
    rows.sort(key=lambda row: (row.day, row.name.casefold(), row.contact_id))
    return rows
