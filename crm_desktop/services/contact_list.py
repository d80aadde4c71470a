"""Listing and searching contacts: what the contacts list and ``crm-desktop contacts`` show.

Everything here reads through the database's raw reader (``Database.raw_reading``) and
imports no SQLAlchemy: a read-only command answers in a fraction of the time the full stack
takes to import.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from crm_desktop.records.contacts import (
    CategoryCount,
    ContactRow,
    ContactSort,
    RecordCounts,
    SearchPage,
)
from crm_desktop.records.ids import ContactId
from crm_desktop.records.search import ContactFilter, SearchMatch
from crm_desktop.store.account_queries import account_names as store_account_names
from crm_desktop.store.contact_queries import category_counts as store_category_counts
from crm_desktop.store.contact_queries import (
    contact_ids,
    count_contacts,
    list_rows,
    matching_ids,
    name_sort_keys,
    page_is_large,
)
from crm_desktop.store.contact_queries import record_counts as store_record_counts
from crm_desktop.store.search_index import (
    QueryTerm,
    category_names,
    count_matches,
    match_sql,
    query_terms,
)
from crm_desktop.store.search_matches import matched_fields
from crm_desktop.store.search_pages import matching_in_order, term_contacts
from crm_desktop.store.times import read_time

if TYPE_CHECKING:
    from crm_desktop.services.database import Database
    from crm_desktop.store.reader import ReadConnection


def search_contacts(
    db: Database,
    query: str = "",
    *,
    limit: int = 50,
    offset: int = 0,
    sort: ContactSort = ContactSort.NAME,
    descending: bool = False,
    trashed: bool = False,
    category: int | None = None,
    filters: ContactFilter | None = None,
) -> SearchPage:
    """One page of the contacts matching ``query`` (all when empty) and ``filters``, and how
    many match: ``search_first_page``, then ``count_search`` if the page did not say."""
    page = search_first_page(
        db, query, limit=limit, offset=offset, sort=sort, descending=descending,
        trashed=trashed, category=category, filters=filters,
    )  # fmt: skip
    total = page.total
    if total is None:
        total = count_search(db, query, trashed=trashed, category=category, filters=filters)
    return SearchPage(total=total, rows=page.rows)


class FirstPage(NamedTuple):
    """A page of search results, and how many match in all when that came for free (else
    None: ``count_search`` counts them)."""

    rows: tuple[ContactRow, ...]
    total: int | None


_WALKED_PAGES = 500  # rows up to which a page is found by testing candidates in order
_WALK_LIMIT = 5  # a walk over every contact goes on while 1 in 5 or more match
_CHEAP_WALK_LIMIT = 40  # ... or 1 in 40, when no candidate's history is read


def search_first_page(
    db: Database,
    query: str = "",
    *,
    limit: int = 50,
    offset: int = 0,
    sort: ContactSort = ContactSort.NAME,
    descending: bool = False,
    trashed: bool = False,
    category: int | None = None,
    filters: ContactFilter | None = None,
) -> FirstPage:
    """One page of the contacts matching ``query`` and ``filters``: what the list shows at
    once. A search in the name order whose terms match many contacts (a letter, a word of
    the history) tests candidates in order until the page is full (``store.search_pages``)
    and leaves the count to ``count_search``; any other is exact and counted here."""
    language = db.sort_language
    filtered = filters is not None and not filters.is_empty()
    plain = not trashed and category is None and not filtered
    with db.raw_reading() as connection:
        walk = plain and sort is ContactSort.NAME and not descending
        # No terms: one LIMIT query on the name index (5 ms), no whole order read first.
        if walk and offset + limit <= _WALKED_PAGES and query_terms(query):
            walked = _walked_page(db, connection, query, offset, limit)
            if walked is not None:
                return walked
        total = count_matches(connection, query) if plain else None
        if total is None:
            total = count_contacts(connection, query, trashed, category, filters)
        ids = contact_ids(
            connection,
            query,
            sort=sort.value,
            descending=descending,
            trashed=trashed,
            limit=limit,
            offset=offset,
            many=page_is_large(total),
            category=category,
            language=language,
            filters=filters,
        )
        return FirstPage(tuple(_rows(connection, ids)), total)


def first_page_of_many(db: Database, query: str, *, limit: int = 50) -> FirstPage | None:
    """The first ``limit`` contacts in name order matching ``query`` when its terms match
    many (a common word of the history, a city): found by testing candidates in order, its
    ``total`` None when the rest is not known yet. None when this search is not one of those
    (no terms, or few matches: ``ordered_contact_ids`` answers it as fast). The window shows
    this page at once and reads the whole ordered list after it (``ordered_contact_ids``)."""
    if not query_terms(query) or limit > _WALKED_PAGES:
        return None
    with db.raw_reading() as connection:
        return _walked_page(db, connection, query, 0, limit)


def _walked_page(
    db: Database, connection: ReadConnection, query: str, offset: int, limit: int
) -> FirstPage | None:
    """The page without gathering every match (None: the exact path is the faster). Terms
    matching few give their contacts; if every term does, their intersection in name order
    is the answer and its size the count. Else the candidates (every contact in name order,
    or the few matching the other terms) are tested against the terms matching many."""
    order = _name_order(db, connection)
    names = category_names(connection)
    few: list[set[int]] = []
    many: list[QueryTerm] = []
    history: dict[str, set[int]] = {}
    for term in query_terms(query):
        found = term_contacts(connection, term, len(order), names, history=history)
        if found is None:
            many.append(term)
        else:
            few.append(found)
    page = _page_of(db, connection, few, many, offset, limit, history)
    if page is not None or not many:
        return page
    # Fewer matched than the first read promised: the terms read further (a city's 8,000
    # contacts; a family name's, to test against a word of the history), else the exact path.
    still: list[QueryTerm] = []
    for term in many:
        found = term_contacts(connection, term, len(order), names, thorough=True)
        if found is None:
            still.append(term)
        else:
            few.append(found)
    return _page_of(db, connection, few, still, offset, limit, history) if few else None


def _page_of(
    db: Database,
    connection: ReadConnection,
    few: list[set[int]],
    many: list[QueryTerm],
    offset: int,
    limit: int,
    history: dict[str, set[int]],
) -> FirstPage | None:
    """The page of the contacts in every one of ``few`` that match every one of ``many``
    (None: too few of all contacts match ``many`` for testing them one by one). ``history``:
    the contacts named by the history of terms whose history was read whole."""
    order = _name_order(db, connection)
    names = category_names(connection)
    wanted = offset + limit
    candidates: Sequence[int] = order
    if few:
        position = _name_positions(db, connection)
        hits = set.intersection(*few)
        live = [i for i in hits if i in position]
        if not many:
            return FirstPage(
                tuple(_rows(connection, _first_in_order(order, position, live, wanted)[offset:])),
                len(live),
            )
        candidates = sorted(live, key=position.__getitem__)
    found_ids: list[int] = []
    first = wanted + wanted // 2  # at 70 % matching, one chunk fills the page
    # Testing a candidate costs little when no term needs its history read (a city): the
    # walk goes on down to 1 in 40 matching rather than 1 in 5.
    cheap = all(term.expression in history for term in many)  # (a short term: a query each)
    sparse = _CHEAP_WALK_LIMIT if cheap else _WALK_LIMIT
    walk = matching_in_order(connection, candidates, many, names, first, history)
    for tested, matches in walk:
        found_ids += matches
        if len(found_ids) >= wanted:
            return FirstPage(tuple(_rows(connection, found_ids[offset:wanted])), None)
        if not few and len(found_ids) * sparse < tested:
            # Fewer match than the probe said (under 1 in 5): filling the page would read
            # the history of hundreds more contacts; the exact path is faster.
            return None
    return FirstPage(tuple(_rows(connection, found_ids[offset:wanted])), len(found_ids))


def _first_in_order(
    order: Sequence[int], position: dict[int, int], live: list[int], wanted: int
) -> list[int]:
    """The first ``wanted`` of ``live`` (contacts outside the Trash) in name order: the name
    order walked while they are dense in it (a city's 10,000 of 100,000: the page after
    1,000 contacts, where sorting them all takes 4 ms), else sorted by their places."""
    if len(live) * 64 < len(order):
        return sorted(live, key=position.__getitem__)[:wanted]
    chosen = set(live)
    found: list[int] = []
    for contact_id in order:
        if contact_id in chosen:
            found.append(contact_id)
            if len(found) >= wanted:
                break
    return found


def _name_positions(db: Database, connection: ReadConnection) -> dict[int, int]:
    """Each contact outside the Trash and its place in the name order (kept as the order)."""
    cache = db.list_cache
    if cache.get("name_positions_generation") != db.generation:
        order = _name_order(db, connection)
        cache["name_positions"] = {int(i): n for n, i in enumerate(order)}
        cache["name_positions_generation"] = db.generation
    positions = cache["name_positions"]
    assert isinstance(positions, dict)
    return positions


def count_search(
    db: Database,
    query: str = "",
    *,
    trashed: bool = False,
    category: int | None = None,
    filters: ContactFilter | None = None,
) -> int:
    """How many contacts match ``query`` and ``filters`` (exact; a common word of the
    history: 100-200 ms at 100,000 contacts and 1,000,000 activities)."""
    filtered = filters is not None and not filters.is_empty()
    with db.raw_reading() as connection:
        plain = not trashed and category is None and not filtered
        total = count_matches(connection, query) if plain else None
        if total is None:
            total = count_contacts(connection, query, trashed, category, filters)
        return total


def ordered_contact_ids(
    db: Database,
    query: str = "",
    *,
    sort: ContactSort = ContactSort.NAME,
    descending: bool = False,
    trashed: bool = False,
    category: int | None = None,
    filters: ContactFilter | None = None,
) -> list[ContactId]:
    """The ids of every matching contact, in order: what a lazy list model holds."""
    language = db.sort_language
    filtered = filters is not None and not filters.is_empty()
    with db.raw_reading() as connection:
        if sort is ContactSort.NAME and not trashed and category is None and not filtered:
            by_name = _by_name(db, connection, query)
            return by_name[::-1] if descending else by_name
        ids = contact_ids(
            connection,
            query,
            sort=sort.value,
            descending=descending,
            trashed=trashed,
            category=category,
            language=language,
            filters=filters,
        )
        return [ContactId(i) for i in ids]


def _name_order(db: Database, connection: ReadConnection) -> list[ContactId]:
    """Every contact outside the Trash in name order, kept until the next write (110 ms at
    100,000 contacts to read, so not once per keystroke)."""
    cache = db.list_cache
    if cache.get("name_order_generation") != db.generation:
        cache["name_order"] = [ContactId(i) for i in contact_ids(connection, "", sort="name")]
        cache["name_order_generation"] = db.generation
    ids = cache["name_order"]
    assert isinstance(ids, list)
    return ids


def _by_name(db: Database, connection: ReadConnection, query: str) -> list[ContactId]:
    """Name-ordered matches: by filtering the cached order for no query and for queries
    matching thousands (a letter or two: 25 ms instead of 150 ms), else by sorting the few
    matches by their keys."""
    if match_sql(query) is None:
        return list(_name_order(db, connection))
    # The matches gathered once (not counted first, then gathered again to be sorted).
    matched = matching_ids(connection, query)
    if page_is_large(len(matched)):
        return [i for i in _name_order(db, connection) if i in matched]
    keys = name_sort_keys(connection, list(matched))  # ORDER BY sort_key, id (BINARY)
    return [ContactId(i) for i in sorted(keys, key=lambda i: (keys[i], i))]


def search_matches(
    db: Database, query: str, ids: Sequence[int]
) -> dict[ContactId, tuple[SearchMatch, ...]]:
    """Where each of these contacts matched ``query`` outside its name (empty: in the name,
    or no query): for the rows on screen or printed, not for every match."""
    with db.raw_reading() as connection:
        found = matched_fields(connection, query, list(ids))
    return {
        ContactId(i): tuple(SearchMatch(field, text) for field, text in hits)
        for i, hits in found.items()
    }


def category_counts(db: Database) -> list[CategoryCount]:
    """Every Rolodex category with its number of contacts, in the Rolodex order."""
    with db.raw_reading() as connection:
        return [CategoryCount(*row) for row in store_category_counts(connection)]


def record_counts(db: Database) -> RecordCounts:
    """How many contacts, accounts and trashed contacts there are."""
    with db.raw_reading() as connection:
        return RecordCounts(*store_record_counts(connection))


def contact_rows(db: Database, ids: Sequence[int]) -> list[ContactRow]:
    """The list rows of these contacts, in the order asked (unknown ids are left out)."""
    with db.raw_reading() as connection:
        return _rows(connection, ids)


def in_name_order(db: Database, runs: Sequence[Sequence[int]]) -> bool:
    """Whether each run of contacts (neighbours in a list) is in ascending name order, ties by
    id as the list has them: after an edit, the list keeps its order if each edited contact
    still sits between its neighbours."""
    ids = {i for run in runs for i in run}
    with db.raw_reading() as connection:
        keys = name_sort_keys(connection, list(ids))
    if len(keys) != len(ids):
        return False  # one went to the Trash or is gone: the list is read again
    return all((keys[a], a) <= (keys[b], b) for run in runs for a, b in pairwise(run))


def _rows(connection: ReadConnection, ids: Sequence[int]) -> list[ContactRow]:
    return [
        ContactRow(ContactId(row[0]), *row[1:7], read_time(row[7]), read_time(row[8]))
        for row in list_rows(connection, ids)
    ]


def account_names(db: Database) -> list[str]:
    """The names of the accounts outside the Trash, in the user's alphabet (for completers)."""
    with db.raw_reading() as connection:
        return store_account_names(connection)
