"""The A-Z jump (where the names at a letter begin, in each alphabet) and the favourites."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import ContactSort
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import contact_rows, ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.favourites import favourite_ids, favourites, set_favourite, shortcuts
from crm_desktop.services.name_jump import first_row_at, letters_present


def _names_at(db: Database, letter: str, *, descending: bool = False) -> str:
    ids = ordered_contact_ids(db, sort=ContactSort.NAME, descending=descending)
    row = first_row_at(db, ids, letter, descending=descending)
    assert row is not None
    return contact_rows(db, [ids[row]])[0].name


def _fill(db: Database, families: list[str]) -> None:
    add_contacts(db, [ContactDraft(given_name="X", family_name=f) for f in families])


@pytest.mark.parametrize(
    ("language", "families", "letter", "expected"),
    [
        ("en_GB", ["Zeta", "adams", "Baker", "Miller", "Moore", "Émile"], "M", "X Miller"),
        ("en_GB", ["Zeta", "adams", "Baker", "Émile", "Evans"], "E", "X Émile"),
        ("en_GB", ["Zeta", "adams", "Baker", "Miller"], "C", "X Miller"),  # none at C: next
        ("ca_ES", ["Bosch", "Çanet", "Costa", "Dalí"], "C", "X Çanet"),  # Ç folded as C
        ("ca_ES", ["Bosch", "Cabré", "Çanet", "Dalí"], "D", "X Dalí"),
        ("el_GR", ["Ωμέγα", "Άλφα", "Βήτα", "Σίσυφος", "Μαρκόπουλος"], "Μ", "X Μαρκόπουλος"),
        ("el_GR", ["Ωμέγα", "Άλφα", "Βήτα"], "Α", "X Άλφα"),  # the tonos folded away
        ("ar_EG", ["يوسف", "أحمد", "بكر", "محمد", "منصور"], "م", "X محمد"),
        ("ar_EG", ["يوسف", "أحمد", "بكر"], "ا", "X أحمد"),  # the hamza folded away
        ("fa_IR", ["پاکزاد", "بهرامی", "تهرانی", "وحیدی", "هاشمی"], "پ", "X پاکزاد"),
        ("fa_IR", ["گلستانی", "کریمی", "لطفی"], "گ", "X گلستانی"),
        ("fa_IR", ["هاشمی", "وحیدی", "یزدی"], "و", "X وحیدی"),  # Persian: vav before heh
        ("fa_IR", ["هاشمی", "وحیدی", "یزدی"], "ه", "X هاشمی"),
    ],
)
def test_the_jump_lands_on_the_first_name_at_the_letter(
    tmp_path: Path, language: str, families: list[str], letter: str, expected: str
) -> None:
    db = open_database(tmp_path / "crm.sqlite3", language)
    try:
        _fill(db, families)
        assert _names_at(db, letter) == expected
    finally:
        db.close()


def test_a_letter_after_every_name_lands_on_the_last_row(db: Database) -> None:
    _fill(db, ["Adams", "Baker"])
    ids = ordered_contact_ids(db)
    assert first_row_at(db, ids, "Z") == 1
    assert first_row_at(db, [], "Z") is None


def test_in_descending_order_the_jump_lands_on_the_letters_first_row(db: Database) -> None:
    _fill(db, ["Adams", "Miller", "Moore", "Zeta"])
    assert _names_at(db, "M", descending=True) == "X Moore"
    assert _names_at(db, "B", descending=True) == "X Adams"


def test_the_letters_some_name_starts_at_are_found_in_either_order(db: Database) -> None:
    _fill(db, ["adams", "Émile", "Miller", "Moore", "Zeta", "42nd Street"])
    letters = "ABCDEMZ"
    for descending in (False, True):
        ids = ordered_contact_ids(db, sort=ContactSort.NAME, descending=descending)
        assert letters_present(db, ids, letters, descending=descending) == set("AEMZ")
        without_zeta = [i for i in ids if contact_rows(db, [i])[0].name != "X Zeta"]
        assert letters_present(db, without_zeta, letters, descending=descending) == set("AEM")
    assert letters_present(db, [], letters) == set()


def test_the_persian_letters_present_follow_its_alphabet(tmp_path: Path) -> None:
    db = open_database(tmp_path / "crm.sqlite3", "fa_IR")
    try:
        _fill(db, ["پاکزاد", "وحیدی", "یزدی"])
        ids = ordered_contact_ids(db, sort=ContactSort.NAME)
        assert letters_present(db, ids, "ابپوهی") == {"پ", "و", "ی"}
    finally:
        db.close()


def test_the_jump_reads_a_filtered_list_too(db: Database) -> None:
    _fill(db, ["Adams", "Miller", "Moore", "Zeta"])
    everyone = ordered_contact_ids(db)
    ids = [everyone[0], everyone[2], everyone[3]]  # Miller filtered out
    row = first_row_at(db, ids, "M")
    assert row is not None and contact_rows(db, [ids[row]])[0].name == "X Moore"


def test_a_pinned_contact_stays_pinned_when_the_database_opens_again(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    db = open_database(path, "en_GB")
    _fill(db, ["Adams", "Baker", "Clark"])
    ids = ordered_contact_ids(db)
    assert set_favourite(db, ids[2], True)
    assert set_favourite(db, ids[0], True)
    assert not set_favourite(db, ids[0], True)  # pinned already
    db.close()
    again = open_database(path, "en_GB")
    try:
        assert [(f.id, f.name) for f in favourites(again)] == [
            (ids[2], "X Clark"),
            (ids[0], "X Adams"),
        ]  # in the order pinned
        assert set_favourite(again, ids[2], False)
        assert [f.id for f in favourites(again)] == [ids[0]]
    finally:
        again.close()


def test_a_trashed_favourite_leaves_the_list_and_comes_back_with_its_contact(
    db: Database,
) -> None:
    _fill(db, ["Adams"])
    (contact,) = ordered_contact_ids(db)
    set_favourite(db, contact, True)
    trash_contacts(db, [contact])
    assert favourites(db) == []
    assert favourite_ids(db) == {contact}
    assert shortcuts(db, [contact]) == []


def test_pinning_a_contact_that_does_not_exist_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError):
        set_favourite(db, 999, True)
    assert favourites(db) == []


def test_shortcuts_keep_the_order_asked(db: Database) -> None:
    _fill(db, ["Adams", "Baker", "Clark"])
    a, b, c = ordered_contact_ids(db)
    assert [s.name for s in shortcuts(db, [c, a, 12345, b])] == ["X Clark", "X Adams", "X Baker"]
