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

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import NamedTuple

from crm_desktop.store.folding import fold, looks_like_phone, phone_digits
from crm_desktop.store.search_history import HISTORY_TABLES, history_contacts_sql
from crm_desktop.store.transliteration import latin_spelling, name_spellings, query_variants

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
    addresses: Iterable[str] = (),
    urls: Iterable[str] = (),
    kept_values: Iterable[str] = (),
) -> str:
    """THE search document of a contact: which of its texts search finds it by, folded,
    one space apart, then the other spellings of its names (``transliteration``). Every
    writer (a new contact, an edit, a merge, ``reindex``) builds it here; a new searchable
    field is added here and in ``reindex``'s reads only. (Its notes and activities have
    documents of their own, ``search_history``; deals will too, keyed to the deal. Its
    categories are not in it either: they are found through ``contact_categories`` at search
    time, ``category_contacts_sql``, so that putting 10,000 contacts in a category writes
    10,000 links and no document.)"""
    accounts = tuple(accounts)
    places = tuple(addresses)
    names = (formatted_name, given_name, additional_names, family_name, nickname, *accounts)
    parts = (
        formatted_name, prefix, given_name, additional_names, family_name, suffix, nickname,
        title, department, *accounts, *emails, *phone_digits, note, *custom_values, *places,
        *urls, *kept_values,
    )  # fmt: skip
    # Folded part by part: the same text as folding the whole (folding works letter by
    # letter, and NFKD never reorders across the spaces), but an ASCII part (most notes,
    # e-mails, digits) takes ``fold``'s fast path and a short one (a name) its cache.
    folded = [part.lower() if part.isascii() else fold(part) for part in parts if part]
    spellings = [name_spellings(fold(name)) for name in names if name]
    spellings += [latin_spelling(fold(place)) for place in places if not place.isascii()]
    return " ".join(folded + [s for s in dict.fromkeys(spellings) if s])


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
# An address as one text (the document's and the matched report's).
ADDRESS_TEXT = (
    "trim(street || ' ' || extended || ' ' || po_box || ' ' || locality || ' ' || region "
    "|| ' ' || postal_code || ' ' || country)"
)
# Kept vCard properties are searched by their text, not by images or long encoded blobs.
KEPT_TEXT = "AND length(value) <= 500 AND instr(upper(params), 'ENCODING') = 0"


def is_kept_text(value: str, params_json: str) -> bool:
    """Whether a kept vCard property is searched by its value (``KEPT_TEXT`` in Python)."""
    return len(value) <= 500 and "ENCODING" not in params_json.upper()


def address_text(parts: Sequence[str]) -> str:
    """An address as ``ADDRESS_TEXT`` makes it: street, extended, PO box, locality, region,
    postal code, country."""
    return " ".join(parts).strip()


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
        within, by = f"WHERE contact_id IN ({marks})", "ORDER BY contact_id, position, id"
        order = f"{within} {by}"
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
        places = _texts(
            connection, f"SELECT contact_id, {ADDRESS_TEXT} FROM addresses {order}", part
        )
        urls = _texts(connection, f"SELECT contact_id, value FROM urls {order}", part)
        kept = _texts(connection, f"SELECT contact_id, value FROM impp {order}", part)
        for cid, value in connection.execute(
            f"SELECT contact_id, value FROM extra_properties {within} {KEPT_TEXT} {by}", part
        ):
            kept.setdefault(cid, []).append(value)
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
                        custom_values=custom.get(cid, ()), addresses=places.get(cid, ()),
                        urls=urls.get(cid, ()),
                        kept_values=kept.get(cid, ()),
                    ),
                )
            )  # fmt: skip
    insert_documents(connection, docs)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class QueryTerm(NamedTuple):
    """One term of a query as searched: its spellings (folded; digits for a phone number),
    whether it is long enough to match anywhere (else: the start of a word), and its FTS5
    expression."""

    spellings: tuple[str, ...]
    long: bool
    expression: str


def query_terms(query: str) -> list[QueryTerm]:
    """What the user typed, term by term.

    Every whitespace-separated term must match; a query that is a phone number ("+30 (210)
    555-01") is one term, matched by its digits. Terms of 3+ characters (``long``) match
    anywhere (substring), in the contact's document or its history, each also by its other
    spellings (``transliteration``); shorter ones match the start of a word of the document.
    """
    found: list[QueryTerm] = []
    terms = [query] if looks_like_phone(query) else query.split()
    for raw in terms:
        phone = looks_like_phone(raw)
        term = phone_digits(raw) if phone else fold(raw)
        if not term:
            continue
        if len(term) < _SHORTEST_TRIGRAM_TERM:
            found.append(QueryTerm((term,), False, _quoted(term) + "*"))
            continue
        variants = [term] if phone else [term, *query_variants(term)]
        spelled = tuple(v for v in dict.fromkeys(variants) if len(v) >= _SHORTEST_TRIGRAM_TERM)
        found.append(QueryTerm(spelled, True, " OR ".join(_quoted(v) for v in spelled)))
    return found


def fts_queries(query: str) -> tuple[str, str]:
    """The MATCH expressions over the contacts' documents alone (trigram, words); either may
    be empty. Every term must match."""
    terms = query_terms(query)
    long_terms = " AND ".join(f"({t.expression})" for t in terms if t.long)
    return long_terms, " AND ".join(t.expression for t in terms if not t.long)


def category_contacts_sql(param: str) -> str:
    """``SELECT id`` of the contacts in a category whose name matches the term's FTS5
    expression bound to ``param`` (as ``query_terms`` makes it), the Trash included (the
    caller keeps to ``deleted_at IS NULL``). The categories are few: each name is checked in
    Python (``crm_term_matches``), then the links read through their category index (the
    CROSS JOIN keeps that order: inside the search's UNION, SQLite otherwise scanned every
    link, 30-190 ms at 100,000 contacts for any query)."""
    return (
        "SELECT cc.contact_id AS id FROM categories g CROSS JOIN contact_categories cc "
        f"ON cc.category_id = g.id WHERE crm_term_matches(g.name, {param})"
    )


_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
_WORD_BREAK = re.compile(r"[\W_]+")


@lru_cache(maxsize=256)
def _expression_spellings(expression: str) -> tuple[tuple[str, ...], bool]:
    """The spellings quoted in one term's FTS5 expression, and whether it is a word prefix
    (a short term: ``"ab"*``) rather than a substring."""
    spellings = tuple(m.group(1).replace('""', '"') for m in _QUOTED.finditer(expression))
    return spellings, expression.endswith("*")


def term_matches(text: str | None, expression: str | None) -> bool:
    """Whether ``text`` matches one term's FTS5 expression as the contacts' documents would
    (``crm_term_matches`` in SQL): a long term anywhere in the folded text, by any of its
    spellings; a short one at the start of a word."""
    if not text or not expression:
        return False
    spellings, prefix = _expression_spellings(expression)
    folded = fold(text)
    if prefix:
        words = _WORD_BREAK.sub(" ", folded).split()
        return any(word.startswith(s) for s in spellings for word in words)
    return any(s in folded for s in spellings)


def category_names(connection: sqlite3.Connection) -> list[str]:
    """Every category's name (a few dozen at most): which a term matches is then known
    before the query is run (``match_sql``)."""
    return [str(row[0]) for row in connection.execute("SELECT name FROM categories")]


def match_sql(
    query: str, categories: Sequence[str] | None = None
) -> tuple[str, dict[str, str]] | None:
    """``SELECT id ...`` of the contacts matching ``query`` (some in the Trash: callers keep to
    ``deleted_at IS NULL``), and its
    parameters; None if the query has no terms. A contact matches when each term is found in
    its document, one of its activities or notes, or the name of one of its categories (each
    term anywhere). With the ``categories`` names (``category_names``), a term that matches
    none of them leaves the links out of its SQL: a one-letter search's 40,000 matches are
    then one FTS5 query, not a UNION (a third slower at 100,000 contacts)."""
    terms = query_terms(query)
    if not terms:
        return None
    params: dict[str, str] = {}
    selects: list[str] = []
    for number, term in enumerate(terms):
        name = f"t{number}"
        params[name] = term.expression
        linked = categories is None or any(term_matches(n, term.expression) for n in categories)
        grouped = f" UNION {category_contacts_sql(':' + name)}" if linked else ""
        if term.long:
            selects.append(
                f"SELECT rowid AS id FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :{name} "
                f"UNION {history_contacts_sql(':' + name)}{grouped}"
            )
        else:
            selects.append(
                f"SELECT rowid AS id FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :{name}{grouped}"
            )
    if len(selects) == 1:
        return selects[0], params
    return " INTERSECT ".join(f"SELECT id FROM ({select})" for select in selects), params


def count_matches(connection: sqlite3.Connection, query: str) -> int | None:
    """How many contacts outside the Trash match ``query``; None when it has no terms."""
    match = match_sql(query, category_names(connection))
    if match is None:
        return None
    sql, params = match
    return int(
        connection.execute(
            f"SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND id IN ({sql})", params
        ).fetchone()[0]
    )


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """FTS5's own consistency check of both tables; empty when they are sound."""
    problems: list[str] = []
    for table in (TRIGRAM_TABLE, WORDS_TABLE, *HISTORY_TABLES):
        try:
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:  # the check reports through SQLITE_CORRUPT
            problems.append(f"search index {table}: {exc}")
    return problems
