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
from collections.abc import Iterable, Sequence

from crm_desktop.store.folding import fold, looks_like_phone, phone_digits

TRIGRAM_TABLE = "contact_fts"
WORDS_TABLE = "contact_words"
_SHORTEST_TRIGRAM_TERM = 3


def document(parts: Iterable[str]) -> str:
    """The indexed form of a contact: its searchable texts, folded, one space apart."""
    return fold(" ".join(part for part in parts if part))


def insert_documents(connection: sqlite3.Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Index contacts that have no documents yet (new ones, or restored from the Trash)."""
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        connection.executemany(f"INSERT INTO {table}(rowid, doc) VALUES (?, ?)", docs)


def delete_documents(connection: sqlite3.Connection, contact_ids: Sequence[int]) -> None:
    """Take contacts out of the index (trashed or deleted)."""
    rows = [(contact_id,) for contact_id in contact_ids]
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        connection.executemany(f"DELETE FROM {table} WHERE rowid = ?", rows)


def write_documents(connection: sqlite3.Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Replace the documents of these contacts (after an edit)."""
    delete_documents(connection, [contact_id for contact_id, _ in docs])
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
