"""A search matching many contacts finds its first page by testing candidates in name order
(``search_first_page``) and counts later (``count_search``): the page and the count are
exactly the ones the exact path gives (a page too long to walk), dense or sparse, and the
window's whole ordered list (``ordered_contact_ids``) is the same list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.records.vocabulary import ActivityKind
from crm_desktop.services.activities import trash_activities
from crm_desktop.services.bulk_actions import categorize, log_for_each
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import (
    count_search,
    ordered_contact_ids,
    search_contacts,
    search_first_page,
)
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.notes import add_note
from crm_desktop.services.sample_data import generate_contacts

_AT = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """3,000 contacts; "olive oil Marousi" logged for two in three (2,000 activities: a
    dense history word), "trade show Girona" for one in fifteen, "Commission agreed" for one
    in twenty ("com": many e-mail addresses, a history read whole), a note on one in 300, the
    category "Olive growers" on one in seven."""
    path = Path(tmp_path_factory.mktemp("many")) / "crm.sqlite3"
    database = open_database(path, "en_GB")
    add_contacts(database, list(generate_contacts(3000)))
    ids = ordered_contact_ids(database)
    log_for_each(database, [i for n, i in enumerate(ids) if n % 3], ActivityKind.CALL,
                 "olive oil Marousi", _AT)  # fmt: skip
    log_for_each(database, ids[::15], ActivityKind.MEETING, "trade show Girona", _AT)
    log_for_each(database, ids[1::20], ActivityKind.CALL, "Commission agreed", _AT)
    for contact_id in ids[::300]:
        add_note(database, "Asked about the olive harvest", contact_id=contact_id)
    categorize(database, ids[::7], ["Olive growers"])
    yield database
    database.close()


_QUERIES = (
    "a", "m", "ol", "olive", "marousi", "olive marousi", "oliv gir", "trade", "girona",
    "growers", "harvest", "ma olive", "a b", "ka olive", "zzzq", "olive zzzq",
    # Many in the contacts' own documents (.com addresses), the history read whole (150
    # calls): the walk tests a candidate's history by the contacts it names.
    "com", "com girona", "com harvest", "agreed com", "barcelona", "barcelona olive",
)  # fmt: skip


def _exact(db: Database, query: str) -> list[int]:
    """Every match in order by the exact path (a page too long to be walked), and the same
    as the window's whole ordered list."""
    exact = search_contacts(db, query, limit=100_000)
    ids = [int(row.id) for row in exact.rows]
    assert exact.total == len(ids)
    assert [int(i) for i in ordered_contact_ids(db, query)] == ids
    assert [int(i) for i in ordered_contact_ids(db, query, descending=True)] == ids[::-1]
    return ids


@pytest.mark.parametrize("query", _QUERIES)
def test_the_first_pages_and_the_count_are_the_exact_ones(many: Database, query: str) -> None:
    exact = _exact(many, query)
    for offset, limit in ((0, 50), (0, 1), (120, 50), (0, 500)):
        page = search_first_page(many, query, offset=offset, limit=limit)
        assert [row.id for row in page.rows] == exact[offset : offset + limit], (offset, limit)
        assert page.total in (None, len(exact))
    assert count_search(many, query) == len(exact)
    whole = search_contacts(many, query)
    assert whole.total == len(exact)
    assert [row.id for row in whole.rows] == exact[:50]


def test_a_dense_word_leaves_the_count_for_later(many: Database) -> None:
    """The page of a word in two activities in three comes before anyone counted them."""
    page = search_first_page(many, "olive")
    assert page.total is None
    assert len(page.rows) == 50
    assert count_search(many, "olive") == len(_exact(many, "olive")) >= 2000


def test_a_sparse_query_is_counted_with_its_page(many: Database) -> None:
    exact = _exact(many, "trade girona")
    page = search_first_page(many, "trade girona")
    assert page.total == len(exact) >= 200


def test_trashed_history_and_contacts_leave_the_pages(many: Database) -> None:
    before = _exact(many, "olive")
    trash_contacts(many, before[:3])
    activities = many_activities(many, before[3])
    trash_activities(many, activities)
    after = _exact(many, "olive")
    assert len(after) < len(before) and not set(before[:3]) & set(after)
    for query in ("olive", "ma olive", "marousi"):
        exact = _exact(many, query)
        assert [r.id for r in search_first_page(many, query).rows] == exact[:50]
        assert count_search(many, query) == len(exact)


def many_activities(db: Database, contact_id: int) -> list[int]:
    with db.raw_reading() as connection:
        return [
            int(row[0])
            for row in connection.execute(
                "SELECT activity_id FROM activity_contacts WHERE contact_id = ?", (contact_id,)
            )
        ]
