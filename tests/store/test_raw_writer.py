"""Writing a current database on store's raw writer (no SQLAlchemy): one transaction per
write, all or nothing, one at a time, and handing over to SQLAlchemy's connection once
that writer opens."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.store.engine import driver_connection


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A current database holding one contact."""
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft("Ana Puig")])
    return path


def test_a_write_that_fails_on_the_raw_writer_leaves_nothing_and_the_next_one_works(
    path: Path,
) -> None:
    with open_database(path, "en") as db:
        with pytest.raises(ZeroDivisionError), db.raw_writing() as connection:
            connection.execute("DELETE FROM contacts")
            raise ZeroDivisionError
        assert search_contacts(db).total == 1
        add_contacts(db, [ContactDraft("Pau Serra")])
        assert [row.name for row in search_contacts(db).rows] == ["Ana Puig", "Pau Serra"]


def test_two_threads_writing_at_once_on_the_raw_writer_each_write_whole(path: Path) -> None:
    with open_database(path, "en") as db:
        failures: list[BaseException] = []

        def add(prefix: str) -> None:
            try:
                for batch in range(5):
                    add_contacts(db, [ContactDraft(f"{prefix} {batch} {i}") for i in range(40)])
            except BaseException as exc:  # told to the test thread
                failures.append(exc)

        threads = [threading.Thread(target=add, args=(name,)) for name in ("Left", "Right")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert failures == []
        assert search_contacts(db).total == 1 + 2 * 5 * 40


def test_once_sqlalchemy_writes_the_raw_writes_go_through_its_connection(path: Path) -> None:
    """What the ORM writer's connection is set to (here SQLite's disk-full trick) holds for
    the bulk writes that follow, though they began on the raw writer."""
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft("Pau Serra")])  # on the raw writer
        with db.writing() as session:
            raw = driver_connection(session.connection())
            pages = raw.execute("PRAGMA page_count").fetchone()[0]
            raw.execute(f"PRAGMA max_page_count = {pages + 5}")
        with pytest.raises(DatabaseError) as full:
            add_contacts(db, [ContactDraft(f"Later {i}", note="x" * 3000) for i in range(200)])
        assert full.value.problem is DatabaseProblem.DISK_FULL
        assert search_contacts(db).total == 2
