"""Bulk inserts handed to a helper thread during an import (store.write_pipeline): the same
rows in the same order and one transaction; a read waits for them; a failed insert is raised
to the writer, keeps being raised, and nothing of the write is committed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.interop.csv_export import write_outlook_csv
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.importing import import_files
from crm_desktop.store.connection import configure, connect
from crm_desktop.store.write_pipeline import PipelinedConnection, insert_rows, pipelined


@pytest.fixture
def connection(tmp_path: Path) -> sqlite3.Connection:
    path = tmp_path / "crm.sqlite3"
    open_database(path, "en").close()
    raw = connect(path, PipelinedConnection)
    configure(raw)
    raw.execute("CREATE TABLE numbers (n INTEGER PRIMARY KEY, word TEXT NOT NULL)")
    return raw


def test_rows_go_in_in_order_and_a_read_in_between_sees_every_row_before_it(
    connection: sqlite3.Connection,
) -> None:
    connection.execute("BEGIN IMMEDIATE")
    seen: list[int] = []
    with pipelined(connection):
        for start in range(0, 20_000, 2_000):  # statements of at most 32,766 values
            insert_rows(
                connection,
                "numbers",
                ("n", "word"),
                [(n, f"w{n}") for n in range(start, start + 2_000)],
            )
            seen.append(connection.execute("SELECT count(*) FROM numbers").fetchone()[0])
    connection.execute("COMMIT")
    assert seen == list(range(2_000, 20_001, 2_000))
    rows = connection.execute("SELECT n, word FROM numbers ORDER BY rowid").fetchall()
    assert rows == [(n, f"w{n}") for n in range(20_000)]


def test_a_failed_insert_is_raised_at_the_next_use_again_and_again_and_nothing_commits(
    connection: sqlite3.Connection,
) -> None:
    connection.execute("INSERT INTO numbers VALUES (7, 'already here')")
    connection.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError), pipelined(connection):
        insert_rows(connection, "numbers", ("n", "word"), [(1, "one"), (2, "two")])
        insert_rows(connection, "numbers", ("n", "word"), [(7, "seven again")])
        insert_rows(connection, "numbers", ("n", "word"), [(8, "eight")])  # may go in first
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("SELECT 1")
        with pytest.raises(sqlite3.IntegrityError):  # once failed, no write goes on top
            insert_rows(connection, "numbers", ("n", "word"), [(9, "nine")])
    connection.execute("ROLLBACK")
    assert connection.execute("SELECT n FROM numbers").fetchall() == [(7,)]


def test_an_import_on_the_raw_writer_writes_every_row_and_a_second_one_merges_them(
    tmp_path: Path,
) -> None:
    """The raw writer's connection hands an import's inserts over: every contact is there
    and searchable; the same file again merges them all (its matching reads wait for the
    inserts) and doubles nobody."""
    path = tmp_path / "crm.sqlite3"
    open_database(path, "en").close()  # a current file: the raw writer serves the import
    people = [
        ContactDraft(
            given_name=f"Given{i}",
            family_name=f"Family{i}",
            emails=(EmailValue(f"person{i}@example.com"),),
        )
        for i in range(1_200)  # batches of 500: inserts overlap the reading of the next
    ]
    csv_file = tmp_path / "people.csv"
    with csv_file.open("w", encoding="utf-8", newline="") as out:
        write_outlook_csv(people, out)
    with open_database(path, "en") as db:
        first = import_files(db, [csv_file])
        assert (first.imported, first.merged) == (1_200, 0)
        assert search_contacts(db).total == 1_200
        assert [row.name for row in search_contacts(db, "person1199").rows] == [
            "Given1199 Family1199"
        ]
        again = import_files(db, [csv_file])
        assert (again.imported, again.merged) == (0, 1_200)
        assert search_contacts(db).total == 1_200
