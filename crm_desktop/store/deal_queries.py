"""Reading deals, their contacts, history, stages and sources by plain SQL (stdlib only).

Rows go back as tuples or dicts of stored values (minor units, ISO date text, UTC time text);
``services.deals`` turns them into records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Deal columns, in the order ``deal_rows`` returns them.
DEAL_COLUMNS = (
    "id", "title", "account_id", "account_name", "stage_id", "stage", "amount_minor",
    "currency", "probability", "probability_manual", "close_date", "source", "next_step",
    "description", "status", "closed_on", "close_reason", "competitor_id", "competitor_name",
    "stage_since", "created_at", "updated_at", "deleted_at", "origin_contact_id",
)  # fmt: skip

_SELECT = (
    "SELECT d.id, d.title, d.account_id, a.name, d.stage_id, s.name, d.amount_minor, "
    "d.currency, d.probability, d.probability_manual, d.close_date, d.source, d.next_step, "
    "d.description, d.status, d.closed_on, d.close_reason, d.competitor_id, "
    "coalesce(c.name, ''), d.stage_since, d.created_at, d.updated_at, d.deleted_at, "
    "d.origin_contact_id "
    "FROM deals d JOIN accounts a ON a.id = d.account_id "
    "JOIN deal_stages s ON s.id = d.stage_id LEFT JOIN accounts c ON c.id = d.competitor_id "
)

# Sort expressions by the name ``services.deals.DealSort`` gives them.
_ORDER = {
    "title": "crm_fold(d.title)",
    "account": "a.sort_key",
    "stage": "s.position",
    "amount": "d.currency, d.amount_minor",
    "probability": "d.probability",
    "close_date": "d.close_date IS NULL, d.close_date",
    "status": "d.status",
    "updated": "d.updated_at",
}


@dataclass(frozen=True, slots=True)
class DealWhere:
    """The conditions of a deal list, in stored form (minor units per currency are not
    comparable across currencies, so amounts bound the amount in each deal's own units)."""

    status: str | None = None
    stage: str | None = None
    account_id: int | None = None
    contact_id: int | None = None
    close_from: str | None = None
    close_to: str | None = None
    account_category: str | None = None
    min_amount: str | None = None  # a decimal text
    max_amount: str | None = None
    trashed: bool = False
    ids: tuple[int, ...] | None = None


# A deal outside the Trash whose account is outside it too (SQL on ``deals d``; the accounts
# in the Trash are read once, not per deal).
LIVE_DEAL = (
    "d.deleted_at IS NULL AND d.account_id NOT IN (SELECT id FROM accounts "
    "WHERE deleted_at IS NOT NULL)"
)


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _digits_case() -> str:
    """The currency's decimal places, as SQL (for comparing amounts across currencies)."""
    return (
        "(CASE WHEN d.currency IN ('BIF','CLP','DJF','GNF','ISK','JPY','KMF','KRW','PYG','RWF',"
        "'UGX','UYI','VND','VUV','XAF','XOF','XPF') THEN 1 "
        "WHEN d.currency IN ('BHD','IQD','JOD','KWD','LYD','OMR','TND') THEN 1000 "
        "WHEN d.currency IN ('CLF','UYW') THEN 10000 ELSE 100 END)"
    )


def _where(where: DealWhere) -> tuple[str, list[object]]:
    # Outside the Trash: neither the deal nor its account in it (an account's deals leave
    # with it and come back when it is restored).
    clauses = [
        "d.deleted_at IS NOT NULL"
        if where.trashed
        else "d.deleted_at IS NULL AND a.deleted_at IS NULL"
    ]
    params: list[object] = []
    if where.status is not None:
        clauses.append("d.status = ?")
        params.append(where.status)
    if where.stage is not None:
        clauses.append("s.name = ?")
        params.append(where.stage)
    if where.account_id is not None:
        clauses.append("d.account_id = ?")
        params.append(where.account_id)
    if where.contact_id is not None:
        clauses.append("d.id IN (SELECT deal_id FROM deal_contacts WHERE contact_id = ?)")
        params.append(where.contact_id)
    if where.close_from is not None:
        clauses.append("d.close_date >= ?")
        params.append(where.close_from)
    if where.close_to is not None:
        clauses.append("d.close_date <= ?")
        params.append(where.close_to)
    if where.account_category is not None:
        clauses.append(
            "d.account_id IN (SELECT l.account_id FROM account_categories l "
            "JOIN categories g ON g.id = l.category_id WHERE g.name = ?)"
        )
        params.append(where.account_category)
    if where.min_amount is not None:
        clauses.append(f"d.amount_minor >= CAST(? AS REAL) * {_digits_case()}")
        params.append(where.min_amount)
    if where.max_amount is not None:
        clauses.append(f"d.amount_minor <= CAST(? AS REAL) * {_digits_case()}")
        params.append(where.max_amount)
    if where.ids is not None:
        clauses.append(f"d.id IN ({_marks(len(where.ids))})")
        params.extend(where.ids)
    return " AND ".join(clauses), params


def deal_id_list(
    connection: sqlite3.Connection, where: DealWhere, sort: str, descending: bool
) -> list[int]:
    """The ids of the deals matching ``where``, ordered by ``sort`` (then id)."""
    clause, params = _where(where)
    return [
        int(row[0])
        for row in connection.execute(
            "SELECT d.id FROM deals d JOIN accounts a ON a.id = d.account_id "
            f"JOIN deal_stages s ON s.id = d.stage_id WHERE {clause} "
            f"ORDER BY {_order(sort, descending)}",
            params,
        )
    ]


def _order(sort: str, descending: bool) -> str:
    direction = " DESC" if descending else ""
    return ", ".join(f"{part}{direction}" for part in _ORDER[sort].split(", ")) + ", d.id"


def deals_before(connection: sqlite3.Connection, where: DealWhere, deal_id: int) -> int | None:
    """How many of the deals matching ``where`` come before ``deal_id`` in close-date order
    (``deal_id_list``'s "close_date", ascending): its row there; None when ``where`` leaves
    it out. One count, no sort (the board puts a dragged card in its place with it)."""
    clause, params = _where(where)
    select = (
        "FROM deals d JOIN accounts a ON a.id = d.account_id "
        f"JOIN deal_stages s ON s.id = d.stage_id WHERE {clause}"
    )
    if connection.execute(f"SELECT 1 {select} AND d.id = ?", [*params, deal_id]).fetchone() is None:
        return None
    row = connection.execute(
        f"SELECT count(*) {select} AND (d.close_date IS NULL, coalesce(d.close_date, ''), d.id) "
        "< (SELECT x.close_date IS NULL, coalesce(x.close_date, ''), x.id FROM deals x "
        "WHERE x.id = ?)",
        [*params, deal_id],
    ).fetchone()
    return int(row[0])


def deals_matching(
    connection: sqlite3.Connection, where: DealWhere, sort: str, descending: bool
) -> tuple[list[tuple[Any, ...]], list[tuple[int, int, str, str]]]:
    """The rows (``DEAL_COLUMNS``) of the deals matching ``where`` in ``sort`` order, and
    their contacts (as ``deal_contact_rows``): two queries, whatever their number (the
    board's 10,000 open deals)."""
    clause, params = _where(where)
    rows = [
        tuple(row)
        for row in connection.execute(
            f"{_SELECT} WHERE {clause} ORDER BY {_order(sort, descending)}", params
        )
    ]
    contacts = [
        (int(r[0]), int(r[1]), str(r[2]), str(r[3]))
        for r in connection.execute(
            "SELECT l.deal_id, l.contact_id, c.formatted_name, l.role FROM deal_contacts l "
            "JOIN contacts c ON c.id = l.contact_id WHERE l.deal_id IN (SELECT d.id FROM deals d "
            "JOIN accounts a ON a.id = d.account_id JOIN deal_stages s ON s.id = d.stage_id "
            f"WHERE {clause}) ORDER BY l.deal_id, l.position, l.contact_id",
            params,
        )
    ]
    return rows, contacts


def deal_rows(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The deals with these ids (in or out of the Trash), by id; rows as ``DEAL_COLUMNS``."""
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for row in connection.execute(f"{_SELECT} WHERE d.id IN ({_marks(len(chunk))})", chunk):
            found[int(row[0])] = tuple(row)
    return found


def deal_contact_rows(
    connection: sqlite3.Connection, ids: Sequence[int]
) -> list[tuple[int, int, str, str]]:
    """(deal id, contact id, contact's name, role) of these deals' contacts, in their order."""
    rows: list[tuple[int, int, str, str]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rows += [
            (int(r[0]), int(r[1]), str(r[2]), str(r[3]))
            for r in connection.execute(
                "SELECT l.deal_id, l.contact_id, c.formatted_name, l.role FROM deal_contacts l "
                f"JOIN contacts c ON c.id = l.contact_id WHERE l.deal_id IN ({_marks(len(chunk))})"
                " ORDER BY l.deal_id, l.position, l.contact_id",
                chunk,
            )
        ]
    return rows


def stage_change_rows(connection: sqlite3.Connection, deal_id: int) -> list[tuple[Any, ...]]:
    """(changed_at, from_stage, to_stage, status, amount_minor, currency, probability) of a
    deal's history, oldest first."""
    return [
        tuple(row)
        for row in connection.execute(
            "SELECT changed_at, from_stage, to_stage, status, amount_minor, currency, probability"
            " FROM deal_stage_changes WHERE deal_id = ? ORDER BY changed_at, id",
            (deal_id,),
        )
    ]


def stage_rows(connection: sqlite3.Connection) -> list[tuple[int, str, int, int]]:
    """(id, name, probability, position) of the stages, in order."""
    return [
        (int(r[0]), str(r[1]), int(r[2]), int(r[3]))
        for r in connection.execute(
            "SELECT id, name, probability, position FROM deal_stages ORDER BY position, id"
        )
    ]


def source_names(connection: sqlite3.Connection) -> list[str]:
    return [
        str(r[0]) for r in connection.execute("SELECT name FROM deal_sources ORDER BY position, id")
    ]


def deal_totals(
    connection: sqlite3.Connection, *, account_id: int | None, contact_id: int | None
) -> tuple[list[int], list[tuple[str, str, int, int]]]:
    """An account's or a contact's deals outside the Trash: the open ones' ids (by close
    date), and (status, currency, count, Σ minor units) per status and currency."""
    param: int | None
    if account_id is not None:
        clause, param = "d.account_id = ?", account_id
    else:
        clause = "d.id IN (SELECT deal_id FROM deal_contacts WHERE contact_id = ?)"
        param = contact_id
    open_ids = [
        int(r[0])
        for r in connection.execute(
            f"SELECT d.id FROM deals d WHERE {clause} AND {LIVE_DEAL} "
            "AND d.status = 'open' ORDER BY d.close_date IS NULL, d.close_date, d.id",
            (param,),
        )
    ]
    sums = [
        (str(r[0]), str(r[1]), int(r[2]), int(r[3]))
        for r in connection.execute(
            "SELECT d.status, d.currency, count(*), sum(d.amount_minor) FROM deals d "
            f"WHERE {clause} AND {LIVE_DEAL} GROUP BY d.status, d.currency "
            "ORDER BY d.currency",
            (param,),
        )
    ]
    return open_ids, sums


def next_activity_rows(
    connection: sqlite3.Connection, deal_ids: Sequence[int]
) -> list[tuple[int, int, str, str, str | None]]:
    """(deal id, activity id, kind, subject, start or due time) of each deal's next open
    activity outside the Trash (the earliest; one without a time after those with one)."""
    rows: list[tuple[int, int, str, str, str | None]] = []
    for start in range(0, len(deal_ids), 500):
        chunk = list(deal_ids[start : start + 500])
        for r in connection.execute(
            "SELECT deal_id, id, kind, subject, at FROM ("
            " SELECT l.deal_id, a.id, a.kind, a.subject, coalesce(a.start_at, a.due_at) AS at,"
            " row_number() OVER (PARTITION BY l.deal_id ORDER BY"
            "  coalesce(a.start_at, a.due_at) IS NULL, coalesce(a.start_at, a.due_at), a.id) AS n"
            " FROM deal_activities l JOIN activities a ON a.id = l.activity_id"
            f" WHERE l.deal_id IN ({_marks(len(chunk))}) AND a.status = 'open'"
            " AND a.deleted_at IS NULL) WHERE n = 1",
            chunk,
        ):
            rows.append((int(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4]))
    return rows


def deal_activity_rows(
    connection: sqlite3.Connection, deal_id: int
) -> list[tuple[int, str, str, str | None]]:
    """(id, kind, subject, time) of the activities linked to a deal, outside the Trash; the
    time is when it was done, else when it is planned, else when it was written down."""
    return [
        (int(r[0]), str(r[1]), str(r[2]), r[3])
        for r in connection.execute(
            "SELECT a.id, a.kind, a.subject, "
            "coalesce(a.completed_at, a.start_at, a.due_at, a.created_at) "
            "FROM deal_activities l JOIN activities a ON a.id = l.activity_id "
            "WHERE l.deal_id = ? AND a.deleted_at IS NULL",
            (deal_id,),
        )
    ]


def deal_note_rows(connection: sqlite3.Connection, deal_id: int) -> list[tuple[int, str, str]]:
    """(id, body, created_at) of the notes linked to a deal, outside the Trash."""
    return [
        (int(r[0]), str(r[1]), str(r[2]))
        for r in connection.execute(
            "SELECT n.id, n.body, n.created_at FROM deal_notes l JOIN notes n ON n.id = l.note_id"
            " WHERE l.deal_id = ? AND n.deleted_at IS NULL",
            (deal_id,),
        )
    ]


def accounts_in_category(connection: sqlite3.Connection, category: str) -> list[tuple[int, str]]:
    """(id, name) of the accounts outside the Trash in the category ``category``, by name."""
    return [
        (int(r[0]), str(r[1]))
        for r in connection.execute(
            "SELECT a.id, a.name FROM accounts a JOIN account_categories l ON l.account_id = a.id"
            " JOIN categories g ON g.id = l.category_id WHERE g.name = ? AND a.deleted_at IS NULL"
            " ORDER BY a.sort_key, a.id",
            (category,),
        )
    ]


def linked_deals(
    connection: sqlite3.Connection, table: str, column: str, ids: Sequence[int]
) -> list[tuple[int, int]]:
    """(activity or note id, deal id) of these activities or notes linked to a deal."""
    assert (table, column) in (("deal_activities", "activity_id"), ("deal_notes", "note_id"))
    rows: list[tuple[int, int]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rows += [
            (int(r[0]), int(r[1]))
            for r in connection.execute(
                f"SELECT {column}, deal_id FROM {table} WHERE {column} IN ({_marks(len(chunk))})",
                chunk,
            )
        ]
    return rows


def open_deal_titles(
    connection: sqlite3.Connection, *, contact_id: int | None, account_id: int | None
) -> list[tuple[int, str]]:
    """(id, title) of the open deals outside the Trash an activity or a note about this
    contact (those it is on, and those of the accounts it works at) or this account can be
    about, by expected close date (none last)."""
    if contact_id is not None:
        clause = (
            "(d.id IN (SELECT deal_id FROM deal_contacts WHERE contact_id = ?) OR d.account_id "
            "IN (SELECT account_id FROM contact_accounts WHERE contact_id = ?))"
        )
        params: tuple[int, ...] = (contact_id, contact_id)
    elif account_id is not None:
        clause, params = "d.account_id = ?", (account_id,)
    else:
        return []
    return [
        (int(r[0]), str(r[1]))
        for r in connection.execute(
            f"SELECT d.id, d.title FROM deals d WHERE {clause} AND d.status = 'open' AND "
            f"{LIVE_DEAL} ORDER BY d.close_date IS NULL, d.close_date, d.id",
            params,
        )
    ]
