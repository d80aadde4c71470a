"""The one read path: the raw reader, and a database whose writer opens only when needed."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from crm_desktop.errors import AlreadyRunningError
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database, read_database
from crm_desktop.store.reader import open_reader


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    return path


def test_a_missing_or_empty_file_has_no_reader_until_the_writer_makes_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert open_reader(missing) is None
    missing.touch()
    assert open_reader(missing) is None


def test_two_threads_read_at_once_each_in_a_transaction_of_its_own(path: Path) -> None:
    reader = open_reader(path)
    assert reader is not None
    both_inside = threading.Barrier(2, timeout=10)
    counts: list[int] = []

    def read() -> None:
        with reader.reading() as connection:
            both_inside.wait()  # the other thread holds its own read transaction meanwhile
            counts.append(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    reader.close()
    assert counts == [2, 2]


def test_a_database_opened_to_read_opens_its_writer_at_the_first_write(path: Path) -> None:
    with read_database(path) as db:
        assert not db.writer_open
        assert search_contacts(db).total == 2
        assert not db.writer_open  # reads alone never open it
        add_contacts(db, [ContactDraft("Joan Vila")])
        assert db.writer_open
        assert search_contacts(db).total == 3  # the reader sees what was written


def test_a_database_opened_to_read_writes_beside_the_window_that_has_it(path: Path) -> None:
    with open_database(path, "en") as window, read_database(path) as db:
        assert search_contacts(db).total == 2  # reading beside the window: no lock needed
        add_contacts(db, [ContactDraft("Joan Vila")])  # a writer of its own, with no lock
        assert db.beside_of is not None and db.beside_of.pid == os.getpid()
        assert window.lock.held
        assert search_contacts(db).total == search_contacts(window).total == 3
        with pytest.raises(AlreadyRunningError):
            db.lock  # noqa: B018  (what needs the lock, as a restore does, is refused)
