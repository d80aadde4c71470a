"""CSV files from Outlook, Google, Thunderbird and others, as contact drafts."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.errors import NoRecordsError
from crm_desktop.interop.csv_columns import map_columns
from crm_desktop.interop.csv_export import neutralized, write_google_csv, write_outlook_csv
from crm_desktop.interop.csv_import import FIELD_LIMIT, read_csv_file
from crm_desktop.interop.vcard_import import ReadCard
from crm_desktop.records.drafts import ContactDraft, CustomValue, EmailValue, PhoneValue
from crm_desktop.records.problems import Problem
from tests.paths import DATA


def _drafts(path: Path, **options: object) -> list[ContactDraft]:
    drafts = []
    for item in read_csv_file(path, **options):  # type: ignore[arg-type]
        assert isinstance(item, ReadCard) and isinstance(item.record, ContactDraft)
        drafts.append(item.record)
    return drafts


def _drafts_and_warnings(path: Path, **options: object) -> tuple[list[ContactDraft], list[str]]:
    """The drafts, and the warnings (the only problems allowed here)."""
    drafts, warnings = [], []
    for item in read_csv_file(path, **options):  # type: ignore[arg-type]
        if isinstance(item, Problem):
            assert not item.fatal and item.file == path.name
            warnings.append(item.message)
        else:
            assert isinstance(item.record, ContactDraft)
            drafts.append(item.record)
    return drafts, warnings


@pytest.mark.parametrize(
    ("name", "rows", "first_email"),
    [
        ("roundcube/gmail.csv", 1, "home@aaa.pl"),
        ("roundcube/outlook.csv", 1, "test1@domain.tld"),
        ("roundcube/tb_plain.csv", 1, "test@domain.tld"),
        ("roundcube/all.csv", 1, None),
        ("thunderbird/basic_csv_addressbook.csv", 2, "john@doe.invalid"),
        ("thunderbird/csv_semicolon.csv", 2, "john@doe.invalid"),
    ],
)
def test_every_corpus_csv_reads_with_its_rows(
    corpus: Path, name: str, rows: int, first_email: str | None
) -> None:
    drafts = _drafts(corpus / "csv" / name)
    assert len(drafts) == rows
    if first_email:
        assert drafts[0].emails[0].value == first_email


def test_old_google_csv_fields(corpus: Path) -> None:
    [d] = _drafts(corpus / "csv/roundcube/gmail.csv")
    assert (d.prefix, d.given_name, d.additional_names, d.family_name, d.suffix) == (
        "Prefix", "Firstname", "Middle", "Lastname", "Suffix",
    )  # fmt: skip
    assert d.birthday == "1975-12-12" and d.note == 'note"note'
    assert d.categories == ("Test",)  # "* My Contacts" is Google's own group


def test_a_bom_does_not_stick_to_the_first_header_and_day_first_dates(corpus: Path) -> None:
    [d] = _drafts(corpus / "csv/roundcube/all.csv")
    assert d.birthday == "1991-01-20"  # 20/01/1991: day first, since 20 is no month


def test_outlook_csv_in_windows_1253_with_a_multi_line_note() -> None:
    eleni, jordi = _drafts(DATA / "outlook-windows-1253-greek.csv")
    assert (eleni.given_name, eleni.family_name) == ("Ελένη", "Παπαδοπούλου")
    assert eleni.accounts[0].name == "Αιγαίο Τρόφιμα" and eleni.title == "Αγοραστής"
    assert eleni.birthday == "1980-04-15"  # Outlook's M/D/YYYY
    assert eleni.categories == ("Customer", "VIP")
    assert eleni.note == "Πρώτη γραμμή\r\nδεύτερη, με κόμμα"
    assert eleni.addresses[0].postal_code == "01058"  # the leading zero stays
    assert [(p.value, p.types) for p in eleni.phones] == [
        ("+30 210 555 0101", ("work", "voice")),
        ("+30 697 000 1111", ("cell",)),
    ]
    assert jordi.birthday is None  # 0/0/00 is Outlook's "no date"


def test_utf16_tab_delimited_persian() -> None:
    [d] = _drafts(DATA / "outlook-utf16le-tab.csv")
    assert (d.given_name, d.family_name, d.phones[0].value) == ("علی", "رضایی", "+98 912 345 6789")


def test_a_localized_outlook_header_french_semicolon() -> None:
    [d] = _drafts(DATA / "outlook-french-semicolon.csv")
    assert (d.prefix, d.given_name, d.family_name) == ("M.", "François", "Lefèvre")
    assert d.accounts[0].name == "Lumière Conseil"  # "Société " with its trailing space
    assert (d.birthday, d.categories) == ("1991-01-20", ("Client",))


def test_unknown_headers_are_guessed_and_nothing_is_dropped() -> None:
    [d], [warning] = _drafts_and_warnings(DATA / "act-export-unknown-headers.csv")
    assert CustomValue("ID/Status", "Customer") in d.custom_fields  # uncertain: kept, and told
    assert '"ID/Status"' in warning and "--mapping" in warning
    assert d.formatted_name == "Anna Serra"
    assert d.accounts[0].name == "Cal Pep" and d.emails[0].value == "anna@calpep.example"
    assert CustomValue("Referred By", "Jordi") in d.custom_fields  # kept as a custom field
    assert map_columns(["Mobile", "Zip"], []).targets() == (
        "phone:cell",
        "address:work:postal_code",
    )


def test_a_saved_mapping_overrides_the_guesses() -> None:
    [d] = _drafts(DATA / "act-export-unknown-headers.csv", mapping={"ID/Status": "categories"})
    assert d.categories == ("Customer",)


def test_a_file_without_rows_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("First Name,Last Name\r\n", encoding="utf-8")
    with pytest.raises(NoRecordsError, match=r"empty\.csv"):
        _drafts(empty)


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("http://x")', "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "+1 555 0100 ext. 7",
     "plain"],
)  # fmt: skip
def test_formula_injection_is_neutralized_and_undone_on_reimport(
    tmp_path: Path, value: str
) -> None:
    draft = ContactDraft(
        "Ana", given_name="Ana", note=value, phones=(PhoneValue("+44 20 7946 0000", ("cell",)),)
    )
    out = io.StringIO()
    write_outlook_csv([draft], out)
    text = out.getvalue()
    if value != "plain":
        cells = next(csv.reader(io.StringIO(text.lstrip("\ufeff").split("\r\n", 1)[1])))
        assert neutralized(value) in cells and neutralized(value).startswith("'")
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    [again] = _drafts(path)
    assert again.note == value and again.phones[0].value == "+44 20 7946 0000"


def test_google_csv_export_reads_back(tmp_path: Path) -> None:
    draft = ContactDraft(
        "Eleni", given_name="Ελένη", family_name="Παπαδοπούλου", categories=("Customer",),
        emails=(EmailValue("eleni@aegean.example", ("work",)), EmailValue("lena@home.example", ("home",))),
        phones=(PhoneValue("+30 210 555 0101", ("work",)),),
        custom_fields=(CustomValue("Region", "Attica"),),
    )  # fmt: skip
    out = io.StringIO()
    write_google_csv([draft], out)
    path = tmp_path / "google.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    [again] = _drafts(path)
    assert [(e.value, e.types) for e in again.emails] == [
        ("eleni@aegean.example", ("work",)), ("lena@home.example", ("home",)),
    ]  # fmt: skip
    assert again.categories == ("Customer",) and again.custom_fields == (
        CustomValue("Region", "Attica"),
    )


@pytest.mark.parametrize("writer", [write_google_csv, write_outlook_csv])
def test_a_contact_named_only_by_its_formatted_name_keeps_it_in_csv(
    tmp_path: Path, writer: Callable[[list[ContactDraft], io.StringIO], object]
) -> None:
    out = io.StringIO()
    writer([ContactDraft("Frank Dawson", emails=(EmailValue("frank@lotus.example"),))], out)
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    [again] = _drafts(path)
    assert "Frank Dawson" in (again.formatted_name, again.given_name)


def _legacy_csv(tmp_path: Path, text: str, code_page: str) -> Path:
    path = tmp_path / f"{code_page}.csv"
    path.write_bytes(("First Name,Last Name,City\r\n" + text).encode(code_page))
    return path


@pytest.mark.parametrize(
    ("row", "code_page", "locale_name"),
    [
        # charset-normalizer scores these alike in -1250 and -1252: Outlook's Western wins.
        ("José,Muñoz Ibáñez,Logroño\r\nNúria,Puigcerdà i Vilà,Cerdanyola\r\n", "cp1252", None),
        # -1251 and -1253 tie on Greek: Greek wins (our users' script), or the locale says so.
        ("Γιώργος,Παπαδόπουλος,Θεσσαλονίκη\r\n", "cp1253", None),
        ("Γιώργος,Παπαδόπουλος,Θεσσαλονίκη\r\n", "cp1253", "el_GR.UTF-8"),
        # Read as -1252, Polish gives "£ukasz": a symbol inside a word, so -1250 wins.
        ("Łukasz,Wąsowski,Łódź\r\n", "cp1250", None),
        ("محمد,العلي,دمشق\r\n", "cp1256", "fa_IR"),
        ("José,Muñoz,Logroño\r\n", "cp1252", None),  # a DOS code page edges ahead here
    ],
)
def test_a_legacy_code_page_tie_is_broken_by_the_text_and_the_locale(
    tmp_path: Path, row: str, code_page: str, locale_name: str | None
) -> None:
    path = _legacy_csv(tmp_path, row, code_page)
    drafts = _drafts(path, locale_name=locale_name)
    first = row.split("\r\n")[0].split(",")
    assert (drafts[0].given_name, drafts[0].family_name) == (first[0], first[1])


def test_the_locale_breaks_a_tie_the_text_cannot(tmp_path: Path) -> None:
    """ "Muñoz" is "Muńoz" in Windows-1250, and both are words: a Czech locale reads it so."""
    path = _legacy_csv(tmp_path, "José,Muñoz,Logroño\r\n", "cp1252")
    assert _drafts(path, locale_name="cs_CZ")[0].family_name == "Muńoz"
    assert _drafts(path, locale_name="ca_ES")[0].family_name == "Muñoz"


def test_the_users_encoding_overrides_detection(tmp_path: Path) -> None:
    path = _legacy_csv(tmp_path, "José,Muñoz,Logroño\r\n", "cp1252")
    assert _drafts(path, encoding="cp1253")[0].family_name == "Muρoz"


def test_outlook_com_61_column_export() -> None:
    """outlook.live.com's header: "Country/Region", Yomi names, no Categories column."""
    (nuria,) = _drafts(DATA / "outlook-com-61-columns.csv")
    assert (nuria.given_name, nuria.family_name) == ("Núria", "Puigdomènech")
    assert [e.value for e in nuria.emails] == ["nuria@vinyes.example", "nuria.p@casa.example"]
    assert {p.value for p in nuria.phones} == {"+34 600 11 22 33", "+34 93 555 01 01"}
    assert [a.name for a in nuria.accounts] == ["Vinyes del Penedès"]
    (address,) = nuria.addresses
    assert (address.postal_code, address.country, address.types) == ("08720", "Spain", ("work",))
    assert nuria.birthday == "1981-03-07"
    assert nuria.note == "Prefers calls\nafter 10"
    assert CustomValue("Spouse", "Pere") in nuria.custom_fields


def test_outlook_categories_split_on_the_windows_list_separator(tmp_path: Path) -> None:
    """Outlook joins categories with the list separator of Windows: ";" or ","."""
    path = tmp_path / "categories.csv"
    path.write_text(
        '"First Name","Last Name","Categories"\r\n"Ana","Puig","Customer,VIP"\r\n'
        '"Pau","Serra","Supplier; Wine"\r\n',
        encoding="utf-8",
    )
    ana, pau = _drafts(path)
    assert (ana.categories, pau.categories) == (("Customer", "VIP"), ("Supplier", "Wine"))


def test_a_quote_never_closed_is_reported_at_its_row_and_ends_the_file(tmp_path: Path) -> None:
    """Past the field size limit Python's csv module gives up: the rows before are kept, and
    the problem names the file and the line where the unreadable row starts."""
    path = tmp_path / "unclosed.csv"
    path.write_text(
        'First Name,Last Name,Notes\r\nAna,Puig,ok\r\nPau,Serra,"'
        + "x" * (FIELD_LIMIT + 10)
        + "\r\nJoan,Vila,ok\r\n",
        encoding="utf-8",
    )
    items = list(read_csv_file(path))
    assert isinstance(items[0], ReadCard) and items[0].record.given_name == "Ana"
    assert len(items) == 2 and isinstance(items[1], Problem)
    assert (items[1].file, items[1].line, items[1].fatal) == ("unclosed.csv", 3, True)
    assert "not imported" in items[1].message


def test_a_character_set_the_file_cannot_be_read_in_is_told_with_the_file(
    tmp_path: Path,
) -> None:
    from crm_desktop.errors import NoRecordsError
    from crm_desktop.interop.csv_import import read_csv_file

    path = tmp_path / "latin.csv"
    path.write_bytes(b"Name,Email\n\xc1na Gonz\xe1lez,a@b.example\n")
    with pytest.raises(NoRecordsError) as refused:
        list(read_csv_file(path, encoding="utf-16"))  # no byte-order mark to read it by
    assert str(refused.value).startswith(f"{path}: cannot be read in the character set utf-16")


def test_a_row_says_whether_its_text_holds_control_characters() -> None:
    """``ReadCard.plain``: the row whose cells hold a NUL, an escape and a bell is not
    plain (the import takes them out and counts them); the clean row is, and the import
    need not look at its text again."""
    cards = [
        item
        for item in read_csv_file(DATA / "csv-nul-escape-and-bell-in-a-row.csv")
        if isinstance(item, ReadCard)
    ]
    assert [(c.line, c.plain) for c in cards] == [(2, False), (4, True)]
    assert "\x00" in cards[0].record.given_name  # type: ignore[union-attr]
