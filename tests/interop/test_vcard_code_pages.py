"""8-bit vCards that name no charset are read in the code page detected for the file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from crm_desktop.interop.code_pages import guess_code_page
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file, read_vcard_stream
from crm_desktop.interop.vcard_lines import HELD_BYTES
from crm_desktop.interop.vcard_syntax import CHUNK
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.problems import Problem
from tests.paths import DATA

GREEK = DATA / "vcard21-greek-windows-1253-no-charset.vcf"
CYRILLIC = DATA / "vcard21-cyrillic-windows-1251-no-charset.vcf"
HEBREW = DATA / "vcard21-hebrew-windows-1255-charset-only-on-label.vcf"
LOCALES = [None, "en_US.UTF-8", "el_GR.UTF-8", "ru_RU.UTF-8", "he_IL.UTF-8", "ar_EG"]


def _only(
    path: Path, encoding: str | None = None, locale_name: str | None = None
) -> tuple[ContactDraft, tuple[Problem, ...]]:
    items = list(read_vcard_file(path, encoding, locale_name))
    [card] = items
    assert isinstance(card, ReadCard) and isinstance(card.record, ContactDraft)
    return card.record, card.warnings


@pytest.mark.parametrize("locale_name", LOCALES)
def test_greek_windows_1253_without_charset_is_read_in_any_locale(locale_name: str | None) -> None:
    c, warnings = _only(GREEK, locale_name=locale_name)
    assert (c.prefix, c.given_name, c.family_name) == ("Κα", "Ελένη", "Παπαδοπούλου")
    assert c.accounts[0].name == "Αιγαίο Τρόφιμα Α.Ε." and c.department == "Πωλήσεις"
    assert (c.addresses[0].street, c.addresses[0].country) == ("Οδός Ερμού 12", "Ελλάδα")
    # quoted-printable with no CHARSET: its bytes are in the same code page
    assert c.note == "Προτιμά τηλεφωνήματα το πρωί.\nΣυνάντηση στη Θεσσαλονίκη"
    assert warnings == ()  # sure: nothing to say


@pytest.mark.parametrize("locale_name", LOCALES)
def test_cyrillic_windows_1251_without_charset_is_read_in_any_locale(
    locale_name: str | None,
) -> None:
    c, warnings = _only(CYRILLIC, locale_name=locale_name)
    assert (c.given_name, c.additional_names, c.family_name) == ("Сергей", "Петрович", "Иванов")
    assert c.title == "Менеджер по закупкам"
    assert c.addresses[0].street == "ул. Ленина, д. 5, кв. 12"
    assert c.note == "Звонить после обеда, предпочитает электронную почту."
    assert warnings == ()


@pytest.mark.parametrize("locale_name", LOCALES)
def test_hebrew_text_follows_the_charset_the_file_names_on_its_label(
    locale_name: str | None,
) -> None:
    c, warnings = _only(HEBREW, locale_name=locale_name)
    assert (c.formatted_name, c.given_name, c.family_name) == ("דוד כהן", "דוד", "כהן")
    assert (c.addresses[0].street, c.addresses[0].locality) == ("רחוב הרצל 10", "תל אביב")
    [label] = [x for x in c.extra if x.name == "LABEL"]
    assert label.value == "רחוב הרצל 10\\nתל אביב"
    assert warnings == ()


def test_without_that_hint_the_guess_is_said_once_and_names_the_alternatives(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hebrew-no-hint.vcf"
    path.write_bytes(HEBREW.read_bytes().replace(b"CHARSET=Windows-1255;", b""))
    c, warnings = _only(path, locale_name="he_IL.UTF-8")
    assert c.formatted_name == "דוד כהן"  # the locale broke the tie
    [warning] = warnings
    assert not warning.fatal and warning.line == 3  # the first text that needed it
    assert "names no charset" in warning.message and "windows-1255" in warning.message
    assert "windows-1253" in warning.message  # what else would have read it
    assert "--encoding" in warning.message


def test_the_users_encoding_wins_over_detection_and_is_not_questioned() -> None:
    c, warnings = _only(GREEK, encoding="cp1251", locale_name="el_GR.UTF-8")
    assert c.given_name == "Ελένη".encode("cp1253").decode("cp1251")
    assert warnings == ()


def test_utf8_values_beside_legacy_ones_stay_utf8() -> None:
    text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ζωή Οικονόμου\r\nNOTE:{}\r\nEND:VCARD\r\n"
    data = text.encode("utf-8").replace(b"{}", "Προτιμά το πρωί, στο γραφείο".encode("cp1253"))
    [card] = [
        i for i in read_vcard_stream(io.BytesIO(data), "mixed.vcf") if isinstance(i, ReadCard)
    ]
    assert isinstance(card.record, ContactDraft)
    assert (card.record.formatted_name, card.record.note) == (
        "Ζωή Οικονόμου",
        "Προτιμά το πρωί, στο γραφείο",
    )


def test_cards_stay_in_order_around_the_held_back_ones_and_problems() -> None:
    good = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEND:VCARD\r\n"
    greek = GREEK.read_bytes()
    broken = b"BEGIN:VCARD\r\nVERSION:3.0\r\nno colon here\r\nEND:VCARD\r\n"
    data = good + greek + broken + good + greek
    items = list(read_vcard_stream(io.BytesIO(data), "order.vcf"))
    kinds = [
        i.record.formatted_name if isinstance(i, ReadCard) and i.record else "problem"
        for i in items
    ]
    assert kinds == [
        "Ana Puig",
        "Ελένη Παπαδοπούλου",
        "problem",
        "Ana Puig",
        "Ελένη Παπαδοπούλου",
    ]


def test_a_long_file_decides_once_and_holds_back_a_bounded_number_of_bytes() -> None:
    """A legacy card at the start of a big file: its code page is chosen once HELD_BYTES of
    cards are read (not the whole file: it streams on), and the last card is read in it."""
    filler = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nNOTE:" + b"x" * 200 + b"\r\nEND:VCARD\r\n"
    )
    count = HELD_BYTES // len(filler) * 4
    stream = io.BytesIO(CYRILLIC.read_bytes() + filler * count + CYRILLIC.read_bytes())
    reader = read_vcard_stream(stream, "big.vcf", locale_name="el_GR.UTF-8")
    first = next(reader)
    assert isinstance(first, ReadCard) and isinstance(first.record, ContactDraft)
    assert first.record.family_name == "Иванов"
    assert stream.tell() <= HELD_BYTES + 2 * CHUNK < len(stream.getvalue()) / 2
    rest = list(reader)
    last = rest[-1]
    assert isinstance(last, ReadCard) and isinstance(last.record, ContactDraft)
    assert last.record.family_name == "Иванов" and len(rest) == count + 1
    assert not [w for item in rest if isinstance(item, ReadCard) for w in item.warnings]


@pytest.mark.parametrize(
    ("text", "code_page", "hint", "locale_name", "sure"),
    [
        ("Παπαδοπούλου Ελένη, Οδός Ερμού 12, Αθήνα", "cp1253", None, None, True),
        ("Иванов Сергей Петрович, ул. Ленина, Москва", "cp1251", None, None, True),
        ("דוד כהן", "cp1255", "windows-1255", None, True),  # the file's own word
        ("Сергей Иванов", "cp1251", None, "ru_RU", False),  # -1253 reads it as Greek too
        ("Espa\u00f1a", "cp1252", None, None, False),  # or "Espańa" in -1250
    ],
)
def test_a_guess_is_sure_only_when_the_text_or_the_file_decides(
    text: str, code_page: str, hint: str | None, locale_name: str | None, sure: bool
) -> None:
    guess = guess_code_page(text.encode(code_page), locale_name, [hint] if hint else [])
    assert (guess.encoding, guess.sure) == (code_page, sure)
