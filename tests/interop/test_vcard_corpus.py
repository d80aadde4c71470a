"""Every real-world vCard of ../shared/corpus reads with the counts its README states."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.errors import NoRecordsError
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.problems import Problem
from tests.paths import CORPUS

# (persons, organisation cards, group cards, problems) where the file is not "one person".
EXPECTED = {
    "ez-vcard/John_Doe_ANDROID.vcf": (6, 0, 0, 0),
    "ez-vcard/gmail-list.vcf": (3, 0, 0, 0),
    "ez-vcard/rfc2426-example.vcf": (2, 0, 0, 0),
    "android-vcard/v21_multiple_entry.vcf": (3, 0, 0, 0),
    "android-vcard/v21_nest.vcf": (3, 0, 0, 0),
    "kcontacts/vcard10.vcf": (5, 0, 0, 0),
    "roundcube/contacts.vcf": (2, 0, 0, 0),
    "py-vobject/vcard40_org.vcf": (0, 1, 0, 0),
    "khard/org.vcf": (0, 1, 0, 0),
    "roundcube/apple.vcf": (0, 1, 0, 0),
    "roundcube/photo.vcf": (0, 1, 0, 0),
    "py-vobject/vcard40_group.vcf": (0, 0, 1, 0),
    "evolution-data-server/8.vcf": (0, 0, 0, 1),
    "evolution-data-server/9.vcf": (0, 0, 0, 1),
    "kcontacts/vcard4.vcf": (0, 0, 0, 1),
}
NO_CARD_AT_ALL = {"evolution-data-server/7.vcf"}
FILES = sorted(
    str(path.relative_to(CORPUS / "vcard")) for path in (CORPUS / "vcard").glob("*/*.vcf")
)


def _counts(path: Path) -> tuple[int, int, int, int]:
    persons = orgs = groups = problems = 0
    for item in read_vcard_file(path):
        if isinstance(item, Problem):
            problems += item.fatal
        elif item.record is None:
            groups += 1
        elif isinstance(item.record, AccountDraft):
            orgs += 1
        else:
            assert isinstance(item.record, ContactDraft)
            persons += 1
    return persons, orgs, groups, problems


@pytest.mark.parametrize("name", FILES)
def test_every_corpus_file_reads_with_the_expected_counts(corpus: Path, name: str) -> None:
    path = corpus / "vcard" / name
    if name in NO_CARD_AT_ALL:
        with pytest.raises(NoRecordsError):
            _counts(path)
        return
    assert _counts(path) == EXPECTED.get(name, (1, 0, 0, 0))


def test_the_corpus_totals_match_its_readme(corpus: Path) -> None:
    totals = [0, 0, 0, 0]
    for name in FILES:
        if name in NO_CARD_AT_ALL:
            totals[3] += 1
            continue
        for index, count in enumerate(_counts(corpus / "vcard" / name)):
            totals[index] += count
    assert FILES and len(FILES) == 78
    assert totals == [86, 4, 1, 4]


def test_a_problem_names_the_file_and_the_physical_line(corpus: Path) -> None:
    [problem] = [
        i for i in read_vcard_file(corpus / "vcard/kcontacts/vcard4.vcf") if isinstance(i, Problem)
    ]
    assert (problem.file, problem.line) == ("vcard4.vcf", 3)
    assert "no colon" in problem.message


def _first(path: Path) -> ContactDraft:
    for item in read_vcard_file(path):
        if isinstance(item, ReadCard) and isinstance(item.record, ContactDraft):
            return item.record
    raise AssertionError(f"no contact in {path}")
