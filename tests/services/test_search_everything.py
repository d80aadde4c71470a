"""Search finds a contact through every field and its history, says where, and across
scripts (issue 18)."""

from __future__ import annotations

import sqlite3

import pytest

from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    ImppValue,
    PhoneValue,
    UrlValue,
)
from crm_desktop.records.ids import ContactId
from crm_desktop.records.search import SearchMatch
from crm_desktop.services.activities import create_activity, trash_activities, update_activity
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts, search_matches
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.notes import add_note, edit_note, trash_notes

MARIA = ContactDraft(
    given_name="Maria",
    family_name="Costa",
    title="Buyer",
    department="Procurement",
    emails=(EmailValue("maria@quinta.example"),),
    phones=(PhoneValue("+351 21 555 0188"),),
    addresses=(AddressValue(street="Rua Augusta 5", locality="Lisboa", country="Portugal"),),
    categories=("Christmas card",),
    urls=(UrlValue("https://quinta-verde.example"),),
    custom_fields=(CustomValue("Stand", "Hall B17"),),
    extra=(ExtraValue("X-ASSISTANT", "Joaquim Ferreira"),),
    impp=(ImppValue("xmpp:mcosta@chat.example"),),
    note="Allergic to walnuts",
    accounts=(AccountLinkDraft("Quinta Verde Lda", "Buyer", True),),
)


@pytest.fixture
def maria(db: Database) -> ContactId:
    other = ContactDraft(given_name="Pere", family_name="Soler")
    return add_contacts(db, [MARIA, other])[0]


@pytest.mark.parametrize(
    ("query", "field", "text"),
    [
        ("procurement", "department", "Procurement"),
        ("quinta.example", "email", "maria@quinta.example"),
        ("555 0188", "phone", "+351 21 555 0188"),
        ("augusta", "address", "Rua Augusta 5 Lisboa Portugal"),
        ("lisboa", "address", "Rua Augusta 5 Lisboa Portugal"),
        ("portugal", "address", "Rua Augusta 5 Lisboa Portugal"),
        ("christmas", "category", "Christmas card"),
        ("quinta-verde", "url", "https://quinta-verde.example"),
        ("b17", "custom_field", "Hall B17"),
        ("joaquim", "property", "Joaquim Ferreira"),
        ("mcosta@chat", "property", "xmpp:mcosta@chat.example"),
        ("walnuts", "note", "Allergic to walnuts"),
        ("verde lda", "account", "Quinta Verde Lda"),
    ],
)
def test_each_field_of_a_contact_finds_it_and_says_where(
    db: Database, maria: ContactId, query: str, field: str, text: str
) -> None:
    assert ordered_contact_ids(db, query) == [maria]
    assert SearchMatch(field, text) in search_matches(db, query, [maria])[maria]


def test_a_hit_in_the_name_is_not_reported(db: Database, maria: ContactId) -> None:
    assert search_matches(db, "costa", [maria]) == {maria: ()}


@pytest.mark.parametrize(
    ("subject", "details", "outcome", "query"),
    [
        ("Trade show in Marousi", "", "", "marousi"),
        ("Call", "Met at the olive oil fair", "", "olive oil"),
        ("Call", "", "Wants the 2027 samples", "samples"),
    ],
)
def test_an_activity_finds_its_contacts_and_is_reported(
    db: Database, maria: ContactId, subject: str, details: str, outcome: str, query: str
) -> None:
    create_activity(
        db,
        ActivityDraft(
            "call", subject, details=details, outcome=outcome, status="done",
            contact_ids=(maria,),
        ),
    )  # fmt: skip
    assert ordered_contact_ids(db, query) == [maria]
    [match] = search_matches(db, query, [maria])[maria]
    assert match.field == "activity"
    assert query.split()[-1] in match.text.lower()


def test_a_note_finds_its_contact_and_is_reported(db: Database, maria: ContactId) -> None:
    add_note(db, "Prefers meetings on Thursday mornings", contact_id=maria)
    assert ordered_contact_ids(db, "thursday") == [maria]
    assert search_matches(db, "thursday", [maria])[maria] == (
        SearchMatch("note", "Prefers meetings on Thursday mornings"),
    )


def test_editing_or_trashing_history_updates_what_finds_the_contact(
    db: Database, maria: ContactId
) -> None:
    activity = create_activity(
        db, ActivityDraft("call", "Pricing for olives", contact_ids=(maria,))
    )
    note = add_note(db, "Likes figs", contact_id=maria)
    update_activity(
        db, activity.id, ActivityDraft("call", "Pricing for wine", contact_ids=(maria,))
    )
    edit_note(db, note.id, "Likes dates")
    assert ordered_contact_ids(db, "olives") == []
    assert ordered_contact_ids(db, "figs") == []
    assert ordered_contact_ids(db, "wine") == [maria]
    assert ordered_contact_ids(db, "dates") == [maria]
    trash_activities(db, [activity.id])
    trash_notes(db, [note.id])
    assert ordered_contact_ids(db, "wine") == []
    assert ordered_contact_ids(db, "dates") == []


def test_logging_an_activity_indexes_only_that_activity(db: Database, maria: ContactId) -> None:
    with sqlite3.connect(db.path) as raw:
        before = raw.execute("SELECT doc FROM contact_fts WHERE rowid = ?", (maria,)).fetchone()
    activity = create_activity(db, ActivityDraft("call", "Sent the Christmas hamper",
                                                 contact_ids=(maria,)))  # fmt: skip
    with sqlite3.connect(db.path) as raw:
        after = raw.execute("SELECT doc FROM contact_fts WHERE rowid = ?", (maria,)).fetchone()
        docs = raw.execute("SELECT rowid, doc FROM activity_fts").fetchall()
        pending = raw.execute("SELECT count(*) FROM search_pending").fetchone()[0]
    raw.close()
    assert before == after
    assert docs == [(activity.id, "sent the christmas hamper")]
    assert pending == 0


def test_terms_may_match_in_different_places(db: Database, maria: ContactId) -> None:
    create_activity(db, ActivityDraft("call", "Trade show", contact_ids=(maria,)))
    assert ordered_contact_ids(db, "lisboa trade") == [maria]
    assert ordered_contact_ids(db, "lisboa nowhere") == []
    page = search_contacts(db, "lisboa trade")
    assert page.total == 1


def test_a_trashed_contact_is_not_found_through_its_history(db: Database, maria: ContactId) -> None:
    create_activity(db, ActivityDraft("call", "Trade show", contact_ids=(maria,)))
    trash_contacts(db, [maria])
    assert ordered_contact_ids(db, "trade") == []
    assert search_contacts(db, "trade").total == 0


SCRIPTS = (
    ContactDraft(given_name="Γιώργος", family_name="Παπαδόπουλος"),
    ContactDraft(given_name="Юлия", family_name="Щербакова"),
    ContactDraft(given_name="محمد", family_name="کریمی"),
    ContactDraft(given_name="Giorgos", family_name="Oikonomou"),
    ContactDraft(given_name="Ivan", family_name="Petrov"),
    ContactDraft(given_name="Mohammad", family_name="Hosseini"),
)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("papadopoulos", ["Γιώργος Παπαδόπουλος"]),  # Latin finds Greek
        ("shcherbakova", ["Юлия Щербакова"]),  # Latin finds Cyrillic
        ("karimi", ["محمد کریمی"]),  # Latin finds Persian (consonants)
        ("Οικονόμου", ["Giorgos Oikonomou"]),  # Greek finds Latin
        ("Петров", ["Ivan Petrov"]),  # Cyrillic finds Latin
        ("حسینی", ["Mohammad Hosseini"]),  # Arabic script finds Latin (consonants)
        ("mohammad", ["Mohammad Hosseini", "محمد کریمی"]),
    ],
)
def test_transliteration_finds_names_across_scripts_both_ways(
    db: Database, query: str, found: list[str]
) -> None:
    add_contacts(db, SCRIPTS)
    page = search_contacts(db, query, limit=10)
    assert sorted(row.name for row in page.rows) == sorted(found)


def test_a_skeleton_never_matches_ordinary_latin_text(db: Database) -> None:
    add_contacts(db, [ContactDraft(given_name="Kerem", family_name="Demir")])
    assert ordered_contact_ids(db, "karim") == []


def test_an_account_is_found_through_its_contacts_and_its_history(
    db: Database, maria: ContactId
) -> None:
    from crm_desktop.services.accounts import account_rows

    [quinta] = [row for row in account_rows(db) if row.name == "Quinta Verde Lda"]
    create_activity(db, ActivityDraft("call", "Harvest forecast", account_id=quinta.id))
    add_note(db, "Family business since 1921", account_id=quinta.id)
    for query in ("quinta", "costa", "lisboa", "harvest", "1921", "walnuts"):
        assert [row.name for row in account_rows(db, query)] == ["Quinta Verde Lda"], query
    assert account_rows(db, "nowhere") == []
