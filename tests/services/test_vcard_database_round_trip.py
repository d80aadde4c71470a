"""Import, export in each vCard version, import again: the second database equals the first,
and vobject reads every export (our fixtures, one quirk each, and the whole shared corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject

from crm_desktop.interop.vcard_export import VERSIONS
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.importing import DuplicatePolicy
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.exporting import account_drafts, export_vcards
from crm_desktop.services.importing import import_files
from tests.paths import DATA

QUIRKS = [
    "vcard21-greek-windows-1253-no-charset.vcf",
    "vcard21-cyrillic-windows-1251-no-charset.vcf",
    "vcard21-hebrew-windows-1255-charset-only-on-label.vcf",
    "vcard40-thunderbird-raw-cr-in-custom-field.vcf",
    "vcard30-property-names-with-space-and-slash.vcf",
    "vcard30-label-quoted-printable.vcf",
]


def _contents(db: Database) -> tuple[list[ContactDraft], list[AccountDraft]]:
    """Every contact (in the order they were created) and account, whole."""
    ids = sorted(ordered_contact_ids(db))
    return [card.draft for card in get_contacts(db, ids)], account_drafts(db)


def _import(db: Database, files: list[Path]) -> None:
    summary = import_files(db, files, duplicates=DuplicatePolicy.CREATE)
    assert summary.imported


def _export_and_reimport(first: Database, tmp_path: Path, version: str) -> Database:
    exported = tmp_path / f"export-{version}.vcf"
    written = export_vcards(first, exported, sorted(ordered_contact_ids(first)), version=version)
    text = exported.read_text(encoding="utf-8")
    assert len(list(vobject.readComponents(text, allowQP=True))) == written
    second = open_database(tmp_path / f"second-{version}.sqlite3", "en_GB")
    _import(second, [exported])
    return second


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", QUIRKS)
def test_a_quirky_file_comes_back_into_an_equal_database(
    tmp_path: Path, name: str, version: str
) -> None:
    with open_database(tmp_path / "first.sqlite3", "en_GB") as first:
        _import(first, [DATA / name])
        with _export_and_reimport(first, tmp_path, version) as second:
            assert _contents(second) == _contents(first)


@pytest.mark.parametrize("version", VERSIONS)
def test_the_whole_corpus_comes_back_into_an_equal_database(
    tmp_path: Path, corpus: Path, version: str
) -> None:
    files = [p for p in sorted((corpus / "vcard").glob("*/*.vcf")) if p.name != "7.vcf"]
    with open_database(tmp_path / "first.sqlite3", "en_GB") as first:
        _import(first, files)
        with _export_and_reimport(first, tmp_path, version) as second:
            contacts, accounts = _contents(first)
            assert len(contacts) > 80
            assert _contents(second) == (contacts, accounts)
