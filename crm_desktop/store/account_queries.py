"""The accounts list and an account's card, by plain SQL (stdlib only)."""

from __future__ import annotations

import sqlite3

from crm_desktop.store.folding import fold
from crm_desktop.store.search_history import history_accounts_sql
from crm_desktop.store.search_index import category_names, match_sql

_SHORTEST_TRIGRAM_TERM = 3

AccountListRow = tuple[int, str, str, str, str, int]


def account_list(
    connection: sqlite3.Connection, query: str = "", trashed: bool = False
) -> list[AccountListRow]:
    """(id, name, website, first phone, first email, contacts) of the accounts outside the
    Trash (or in it) that hold every word of ``query`` somewhere: their name, website,
    industry or note, one of their contacts (anything search finds a contact by), or one of
    their own activities and notes; in name order."""
    clauses = ["a.deleted_at IS NOT NULL" if trashed else "a.deleted_at IS NULL"]
    params: list[str] = []
    names = category_names(connection)
    for term in query.split():
        pattern = (
            "%" + fold(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        own = (
            "(a.name_fold LIKE ? ESCAPE '\\' OR crm_fold(a.website || ' ' || a.industry || ' ' "
            "|| a.note) LIKE ? ESCAPE '\\'"
        )
        params += [pattern, pattern]
        match = match_sql(term, names)
        if match is not None:
            sql, named = match
            expression = next(iter(named.values()))
            own += (
                " OR a.id IN (SELECT l.account_id FROM contact_accounts l "
                "JOIN contacts lc ON lc.id = l.contact_id "
                f"WHERE lc.deleted_at IS NULL AND l.contact_id IN ({sql.replace(':t0', '?')}))"
            )
            params += [expression] * sql.count(":t0")
            if len(fold(term)) >= _SHORTEST_TRIGRAM_TERM:
                own += f" OR a.id IN ({history_accounts_sql('?')})"
                params += [expression, expression]
        clauses.append(own + ")")
    return [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3] or ""), str(r[4] or ""), int(r[5]))
        for r in connection.execute(
            "SELECT a.id, a.name, a.website, "
            "(SELECT value FROM phones WHERE account_id = a.id ORDER BY position LIMIT 1), "
            "(SELECT value FROM emails WHERE account_id = a.id ORDER BY position LIMIT 1), "
            "(SELECT count(*) FROM contact_accounts l JOIN contacts c ON c.id = l.contact_id "
            " WHERE l.account_id = a.id AND c.deleted_at IS NULL) "
            f"FROM accounts a WHERE {' AND '.join(clauses)} ORDER BY a.sort_key, a.id",
            params,
        )
    ]


def account_contact_ids(connection: sqlite3.Connection, account_id: int) -> list[int]:
    """The contacts (outside the Trash) linked to an account, in name order."""
    return [
        int(row[0])
        for row in connection.execute(
            "SELECT c.id FROM contact_accounts l JOIN contacts c ON c.id = l.contact_id "
            "WHERE l.account_id = ? AND c.deleted_at IS NULL ORDER BY c.sort_key, c.id",
            (account_id,),
        )
    ]


def account_details(connection: sqlite3.Connection, account_id: int) -> dict[str, object] | None:
    """An account's own fields and its phones, emails, addresses, web pages (rows as dicts)
    and its categories' names."""
    previous = connection.row_factory
    connection.row_factory = sqlite3.Row
    try:
        account = connection.execute(
            "SELECT * FROM accounts WHERE id = ?", (account_id,)
        ).fetchone()
        if account is None:
            return None
        details: dict[str, object] = {"account": dict(account)}
        for table in ("phones", "emails", "addresses", "urls"):
            details[table] = [
                dict(row)
                for row in connection.execute(
                    f"SELECT * FROM {table} WHERE account_id = ? ORDER BY position, id",
                    (account_id,),
                )
            ]
        details["categories"] = [
            str(row[0])
            for row in connection.execute(
                "SELECT c.name FROM account_categories l JOIN categories c ON c.id = "
                "l.category_id WHERE l.account_id = ? ORDER BY c.position, c.id",
                (account_id,),
            )
        ]
        return details
    finally:
        connection.row_factory = previous


def account_names(connection: sqlite3.Connection) -> list[str]:
    """The names of the accounts outside the Trash, in sort-key order."""
    return [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM accounts WHERE deleted_at IS NULL ORDER BY sort_key, id"
        )
    ]


def accounts_named(connection: sqlite3.Connection, name: str) -> list[int]:
    """The accounts outside the Trash whose name is ``name`` (case and accents aside)."""
    return [
        int(row[0])
        for row in connection.execute(
            "SELECT id FROM accounts WHERE name_fold = ? AND deleted_at IS NULL",
            (fold(name.strip()),),
        )
    ]
