"""Who a card is at import: the same-person rules of issue 12, case by case, through
``import_files`` (and the summary's merges and possible duplicates)."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    EmailValue,
    PhoneValue,
)
from crm_desktop.records.importing import ImportSummary
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database
from crm_desktop.services.exporting import export_csv, export_vcards
from crm_desktop.services.importing import import_files


def _card(*lines: str) -> str:
    return "".join(f"{line}\r\n" for line in ("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"))


def _file(tmp_path: Path, *cards: str, name: str = "cards.vcf") -> Path:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8", newline="")
    return path


def _total(db: Database) -> int:
    return search_contacts(db).total


def _recorded_pairs(db: Database) -> list[tuple[int, int, str]]:
    with sqlite3.connect(db.path) as connection:
        return connection.execute(
            "SELECT first_id, second_id, reasons FROM possible_duplicates ORDER BY 1, 2"
        ).fetchall()


def _names(db: Database, summary: ImportSummary) -> list[str]:
    return sorted(get_contact(db, cid).draft.formatted_name for cid in summary.contact_ids)


SWITCHBOARD = "+30 210 123 4567"
PEOPLE = ("Eleni Nikolaou", "Kostas Georgiou", "Maria Papadaki", "Nikos Ioannou", "Sofia Dimou")


def test_five_people_on_one_switchboard_are_five_contacts(db: Database, tmp_path: Path) -> None:
    cards = [_card(f"FN:{name}", f"TEL;TYPE=WORK:{SWITCHBOARD}") for name in PEOPLE]
    summary = import_files(db, [_file(tmp_path, *cards)])
    assert (summary.imported, summary.merged) == (5, 0)
    assert _names(db, summary) == sorted(PEOPLE)
    # Each later card shares the number with each earlier one: recorded for review.
    assert len(summary.possible_duplicates) == 10
    first = summary.possible_duplicates[0]
    assert (first.line, first.name, first.contact_name) == (6, "Kostas Georgiou", "Eleni Nikolaou")
    assert first.contact_id is None and first.earlier == ("cards.vcf", 1)
    assert first.reasons == ("phone", "name_conflict")
    assert len(_recorded_pairs(db)) == 10
    # Importing them again matches each one to itself, the shared number notwithstanding.
    again = import_files(db, [_file(tmp_path, *cards)])
    assert (again.imported, again.merged) == (0, 5)
    assert _total(db) == 5


def test_a_family_email_keeps_two_people(db: Database, tmp_path: Path) -> None:
    shared = "EMAIL:papadopoulos.home@example.gr"
    maria = _card("FN:Μαρία Παπαδοπούλου", "N:Παπαδοπούλου;Μαρία;;;", shared)
    nikos = _card("FN:Νίκος Παπαδόπουλος", "N:Παπαδόπουλος;Νίκος;;;", shared)
    add = import_files(db, [_file(tmp_path, maria, name="maria.vcf")])
    summary = import_files(db, [_file(tmp_path, nikos, name="nikos.vcf")])
    assert (summary.imported, summary.merged) == (1, 0)
    assert _total(db) == 2
    (possible,) = summary.possible_duplicates
    assert possible.contact_id == add.contact_ids[0]
    assert possible.contact_name == "Μαρία Παπαδοπούλου"
    assert possible.reasons[0] == "email"
    assert _recorded_pairs(db) == [
        (add.contact_ids[0], summary.contact_ids[0], ",".join(possible.reasons))
    ]
    assert get_contact(db, add.contact_ids[0]).draft.given_name == "Μαρία"


@pytest.mark.parametrize("in_one_file", [False, True])
def test_a_father_and_his_son_sharing_an_email_stay_two_people(
    db: Database, tmp_path: Path, in_one_file: bool
) -> None:
    shared = "EMAIL:family@smith.example"
    father = _card("FN:John Smith", "N:Smith;John;;;", shared)
    son = _card("FN:John Smith Jr.", "N:Smith;John;;;Jr.", "BDAY:1995-04-02", shared)
    if in_one_file:
        summary = import_files(db, [_file(tmp_path, father, son)])
    else:
        import_files(db, [_file(tmp_path, father, name="father.vcf")])
        summary = import_files(db, [_file(tmp_path, son, name="son.vcf")])
    assert summary.merged == 0 and len(summary.possible_duplicates) == 1
    assert _total(db) == 2


def test_empty_email_and_phone_lines_are_no_key(db: Database, tmp_path: Path) -> None:
    """An old phone's backup: every card has an empty EMAIL and TEL line."""
    names = [f"Person {n:03d}" for n in range(150)]
    cards = [_card(f"FN:{name}", f"N:{name};;;;", "EMAIL:", "TEL;TYPE=CELL:") for name in names]
    summary = import_files(db, [_file(tmp_path, *cards)])
    assert (summary.imported, summary.merged, summary.failed) == (150, 0, 0)
    assert summary.possible_duplicates == ()
    assert _total(db) == 150
    assert not get_contact(db, summary.contact_ids[0]).draft.emails
    assert not get_contact(db, summary.contact_ids[0]).draft.phones
    warnings = {p.message for p in summary.problems}
    assert warnings == {"empty e-mail address left out", "empty phone number left out"}
    assert all(not p.fatal for p in summary.problems)
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT count(*) FROM emails").fetchone() == (0,)


def test_same_name_at_different_companies_is_two_people(db: Database, tmp_path: Path) -> None:
    acme = _card("FN:John Smith", "N:Smith;John;;;", "ORG:Acme Ltd")
    globex = _card("FN:John Smith", "N:Smith;John;;;", "ORG:Globex Corp")
    summary = import_files(db, [_file(tmp_path, acme, globex)])
    assert (summary.imported, summary.merged) == (2, 0)
    # One number for both (a mobile passed on) does not make them one either: for review.
    tel = "TEL:+30 697 123 4567"
    again = [
        _card("FN:John Smith", "N:Smith;John;;;", "ORG:Acme Ltd", tel),
        _card("FN:John Smith", "N:Smith;John;;;", "ORG:Initech", tel),
    ]
    second = import_files(db, [_file(tmp_path, *again, name="more.vcf")])
    assert (second.imported, second.merged) == (2, 0)
    (possible,) = second.possible_duplicates
    assert possible.reasons == ("phone", "name", "account_conflict")
    assert _total(db) == 4


def test_two_nameless_cards_are_two_contacts(db: Database, tmp_path: Path) -> None:
    first = _card("N:;;;;", "FN:", "TEL:+30 210 765 4321", "NOTE:gate code 1234")
    second = _card("N:;;;;", "FN:", "TEL:+30 210 765 4321", "EMAIL:other@example.com")
    summary = import_files(db, [_file(tmp_path, first, second)])
    assert (summary.imported, summary.merged) == (2, 0)
    (possible,) = summary.possible_duplicates
    assert possible.reasons == ("phone", "nameless")
    # The same file again doubles nobody: each card is all of one contact.
    again = import_files(db, [_file(tmp_path, first, second)])
    assert (again.imported, again.merged) == (0, 2)
    assert _total(db) == 2


def test_an_accent_variant_with_the_same_email_is_merged(db: Database, tmp_path: Path) -> None:
    accented = _card("FN:Lluís Puig", "N:Puig;Lluís;;;", "EMAIL:lluis@puig.cat")
    plain = _card("FN:Lluis Puig", "N:Puig;Lluis;;;", "EMAIL:LLUIS@puig.cat ", "TEL:+34 600 1")
    summary = import_files(db, [_file(tmp_path, accented, plain)])
    assert (summary.imported, summary.merged) == (1, 1)
    (merge,) = summary.merges
    assert (merge.line, merge.name, merge.contact_name) == (7, "Lluis Puig", "Lluís Puig")
    assert merge.reasons == ("email", "name")
    assert _total(db) == 1


def test_an_accent_variant_with_other_addresses_is_two_contacts(
    db: Database, tmp_path: Path
) -> None:
    girona = _card("FN:Lluís Puig", "N:Puig;Lluís;;;", "ADR;TYPE=HOME:;;Carrer Nou 1;Girona;;;ES")
    lleida = _card("FN:Lluis Puig", "N:Puig;Lluis;;;", "ADR;TYPE=HOME:;;Rambla 9;Lleida;;;ES")
    summary = import_files(db, [_file(tmp_path, girona, lleida)])
    assert (summary.imported, summary.merged) == (2, 0)
    assert summary.merges == ()
    assert _names(db, summary) == ["Lluis Puig", "Lluís Puig"]


def test_greek_and_latin_spellings_with_one_email_are_merged(db: Database, tmp_path: Path) -> None:
    greek = _card("FN:Γιώργος Παπαδόπουλος", "N:Παπαδόπουλος;Γιώργος;;;", "EMAIL:gp@example.gr")
    latin = _card("FN:Giorgos Papadopoulos", "N:Papadopoulos;Giorgos;;;", "EMAIL:gp@example.gr")
    summary = import_files(db, [_file(tmp_path, greek, latin)])
    assert (summary.imported, summary.merged) == (1, 1)
    assert summary.merges[0].reasons == ("email", "transliteration")
    assert get_contact(db, summary.contact_ids[0]).draft.given_name == "Γιώργος"


def test_the_same_uid_is_the_same_person(db: Database, tmp_path: Path) -> None:
    before = _card("UID:urn:uuid:1234", "FN:Anna Berg", "N:Berg;Anna;;;")
    after = _card("UID:urn:uuid:1234", "FN:Anna Lind", "N:Lind;Anna;;;", "EMAIL:anna@lind.se")
    first = import_files(db, [_file(tmp_path, before, name="before.vcf")])
    summary = import_files(db, [_file(tmp_path, after, name="after.vcf")])
    assert (summary.imported, summary.merged) == (0, 1)
    (merge,) = summary.merges
    assert merge.contact_id == first.contact_ids[0] and merge.reasons[0] == "uid"
    assert get_contact(db, first.contact_ids[0]).draft.emails[0].value == "anna@lind.se"


def _people() -> list[ContactDraft]:
    return [
        ContactDraft(
            given_name="Ana",
            family_name="Puig",
            formatted_name="Ana Puig",
            emails=(EmailValue("ana@puig.example", ("work",)),),
            phones=(PhoneValue("+34 600 111 222", ("cell",)),),
            accounts=(AccountLinkDraft("Vilaseca Vins", "Buyer", True),),
        ),
        ContactDraft(
            given_name="Pau",
            family_name="Serra",
            formatted_name="Pau Serra",
            addresses=(
                AddressValue(
                    ("home",),
                    street="Carrer Nou 1",
                    locality="Girona",
                    postal_code="17001",
                    country="Spain",
                ),
            ),
            note="Met at the fair",
            birthday="1980-04-15",
        ),
        ContactDraft(given_name="Jordi", family_name="Ferrer", formatted_name="Jordi Ferrer"),
        ContactDraft(
            given_name="Jordi",
            family_name="Ferrer",
            formatted_name="Jordi Ferrer",
            title="Chef",
            accounts=(AccountLinkDraft("Can Roca", "", True),),
        ),
        ContactDraft(phones=(PhoneValue("+30 210 555 0101"),)),
        ContactDraft(given_name="Όλγα", family_name="Δημητρίου", formatted_name="Όλγα Δημητρίου"),
        # Named only by a formatted name (a CSV row brings it back as a given name), and a
        # formatted name that says the name otherwise than its parts (a CSV has only parts).
        ContactDraft(formatted_name="my former school", phones=(PhoneValue("+49 30 1234567"),)),
        ContactDraft(formatted_name="Kovács János", given_name="János", family_name="Kovács"),
        ContactDraft(
            formatted_name="Dr. Eleni P.",
            prefix="Dr.",
            given_name="Eleni",
            family_name="Papadopoulou",
        ),
    ]


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4", "vcard2.1", "outlook-csv", "google-csv"])
def test_reimporting_our_export_doubles_nobody(db: Database, tmp_path: Path, fmt: str) -> None:
    ids = add_contacts(db, _people())
    path = tmp_path / ("export.csv" if fmt.endswith("-csv") else "export.vcf")
    if fmt.endswith("-csv"):
        export_csv(db, path, ids, fmt)
    else:
        export_vcards(db, path, ids, version={"vcard3": "3.0", "vcard4": "4.0"}.get(fmt, "2.1"))
    summary = import_files(db, [path])
    assert (summary.imported, len(summary.merges), summary.failed) == (0, len(ids), 0)
    assert sorted(m.contact_id for m in summary.merges if m.contact_id) == sorted(ids)
    assert _total(db) == len(ids)


def test_a_dry_run_writes_nothing_and_predicts_the_import(db: Database, tmp_path: Path) -> None:
    import_files(db, [_file(tmp_path, _card("FN:Eleni Nikolaou", f"TEL:{SWITCHBOARD}"))])
    cards = [
        _card("FN:Eleni Nikolaou", f"TEL:{SWITCHBOARD}", "EMAIL:eleni@example.gr"),
        _card("FN:Kostas Georgiou", f"TEL:{SWITCHBOARD}"),
        _card("FN:Kostas Georgiou", "EMAIL:kostas@example.gr", f"TEL:{SWITCHBOARD}"),
        _card("FN:Broken", "not a property"),
    ]
    path = _file(tmp_path, *cards, name="more.vcf")
    backups = len(list((db.path.parent / "backups").glob("*")))
    preview = import_files(db, [path], dry_run=True)
    assert preview.dry_run
    assert _total(db) == 1 and _recorded_pairs(db) == []
    assert len(list((db.path.parent / "backups").glob("*"))) == backups
    summary = import_files(db, [path])
    assert not summary.dry_run
    strip = ("dry_run", "contact_ids")
    assert dataclasses.replace(preview, **dict.fromkeys(strip, None)) == dataclasses.replace(
        summary, **dict.fromkeys(strip, None)
    )
    assert (summary.imported, summary.merged, summary.failed) == (1, 2, 1)
    assert [(m.line, m.earlier) for m in summary.merges] == [(1, None), (12, ("more.vcf", 7))]
    assert _total(db) == 2


def test_keep_apart_creates_a_card_that_would_be_merged(db: Database, tmp_path: Path) -> None:
    ana = _card("FN:Ana Puig", "EMAIL:ana@puig.example")
    path = _file(tmp_path, ana, ana, ana)
    summary = import_files(db, [path], keep_apart=frozenset({("cards.vcf", 11)}))
    assert (summary.imported, summary.merged) == (2, 1)
    assert [m.line for m in summary.merges] == [6]
    assert _total(db) == 2
    assert summary.possible_duplicates == ()  # the user said so: not for review either


def test_a_card_kept_apart_does_not_pull_the_next_ones_away(db: Database, tmp_path: Path) -> None:
    eve = _card("FN:Eve Stone", "EMAIL:eve@stone.example")
    path = _file(tmp_path, eve, eve, eve)
    summary = import_files(db, [path], keep_apart=frozenset({("cards.vcf", 6)}))
    assert (summary.imported, summary.merged) == (2, 1)
    assert [m.line for m in summary.merges] == [11]
    assert _total(db) == 2


def test_an_outlook_style_csv_of_one_office_is_one_contact_each(
    db: Database, tmp_path: Path
) -> None:
    """The sample of Outlook's documentation: five people at one company, one switchboard."""
    rows = [
        "First Name,Last Name,Company,Business Phone,E-mail Address",
        *(
            f"{name.split()[0]},{name.split()[1]},Aegean Traders,+30 210 123 4567,"
            f"{name.split()[0].lower()}@aegean.example"
            for name in PEOPLE
        ),
    ]
    path = tmp_path / "contacts.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    summary = import_files(db, [path])
    assert (summary.imported, summary.merged, summary.failed) == (5, 0, 0)
    assert _total(db) == 5
    assert len(summary.possible_duplicates) == 10
    # From the fourth card on, the number is a switchboard's (held by more than two).
    assert {m.reasons for m in summary.possible_duplicates} == {
        ("phone", "name_conflict"),
        ("phone", "name_conflict", "shared_value"),
    }
    again = import_files(db, [path])
    assert (again.imported, again.merged) == (0, 5)
