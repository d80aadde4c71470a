"""A contact's categories are searched through its links, not its search document (issue
18): a bulk change of categories writes links only, and search follows it at once, word
starts and other spellings included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crm_desktop.records.drafts import AccountDraft, AccountLinkDraft, ContactDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.bulk_actions import categorize, undo_bulk
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from tests.store.test_database import _database_at_revision


def _two(db: Database) -> list[int]:
    return list(
        add_contacts(
            db,
            [
                ContactDraft(given_name="Eleni", family_name="Pappa", categories=("VIP",)),
                ContactDraft(given_name="Jordi", family_name="Puig"),
            ],
        )
    )


def test_removing_contacts_from_a_category_takes_them_out_of_its_search(db: Database) -> None:
    eleni, jordi = _two(db)
    undo = categorize(db, [eleni], ["VIP"], remove=True)
    assert ordered_contact_ids(db, "vip") == []
    undo_bulk(db, undo)
    assert ordered_contact_ids(db, "vip") == [eleni]
    categorize(db, [jordi], ["Christmas card 2026"])
    assert ordered_contact_ids(db, "christmas 2026") == [jordi]
    assert search_contacts(db, "card").total == 1


def test_a_short_term_finds_a_category_by_the_start_of_a_word(db: Database) -> None:
    eleni, jordi = _two(db)
    categorize(db, [jordi], ["Trade-show Marousi"])
    assert ordered_contact_ids(db, "vi") == [eleni]
    assert ordered_contact_ids(db, "ip") == []  # inside a word: not a word start
    assert ordered_contact_ids(db, "sh") == [jordi]  # after a hyphen
    assert ordered_contact_ids(db, "ma") == [jordi]


def test_a_greek_category_is_found_without_its_accents_and_in_latin(db: Database) -> None:
    eleni, _ = _two(db)
    categorize(db, [eleni], ["Πελάτες Αθήνας"])
    assert ordered_contact_ids(db, "αθηνας") == [eleni]
    assert ordered_contact_ids(db, "ΠΕΛΆΤΕΣ") == [eleni]


def test_an_account_is_found_by_a_category_of_its_contacts(db: Database) -> None:
    create_account(db, AccountDraft(name="Aegean Foods"))
    add_contacts(
        db,
        [
            ContactDraft(
                given_name="Nikos",
                accounts=(AccountLinkDraft("Aegean Foods", "", True),),
                categories=("Olive growers",),
            )
        ],
    )
    assert [a.name for a in account_rows(db, "growers")] == ["Aegean Foods"]


def test_a_0016_database_opens_with_categories_out_of_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0016")
    with sqlite3.connect(path) as raw:  # as the app at 0016 left it: the category in the doc
        raw.execute(
            "INSERT INTO categories (id, name, name_fold, position) VALUES (7, 'VIP', 'vip', 9)"
        )
        raw.execute("INSERT INTO contact_categories (contact_id, category_id) VALUES (1, 7)")
        for table in ("contact_fts", "contact_words"):
            raw.execute(f"DELETE FROM {table} WHERE rowid = 1")
            raw.execute(f"INSERT INTO {table} (rowid, doc) VALUES (1, 'ana puig vip')")
    raw.close()
    with open_database(path, "en") as db:
        assert ordered_contact_ids(db, "vip") == [1]  # through its link
        assert ordered_contact_ids(db, "puig") == [1]
        categorize(db, [1], ["VIP"], remove=True)
        assert ordered_contact_ids(db, "vip") == []  # no stale document finds it
