"""The contact search index: SQLite FTS5 over text we fold ourselves.

Only contacts outside the Trash are indexed (trashing a contact removes its documents,
restoring it writes them again), so FTS5's own fast ``count(*)`` is the number of matches.

Two FTS5 tables hold the same folded document per contact (rowid = contact id):
``contact_fts`` (trigram tokenizer) finds any substring of three or more characters,
in names, e-mail addresses or phone digits alike; ``contact_words`` (unicode61 with
prefix indexes of 1 and 2 characters) finds the word prefixes of one or two characters
the trigram tokenizer cannot. Both are written in the same transaction as the contact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Integer, Select, bindparam, column, select, text
from sqlalchemy.exc import DBAPIError

from crm_desktop.store.folding import fold, looks_like_phone, phone_digits

TRIGRAM_TABLE = "contact_fts"
WORDS_TABLE = "contact_words"
_SHORTEST_TRIGRAM_TERM = 3


def document(parts: Iterable[str]) -> str:
    """The indexed form of a contact: its searchable texts, folded, one space apart."""
    return fold(" ".join(part for part in parts if part))


def write_documents(connection: Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Insert or replace the documents of these contacts in both tables."""
    if not docs:
        return
    delete_documents(connection, [contact_id for contact_id, _ in docs])
    insert_documents(connection, docs)


def insert_documents(connection: Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Insert documents of contacts that have none yet (bulk import)."""
    if not docs:
        return
    dbapi = connection.connection.driver_connection
    assert dbapi is not None
    dbapi.executemany(f"INSERT INTO {TRIGRAM_TABLE}(rowid, doc) VALUES (?, ?)", docs)
    dbapi.executemany(f"INSERT INTO {WORDS_TABLE}(rowid, doc) VALUES (?, ?)", docs)


def delete_documents(connection: Connection, contact_ids: Sequence[int]) -> None:
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        connection.execute(
            text(f"DELETE FROM {table} WHERE rowid IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": list(contact_ids)},
        )


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_queries(query: str) -> tuple[str, str]:
    """The MATCH expressions (trigram, words) for what the user typed; either may be empty.

    Every whitespace-separated term must match. A phone-like term matches by its digits.
    Terms of 3+ characters match anywhere (substring); shorter ones match word starts.
    """
    long_terms: list[str] = []
    short_terms: list[str] = []
    # "+30 (210) 555-01" is one phone number however many spaces it has.
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


def _match_sql(query: str) -> tuple[str, dict[str, str]] | None:
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


def matching_contact_ids(query: str) -> Select[int] | None:
    """A SELECT of the ids of contacts whose document matches ``query``; None for no terms."""
    match = _match_sql(query)
    if match is None:
        return None
    sql, params = match
    matches = (text(sql).bindparams(**params).columns(column("rowid", Integer))).subquery("matches")
    return select(matches.c.rowid)


def count_matches(connection: Connection, query: str) -> int | None:
    """How many indexed (not trashed) contacts match ``query``; None when it has no terms.

    A query on one table uses FTS5's own ``count(*)``, which never materializes the rows.
    """
    match = _match_sql(query)
    if match is None:
        return None
    sql, params = match
    if " INTERSECT " not in sql:
        sql = sql.replace("SELECT rowid FROM", "SELECT count(*) FROM", 1)
    else:
        sql = f"SELECT count(*) FROM ({sql})"
    return int(connection.execute(text(sql), params).scalar_one())


def page_by_sort_key(
    connection: Connection,
    query: str,
    *,
    limit: int,
    offset: int,
    descending: bool,
    many: bool,
) -> list[int]:
    """Matching contact ids in name order, one page of them.

    With ``many`` matches, walking the sort-key index and stopping after the page beats
    sorting every match (7 ms against 36-54 ms for 70,000 matches at 100,000 contacts);
    with few, sorting the matches beats walking 100,000 index entries.
    """
    match = _match_sql(query)
    direction = "DESC" if descending else "ASC"
    hint = "INDEXED BY ix_contacts_sort_key" if many or match is None else ""
    where = "deleted_at IS NULL"
    params: dict[str, object] = {"limit": limit, "offset": offset}
    if match is not None:
        sql, match_params = match
        where += f" AND id IN ({sql})"
        params.update(match_params)
    rows = connection.execute(
        text(
            f"SELECT id FROM contacts {hint} WHERE {where} "
            f"ORDER BY sort_key {direction}, id {direction} LIMIT :limit OFFSET :offset"
        ),
        params,
    )
    return [int(row[0]) for row in rows]


def integrity_problems(connection: Connection) -> list[str]:
    """FTS5's own consistency check of both tables; empty when they are sound."""
    problems: list[str] = []
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        try:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except DBAPIError as exc:  # the check reports through SQLITE_CORRUPT
            problems.append(f"search index {table}: {exc}")
    return problems
