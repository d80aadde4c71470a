"""Contacts through the services API: every field stored, accounts, names, one transaction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    ImppValue,
    PhoneValue,
    PhotoValue,
    UrlValue,
)
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import (
    Cancelled,
    CancelToken,
    add_contacts,
    create_contact,
    get_contact,
)
from crm_desktop.services.database import Database

EVERY_FIELD = ContactDraft(
    formatted_name="Dr. Ελένη Παπαδοπούλου-Puig, PhD",
    prefix="Dr.",
    given_name="Ελένη",
    additional_names="Μαρία",
    family_name="Παπαδοπούλου-Puig",
    suffix="PhD",
    nickname="Λένα",
    title="Buyer",
    department="Purchasing; Olive oil",
    role="Decision maker",
    birthday="--04-15",
    anniversary="2005-06-30",
    gender="F",
    photo=PhotoValue("image/png", b"\x89PNG\r\n\x1a\n\x00\x01binary\xff"),
    note="Line one; with, punctuation\nLine two: «quoted» \\ backslash",
    categories=("Customer", "Trade fair 2026"),
    keep_in_touch_days=30,
    emails=(
        EmailValue("eleni@aegean.example", ("work",), True),
        EmailValue("lena@home.example", ("home", "internet"), custom_label="_$!<Other>!$_"),
    ),
    phones=(
        PhoneValue("+30 210 555 0101", ("work", "voice"), True),
        PhoneValue("(0030) 697-000-1111", ("cell",), custom_label="Assistant"),
    ),
    addresses=(
        AddressValue(
            ("work",),
            True,
            "PO 12",
            "2nd floor",
            "Odos Ermou 1",
            "Αθήνα",
            "Attica",
            "10558",
            "Greece",
            "Odos Ermou 1\nΑθήνα",
        ),
    ),
    urls=(UrlValue("https://aegean.example", ("work",), "_$!<HomePage>!$_"),),
    impp=(ImppValue("xmpp:eleni@aegean.example", ("work",), True),),
    custom_fields=(CustomValue("Region", "Attica"), CustomValue("Ύψος παραγγελίας", "10.000 €")),
    extra=(
        ExtraValue("X-ABLabel", "Assistant", group="item1"),
        ExtraValue("X-MS-OL-DESIGN", "<card/>", params=(("CHARSET", ("utf-8",)),)),
    ),
    accounts=(
        AccountLinkDraft("Aegean Foods S.A.", "Buyer", True),
        AccountLinkDraft("Olivera", "Adviser"),
    ),
    uid="urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
)


def test_every_field_of_a_contact_comes_back_as_stored(db: Database) -> None:
    contact_id = create_contact(db, EVERY_FIELD)
    card = get_contact(db, contact_id)
    assert card.draft == EVERY_FIELD
    assert [(a.name, a.title, a.primary) for a in card.accounts] == [
        ("Aegean Foods S.A.", "Buyer", True),
        ("Olivera", "Adviser", False),
    ]
    assert card.organization == "Aegean Foods S.A."
    assert card.created_at.tzinfo is not None
    assert card.deleted_at is None


def test_an_account_is_found_whatever_the_case_and_accents_or_created_once(db: Database) -> None:
    first = create_contact(db, ContactDraft("A", accounts=(AccountLinkDraft("Αιγαίο Τρόφιμα"),)))
    second = create_contact(db, ContactDraft("B", accounts=(AccountLinkDraft("ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ"),)))
    third = create_contact(db, ContactDraft("C", accounts=(AccountLinkDraft("Cal Pep"),)))
    ids = {get_contact(db, i).accounts[0].id for i in (first, second)}
    assert len(ids) == 1
    assert get_contact(db, second).accounts[0].name == "Αιγαίο Τρόφιμα"  # the first spelling
    assert get_contact(db, third).accounts[0].id not in ids


def test_the_first_account_is_primary_when_none_is_marked(db: Database) -> None:
    contact_id = create_contact(
        db, ContactDraft("A", accounts=(AccountLinkDraft("One"), AccountLinkDraft("Two")))
    )
    assert [link.primary for link in get_contact(db, contact_id).accounts] == [True, False]


@pytest.mark.parametrize(
    ("draft", "name"),
    [
        (ContactDraft(prefix="Dr.", given_name="Núria", family_name="Puig"), "Dr. Núria Puig"),
        (ContactDraft(emails=(EmailValue("x@y.example"),)), "x@y.example"),
        (ContactDraft(phones=(PhoneValue("+34 600 000 000"),)), "+34 600 000 000"),
        (ContactDraft(formatted_name="  Ana  "), "Ana"),
    ],
)
def test_a_contact_without_a_formatted_name_is_named_from_what_it_has(
    db: Database, draft: ContactDraft, name: str
) -> None:
    assert get_contact(db, create_contact(db, draft)).draft.formatted_name == name


@pytest.mark.parametrize(
    ("written", "stored"),
    [("1980-04-15", "1980-04-15"), ("19800415", "1980-04-15"), ("--0415", "--04-15"),
     ("--02-29", "--02-29"), ("1980", "1980"), ("1980-04", "1980-04")],
)  # fmt: skip
def test_partial_birthdays_are_kept(db: Database, written: str, stored: str) -> None:
    contact_id = create_contact(db, ContactDraft("A", birthday=written))
    assert get_contact(db, contact_id).draft.birthday == stored


@pytest.mark.parametrize("bad", ["1980-02-30", "--13-01", "15/04/1980", "yesterday"])
def test_an_impossible_birthday_is_refused_and_nothing_is_written(db: Database, bad: str) -> None:
    good = ContactDraft("Good")
    with pytest.raises(InvalidValueError):
        add_contacts(db, [good, ContactDraft("Bad", birthday=bad)])
    assert search_contacts(db).total == 0


def test_a_failure_half_way_through_a_bulk_add_leaves_nothing_behind(db: Database) -> None:
    def drafts() -> Iterator[ContactDraft]:
        for i in range(2500):  # more than two batches are written before the failure
            yield ContactDraft(f"Person {i}", accounts=(AccountLinkDraft(f"Company {i}"),))
        raise OSError("the source file vanished")

    with pytest.raises(OSError, match="vanished"):
        add_contacts(db, drafts())
    assert search_contacts(db).total == 0
    assert search_contacts(db, "person").total == 0


def test_cancelling_a_bulk_add_rolls_everything_back(db: Database) -> None:
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, _expected: int) -> None:
        seen.append(done)
        if done >= 1000:
            token.cancel()

    with pytest.raises(Cancelled):
        add_contacts(
            db, (ContactDraft(f"P{i}") for i in range(3000)), progress=progress, cancel=token
        )
    assert seen == [1000]
    assert search_contacts(db).total == 0


def test_an_unknown_contact_is_reported_by_id(db: Database) -> None:
    with pytest.raises(NotFoundError, match="42"):
        get_contact(db, 42)
