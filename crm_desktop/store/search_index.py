"""The contact search index: SQLite FTS5 over text we fold ourselves (stdlib only).

Two FTS5 tables hold the same folded document per contact (rowid = contact id):
``contact_fts`` (trigram tokenizer) finds any substring of three or more characters,
in names, e-mail addresses or phone digits alike; ``contact_words`` (unicode61 with
prefix indexes of 1 and 2 characters) finds the word prefixes of one or two characters
the trigram tokenizer cannot. Both are written in the same transaction as the contact.

Only contacts outside the Trash are indexed (trashing a contact removes its documents,
restoring it writes them again), so FTS5's own fast ``count(*)`` is the number of matches.

Everything here takes a plain ``sqlite3.Connection`` (under SQLAlchemy, the driver
connection of the same transaction), so read-only commands need no SQLAlchemy import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from crm_desktop.store.folding import fold, looks_like_phone, phone_digits

TRIGRAM_TABLE = "contact_fts"
WORDS_TABLE = "contact_words"
_SHORTEST_TRIGRAM_TERM = 3
_AUTOMERGE = 4  # FTS5's default: merge 4 segments of a level into one of the next
_BULK_AUTOMERGE = 16


def contact_document(
    *,
    formatted_name: str,
    prefix: str,
    given_name: str,
    additional_names: str,
    family_name: str,
    suffix: str,
    nickname: str,
    title: str,
    department: str,
    accounts: Iterable[str],
    emails: Iterable[str],
    phone_digits: Iterable[str],
    note: str,
    custom_values: Iterable[str],
) -> str:
    """THE search document of a contact: which of its texts search finds it by, folded,
    one space apart. Every writer (a new contact, an edit, a merge, ``reindex``) builds it
    here; a new searchable field is added here and in ``reindex``'s reads only."""
    parts = (
        formatted_name, prefix, given_name, additional_names, family_name, suffix, nickname,
        title, department, *accounts, *emails, *phone_digits, note, *custom_values,
    )  # fmt: skip
    # Folded part by part: the same text as folding the whole (folding works letter by
    # letter, and NFKD never reorders across the spaces), but an ASCII part (most notes,
    # e-mails, digits) takes ``fold``'s fast path and a short one (a name) its cache.
    return " ".join([part.lower() if part.isascii() else fold(part) for part in parts if part])


def insert_documents(connection: sqlite3.Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Index new contacts (that have no documents yet) as they are written: the bulk
    writer's fast path. Anything else calls ``reindex``."""
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        connection.executemany(f"INSERT INTO {table}(rowid, doc) VALUES (?, ?)", docs)


@contextmanager
def bulk_indexing(connection: sqlite3.Connection) -> Iterator[None]:
    """Index many contacts at once (an import), in the open transaction.

    FTS5 writes new documents as small segments and merges them as it goes; merging only
    every 16 segments of a level instead of every 4 rewrites the index fewer times (at
    100,000 contacts the two tables take ~3 s less CPU). The setting is FTS5's own and goes
    back to its default on the way out; what is indexed, and so every search, is the same
    (a few more segments are merged by later writes). Left on error: the rollback undoes it.
    """
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        _set_automerge(connection, table, _BULK_AUTOMERGE)
    yield
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        _set_automerge(connection, table, _AUTOMERGE)


def _set_automerge(connection: sqlite3.Connection, table: str, segments: int) -> None:
    connection.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)", (segments,))


def _delete_documents(connection: sqlite3.Connection, contact_ids: Sequence[int]) -> None:
    rows = [(contact_id,) for contact_id in contact_ids]
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        connection.executemany(f"DELETE FROM {table} WHERE rowid = ?", rows)


def write_documents(connection: sqlite3.Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Replace the documents of these contacts, built by the caller with
    ``contact_document`` (the merge, which holds every text already)."""
    _delete_documents(connection, [contact_id for contact_id, _ in docs])
    insert_documents(connection, docs)


_NAME_COLUMNS = (
    "formatted_name", "prefix", "given_name", "additional_names", "family_name", "suffix",
    "nickname", "title", "department", "note",
)  # fmt: skip
_CHUNK = 500  # ids per IN (...) list: SQLite caps the bound parameters of one statement


def _texts(connection: sqlite3.Connection, sql: str, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for contact_id, text in connection.execute(sql, ids):
        found.setdefault(contact_id, []).append(text)
    return found


def reindex(connection: sqlite3.Connection, contact_ids: Iterable[int]) -> None:
    """Make the index say what is stored for these contacts, in the open transaction:
    a contact outside the Trash gets its document (re)written from its rows, one trashed or
    deleted has none. Every write path that changes what a contact is searched by calls it
    (edits, Trash, restore, emptying the Trash, renaming an account)."""
    ids = list(dict.fromkeys(contact_ids))
    _delete_documents(connection, ids)
    docs: list[tuple[int, str]] = []
    columns = ", ".join(_NAME_COLUMNS)
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(part))
        rows = connection.execute(
            f"SELECT id, {columns} FROM contacts WHERE id IN ({marks}) AND deleted_at IS NULL",
            part,
        ).fetchall()
        if not rows:
            continue
        order = f"WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"
        accounts = _texts(
            connection,
            "SELECT link.contact_id, accounts.name FROM contact_accounts AS link "
            f"JOIN accounts ON accounts.id = link.account_id WHERE link.contact_id IN ({marks}) "
            "ORDER BY link.contact_id, link.position",
            part,
        )
        emails = _texts(connection, f"SELECT contact_id, value FROM emails {order}", part)
        phones = _texts(connection, f"SELECT contact_id, digits FROM phones {order}", part)
        custom = _texts(connection, f"SELECT contact_id, value FROM custom_fields {order}", part)
        for cid, name, prefix, given, additional, family, suffix, nick, title, dept, note in rows:
            docs.append(
                (
                    cid,
                    contact_document(
                        formatted_name=name, prefix=prefix, given_name=given,
                        additional_names=additional, family_name=family, suffix=suffix,
                        nickname=nick, title=title, department=dept,
                        accounts=accounts.get(cid, ()), emails=emails.get(cid, ()),
                        phone_digits=phones.get(cid, ()), note=note,
                        custom_values=custom.get(cid, ()),
                    ),
                )
            )  # fmt: skip
    insert_documents(connection, docs)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_queries(query: str) -> tuple[str, str]:
    """The MATCH expressions (trigram, words) for what the user typed; either may be empty.

    Every whitespace-separated term must match; a query that is a phone number ("+30 (210)
    555-01") is one term, matched by its digits. Terms of 3+ characters match anywhere
    (substring); shorter ones match the start of a word.
    """
    long_terms: list[str] = []
    short_terms: list[str] = []
    terms = [query] if looks_like_phone(query) else query.split()
    for raw in terms:
        term = phone_digits(raw) if looks_like_phone(raw) else fold(raw)
        if not term:
            continue
        if len(term) >= _SHORTEST_TRIGRAM_TERM:
            long_terms.append(_quoted(term))
        else:
            short_terms.append(_quoted(term) + "*")
    return " AND ".join(long_terms), " AND ".join(short_terms)


def match_sql(query: str) -> tuple[str, dict[str, str]] | None:
    """``SELECT rowid ...`` of the contacts matching ``query``, and its parameters; None if
    the query has no terms."""
    trigram, words = fts_queries(query)
    parts: list[str] = []
    params: dict[str, str] = {}
    if trigram:
        parts.append(f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :trigram")
        params["trigram"] = trigram
    if words:
        parts.append(f"SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :words")
        params["words"] = words
    if not parts:
        return None
    return " INTERSECT ".join(parts), params


def count_matches(connection: sqlite3.Connection, query: str) -> int | None:
    """How many indexed (not trashed) contacts match ``query``; None when it has no terms.

    A query on one table uses FTS5's own ``count(*)``, which never materializes the rows.
    """
    match = match_sql(query)
    if match is None:
        return None
    sql, params = match
    if " INTERSECT " in sql:
        sql = f"SELECT count(*) FROM ({sql})"
    else:
        sql = sql.replace("SELECT rowid FROM", "SELECT count(*) FROM", 1)
    return int(connection.execute(sql, params).fetchone()[0])


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """FTS5's own consistency check of both tables; empty when they are sound."""
    problems: list[str] = []
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        try:
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:  # the check reports through SQLITE_CORRUPT
            problems.append(f"search index {table}: {exc}")
    return problems
