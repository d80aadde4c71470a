"""The first page of a search with many matches, found without gathering them all (stdlib).

A word found in one activity in twenty matches 70,000 of 100,000 contacts: gathering them
(150 ms) to show fifty is the cost of the exact path. Each term is first read from its
indexes with a LIMIT (``term_contacts``): a term matching few gives its contacts whole (the
exact answer, intersected and put in name order by the caller); a term matching many gives
nothing, and the candidates (every contact in name order, or the few matching the other
terms) are tested against it in order (``matching_in_order``) until the page is full. The
test reads what the index holds for the candidate (its document, its activities' and notes'
documents, its categories' names) and matches as the index does: a long term is a substring
of the folded text by any of its spellings (the trigram tokenizer, over text folded before
indexing); a short term, a word prefix, is asked of ``contact_words`` itself for that one
contact. So the page is the one the exact path gives; how many match in all is then counted
by the exact path, later (``count_matches``).
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

_DENSE = 20_000  # contacts' documents read before a term is "many" (at most a fifth)
_DENSE_HISTORY = 5000  # activities' or notes' documents (each names a contact or so)
_FIRST_READ = 2000
_FIRST_CHUNK = 64
_CHUNK = 500  # ids per IN (...) list
_LARGEST_CHUNK = 1024


def term_contacts(
    connection: sqlite3.Connection,
    term: QueryTerm,
    contacts: int,
    categories: Sequence[str],
    *,
    thorough: bool = False,
    history: dict[str, set[int]] | None = None,
) -> set[int] | None:
    """The contacts matching ``term`` (some may be in the Trash: the caller keeps to the
    live ones) when they are few, as ``match_sql`` finds them (its document, an activity or
    a note, a category's name); None when the term may match many of the ``contacts``:
    thousands of documents of contacts or of their history, or a fifth of ``contacts`` in a
    smaller book, found before a LIMIT stops the read (a few ms at most). At first a term is
    "many" from 2,000 documents on; ``thorough`` reads up to ``_DENSE`` and
    ``_DENSE_HISTORY`` (when a walk found fewer than the first read promised). A long term
    that is "many" only in the contacts' own documents, its history read whole (a city, in
    no activity), leaves in ``history`` the contacts its activities and notes name: a walk
    then tests a candidate's history by that set instead of reading its documents."""
    # The history first: a common word of it is known as "many" after its first rows.
    tables = (ACTIVITY_TABLE, NOTE_TABLE, TRIGRAM_TABLE) if term.long else (WORDS_TABLE,)
    found: set[int] = set()
    for table in tables:
        many = _DENSE if table in (TRIGRAM_TABLE, WORDS_TABLE) else _DENSE_HISTORY
        many = max(1, min(many if thorough else _FIRST_READ, contacts // 5))
        rows = [
            int(row[0])
            for row in connection.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?",
                (term.expression, many),
            )
        ]
        if len(rows) >= many:
            if history is not None and table == TRIGRAM_TABLE:
                history[term.expression] = set(found)  # both history tables read whole
            return None
        if table == ACTIVITY_TABLE:
            found.update(_owners(connection, "activity_contacts", "activity_id", rows))
        elif table == NOTE_TABLE:
            found.update(_owners(connection, "notes", "id", rows))
        else:
            found.update(rows)
    matched = [name for name in categories if term_matches(name, term.expression)]
    if matched:
        found.update(
            int(row[0])
            for row in connection.execute(
                "SELECT cc.contact_id FROM categories g CROSS JOIN contact_categories cc "
                f"ON cc.category_id = g.id WHERE g.name IN ({_marks(matched)})",
                matched,
            )
        )
    return found


def _owners(connection: sqlite3.Connection, table: str, key: str, ids: Sequence[int]) -> set[int]:
    owners: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        owners.update(
            int(row[0])
            for row in connection.execute(
                f"SELECT contact_id FROM {table} WHERE {key} IN ({_marks(part)}) "
                "AND contact_id IS NOT NULL",
                part,
            )
        )
    return owners


def _marks(ids: Sequence[object]) -> str:
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
    known: dict[str, set[int]],
) -> list[int]:
    """Which of these (live) contacts match every term, in their order. ``linked[i]``: term
    i matches some category's name (else the links are not read for it). The history is
    read only for the contacts that its texts could still decide, and not at all for a term
    whose history is ``known`` (the contacts it names)."""
    docs: dict[int, list[str]] = {}
    groups: dict[int, list[str]] = {}
    if any(t.long for t in terms):
        # The documents as indexed, read from each FTS5 table's own content table
        # (``<table>_content``: id = rowid, c0 = doc): 3 times faster than a lookup by
        # rowid through the virtual table, 2.4 against 7.4 ms for 75 contacts' activities.
        docs = _texts(
            connection,
            f"SELECT id, c0 FROM {TRIGRAM_TABLE}_content WHERE id IN ({{marks}})",
            ids,
        )
    if any(linked):
        groups = _texts(
            connection,
            "SELECT cc.contact_id, g.name FROM contact_categories cc "
            "JOIN categories g ON g.id = cc.category_id WHERE cc.contact_id IN ({marks})",
            ids,
        )
    # Per contact, the terms only its history can still match (None: one matches nowhere).
    open_terms: dict[int, list[QueryTerm] | None] = {}
    for contact_id in ids:
        left: list[QueryTerm] = []
        for term, link in zip(terms, linked, strict=True):
            if link and any(term_matches(n, term.expression) for n in groups.get(contact_id, ())):
                continue
            if term.long:
                if _long_match(term, docs.get(contact_id, [])):
                    continue
                named = known.get(term.expression)
                if named is None:
                    left.append(term)
                    continue
                if contact_id in named:
                    continue
                open_terms[contact_id] = None
                break
            if not connection.execute(
                f"SELECT 1 FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH ? AND rowid = ?",
                (term.expression, contact_id),
            ).fetchone():
                open_terms[contact_id] = None
                break
        else:
            open_terms[contact_id] = left
    # Each term still open, asked of the history of the contacts it is open for.
    in_history: dict[str, set[int]] = {}
    for term in terms:
        pending = [i for i in ids if (still := open_terms[i]) and term in still]
        if pending:
            in_history[term.expression] = _in_history(connection, pending, term)
    return [
        i
        for i in ids
        if (undecided := open_terms[i]) is not None
        and all(i in in_history[term.expression] for term in undecided)
    ]


def _in_history(connection: sqlite3.Connection, ids: Sequence[int], term: QueryTerm) -> set[int]:
    """Which of these contacts have an activity or a note whose document, as indexed, holds
    ``term`` by one of its spellings. The test runs in SQLite (``instr``, a byte substring
    of the folded text, as ``in`` is of the string): the documents are not carried into
    Python (3 against 6 ms for 150 contacts' 1,500 activities)."""
    test = " OR ".join("instr(f.c0, ?) > 0" for _ in term.spellings)
    found: set[int] = set()
    for sql in (
        f"SELECT DISTINCT ac.contact_id FROM activity_contacts ac CROSS JOIN "
        f"{ACTIVITY_TABLE}_content f ON f.id = ac.activity_id "
        f"WHERE ac.contact_id IN ({_marks(ids)}) AND ({test})",
        f"SELECT DISTINCT n.contact_id FROM notes n CROSS JOIN {NOTE_TABLE}_content f "
        f"ON f.id = n.id WHERE n.contact_id IN ({_marks(ids)}) AND ({test})",
    ):
        found.update(int(row[0]) for row in connection.execute(sql, [*ids, *term.spellings]))
    return found


def matching_in_order(
    connection: sqlite3.Connection,
    candidates: Sequence[int],
    terms: Sequence[QueryTerm],
    categories: Sequence[str],
    first: int = _FIRST_CHUNK,
    known: dict[str, set[int]] | None = None,
) -> Iterator[tuple[int, list[int]]]:
    """The candidates (live contacts, in list order) matching every one of ``terms``, in
    that order, a chunk at a time with how many candidates were tested so far
    (``first`` first, then twice as many each time). ``known``: the contacts named by the
    history of some terms (``term_contacts``), so that theirs is not read."""
    linked = [any(term_matches(name, t.expression) for name in categories) for t in terms]
    start, size = 0, first
    while start < len(candidates):
        chunk = candidates[start : start + size]
        yield start + len(chunk), _matching(connection, chunk, terms, linked, known or {})
        start += size
        size = min(size * 2, _LARGEST_CHUNK)
