"""crm-desktop export --format mail-merge: the CSV a word processor's mail merge reads (UTF-8
with a BOM, the address block by country convention, the usual fields, formulas neutralized)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from crm_desktop.interop.mail_merge_csv import MAIL_MERGE_HEADERS
from crm_desktop.records.drafts import AddressValue, ContactDraft, EmailValue, PhoneValue
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.cli.conftest import Cli


def _fill(db: Database) -> None:
    add_contacts(
        db,
        [
            ContactDraft(
                formatted_name="Dr. Eleni Papadopoulou", prefix="Dr.", given_name="Eleni",
                family_name="Papadopoulou", title="Buyer",
                emails=(EmailValue("eleni@aegean.example"),),
                phones=(PhoneValue("+30 210 555 0101"),),
                addresses=(AddressValue(("work",), street="Stadiou 1\nFloor 3", locality="Athina",
                                        postal_code="105 58", country="Greece"),),
            ),
            ContactDraft(
                formatted_name="=HYPERLINK(\"http://evil\")", given_name="Mallory",
                family_name="@SUM(A1)",
                addresses=(AddressValue(street="1 Main St", locality="Springfield", region="IL",
                                        postal_code="62701", country="USA"),),
            ),
            ContactDraft(formatted_name="No Address", emails=(EmailValue("na@example.org"),)),
        ],
    )  # fmt: skip
    db.close()


def test_mail_merge_csv_has_a_bom_the_columns_and_an_address_block(
    cli: Cli, db: Database, tmp_path: Path
) -> None:
    _fill(db)
    target = tmp_path / "merge.csv"
    ran = cli("--db", str(db.path), "export", "--format", "mail-merge", "--home-country", "GR",
              "--out", str(target))  # fmt: skip
    assert ran.status == 0, ran.err
    assert "3 contacts written" in ran.err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == MAIL_MERGE_HEADERS
    assert MAIL_MERGE_HEADERS[0] == "Address block"
    for column in (
        "Title",
        "FirstName",
        "LastName",
        "Company",
        "JobTitle",
        "Address1",
        "Address2",
        "City",
        "State",
        "PostalCode",
        "Country",
        "Email",
        "Salutation",
    ):
        assert column in MAIL_MERGE_HEADERS  # fmt: skip
    by_first = {row["FirstName"]: row for row in rows}
    eleni = by_first["Eleni"]
    # Domestic (home GR): no country line; the postal code before the city.
    assert eleni["Address block"] == "Dr. Eleni Papadopoulou\nStadiou 1\nFloor 3\n105 58 Athina"
    assert (eleni["Title"], eleni["LastName"], eleni["JobTitle"]) == (
        "Dr.",
        "Papadopoulou",
        "Buyer",
    )
    assert (eleni["Address1"], eleni["Address2"], eleni["City"]) == (
        "Stadiou 1",
        "Floor 3",
        "Athina",
    )
    assert (eleni["PostalCode"], eleni["Country"]) == ("105 58", "Greece")
    assert eleni["Email"] == "eleni@aegean.example" and eleni["Phone"] == "+30 210 555 0101"
    assert eleni["Salutation"] == "Dr. Papadopoulou"
    nobody = by_first[""]
    assert nobody["Address block"] == "" and nobody["Email"] == "na@example.org"


def test_mail_merge_neutralizes_formulas_and_writes_abroad_addresses_with_the_country(
    cli: Cli, db: Database
) -> None:
    _fill(db)
    ran = cli("--db", str(db.path), "export", "--format", "mail-merge", "--home-country", "GR")
    assert ran.status == 0, ran.err
    rows = list(csv.DictReader(io.StringIO(ran.out.removeprefix("\ufeff"), newline="")))
    mallory = next(row for row in rows if row["FirstName"] == "Mallory")
    assert mallory["FullName"] == '\'=HYPERLINK("http://evil")'
    assert mallory["LastName"] == "'@SUM(A1)" and mallory["Salutation"] == "'@SUM(A1)"
    assert mallory["Address block"].startswith("'=HYPERLINK")
    assert mallory["Address block"].endswith("1 Main St\nSPRINGFIELD, IL 62701\nUNITED STATES")


def test_mail_merge_takes_a_query(cli: Cli, db: Database) -> None:
    _fill(db)
    ran = cli("--db", str(db.path), "export", "--format", "mail-merge", "Papadopoulou")
    rows = list(csv.DictReader(io.StringIO(ran.out.removeprefix("\ufeff"), newline="")))
    assert [row["LastName"] for row in rows] == ["Papadopoulou"]
