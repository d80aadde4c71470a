"""The first page of a search with many matches, found without gathering them all (stdlib).

A word found in one activity in twenty matches 70,000 of 100,000 contacts: gathering them
(150 ms) to show fifty is the cost of today's exact path. When each term of a query matches
many (``is_dense``: its index gives thousands of rows before a LIMIT stops it), the candidates
are taken in list order and each is tested against the terms (``matching_in_order``) until
the page is full; when some terms match few, those few (sorted by name) are the candidates
and only the other terms are tested. The test reads what the index holds for the candidate
(its document, its activities' and notes' documents, its categories' names) and matches as
the index does: a long term is a substring of the folded text by any of its spellings (the
trigram tokenizer, over text folded before indexing); a short term, a word prefix, is asked
of ``contact_words`` itself for that one contact. So the page is the one the exact path
gives; how many match in all is counted by the exact path, later (``count_matches``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from crm_desktop.store.search_history import ACTIVITY_TABLE, NOTE_TABLE
from crm_desktop.store.search_index import (
    TRIGRAM_TABLE,
    WORDS_TABLE,
    QueryTerm,
    term_matches,
)

_DENSE = 5000  # contacts' documents the probe finds before it stops: "many"
_DENSE_HISTORY = 2000  # activities' or notes' documents (each names one contact or so)
_FIRST_CHUNK = 64
_LARGEST_CHUNK = 1024


def is_dense(connection: sqlite3.Connection, term: QueryTerm, contacts: int) -> bool:
    """Whether ``term`` may match many of the ``contacts``: thousands of documents of
    contacts or of their history (a long term), or a fifth of ``contacts`` in a smaller
    book, found before the LIMIT stops the probe (a few ms at most)."""
    tables = (TRIGRAM_TABLE, ACTIVITY_TABLE, NOTE_TABLE) if term.long else (WORDS_TABLE,)
    for table in tables:
        many = _DENSE if table in (TRIGRAM_TABLE, WORDS_TABLE) else _DENSE_HISTORY
        many = max(1, min(many, contacts // 5))
        (found,) = connection.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)",
            (term.expression, many),
        ).fetchone()
        if found >= many:
            return True
    return False


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


def _texts(connection: sqlite3.Connection, sql: str, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for contact_id, text in connection.execute(sql.format(marks=_marks(ids)), list(ids)):
        found.setdefault(int(contact_id), []).append(str(text))
    return found


def _long_match(term: QueryTerm, texts: Sequence[str]) -> bool:
    return any(spelling in text for text in texts for spelling in term.spellings)


def _matching(
    connection: sqlite3.Connection,
    ids: Sequence[int],
    terms: Sequence[QueryTerm],
    linked: Sequence[bool],
) -> list[int]:
    """Which of these (live) contacts match every term, in their order. ``linked[i]``: term
    i matches some category's name (else the links are not read for it)."""
    docs: dict[int, list[str]] = {}
    history: dict[int, list[str]] = {}
    groups: dict[int, list[str]] = {}
    if any(t.long for t in terms):
        docs = _texts(
            connection, f"SELECT rowid, doc FROM {TRIGRAM_TABLE} WHERE rowid IN ({{marks}})", ids
        )
        history = _texts(
            connection,
            f"SELECT ac.contact_id, f.doc FROM activity_contacts ac CROSS JOIN {ACTIVITY_TABLE} "
            "f ON f.rowid = ac.activity_id WHERE ac.contact_id IN ({marks})",
            ids,
        )
        for cid, texts in _texts(
            connection,
            f"SELECT n.contact_id, f.doc FROM notes n CROSS JOIN {NOTE_TABLE} f "
            "ON f.rowid = n.id WHERE n.contact_id IN ({marks})",
            ids,
        ).items():
            history.setdefault(cid, []).extend(texts)
    if any(linked):
        groups = _texts(
            connection,
            "SELECT cc.contact_id, g.name FROM contact_categories cc "
            "JOIN categories g ON g.id = cc.category_id WHERE cc.contact_id IN ({marks})",
            ids,
        )
    found: list[int] = []
    for contact_id in ids:
        for term, link in zip(terms, linked, strict=True):
            if link and any(term_matches(n, term.expression) for n in groups.get(contact_id, ())):
                continue
            if term.long:
                texts = docs.get(contact_id, [])
                if _long_match(term, texts) or _long_match(term, history.get(contact_id, [])):
                    continue
            elif connection.execute(
                f"SELECT 1 FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH ? AND rowid = ?",
                (term.expression, contact_id),
            ).fetchone():
                continue
            break
        else:
            found.append(contact_id)
    return found


def matching_in_order(
    connection: sqlite3.Connection,
    candidates: Sequence[int],
    terms: Sequence[QueryTerm],
    categories: Sequence[str],
    first: int = _FIRST_CHUNK,
) -> Iterator[tuple[int, list[int]]]:
    """The candidates (live contacts, in list order) matching every one of ``terms``, in
    that order, a chunk at a time with how many candidates were tested so far
    (``first`` first, then twice as many each time)."""
    linked = [any(term_matches(name, t.expression) for name in categories) for t in terms]
    start, size = 0, first
    while start < len(candidates):
        chunk = candidates[start : start + size]
        yield start + len(chunk), _matching(connection, chunk, terms, linked)
        start += size
        size = min(size * 2, _LARGEST_CHUNK)
