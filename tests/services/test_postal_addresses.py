"""Postal addresses by their country's convention (records.postal): the order of the lines,
the capitals the post reads by machine, the country line only abroad and in the sender's
language; and the Qt-free country names behind it."""

from __future__ import annotations

import pytest

from crm_desktop.records.countries import country_code, country_name, language_territory
from crm_desktop.records.drafts import AddressValue
from crm_desktop.records.postal import (
    Recipient,
    address_lines,
    block_right_to_left,
    postal_upper,
)

US = Recipient(
    "John Smith",
    "Acme Inc.",
    AddressValue(
        street="1600 Amphitheatre Pkwy", locality="Mountain View", region="CA",
        postal_code="94043", country="USA",
    ),
)  # fmt: skip
GB = Recipient(
    "Jane Doe", "", AddressValue(street="10 Downing Street", locality="London",
                                 postal_code="SW1A 2AA", country="United Kingdom"),
)  # fmt: skip
DE = Recipient(
    "Hans Müller", "Beispiel GmbH",
    AddressValue(street="Hauptstraße 5", locality="Berlin", postal_code="10115",
                 country="Deutschland"),
)  # fmt: skip
FR = Recipient(
    "Jean Dupont", "Société Exemple",
    AddressValue(street="10 rue de la Paix", locality="Paris", postal_code="75002",
                 country="France"),
)  # fmt: skip
GR = Recipient(
    "Ελένη Παπαδοπούλου", "Aegean Foods",
    AddressValue(street="Σταδίου 1", locality="Αθήνα", postal_code="105 58", country="Ελλάδα"),
)  # fmt: skip
ES = Recipient(
    "Jordi Puig", "",
    AddressValue(street="Carrer Major 5", extended="2n 1a", locality="Girona",
                 region="Girona", postal_code="17001", country="Catalunya"),
)  # fmt: skip
IR = Recipient(
    "محمد رضایی", "شرکت نمونه",
    AddressValue(street="خیابان ولیعصر ۱۲", locality="تهران", region="استان تهران",
                 postal_code="1511734711", country="ایران"),
)  # fmt: skip
EG = Recipient(
    "محمد العلي", "",
    AddressValue(street="شارع التحرير ١٠", locality="القاهرة", region="محافظة القاهرة",
                 postal_code="11511", country="مصر"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        (US, ("John Smith", "Acme Inc.", "1600 Amphitheatre Pkwy", "MOUNTAIN VIEW, CA 94043",
              "UNITED STATES")),
        (GB, ("Jane Doe", "10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM")),
        (DE, ("Hans Müller", "Beispiel GmbH", "Hauptstraße 5", "10115 Berlin", "GERMANY")),
        (FR, ("Société Exemple", "Jean Dupont", "10 rue de la Paix", "75002 PARIS", "FRANCE")),
        (GR, ("Ελένη Παπαδοπούλου", "Aegean Foods", "Σταδίου 1", "105 58 Αθήνα", "GREECE")),
        (ES, ("Jordi Puig", "Carrer Major 5", "2n 1a", "17001 GIRONA", "SPAIN")),
        (IR, ("شرکت نمونه", "محمد رضایی", "استان تهران", "تهران", "خیابان ولیعصر ۱۲",
              "1511734711", "IRAN")),
        (EG, ("محمد العلي", "شارع التحرير ١٠", "القاهرة", "محافظة القاهرة", "11511", "EGYPT")),
    ],
    ids=["us", "gb", "de", "fr", "gr", "es-catalonia", "ir", "eg"],
)  # fmt: skip
def test_an_address_abroad_follows_its_countrys_order_with_the_country_last(
    recipient: Recipient, expected: tuple[str, ...]
) -> None:
    assert address_lines(recipient, home_country="NZ", language="en") == expected


def test_domestic_mail_has_no_country_line() -> None:
    assert address_lines(GR, home_country="GR")[-1] == "105 58 Αθήνα"
    assert address_lines(US, home_country="us")[-1] == "MOUNTAIN VIEW, CA 94043"


def test_the_country_line_is_in_the_senders_language_in_capitals_without_greek_accents() -> None:
    assert address_lines(DE, home_country="GR", language="el_GR")[-1] == "ΓΕΡΜΑΝΙΑ"
    assert address_lines(FR, home_country="ES", language="ca")[-1] == "FRANÇA"
    assert address_lines(GR, home_country="IR", language="fa")[-1] == "یونان"
    assert address_lines(US, home_country="EG", language="ar")[-1] == "الولايات المتحدة"


def test_a_country_we_do_not_know_is_kept_as_typed_and_nothing_is_left_off() -> None:
    somewhere = Recipient(
        "Ana Silva", "", AddressValue(street="Rua Augusta 1", locality="Lisboa",
                                      region="Lisboa Region", postal_code="1100-048",
                                      country="Portugal"),
    )  # fmt: skip
    assert address_lines(somewhere, home_country="GR") == (
        "Ana Silva", "Rua Augusta 1", "1100-048 Lisboa", "Lisboa Region", "PORTUGAL"
    )  # fmt: skip


def test_empty_fields_take_their_separator_along() -> None:
    no_state = Recipient("A B", "", AddressValue(locality="Springfield", country="US"))
    assert address_lines(no_state, home_country="US") == ("A B", "SPRINGFIELD")


def test_a_company_card_names_the_company_once() -> None:
    company = Recipient("Acme Inc.", "Acme Inc.", US.address)
    assert address_lines(company, home_country="US")[:2] == ("Acme Inc.", "1600 Amphitheatre Pkwy")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Greece", "GR"), ("Ελλάδα", "GR"), ("ΕΛΛΑΔΑ", "GR"), ("gr", "GR"), ("Catalunya", "ES"),
     ("España", "ES"), ("U.K.", "GB"), ("ایران", "IR"), ("مصر", "EG"), ("السعودية", "SA"),
     ("Atlantis", "")],
)  # fmt: skip
def test_a_country_is_known_by_any_of_its_names(text: str, code: str) -> None:
    assert country_code(text) == code


def test_country_names_and_locale_territories() -> None:
    assert country_name("ES", "ca_ES") == "Espanya"
    assert country_name("ES", "ja") == "Spain"
    assert language_territory("el_GR.UTF-8") == "GR" and language_territory("fa") == ""


def test_postal_capitals_drop_greek_accents_only() -> None:
    assert postal_upper("Αθήνα") == "ΑΘΗΝΑ"
    assert postal_upper("Köln") == "KÖLN"
    assert postal_upper("القاهرة") == "القاهرة"


def test_an_arabic_or_persian_block_reads_right_to_left() -> None:
    assert block_right_to_left(address_lines(IR))
    assert block_right_to_left(address_lines(EG))
    assert not block_right_to_left(address_lines(GR))
    assert not block_right_to_left(("12345", "Berlin"))
