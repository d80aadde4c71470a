"""Migration 0005: a database an older version wrote with times and dates outside the years
1000 to 9998 (an unpadded ``226-12-03T...``, a year-9999 event, a birthday in 0226) opens
repaired, losing nothing: what could be padded is, the rest is set aside where the user
sees it."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from crm_desktop.services.activities import Due, due_activities, get_activity
from crm_desktop.services.contact_list import contact_rows, search_contacts
from crm_desktop.services.contacts import get_contact
from crm_desktop.services.database import open_database
from crm_desktop.services.health import check_database
from crm_desktop.store.search_index import reindex
from crm_desktop.store.times import read_time
from tests.store.test_database import _database_at_revision

_GOOD = "2026-01-01T00:00:00.000000Z"
_MIGRATION = importlib.import_module("crm_desktop.store.migrations.versions.0005_times_in_range")


def _old_database(path: Path) -> None:
    """Revision 0004 with contact 1 (Ana Puig, indexed for search) and the rows older
    versions could write."""
    _database_at_revision(path, "0004")
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO contact_fts (rowid, doc) VALUES (1, 'ana puig ana@puig.example')")
        raw.execute(
            "INSERT INTO contact_words (rowid, doc) VALUES (1, 'ana puig ana@puig.example')"
        )
        raw.execute("UPDATE contacts SET birthday = '0226-12-03', birthday_md = 1203 WHERE id = 1")
        raw.execute(
            "INSERT INTO contacts (id, formatted_name, anniversary, created_at, updated_at) "
            f"VALUES (2, 'Pau Serra', '  1999-05-04 ', '{_GOOD}', '{_GOOD}')"
        )
        rows = [
            # id, kind, subject, details, start, due, status, completed, created
            (1, "task", "Typed 0226", "", None, "226-12-03T09:00:00.000000Z", "open", None, _GOOD),
            (2, "meeting", "Year 9999", "Agenda", "9999-12-31T20:00:00.000000Z", None, "open", None,
             _GOOD),
            (3, "call", "Padded", "", "5-06-07T08:09:10.000000Z", None, "open", None, _GOOD),
            (4, "call", "Short form", "", "2026-03-04T05:06:07Z", None, "done",
             "2026-03-04T06:00:00+01:00", _GOOD),
            (5, "task", "Unreadable", "", None, None, "done", "yesterday", "not a time"),
        ]  # fmt: skip
        raw.executemany(
            "INSERT INTO activities (id, kind, subject, details, start_at, due_at, status, "
            f"completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{_GOOD}')",
            rows,
        )
        raw.executemany("INSERT INTO activity_contacts VALUES (?, 1)", [(i,) for i in range(1, 6)])
        raw.execute(
            "INSERT INTO notes (id, contact_id, body, created_at, updated_at, deleted_at) "
            f"VALUES (1, 1, 'In the Trash', '{_GOOD}', '{_GOOD}', '99999-01-01')"
        )
        assert raw.execute("SELECT next_activity_at FROM contacts WHERE id = 1").fetchone() == (
            "226-12-03T09:00:00.000000Z",  # min() over text: what every list then failed on
        )
    raw.close()


def test_an_old_database_with_bad_times_opens_repaired_and_check_finds_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db:
        assert check_database(db) == []
        assert [row.name for row in contact_rows(db, [1, 2])] == ["Ana Puig", "Pau Serra"]
        assert len(due_activities(db, Due.ALL)) == 3  # the open ones, none failing
        assert db.migration_backup is not None
    with sqlite3.connect(db.migration_backup) as raw:  # the rows as they were, kept too
        assert raw.execute("SELECT due_at FROM activities WHERE id = 1").fetchone() == (
            "226-12-03T09:00:00.000000Z",
        )
    raw.close()


def test_a_time_out_of_range_is_cleared_and_kept_in_the_activity_details(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db:
        typed, year_9999 = get_activity(db, 1), get_activity(db, 2)
    assert typed.due is None
    assert "due 226-12-03T09:00:00.000000Z" in typed.details
    assert year_9999.start is None
    assert year_9999.details.startswith("Agenda\n\nSet aside when the database was upgraded")
    assert "start 9999-12-31T20:00:00.000000Z" in year_9999.details


def test_a_time_that_padding_makes_whole_is_padded_or_put_in_our_form(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db:
        short = get_activity(db, 4)
        with db.raw_reading() as connection:
            stored = connection.execute(
                "SELECT start_at, completed_at FROM activities WHERE id = 4"
            ).fetchone()
    assert tuple(stored) == ("2026-03-04T05:06:07.000000Z", "2026-03-04T05:00:00.000000Z")
    assert short.details == ""  # nothing set aside


def test_a_year_before_1000_that_padding_makes_readable_is_still_set_aside(
    tmp_path: Path,
) -> None:
    """``5-06-07`` pads to a real time, in the year 5: outside the years kept."""
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db:
        padded = get_activity(db, 3)
    assert padded.start is None and "start 5-06-07T08:09:10.000000Z" in padded.details


def test_an_unreadable_clock_time_becomes_the_upgrades_and_the_trash_keeps_its_note(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db, db.raw_reading() as connection:
        created, completed, details = connection.execute(
            "SELECT created_at, completed_at, details FROM activities WHERE id = 5"
        ).fetchone()
        deleted = connection.execute("SELECT deleted_at FROM notes WHERE id = 1").fetchone()[0]
    assert read_time(created) is not None and created > _GOOD  # the upgrade's own time
    assert completed is None and "done yesterday" in details
    assert read_time(deleted) is not None  # still in the Trash


def test_contacts_next_activity_is_computed_again_from_the_repaired_activities(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db, db.raw_reading() as connection:
        last, following = connection.execute(
            "SELECT last_contact_at, next_activity_at FROM contacts WHERE id = 1"
        ).fetchone()
    assert (last, following) == ("2026-03-04T05:00:00.000000Z", None)


def test_a_birthday_outside_the_years_is_kept_as_a_custom_field_and_found_by_search(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db:
        card = get_contact(db, 1)
        assert [row.id for row in search_contacts(db, "0226").rows] == [1]
        with db.raw_writing() as connection:
            migrated = connection.execute("SELECT doc FROM contact_fts WHERE rowid = 1").fetchone()
            reindex(connection, [1])
            rebuilt = connection.execute("SELECT doc FROM contact_fts WHERE rowid = 1").fetchone()
    assert card.draft.birthday is None
    assert [(f.label, f.value) for f in card.draft.custom_fields] == [("Birthday", "0226-12-03")]
    assert migrated == rebuilt  # what the app's own indexing would write


def test_a_partial_date_in_another_accepted_form_is_put_in_ours(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _old_database(path)
    with open_database(path, "en") as db:
        card = get_contact(db, 2)
    assert card.draft.anniversary == "1999-05-04" and card.draft.custom_fields == ()


def test_the_migration_reads_every_form_older_versions_wrote() -> None:
    repaired = _MIGRATION.repaired_time
    assert repaired("226-12-03T09:00:00.000000Z") is None  # the year 226: outside
    assert repaired("1999-12-31T23:00:00-02:00") == "2000-01-01T01:00:00.000000Z"
    assert repaired("2026-12-03 09:00:00") == "2026-12-03T09:00:00.000000Z"
    assert repaired("0001-01-01T00:00:00+05:00") is None  # before the year 1
    partial = _MIGRATION.repaired_partial_date
    assert [partial(v) for v in ("19800415", "--0229", "1980-04", "0000", "1980-02-30")] == [
        "1980-04-15",
        "--02-29",
        "1980-04",
        None,
        None,
    ]
