"""Search as the user types, in every script our users write, and the list's order."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.records.contacts import ContactSort
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    ContactDraft,
    CustomValue,
    EmailValue,
    PhoneValue,
)
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database

PEOPLE = (
    ContactDraft(given_name="Γιώργος", family_name="Παπαδόπουλος",
                 accounts=(AccountLinkDraft("Ακρόπολη Εμπορική Α.Ε."),)),
    ContactDraft(given_name="Lluís", family_name="Col·lell", note="Vol el catàleg en català"),
    ContactDraft(given_name="علی", family_name="رضایی", phones=(PhoneValue("+98 (21) 555-0199"),)),
    ContactDraft(given_name="محمد", family_name="الكريمي"),
    ContactDraft(given_name="Li", family_name="Wei", emails=(EmailValue("li.wei@harbor.example"),)),
    ContactDraft(given_name="Núria", family_name="Puig", phones=(PhoneValue("+34 972 11 22 33"),),
                 custom_fields=(CustomValue("Region", "Empordà"),)),
    ContactDraft(given_name="Jürgen", family_name="Müller", title="Einkaufsleiter"),
)  # fmt: skip


@pytest.fixture
def people(db: Database) -> Database:
    add_contacts(db, PEOPLE)
    return db


def _names(db: Database, query: str) -> list[str]:
    return [row.name for row in search_contacts(db, query).rows]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("παπαδοπουλος", "Γιώργος Παπαδόπουλος"),  # no tonos, final sigma typed as σ
        ("ΠΑΠΑΔΌΠΟΥΛΟΣ", "Γιώργος Παπαδόπουλος"),
        ("γιωρ", "Γιώργος Παπαδόπουλος"),
        ("ακροπολη", "Γιώργος Παπαδόπουλος"),  # by account
        ("lluis", "Lluís Col·lell"),
        ("collell", "Lluís Col·lell"),
        ("catala", "Lluís Col·lell"),  # by note
        ("علي", "علی رضایی"),  # Arabic yeh finds Persian yeh
        ("رضايي", "علی رضایی"),  # both yehs Arabic
        ("کریمی", "محمد الكريمي"),  # keheh finds Arabic kaf
        ("harbor", "Li Wei"),  # email fragment
        ("li.wei@", "Li Wei"),
        ("5550199", "علی رضایی"),  # phone digits
        ("555-0199", "علی رضایی"),
        ("(21) 555", "علی رضایی"),
        ("972 11 22", "Núria Puig"),
        ("emporda", "Núria Puig"),  # custom field
        ("einkauf", "Jürgen Müller"),  # title
        ("muller", "Jürgen Müller"),
        ("mü", "Jürgen Müller"),  # a two-letter word prefix
        ("j", "Jürgen Müller"),  # one letter
        ("li", "Li Wei"),  # a two-letter name the trigram index cannot find
        ("li wei", "Li Wei"),  # every word must match
        ("wei li", "Li Wei"),
    ],
)
def test_search_ignores_case_accents_and_interchangeable_letters(
    people: Database, query: str, found: str
) -> None:
    assert found in _names(people, query)


@pytest.mark.parametrize("query", ["li müller", "xyz", "5550198", "παπαδοπουλου"])
def test_search_finds_nothing_that_does_not_match(people: Database, query: str) -> None:
    page = search_contacts(people, query)
    assert (page.total, page.rows) == (0, ())


def test_search_counts_every_match_but_returns_one_page(db: Database) -> None:
    add_contacts(
        db, (ContactDraft(given_name="Anna", family_name=f"Serra {i:04d}") for i in range(3000))
    )
    add_contacts(db, [ContactDraft(given_name="Joan", family_name="Puig")])
    page = search_contacts(db, "serra", limit=50)
    assert page.total == 3000
    assert [row.name for row in page.rows] == [f"Anna Serra {i:04d}" for i in range(50)]
    second = search_contacts(db, "a", limit=50, offset=50)  # many matches: the index walk
    assert second.total == 3000
    assert second.rows[0].name == "Anna Serra 0050"
    last = search_contacts(db, "serra", limit=50, descending=True)
    assert last.rows[0].name == "Anna Serra 2999"


def test_an_empty_query_lists_everybody_in_name_order(people: Database) -> None:
    page = search_contacts(people)
    assert page.total == len(PEOPLE)
    names = [row.name for row in page.rows]
    assert names[:5] == ["Lluís Col·lell", "Jürgen Müller", "Núria Puig", "Li Wei",
                         "Γιώργος Παπαδόπουλος"]  # fmt: skip


def test_names_sort_by_family_name_in_the_greek_alphabet(db: Database) -> None:
    family = ["Ωραιόπουλος", "Αλεξίου", "Ζαχαρίου", "Έψιλον", "Βασιλείου"]
    add_contacts(db, [ContactDraft(given_name="Άννα", family_name=name) for name in family])
    rows = search_contacts(db).rows
    assert [row.name.split()[1] for row in rows] == [
        "Αλεξίου", "Βασιλείου", "Έψιλον", "Ζαχαρίου", "Ωραιόπουλος",
    ]  # fmt: skip


def test_a_persian_user_sees_the_persian_alphabet_order(tmp_path: Path) -> None:
    with open_database(tmp_path / "fa.sqlite3", "fa_IR") as db:
        add_contacts(
            db, [ContactDraft(family_name=n) for n in ("هاشمی", "وحیدی", "گلستانی", "کریمی")]
        )
        assert [row.name for row in search_contacts(db).rows] == [
            "کریمی",
            "گلستانی",
            "وحیدی",
            "هاشمی",
        ]


def test_reopening_in_another_language_rebuilds_the_sort_keys(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "ar_EG") as db:
        add_contacts(db, [ContactDraft(family_name=n) for n in ("وحیدی", "هاشمی")])
        assert [row.name for row in search_contacts(db).rows] == ["هاشمی", "وحیدی"]
    with open_database(path, "fa_IR") as db:
        assert [row.name for row in search_contacts(db).rows] == ["وحیدی", "هاشمی"]


def test_ordered_ids_follow_the_chosen_sort(people: Database) -> None:
    by_name = ordered_contact_ids(people)
    assert len(by_name) == len(PEOPLE)
    newest_first = ordered_contact_ids(people, sort=ContactSort.CREATED, descending=True)
    assert sorted(newest_first) == sorted(by_name)
    assert newest_first[0] == max(by_name)


def test_the_cached_name_order_follows_every_write(db: Database) -> None:
    add_contacts(
        db, (ContactDraft(given_name="Anna", family_name=f"Serra {i:04d}") for i in range(2500))
    )
    first = ordered_contact_ids(db, "a")  # thousands of matches: filtered from the cached order
    assert len(first) == 2500 and first == sorted(first)
    add_contacts(db, [ContactDraft(given_name="Aaron", family_name="Abad")])
    again = ordered_contact_ids(db, "a")
    assert len(again) == 2501 and again[0] == max(again)  # Abad files first
    assert ordered_contact_ids(db, "a", descending=True) == again[::-1]
    assert ordered_contact_ids(db)[0] == again[0]
