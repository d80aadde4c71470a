"""The schedule's queries: activities by time, per contact and account, notes, reminders.

Plain SQL over a ``sqlite3.Connection`` (stdlib only), like ``contact_queries``. Times are
bound and returned as the stored UTC text (``utc_text``), which sorts in time order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from crm_desktop.store.folding import fold

_CHUNK = 5000  # ids per IN (...) list: SQLite caps the parameters of one statement

# (id, kind, subject, details, start, due, duration, location, priority, status, outcome,
#  completed, reminder, account id, account name, time zone, uid, created, updated, calendar kept,
#  direction, mail headers, recurrence, recurrence start, exdates, rdates, series id)
ActivityTuple = tuple[
    int, str, str, str, str | None, str | None, int | None, str, str, str, str,
    str | None, str | None, int | None, str, str, str, str, str, str, str, str,
    str, str | None, str, str, int | None,
]  # fmt: skip
_COLUMNS = (
    "a.id, a.kind, a.subject, a.details, a.start_at, a.due_at, a.duration_minutes, "
    "a.location, a.priority, a.status, a.outcome, a.completed_at, a.reminder_at, "
    "a.account_id, coalesce(g.name, ''), a.time_zone, coalesce(a.uid, ''), a.created_at, "
    "a.updated_at, a.calendar_kept, a.direction, a.mail_headers, a.recurrence, "
    "a.recurrence_start, a.recurrence_exdates, a.recurrence_rdates, a.series_id"
)
ROW_COLUMNS = _COLUMNS  # what a row is built from (``schedule_rows.activity_rows``)
_FROM = "FROM activities a LEFT JOIN accounts g ON g.id = a.account_id"


def _when(alias: str) -> str:
    """An activity's time: its start, else its due time, else when it was done; the
    expression of the index ix_activities_when (migration 0003), so SQLite uses it."""
    return f"coalesce({alias}.start_at, {alias}.due_at, {alias}.completed_at)"


def _marks(ids: Sequence[object]) -> str:
    return ", ".join("?" for _ in ids)


def _text_clauses(text: str) -> tuple[list[str], list[str]]:
    """Each word of ``text`` somewhere in an activity: its subject, details, place, outcome,
    account or one of its contacts' names (folded: accents and case aside)."""
    clauses: list[str] = []
    params: list[str] = []
    for word in text.split():
        escaped = fold(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append(
            "crm_fold(a.subject || ' ' || a.details || ' ' || a.location || ' ' || a.outcome "
            "|| ' ' || coalesce(g.name, '') || ' ' || coalesce((SELECT group_concat("
            "c.formatted_name, ' ') FROM activity_contacts ac JOIN contacts c ON c.id = "
            "ac.contact_id WHERE ac.activity_id = a.id), '')) LIKE ? ESCAPE '\\'"
        )
        params.append(f"%{escaped}%")
    return clauses, params


def _limit(limit: int | None) -> str:
    return "" if limit is None else f" LIMIT {int(limit)}"


def activities_by_id(connection: sqlite3.Connection, ids: Sequence[int]) -> list[ActivityTuple]:
    """These activities (in the Trash too), in the order asked; unknown ids left out."""
    found: dict[int, ActivityTuple] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        for row in connection.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE a.id IN ({_marks(chunk)})", chunk
        ):
            found[row[0]] = row
    return [found[i] for i in ids if i in found]


def activity_contacts(
    connection: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, list[tuple[int, str]]]:
    """activity id -> [(contact id, name)], in the order they were linked."""
    linked: dict[int, list[tuple[int, str]]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        for activity_id, contact_id, name in connection.execute(
            "SELECT ac.activity_id, c.id, c.formatted_name FROM activity_contacts ac "
            f"JOIN contacts c ON c.id = ac.contact_id WHERE ac.activity_id IN ({_marks(chunk)}) "
            "ORDER BY ac.rowid",
            chunk,
        ):
            linked.setdefault(activity_id, []).append((contact_id, name))
    return linked


def open_between(
    connection: sqlite3.Connection,
    after: str | None,
    before: str | None,
    limit: int | None,
    columns: str = _COLUMNS,
    text: str = "",
) -> list[ActivityTuple]:
    """Open activities (outside the Trash) whose time is in [after, before), by time; those
    without a time come last when neither bound is given. ``columns="a.id"``: ids only;
    ``text``: those holding each of its words (``_text_clauses``)."""
    clauses, params = _text_clauses(text)
    clauses += ["a.status = 'open'", "a.deleted_at IS NULL"]
    if after is not None:
        clauses.append(f"{_when('a')} >= ?")
        params.append(after)
    if before is not None:
        clauses.append(f"{_when('a')} < ?")
        params.append(before)
    order = f"{_when('a')} IS NULL, {_when('a')}, a.id"
    return connection.execute(
        f"SELECT {columns} {_FROM} WHERE {' AND '.join(clauses)} ORDER BY {order}{_limit(limit)}",
        params,
    ).fetchall()


def done_newest_first(
    connection: sqlite3.Connection, limit: int | None, columns: str = _COLUMNS, text: str = ""
) -> list[ActivityTuple]:
    clauses, params = _text_clauses(text)
    where = " ".join(f"{clause} AND" for clause in clauses)
    return connection.execute(
        f"SELECT {columns} {_FROM} WHERE {where} a.status = 'done' AND a.deleted_at IS NULL "
        f"ORDER BY a.completed_at DESC, a.id DESC{_limit(limit)}",
        params,
    ).fetchall()


def scheduled_between(
    connection: sqlite3.Connection, after: str, before: str
) -> list[ActivityTuple]:
    """Open and done activities (outside the Trash) whose time is in [after, before)."""
    return connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE a.status IN ('open', 'done') "
        f"AND a.deleted_at IS NULL AND {_when('a')} >= ? AND {_when('a')} < ? "
        f"ORDER BY {_when('a')}, a.id",
        (after, before),
    ).fetchall()


def open_series(connection: sqlite3.Connection, before: str) -> list[ActivityTuple]:
    """Open repeating activities (outside the Trash) whose next occurrence is before
    ``before``: those that may have occurrences in a range ending there."""
    return connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE a.status = 'open' AND a.deleted_at IS NULL "
        f"AND a.recurrence != '' AND {_when('a')} < ? ORDER BY a.id",
        (before,),
    ).fetchall()


def times_between(connection: sqlite3.Connection, after: str, before: str) -> list[str]:
    """The times of the open and done activities in [after, before) (calendar markers)."""
    return [
        row[0]
        for row in connection.execute(
            f"SELECT {_when('a')} FROM activities a WHERE a.status IN ('open', 'done') "
            f"AND a.deleted_at IS NULL AND {_when('a')} >= ? AND {_when('a')} < ?",
            (after, before),
        )
    ]


def reminders_between(
    connection: sqlite3.Connection, after: str, until: str
) -> list[ActivityTuple]:
    return connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE a.status = 'open' AND a.deleted_at IS NULL "
        "AND a.reminder_at > ? AND a.reminder_at <= ? ORDER BY a.reminder_at, a.id",
        (after, until),
    ).fetchall()


def account_member_ids(connection: sqlite3.Connection, account_id: int) -> list[int]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT contact_id FROM contact_accounts WHERE account_id = ?", (account_id,)
        )
    ]


def timeline_activities(
    connection: sqlite3.Connection,
    contact_ids: Sequence[int],
    account_id: int | None,
    kinds: Sequence[str] | None = None,
    limit: int | None = None,
) -> list[ActivityTuple]:
    """Activities (outside the Trash) with any of these contacts, or regarding the account
    (of these ``kinds``), newest first; the first ``limit`` only, sorted by SQLite (a
    contact's timeline of 5,000 opens with its first page)."""
    clauses = []
    params: list[int | str] = []
    if contact_ids:
        clauses.append(
            "a.id IN (SELECT activity_id FROM activity_contacts "
            f"WHERE contact_id IN ({_marks(contact_ids)}))"
        )
        params += contact_ids
    if account_id is not None:
        clauses.append("a.account_id = ?")
        params.append(account_id)
    if not clauses:
        return []
    of_kind = ""
    if kinds is not None:
        of_kind = f" AND a.kind IN ({_marks(kinds)})"
        params += kinds
    return connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE a.deleted_at IS NULL AND ({' OR '.join(clauses)})"
        f"{of_kind} ORDER BY coalesce(a.start_at, a.due_at, a.completed_at, a.created_at) DESC"
        f"{_limit(limit)}",
        params,
    ).fetchall()


# (id, body, pinned, created, updated, contact id, account id)
NoteTuple = tuple[int, str, int, str, str, int | None, int | None]
_NOTE_COLUMNS = "id, body, pinned, created_at, updated_at, contact_id, account_id"


def notes_by_id(connection: sqlite3.Connection, ids: Sequence[int]) -> list[NoteTuple]:
    found = {
        row[0]: row
        for row in connection.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id IN ({_marks(ids)})", list(ids)
        )
    }
    return [found[i] for i in ids if i in found]


def timeline_notes(
    connection: sqlite3.Connection,
    contact_ids: Sequence[int],
    account_id: int | None,
    limit: int | None = None,
) -> list[NoteTuple]:
    """Notes (outside the Trash): pinned first, then newest first; the first ``limit``."""
    clauses = []
    params: list[int] = []
    if contact_ids:
        clauses.append(f"contact_id IN ({_marks(contact_ids)})")
        params += contact_ids
    if account_id is not None:
        clauses.append("account_id = ?")
        params.append(account_id)
    if not clauses:
        return []
    return connection.execute(
        f"SELECT {_NOTE_COLUMNS} FROM notes WHERE deleted_at IS NULL AND ({' OR '.join(clauses)})"
        f" ORDER BY pinned DESC, created_at DESC{_limit(limit)}",
        params,
    ).fetchall()


def last_contacts(connection: sqlite3.Connection) -> list[tuple[int, str, int, str | None]]:
    """(id, name, days, last completed activity) of the contacts (outside the Trash) that
    have a keep-in-touch interval."""
    return connection.execute(
        "SELECT id, formatted_name, keep_in_touch_days, last_contact_at FROM contacts "
        "WHERE keep_in_touch_days IS NOT NULL AND deleted_at IS NULL"
    ).fetchall()


def birthdays_on(
    connection: sqlite3.Connection, month_days: Sequence[int]
) -> list[tuple[int, str, str, int]]:
    """(id, name, birthday, month * 100 + day) of the contacts (outside the Trash) born on
    these month-days."""
    return connection.execute(
        "SELECT id, formatted_name, birthday, birthday_md FROM contacts "
        f"WHERE deleted_at IS NULL AND birthday_md IN ({_marks(month_days)})",
        list(month_days),
    ).fetchall()


def anniversaries_on(
    connection: sqlite3.Connection, month_days: Sequence[int]
) -> list[tuple[int, str, str, int]]:
    """(id, name, anniversary, month * 100 + day) of the contacts (outside the Trash) whose
    anniversary (a partial date: YYYY-MM-DD or --MM-DD) falls on these month-days. Few
    contacts have one: read without an index of its own."""
    month_day = (
        "CAST(substr(anniversary, -5, 2) AS INTEGER) * 100 "
        "+ CAST(substr(anniversary, -2) AS INTEGER)"
    )
    return connection.execute(
        f"SELECT id, formatted_name, anniversary, {month_day} FROM contacts "
        "WHERE deleted_at IS NULL AND anniversary IS NOT NULL AND length(anniversary) >= 7 "
        f"AND {month_day} IN ({_marks(month_days)})",
        list(month_days),
    ).fetchall()


def first_emails(connection: sqlite3.Connection, contact_ids: Sequence[int]) -> dict[int, str]:
    """contact id -> their preferred (else first) email, for those that have one."""
    found: dict[int, str] = {}
    for start in range(0, len(contact_ids), _CHUNK):
        chunk = list(contact_ids[start : start + _CHUNK])
        for contact_id, value in connection.execute(
            f"SELECT contact_id, value FROM emails WHERE contact_id IN ({_marks(chunk)}) "
            "ORDER BY contact_id, preferred DESC, position",
            chunk,
        ):
            found.setdefault(contact_id, value)
    return found


def exported_activity_ids(
    connection: sqlite3.Connection, contact_ids: Sequence[int] | None
) -> list[int]:
    """The activities outside the Trash (of these contacts only, when given), by id."""
    if contact_ids is None:
        return [
            row[0]
            for row in connection.execute(
                "SELECT id FROM activities WHERE deleted_at IS NULL ORDER BY id"
            )
        ]
    found: set[int] = set()
    for start in range(0, len(contact_ids), _CHUNK):
        chunk = list(contact_ids[start : start + _CHUNK])
        found.update(
            row[0]
            for row in connection.execute(
                "SELECT ac.activity_id FROM activity_contacts ac "
                "CROSS JOIN activities a ON a.id = ac.activity_id "
                f"WHERE a.deleted_at IS NULL AND ac.contact_id IN ({_marks(chunk)})",
                chunk,
            )
        )
    return sorted(found)


def next_open_activity(connection: sqlite3.Connection, contact_id: int) -> ActivityTuple | None:
    """A contact's next open activity outside the Trash: the earliest planned (one without a
    time after those with one), or None."""
    found: ActivityTuple | None = connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE a.deleted_at IS NULL AND a.status = 'open' AND a.id IN"
        " (SELECT activity_id FROM activity_contacts WHERE contact_id = ?)"
        " ORDER BY coalesce(a.start_at, a.due_at) IS NULL, coalesce(a.start_at, a.due_at), a.id"
        " LIMIT 1",
        (contact_id,),
    ).fetchone()
    return found
