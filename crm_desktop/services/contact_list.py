"""Listing and searching contacts: what the contacts list and ``crm-desktop contacts`` show.

Everything here reads through the database's raw reader (``Database.raw_reading``) and
imports no SQLAlchemy: a read-only command answers in a fraction of the time the full stack
takes to import.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

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
from crm_desktop.store.search_index import count_matches, match_sql
from crm_desktop.store.search_matches import matched_fields
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
    many match."""
    language = db.sort_language
    filtered = filters is not None and not filters.is_empty()
    with db.raw_reading() as connection:
        plain = not trashed and category is None and not filtered
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
        return SearchPage(total=total, rows=tuple(_rows(connection, ids)))


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
            if by_name is not None:
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


def _by_name(db: Database, connection: ReadConnection, query: str) -> list[ContactId] | None:
    """Name-ordered matches by filtering the cached order, when that is the fast way: for no
    query, and for queries matching thousands (a letter or two: 25 ms instead of 150 ms)."""
    if match_sql(query) is None:
        return list(_name_order(db, connection))
    total = count_matches(connection, query) or 0
    if not page_is_large(total):
        return None
    matched = matching_ids(connection, query)
    return [i for i in _name_order(db, connection) if i in matched]


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
