"""times and dates in the years 1000 to 9998: unpadded years padded, the others set aside

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 10:00:00

Versions before this one wrote a time before the year 1000 with its year unpadded
(``226-12-03T09:00:00.000000Z``), which no reader takes, and took times in the year 9999,
which cannot be shown east of UTC, and birthdays such as ``0226-12-03``. This revision
leaves every stored time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` from 1000-01-01 up to
9999-01-01 (UTC), and every birthday and anniversary a partial date in those years:

- a time that is readable once its year is padded (or its form made ours) and in those
  years is rewritten so; nothing else changes;
- an activity's start, due, done or reminder time that is not: cleared, and the text as it
  was stored added to the end of the activity's details, where the user sees it and can set
  the right time (an open one then shows without a time: nothing is hidden);
- a contact's last contact and next activity (kept from its activities): computed again;
- a created, changed, put-in-the-Trash or decided time (our own clock's, never typed): the
  time of this upgrade (what is in the Trash stays in it);
- a birthday or anniversary that is not a date in those years (``0226-12-03``, ``0000``):
  cleared, and kept as written in a custom field "Birthday" or "Anniversary" (shown on the
  contact, exported, searchable), as a CSV import keeps a date it cannot read.

The database was backed up before the upgrade (``backups/...-before-upgrade-0004``), so the
rows as they were can be read there too. Self-contained: this file must do the same thing
whatever later versions change in the package.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime

from alembic import op
from sqlalchemy import Connection

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

FIRST_YEAR = 1000
LAST_YEAR = 9998
_EARLIEST = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
_END = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)

# Every time column at revision 0004; activities first (their triggers recompute contacts).
TIME_COLUMNS = {
    "activities": (
        "start_at", "due_at", "completed_at", "reminder_at",
        "created_at", "updated_at", "deleted_at",
    ),
    "contacts": ("last_contact_at", "next_activity_at", "created_at", "updated_at", "deleted_at"),
    "accounts": ("created_at", "updated_at", "deleted_at"),
    "notes": ("created_at", "updated_at", "deleted_at"),
    "not_duplicate_contacts": ("decided_at",),
    "not_duplicate_accounts": ("decided_at",),
    "possible_duplicates": ("created_at",),
}  # fmt: skip
# Times the user set: set aside in the details, never replaced by a guess.
_USERS_TIMES = {
    "start_at": "start",
    "due_at": "due",
    "completed_at": "done",
    "reminder_at": "reminder",
}
_DERIVED = ("last_contact_at", "next_activity_at")
_RECOMPUTE = """
    UPDATE contacts SET
        last_contact_at = (
            SELECT max(a.completed_at) FROM activity_contacts ac
            CROSS JOIN activities a ON a.id = ac.activity_id
            WHERE ac.contact_id = contacts.id AND a.status = 'done' AND a.deleted_at IS NULL),
        next_activity_at = (
            SELECT min(coalesce(a.start_at, a.due_at)) FROM activity_contacts ac
            CROSS JOIN activities a ON a.id = ac.activity_id
            WHERE ac.contact_id = contacts.id AND a.status = 'open' AND a.deleted_at IS NULL)
    WHERE id = ?
"""
_UNPADDED_YEAR = re.compile(r"(\d{1,3})(-.*)", re.DOTALL)
_PARTIAL_LABELS = {"birthday": "Birthday", "anniversary": "Anniversary"}


def _text(moment: datetime) -> str:
    t = moment.astimezone(UTC)
    return (
        f"{t.year:04d}-{t.month:02d}-{t.day:02d}T"
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}.{t.microsecond:06d}Z"
    )


def _sound_sql(column: str) -> str:
    c = column
    return (
        f"({c} >= '{_text(_EARLIEST)}' AND {c} < '{_text(_END)}' AND length({c}) = 27 "
        f"AND substr({c}, 11, 1) = 'T' AND substr({c}, 20, 1) = '.' AND substr({c}, 27) = 'Z' "
        f"AND trim(substr({c}, 21, 6), '0123456789') = '' "
        f"AND datetime(substr({c}, 1, 19), '+0 days') IS substr({c}, 1, 10) || ' ' || "
        f"substr({c}, 12, 8))"
    )


def repaired_time(value: object) -> str | None:
    """The stored form of the time ``value`` holds, if it holds one in the years kept (a
    time without an offset is UTC, as every stored time is); else None."""
    text = str(value).strip()
    unpadded = _UNPADDED_YEAR.fullmatch(text)
    if unpadded:
        text = f"{int(unpadded.group(1)):04d}{unpadded.group(2)}"
    try:
        moment = datetime.fromisoformat(text)
        if moment.utcoffset() is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return _text(moment) if _EARLIEST <= moment < _END else None


def repaired_partial_date(value: object) -> str | None:
    """``value`` as a partial date (1980-04-15, --04-15, 1980-04, 1980) in the years kept,
    from the forms the app has always taken; else None."""
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            day = date(*(int(part) for part in match.groups()))
            return text if FIRST_YEAR <= day.year <= LAST_YEAR else None
        if match := re.fullmatch(r"--(\d{2})-?(\d{2})", text):
            day = date(2000, int(match.group(1)), int(match.group(2)))  # 29 February too
            return f"--{day.month:02d}-{day.day:02d}"
    except ValueError:
        return None
    if match := re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text):
        month = int(match.group(2) or 1)
        return text if FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR and 1 <= month <= 12 else None
    return None


def _month_day(value: str) -> int | None:
    if value.startswith("--"):
        return int(value[2:4]) * 100 + int(value[5:7])
    return int(value[5:7]) * 100 + int(value[8:10]) if len(value) == 10 else None


def _repair_times(connection: Connection, now: str) -> None:
    set_aside: dict[int, list[str]] = defaultdict(list)
    contacts: set[int] = set()
    for table, columns in TIME_COLUMNS.items():
        for column in columns:
            bad = connection.exec_driver_sql(
                f"SELECT rowid, {column} FROM {table} "
                f"WHERE {column} IS NOT NULL AND NOT {_sound_sql(column)}"
            ).fetchall()
            for rowid, value in bad:
                fixed = repaired_time(value)
                if fixed is None and table == "activities" and column in _USERS_TIMES:
                    set_aside[rowid].append(f"{_USERS_TIMES[column]} {value}")
                elif fixed is None and column in _DERIVED:
                    contacts.add(rowid)
                elif fixed is None:
                    fixed = now
                connection.exec_driver_sql(
                    f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (fixed, rowid)
                )
    for activity_id, lines in set_aside.items():
        note = (
            f"Set aside when the database was upgraded, not being a time in the years "
            f"{FIRST_YEAR} to {LAST_YEAR} (as stored, in UTC): " + "; ".join(lines)
        )
        connection.exec_driver_sql(
            "UPDATE activities SET details = CASE WHEN details = '' THEN ? "
            "ELSE details || char(10) || char(10) || ? END, updated_at = ? WHERE id = ?",
            (note, note, now, activity_id),
        )
    for contact_id in sorted(contacts):
        connection.exec_driver_sql(_RECOMPUTE, (contact_id,))


def _repair_partial_dates(connection: Connection, now: str) -> None:
    for column, label in _PARTIAL_LABELS.items():
        rows = connection.exec_driver_sql(
            f"SELECT id, {column} FROM contacts WHERE {column} IS NOT NULL"
        ).fetchall()
        for contact_id, value in rows:
            fixed = repaired_partial_date(value)
            if fixed == value:
                continue
            changes: dict[str, str | int | None] = {column: fixed}
            if column == "birthday":
                changes["birthday_md"] = None if fixed is None else _month_day(fixed)
            if fixed is None:
                _keep_as_custom_field(connection, contact_id, label, str(value).strip())
                changes["updated_at"] = now
            assignments = ", ".join(f"{name} = ?" for name in changes)
            connection.exec_driver_sql(
                f"UPDATE contacts SET {assignments} WHERE id = ?", (*changes.values(), contact_id)
            )


def _keep_as_custom_field(connection: Connection, contact_id: int, label: str, value: str) -> None:
    """A custom field after the contact's others, and its value at the end of the contact's
    search documents (where the app's own indexing puts the last custom field)."""
    position = connection.exec_driver_sql(
        "SELECT coalesce(max(position) + 1, 0) FROM custom_fields WHERE contact_id = ?",
        (contact_id,),
    ).scalar_one()
    connection.exec_driver_sql(
        "INSERT INTO custom_fields (contact_id, position, label, value) VALUES (?, ?, ?, ?)",
        (contact_id, position, label, value),
    )
    if not value:
        return
    for table in ("contact_fts", "contact_words"):
        connection.exec_driver_sql(
            f"UPDATE {table} SET doc = CASE WHEN doc = '' THEN crm_fold(?) "
            "ELSE doc || ' ' || crm_fold(?) END WHERE rowid = ?",
            (value, value, contact_id),
        )


def upgrade() -> None:
    connection = op.get_bind()
    now = _text(datetime.now(UTC))
    _repair_times(connection, now)
    _repair_partial_dates(connection, now)


def downgrade() -> None:
    """Nothing to undo: the rows repaired hold what 0004 reads too (the backup taken before
    the upgrade holds them as they were)."""
