"""Field by field, one real export of each client, and our own fixtures, one quirk each."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.errors import NoRecordsError
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file
from crm_desktop.records.drafts import AccountDraft, ContactDraft, RelatedValue
from crm_desktop.records.problems import Problem
from tests.paths import DATA


def _records(path: Path) -> list[ContactDraft | AccountDraft]:
    return [i.record for i in read_vcard_file(path) if isinstance(i, ReadCard) and i.record]


def _contact(path: Path) -> ContactDraft:
    record = _records(path)[0]
    assert isinstance(record, ContactDraft)
    return record


def test_outlook_21_quoted_printable_bare_types_photo_and_vendor_properties(corpus: Path) -> None:
    c = _contact(corpus / "vcard/ez-vcard/John_Doe_MS_OUTLOOK.vcf")
    assert (c.prefix, c.given_name, c.family_name, c.suffix) == ("Mr.", "John", "Doe", "Sr.")
    assert c.birthday == "1980-03-22"  # basic format 19800322
    assert c.anniversary == "2011-01-13"  # X-MS-ANNIVERSARY
    assert [(p.value, p.types) for p in c.phones][:2] == [
        ("(905) 555-1234", ("work", "voice")),
        ("(905) 666-1234", ("home", "voice")),
    ]
    assert c.emails[0].preferred and c.emails[0].value == "john.doe@ibm.cm"
    assert c.photo is not None and c.photo.media_type == "image/jpeg"
    assert c.photo.data is not None and c.photo.data.startswith(b"\xff\xd8")
    kept = {x.name for x in c.extra}
    assert {"X-MS-OL-DESIGN", "LABEL"} <= kept
    # Outlook's own spellings of what we model: the IM address, and the manager and
    # assistant as related people (relationships once imported)
    assert [m.value for m in c.impp] == ["johny5@aol.com"]
    assert c.related == (RelatedValue("Manager", "Big Blue"), RelatedValue("Assistant", "Jenny"))
    assert c.custom_fields == ()
    assert not {"X-MS-IMADDRESS", "X-MS-MANAGER", "X-MS-ASSISTANT"} & kept
    label = next(x for x in c.extra if x.name == "LABEL")
    assert label.value.startswith("Cresent moon drive\\nAlbaney, N")  # commas kept, not cut


def test_apple_iphone_crcrlf_grouped_labels_and_list_name(corpus: Path) -> None:
    c = _contact(corpus / "vcard/ez-vcard/John_Doe_IPHONE.vcf")
    assert c.additional_names == "Richter,James"
    assistant = [p for p in c.phones if p.custom_label == "_$!<AssistantPhone>!$_"]
    assert [p.value for p in assistant] == ["905-222-1234"]
    assert c.urls[0].custom_label == "_$!<HomePage>!$_"
    assert c.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
    assert ("item3", "X-ABADR") in {(x.group, x.name) for x in c.extra}
    assert c.photo is not None and c.photo.data is not None and len(c.photo.data) == 32531


def test_gmail_keeps_the_comma_vobject_cuts_and_reads_the_anniversary_label(corpus: Path) -> None:
    c = _contact(corpus / "vcard/ez-vcard/John_Doe_GMAIL.vcf")
    assert c.formatted_name == "Mr. John Richter, James Doe Sr."
    assert c.anniversary == "1975-03-01"  # item1.X-ABDATE + _$!<Anniversary>!$_
    assert c.note.endswith("SUCH DAMAGE.\nFavotire Color: Blue")
    assert c.related == (RelatedValue("Spouse", "Jenny"),)  # item2.X-ABRELATEDNAMES, its label
    assert "X-ABLabel" not in {x.name for x in c.extra}  # each label went with its value


def test_android_21_backslashes_follow_androids_importer(corpus: Path) -> None:
    c = _contact(corpus / "vcard/android-vcard/v21_backslash.vcf")
    assert (c.given_name, c.additional_names, c.prefix, c.suffix) == ("A;B\\", "C\\;", "D", ":E")
    assert c.formatted_name == "A;B\\C\\;D:E\\\\"


def test_android_21_soft_break_keeps_the_space_that_is_data(corpus: Path) -> None:
    c = _contact(corpus / "vcard/android-vcard/v21_complicated.vcf")
    assert "come to the aid of their country" in c.note
    assert c.accounts[0].name == "Gump Shrimp Co."


def test_android_21_backslash_continued_address(corpus: Path) -> None:
    c = _contact(corpus / "vcard/android-vcard/v21_adr_multiple_line.vcf")
    assert c.addresses[1].street == "Hermann v. Brevern\\ 9999999\\ Packstation 999"


def test_android_nested_cards_are_three_contacts_children_first(corpus: Path) -> None:
    names = [
        r.formatted_name or r.family_name
        for r in _records(corpus / "vcard/android-vcard/v21_nest.vcf")
    ]
    assert len(names) == 3


def test_evolution_cjk_quoted_printable_split_inside_a_character(corpus: Path) -> None:
    c = _contact(corpus / "vcard/evolution-data-server/5.vcf")
    assert c.formatted_name == "十城目管理大型知座"
    assert "\ufffd" not in c.formatted_name + c.addresses[0].extended


def test_windows_1252_charset_on_a_raw_8bit_value(corpus: Path) -> None:
    assert _contact(corpus / "vcard/roundcube/johndoe.vcf").family_name == "Doë"


def test_utf16_big_endian_without_bom(corpus: Path) -> None:
    c = _contact(corpus / "vcard/roundcube/utf-16_sample.vcf")
    assert (c.given_name, c.family_name) == ("Ǽgean", "ĽdaMonté")


def test_quoted_printable_without_charset_is_read_and_the_guess_is_said(corpus: Path) -> None:
    items = list(read_vcard_file(corpus / "vcard/roundcube/thebat.vcf"))
    [card] = [i for i in items if isinstance(i, ReadCard)]
    assert any("names no charset" in w.message for w in card.warnings)
    assert isinstance(card.record, ContactDraft) and card.record.family_name.startswith("Iksi")


@pytest.mark.parametrize(
    ("name", "organisation"),
    [("roundcube/apple.vcf", "Apple Computer AG"), ("khard/org.vcf", "ACME Inc.")],
)
def test_company_cards_become_accounts(corpus: Path, name: str, organisation: str) -> None:
    [record] = _records(corpus / "vcard" / name)
    assert isinstance(record, AccountDraft) and record.name == organisation


def test_rfc6350_tel_uri_yearless_birthday_and_gender(corpus: Path) -> None:
    c = _contact(corpus / "vcard/ez-vcard/rfc6350-example.vcf")
    assert c.phones[0].value == "+1-418-656-9254;ext=102"  # the tel: scheme is gone
    assert c.phones[0].preferred
    assert (c.birthday, c.anniversary, c.gender) == ("--02-03", "2009-08-08", "M")


def test_photo_type_is_taken_from_its_bytes_not_its_label(corpus: Path) -> None:
    c = _contact(corpus / "vcard/evolution-data-server/photo-1.vcf")
    assert c.photo is not None and c.photo.media_type == "image/png"


def test_an_undecodable_photo_is_kept_verbatim_with_a_warning(corpus: Path) -> None:
    items = list(read_vcard_file(corpus / "vcard/android-vcard/v21_malformed_photo.vcf"))
    [card] = [i for i in items if isinstance(i, ReadCard)]
    assert any("base64" in w.message for w in card.warnings)
    assert isinstance(card.record, ContactDraft) and card.record.photo is None
    assert any(x.name == "PHOTO" for x in card.record.extra)


# ---- our own fixtures, one quirk each -------------------------------------------------------


def test_21_quoted_printable_greek_with_a_soft_break_inside_a_character() -> None:
    c = _contact(DATA / "vcard21-quoted-printable-greek.vcf")
    assert (c.given_name, c.family_name) == ("Ελένη", "Παπαδοπούλου")
    assert c.formatted_name == "Ελένη Παπαδοπούλου"
    assert c.accounts[0].name == "ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ" and c.department == "Sales"
    assert c.note == "First line\nSecond, with a comma and a soft break"
    assert [(p.value, p.types, p.preferred) for p in c.phones] == [
        ("+30 210 555 0101", ("work", "voice"), True),
        ("697-000-1111", ("cell",), False),
    ]


def test_charset_is_per_property_greek_and_windows_1252_in_one_card() -> None:
    c = _contact(DATA / "vcard21-charset-per-property.vcf")
    assert (c.formatted_name, c.note) == ("Ζωή Οικονόμου", "Café, naïve – “quoted”")


def test_utf16_little_endian_with_bom_arabic_and_persian() -> None:
    c = _contact(DATA / "vcard30-utf16le-bom.vcf")
    assert (c.formatted_name, c.accounts[0].name) == ("علی الحسيني", "دار الندى")


def test_a_fold_inside_a_utf8_character_utf8_bom_and_lf_line_ends() -> None:
    c = _contact(DATA / "vcard30-fold-inside-utf8-bom-lf.vcf")
    assert c.formatted_name == "Γιώργος Παπαδόπουλος Καραγιάννης"


def test_a_broken_card_is_reported_by_line_and_its_neighbours_are_read() -> None:
    items = list(read_vcard_file(DATA / "vcard30-broken-card-between-good.vcf"))
    assert [type(i).__name__ for i in items] == ["ReadCard", "Problem", "ReadCard"]
    problem = items[1]
    assert isinstance(problem, Problem)
    assert (problem.file, problem.line) == ("vcard30-broken-card-between-good.vcf", 9)


def test_40_escaped_commas_structured_values_and_kind_org() -> None:
    contact, account = _records(DATA / "vcard40-tel-uri-partial-dates.vcf")
    assert isinstance(contact, ContactDraft) and isinstance(account, AccountDraft)
    assert contact.formatted_name == "Anna Serra, PhD"
    assert contact.phones[0].value == "+1-555-0100;ext=22"
    assert (contact.birthday, contact.anniversary) == ("--04-15", "2005-06")
    assert contact.categories == ("Customer", "Trade fair, 2026")
    assert contact.department == "Πωλήσεις; Εξαγωγές"
    assert contact.addresses[0].street == "Carrer Major 1, 2n"
    assert account.name == "ΑΙΓΑΊΟ ΤΡΌΦΙΜΑ Α.Ε." and account.phones[0].value == "+30-210-555-0199"


@pytest.mark.parametrize("name", ["empty.vcf", "not-a-vcard-jpeg.vcf"])
def test_a_file_without_a_card_is_refused_by_name(name: str) -> None:
    with pytest.raises(NoRecordsError, match=name):
        list(read_vcard_file(DATA / name))


def test_a_folder_is_refused() -> None:
    with pytest.raises(NoRecordsError, match="folder"):
        list(read_vcard_file(DATA))


def test_fixtures_are_what_their_names_say() -> None:
    # Guard against an editor "fixing" a fixture: the quirky bytes must stay.
    raw = (DATA / "vcard30-utf16le-bom.vcf").read_bytes()
    assert raw[:2] == b"\xff\xfe"
    assert b"\n " in (DATA / "vcard30-fold-inside-utf8-bom-lf.vcf").read_bytes()
    assert "Ζωή".encode("iso-8859-7") in (DATA / "vcard21-charset-per-property.vcf").read_bytes()
