"""Related people on vCards: 4.0's RELATED, Apple's X-ABRELATEDNAMES with its label,
Outlook's X-MS-MANAGER/ASSISTANT/SPOUSE; each version written the way its readers expect,
read back the same by our reader, and parsed by vobject."""

from __future__ import annotations

import io

import pytest
import vobject

from crm_desktop.interop.vcard_export import VERSIONS, contact_card
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_stream
from crm_desktop.interop.vcard_related import related_word
from crm_desktop.records.drafts import AccountDraft, ContactDraft, ExtraValue, RelatedValue

RELATED = (
    RelatedValue("Spouse", "Pere Soler"),
    RelatedValue("Manager", "Jordi Vila"),
    RelatedValue("Assistant", "Marta, Sala; Jr."),
    RelatedValue("Referred by", "Joan Roca"),
    RelatedValue("Child", uri="urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519"),
    RelatedValue("Mentor", "Núria Ferrer"),
)
ANA = ContactDraft(formatted_name="Ana Puig", given_name="Ana", family_name="Puig", related=RELATED)


def _read(text: str) -> list[ContactDraft | AccountDraft]:
    return [
        item.record
        for item in read_vcard_stream(io.BytesIO(text.encode("utf-8")), "t.vcf")
        if isinstance(item, ReadCard) and item.record is not None
    ]


@pytest.mark.parametrize("version", VERSIONS)
def test_related_people_come_back_from_each_version_and_vobject_reads_them(version: str) -> None:
    text = contact_card(ANA, version)
    [card] = vobject.readComponents(text, allowQP=True)
    names = {"4.0": "related", "3.0": "x-abrelatednames", "2.1": "x-abrelatednames"}[version]
    assert names in card.contents
    assert _read(text) == [ANA]


def test_40_writes_related_with_types_references_and_text() -> None:
    text = contact_card(ANA, "4.0")
    for line in (
        "RELATED;TYPE=spouse;VALUE=text:Pere Soler",
        "RELATED;TYPE=manager;VALUE=text:Jordi Vila",
        "RELATED;TYPE=referred-by;VALUE=text:Joan Roca",
        "RELATED;TYPE=child:urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519",
        "RELATED;TYPE=Mentor;VALUE=text:Núria Ferrer",
    ):
        assert f"\r\n{line}\r\n" in text


def test_30_writes_apples_form_with_apples_own_labels() -> None:
    text = contact_card(ANA, "3.0")
    assert "item1.X-ABRELATEDNAMES:Pere Soler\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\n" in text
    assert "item2.X-ABRELATEDNAMES:Jordi Vila\r\nitem2.X-ABLabel:_$!<Manager>!$_\r\n" in text
    assert "X-ABRELATEDNAMES:Joan Roca\r\nitem4.X-ABLabel:Referred by\r\n" in text
    assert "X-MS-" not in text and "RELATED;" not in text


def test_21_writes_outlooks_manager_assistant_and_spouse_and_apples_form_for_the_rest() -> None:
    text = contact_card(ANA, "2.1")
    assert "\r\nX-MS-SPOUSE:Pere Soler\r\n" in text
    assert "\r\nX-MS-MANAGER:Jordi Vila\r\n" in text
    assert "\r\nX-MS-ASSISTANT:Marta, Sala; Jr.\r\n" in text
    assert "X-ABRELATEDNAMES:Joan Roca\r\nitem1.X-ABLabel:Referred by\r\n" in text


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("_$!<Spouse>!$_", "Spouse"),
        ("_$!<Assistant>!$_", "Assistant"),
        ("REFERRED_BY", "Referred by"),  # Google's
        ("referred-by", "Referred by"),
        ("co-worker", "Colleague"),
        ("DOMESTIC_PARTNER", "Domestic partner"),
        ("CustomRelationship", "CustomRelationship"),  # the user's own, as written
    ],
)
def test_each_vendors_spelling_becomes_the_relationships_word(written: str, word: str) -> None:
    assert related_word(written) == word


def test_apples_grouped_form_and_outlooks_properties_are_read() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Doe\r\n"
        "item1.X-ABRELATEDNAMES;type=pref:Jenny\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\n"
        "item2.X-ABRELATEDNAMES:Name13\r\nitem2.X-ABLabel:REFERRED_BY\r\n"
        "X-ABRELATEDNAMES:Unlabelled\r\n"
        "X-MS-MANAGER:Big Blue\r\nX-MS-ASSISTANT:Jenny Two\r\nX-MS-SPOUSE:Jen\r\n"
        "RELATED;TYPE=child;VALUE=text:Child Tester\r\n"
        "END:VCARD\r\n"
    )
    [card] = _read(text)
    assert isinstance(card, ContactDraft)
    assert card.related == (
        RelatedValue("Spouse", "Jenny"),
        RelatedValue("Referred by", "Name13"),
        RelatedValue("", "Unlabelled"),
        RelatedValue("Manager", "Big Blue"),
        RelatedValue("Assistant", "Jenny Two"),
        RelatedValue("Spouse", "Jen"),
        RelatedValue("Child", "Child Tester"),
    )
    assert card.extra == ()  # no label or property also kept raw: nothing written twice


def test_an_organisations_related_people_are_kept_as_written() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Acme\r\nORG:Acme\r\n"
        "RELATED;TYPE=contact:urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519\r\nEND:VCARD\r\n"
    )
    [account] = _read(text)
    assert isinstance(account, AccountDraft)
    assert account.extra == (
        ExtraValue(
            "RELATED",
            "urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519",
            "",
            (("TYPE", ("contact",)),),
        ),
    )
