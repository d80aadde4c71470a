"""What our CSV exports write for Outlook and Google, and how their files are read: the
display name, the name parts, the anniversary and the primary e-mail address."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

import pytest

from crm_desktop.interop.csv_export import OUTLOOK_HEADERS, write_google_csv, write_outlook_csv
from crm_desktop.interop.csv_import import read_csv_file
from crm_desktop.interop.vcard_import import ReadCard
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    EmailValue,
    ImppValue,
    PhoneValue,
    PhotoValue,
)
from tests.paths import DATA

Writer = Callable[[Iterable[ContactDraft], TextIO], int]


def _rows(writer: Writer, *drafts: ContactDraft) -> list[dict[str, str]]:
    out = io.StringIO()
    writer(drafts, out)
    return list(csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff"))))


def _again(tmp_path: Path, writer: Writer, *drafts: ContactDraft) -> list[ContactDraft]:
    out = io.StringIO()
    writer(drafts, out)
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return _read(path)


def _read(path: Path) -> list[ContactDraft]:
    drafts = []
    for item in read_csv_file(path):
        assert isinstance(item, ReadCard) and isinstance(item.record, ContactDraft), item
        drafts.append(item.record)
    return drafts


ONLY_FN = ContactDraft("Frank Dawson", phones=(PhoneValue("+1 555 0100", ("work",)),))
FN_AND_PARTS = ContactDraft(
    "Dr. Eleni P.", prefix="Dr.", given_name="Eleni", family_name="Papadopoulou",
    emails=(EmailValue("eleni@aegean.example", ("work",)),),
)  # fmt: skip


def test_google_csv_writes_the_display_name_as_google_names_it() -> None:
    [row] = _rows(write_google_csv, FN_AND_PARTS)
    assert (row["Name"], row["Name Prefix"], row["First Name"], row["Last Name"]) == (
        "Dr. Eleni P.", "Dr.", "Eleni", "Papadopoulou",
    )  # fmt: skip


@pytest.mark.parametrize("draft", [ONLY_FN, FN_AND_PARTS])
def test_google_csv_keeps_the_display_name_and_the_name_parts_exactly(
    tmp_path: Path, draft: ContactDraft
) -> None:
    [again] = _again(tmp_path, write_google_csv, draft)
    names = ("formatted_name", "prefix", "given_name", "additional_names", "family_name")
    assert [getattr(again, n) for n in names] == [getattr(draft, n) for n in names]


def test_outlook_csv_splits_a_display_name_alone_into_first_and_last_name() -> None:
    [row] = _rows(write_outlook_csv, ONLY_FN)
    assert (row["First Name"], row["Last Name"]) == ("Frank", "Dawson")


def test_outlook_csv_keeps_the_display_name_in_outlooks_email_display_name(
    tmp_path: Path,
) -> None:
    [row] = _rows(write_outlook_csv, FN_AND_PARTS)
    assert row["E-mail Display Name"] == "Dr. Eleni P. (eleni@aegean.example)"
    [again] = _again(tmp_path, write_outlook_csv, FN_AND_PARTS)
    assert (again.formatted_name, again.given_name, again.family_name) == (
        "Dr. Eleni P.", "Eleni", "Papadopoulou",
    )  # fmt: skip


def test_outlook_csv_of_a_contact_without_a_name_writes_no_name() -> None:
    [row] = _rows(write_outlook_csv, ContactDraft("ana@puig.example", emails=(EmailValue(
        "ana@puig.example"),)))  # fmt: skip
    assert (row["First Name"], row["Last Name"], row["E-mail Address"]) == (
        "", "", "ana@puig.example",
    )  # fmt: skip


@pytest.mark.parametrize("writer", [write_google_csv, write_outlook_csv])
def test_the_anniversary_comes_back(tmp_path: Path, writer: Writer) -> None:
    draft = ContactDraft("Ana Puig", given_name="Ana", family_name="Puig",
                         anniversary="2005-06-18")  # fmt: skip
    [again] = _again(tmp_path, writer, draft)
    assert again.anniversary == "2005-06-18"


def test_google_csv_writes_the_anniversary_as_an_event() -> None:
    [row] = _rows(write_google_csv, ContactDraft("Ana", anniversary="2005-06-18"))
    assert (row["Event 1 - Label"], row["Event 1 - Value"]) == ("Anniversary", "2005-06-18")


PRIMARY_SECOND = ContactDraft(
    "Ana Puig", given_name="Ana", family_name="Puig",
    emails=(EmailValue("ana@home.example", ("home",)),
            EmailValue("ana@work.example", ("work",), preferred=True)),
)  # fmt: skip


def test_google_csv_marks_the_primary_email_as_google_does(tmp_path: Path) -> None:
    [row] = _rows(write_google_csv, PRIMARY_SECOND)
    assert [row["E-mail 1 - Label"], row["E-mail 2 - Label"]] == ["Home", "* Work"]
    [again] = _again(tmp_path, write_google_csv, PRIMARY_SECOND)
    assert again.emails == PRIMARY_SECOND.emails  # the order and the flag


def test_outlook_csv_writes_the_primary_email_first(tmp_path: Path) -> None:
    [row] = _rows(write_outlook_csv, PRIMARY_SECOND)
    assert (row["E-mail Address"], row["E-mail 2 Address"]) == (
        "ana@work.example", "ana@home.example",
    )  # fmt: skip


def test_google_csv_keeps_labels_of_the_users_own_and_types_that_are_not_words(
    tmp_path: Path,
) -> None:
    draft = ContactDraft(
        "Ana", given_name="Ana",
        phones=(PhoneValue("1", ("comma", "separated:inside.dquote"), True),
                PhoneValue("2", (), False, "Assistant")),
        addresses=(AddressValue(("both work and home", "postal"), True, extended="Flat 2",
                                label="Flat 2\nCarrer Major 1", custom_label="Studio"),),
        impp=(ImppValue("xmpp:ana@puig.example", ("home",), True),),
        photo=PhotoValue(uri="https://puig.example/ana.jpg"),
    )  # fmt: skip
    [again] = _again(tmp_path, write_google_csv, draft)
    assert (again.phones, again.addresses, again.impp, again.photo) == (
        draft.phones, draft.addresses, draft.impp, draft.photo,
    )  # fmt: skip


def test_outlook_csv_writes_every_phone_in_the_column_outlook_has_for_it(
    tmp_path: Path,
) -> None:
    phones = (
        PhoneValue("1", ("cell",), True), PhoneValue("2", ("work", "voice")),
        PhoneValue("3", ("work", "voice")), PhoneValue("4", ("work", "voice")),
        PhoneValue("5", ("isdn",)), PhoneValue("6", ("x-assistant",)),
    )  # fmt: skip
    [row] = _rows(write_outlook_csv, ContactDraft("Ana", given_name="Ana", phones=phones))
    assert {h: row[h] for h in OUTLOOK_HEADERS if (row[h] and "Phone" in h) or h == "ISDN"} == {
        "Mobile Phone": "1", "Primary Phone": "1", "Business Phone": "2",
        "Business Phone 2": "3", "Other Phone": "4", "ISDN": "5", "Assistant's Phone": "6",
    }  # fmt: skip
    [again] = _again(tmp_path, write_outlook_csv, ContactDraft("Ana", phones=phones))
    assert sorted((p.value, p.types, p.preferred) for p in again.phones) == [
        ("1", ("cell",), True), ("2", ("work", "voice"), False),
        ("3", ("work", "voice"), False), ("4", ("voice",), False), ("5", ("isdn",), False),
        ("6", ("x-assistant",), False),
    ]  # fmt: skip


def test_outlook_csv_writes_the_extended_address_as_a_street_line() -> None:
    draft = ContactDraft("Ana", addresses=(AddressValue(
        ("home",), street="Carrer Major 1\nEscala B", extended="3r 2a", locality="Vic"),))  # fmt: skip
    [row] = _rows(write_outlook_csv, draft)
    assert [row["Home Street"], row["Home Street 2"], row["Home Street 3"]] == [
        "Carrer Major 1", "Escala B", "3r 2a",
    ]  # fmt: skip


def test_outlook_csv_keeps_role_and_outlooks_own_custom_columns(tmp_path: Path) -> None:
    from crm_desktop.records.drafts import CustomValue

    draft = ContactDraft(
        "Ana", given_name="Ana", role="Buyer",
        custom_fields=(CustomValue("Spouse", "Pere"), CustomValue("Hobby", "Sailing")),
        accounts=(AccountLinkDraft("Vinyes", "", True),),
    )  # fmt: skip
    [row] = _rows(write_outlook_csv, draft)
    assert (row["Profession"], row["Spouse"], row["Hobby"]) == ("Buyer", "Pere", "Sailing")
    [again] = _again(tmp_path, write_outlook_csv, draft)
    assert again.role == "Buyer"
    assert again.custom_fields == draft.custom_fields[::-1]  # in Outlook's column order


def test_googles_current_csv_primary_label_anniversary_and_photo() -> None:
    eleni, jordi = _read(DATA / "google-csv-current-primary-label-anniversary-event.csv")
    assert [(e.value, e.types, e.preferred) for e in eleni.emails] == [
        ("lena@home.example", ("home",), False), ("eleni@aegean.example", ("work",), True),
    ]  # fmt: skip
    assert (eleni.anniversary, eleni.birthday) == ("2005-06-18", "--04-15")
    assert eleni.photo == PhotoValue(uri="https://lh3.googleusercontent.com/contacts/abc")
    assert eleni.categories == ("Customers",)
    assert [(p.value, p.types) for p in jordi.phones] == [("+34 93 555 0102", ("work-fax",))]
    assert jordi.emails[0].preferred


def test_outlooks_email_display_name_gives_the_display_name_and_primary_phone_marks() -> None:
    eleni, jordi = _read(DATA / "outlook-csv-email-display-name-primary-phone.csv")
    assert (eleni.formatted_name, eleni.prefix, eleni.given_name) == ("Dr. Eleni P.", "Dr.",
                                                                      "Eleni")  # fmt: skip
    assert [(p.value, p.types, p.preferred) for p in eleni.phones] == [
        ("+30 210 555 0101", ("work", "voice"), False), ("+30 697 000 1111", ("cell",), True),
    ]  # fmt: skip
    assert (eleni.anniversary, eleni.role) == ("2005-06-18", "Buyer for the islands")
    # A "Display as" the user typed (not "Name (address)") is not taken for the name
    assert jordi.formatted_name == ""
    assert [(p.value, p.types, p.preferred) for p in jordi.phones] == [
        ("+34 93 555 0102", (), True)
    ]
