"""Importing files through the services: one transaction, duplicates, problems, cancel."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.errors import CrmError, NoRecordsError, NothingImportedError
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.records.importing import DuplicatePolicy
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts
from crm_desktop.services.contacts import Cancelled, CancelToken, add_contacts, get_contact
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.exporting import export_vcards
from crm_desktop.services.importing import ImportAborted, import_files
from crm_desktop.services.sample_data import generate_contacts
from tests.paths import DATA

CARDS = """BEGIN:VCARD\r
VERSION:3.0\r
UID:uid-ana\r
FN:Ana Puig\r
N:Puig;Ana;;;\r
EMAIL:ana@puig.example\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Jordi Ferrer\r
TEL:+34 600 111 222\r
ORG:Vilaseca Vins\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Pau Serra\r
END:VCARD\r
"""


def _file(tmp_path: Path, text: str, name: str = "cards.vcf") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _total(db: Database) -> int:
    return search_contacts(db).total


def test_importing_the_same_file_twice_never_doubles_anybody(db: Database, tmp_path: Path) -> None:
    path = _file(tmp_path, CARDS)
    first = import_files(db, [path])
    assert (first.imported, first.merged, first.failed) == (3, 0, 0)
    for policy in DuplicatePolicy.MERGE, DuplicatePolicy.SKIP:
        again = import_files(db, [path], duplicates=policy)
        assert again.imported == 0
        assert _total(db) == 3


def test_merge_adds_what_is_missing_and_never_overwrites(db: Database, tmp_path: Path) -> None:
    [contact_id] = add_contacts(
        db,
        [
            ContactDraft(
                formatted_name="Ana P.", title="Buyer", emails=(EmailValue("ANA@puig.example"),)
            )
        ],
    )
    path = _file(
        tmp_path,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nTITLE:CEO\r\nEMAIL:ana@puig.example\r\n"
        "TEL:+34 972 000 111\r\nNOTE:met at the fair\r\nEND:VCARD\r\n",
    )
    summary = import_files(db, [path])
    assert (summary.imported, summary.merged) == (0, 1)
    card = get_contact(db, contact_id).draft
    assert (card.formatted_name, card.title) == ("Ana P.", "Buyer")  # never overwritten
    assert [p.value for p in card.phones] == ["+34 972 000 111"]  # added
    assert card.note == "met at the fair"  # was empty: filled
    assert [e.value for e in card.emails] == ["ANA@puig.example"]  # same address, not doubled
    assert search_contacts(db, "972000111").total == 1  # the index knows the new phone


def test_skip_and_create_policies(db: Database, tmp_path: Path) -> None:
    path = _file(tmp_path, CARDS)
    import_files(db, [path])
    skipped = import_files(db, [path], duplicates=DuplicatePolicy.SKIP)
    assert (skipped.imported, skipped.skipped) == (0, 3)
    created = import_files(db, [path], duplicates=DuplicatePolicy.CREATE)
    assert created.imported == 3
    assert _total(db) == 6


def test_a_phone_with_other_punctuation_is_the_same_person(db: Database, tmp_path: Path) -> None:
    import_files(db, [_file(tmp_path, CARDS)])
    other = _file(
        tmp_path,
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:J. Ferrer\r\nTEL;CELL:+34-600-111-222\r\nEND:VCARD\r\n",
        "b.vcf",
    )
    assert import_files(db, [other]).merged == 1


def test_a_broken_card_is_reported_and_the_rest_go_in(db: Database) -> None:
    summary = import_files(db, [DATA / "vcard30-broken-card-between-good.vcf"])
    assert (summary.imported, summary.failed) == (2, 1)
    [problem] = [p for p in summary.problems if p.fatal]
    assert (problem.file, problem.line) == ("vcard30-broken-card-between-good.vcf", 9)


def test_strict_aborts_with_nothing_written(db: Database, tmp_path: Path) -> None:
    import_files(db, [_file(tmp_path, CARDS)])
    with pytest.raises(ImportAborted, match=":9:"):
        import_files(db, [DATA / "vcard30-broken-card-between-good.vcf"], strict=True)
    assert _total(db) == 3


@pytest.mark.parametrize("name", ["empty.vcf", "not-a-vcard-jpeg.vcf"])
def test_a_file_with_no_card_is_refused_and_nothing_is_written(db: Database, name: str) -> None:
    with pytest.raises(NoRecordsError, match=name):
        import_files(db, [DATA / name])
    assert _total(db) == 0


@pytest.mark.parametrize("name", ["empty.vcf", "not-a-vcard-jpeg.vcf"])
def test_a_file_of_a_batch_with_no_card_is_reported_and_the_others_are_imported(
    db: Database, tmp_path: Path, name: str
) -> None:
    good = _file(tmp_path, CARDS)
    summary = import_files(db, [DATA / name, good])
    assert (summary.imported, summary.failed, summary.unread_files) == (3, 0, (name,))
    assert not summary.complete
    first = summary.problems[0]
    assert (first.file, first.line, first.fatal) == (name, 0, True)
    assert first.message.endswith(": file not imported")
    assert _total(db) == 3


def test_a_batch_of_files_none_of_which_can_be_read_names_each_and_imports_nothing(
    db: Database, tmp_path: Path
) -> None:
    with pytest.raises(NothingImportedError) as refused:
        import_files(db, [DATA / "empty.vcf", tmp_path / "gone.vcf", DATA / "not-a-vcard-jpeg.vcf"])
    assert [name for name, _ in refused.value.unread] == [
        "empty.vcf", "gone.vcf", "not-a-vcard-jpeg.vcf"
    ]  # fmt: skip
    assert str(refused.value).startswith("nothing was imported: none of the 3 files can be read")
    assert _total(db) == 0


def test_strict_refuses_a_batch_with_a_file_that_cannot_be_read(
    db: Database, tmp_path: Path
) -> None:
    with pytest.raises(ImportAborted, match=r"empty\.vcf"):
        import_files(db, [_file(tmp_path, CARDS), DATA / "empty.vcf"], strict=True)
    assert _total(db) == 0


def test_a_folder_or_a_missing_file_is_refused(db: Database, tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.vcf"):
        with pytest.raises(CrmError, match=str(path.name)):
            import_files(db, [path])


def test_cancel_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    add_contacts(db, [ContactDraft(formatted_name="Already Here")])
    source = tmp_path / "source.sqlite3"
    with open_database(source, "en") as other:
        add_contacts(other, generate_contacts(2000))
        big = tmp_path / "big.vcf"
        export_vcards(other, big, ordered_contact_ids(other), with_accounts=False)
    token = CancelToken()

    def progress(read: int) -> None:
        if read >= 1000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_files(db, [big], progress=progress, cancel=token)
    assert [row.name for row in search_contacts(db).rows] == ["Already Here"]


def test_an_org_card_becomes_an_account_found_case_insensitively(db: Database) -> None:
    summary = import_files(db, [DATA / "vcard40-tel-uri-partial-dates.vcf"])
    assert summary.imported == 2
    with sqlite3.connect(db.path) as raw:
        accounts = raw.execute("SELECT name FROM accounts").fetchall()
    assert len(accounts) == 1  # "Αιγαίο Τρόφιμα" and "ΑΙΓΑΊΟ ΤΡΌΦΙΜΑ" are one company
    [link] = get_contact(db, summary.contact_ids[0]).accounts
    assert link.name == accounts[0][0]


def test_corpus_imports_in_one_go(db: Database, corpus: Path) -> None:
    files = [p for p in sorted((corpus / "vcard").glob("*/*.vcf")) if p.name != "7.vcf"]
    summary = import_files(db, files)
    assert summary.failed == 3
    assert summary.imported + summary.merged + summary.skipped == 91
    assert import_files(db, files).imported == 0


COMPANY = """BEGIN:VCARD\r
VERSION:4.0\r
KIND:org\r
FN:Vilaseca Vins\r
ORG:Vilaseca Vins\r
URL:https://other.example\r
TEL:+34 900 000 000\r
NOTE:from the second file\r
END:VCARD\r
"""


@pytest.mark.parametrize("policy", list(DuplicatePolicy))
def test_a_company_card_never_overwrites_the_account_of_that_name(
    db: Database, tmp_path: Path, policy: DuplicatePolicy
) -> None:
    first = COMPANY.replace("https://other.example", "https://vilaseca.example")
    first = first.replace("+34 900 000 000", "+34 933 111 222").replace("second", "first")
    import_files(db, [_file(tmp_path, first, "first.vcf")])
    [original] = account_rows(db)

    summary = import_files(db, [_file(tmp_path, COMPANY, "second.vcf")], duplicates=policy)

    kept = get_account(db, original.id)
    assert (kept.website, kept.note) == ("https://vilaseca.example", "from the first file")
    assert [p.value for p in kept.phones] == ["+34 933 111 222"]
    rows = account_rows(db)
    if policy is DuplicatePolicy.CREATE:
        assert summary.imported == 1
        assert len(rows) == 2
        [new] = [r for r in rows if r.id != original.id]
        assert get_account(db, new.id).website == "https://other.example"
    else:
        assert summary.imported == 0
        assert len(rows) == 1
