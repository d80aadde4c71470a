"""Search folding and locale sort keys, as users type and read names."""

from __future__ import annotations

import pytest

from crm_desktop.store.folding import collation_language, fold, phone_digits, sort_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("παπαδοπουλος", "Παπαδόπουλος"),  # Greek tonos and final sigma
        ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "Παπαδόπουλος"),
        ("γιωργος", "Γιώργος"),
        ("αθηνα", "ΑΘΗΝΆ"),
        ("lluis", "Lluís"),  # Catalan accents
        ("collell", "Col·lell"),  # Catalan l·l, typed without the middle dot
        ("colell", "Colell"),
        ("nunez", "Núñez"),
        ("jurgen", "Jürgen"),
        ("strasse", "Straße"),
        ("oster", "Øster"),
        ("علي", "علی"),  # Arabic yeh typed, Persian yeh stored
        ("علی", "علي"),
        ("كريمي", "کریمی"),  # Arabic kaf against keheh
        ("محمد", "مُحَمَّد"),  # harakat
        ("احمد", "أحمد"),  # hamza on alef
        ("فاطمه", "فاطمة"),  # teh marbuta
        ("میخواهم", "می\u200cخواهم"),  # ZWNJ
        ("كتاب", "كـتـاب"),  # tatweel
        ("2105550101", "۲۱۰۵۵۵۰۱۰۱"),  # Persian digits
        ("2105550101", "٢١٠٥٥٥٠١٠١"),  # Arabic-Indic digits
    ],
)
def test_fold_makes_what_users_type_equal_to_what_is_stored(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


@pytest.mark.parametrize(
    ("a", "b"), [("Παπαδόπουλος", "Παπαδάκης"), ("علی", "عمر"), ("lluis", "lluc")]
)
def test_fold_keeps_different_names_different(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_stored_text_keeps_its_zwnj_only_the_key_drops_it() -> None:
    word = "می\u200cخواهم"
    assert "\u200c" in word
    assert "\u200c" not in fold(word)


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("+30 (210) 555-0101", "302105550101"),
        ("+30.210.555.0101", "302105550101"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "09123456789"),
        ("tel:+1-555-0100", "15550100"),
    ],
)
def test_phone_digits_ignore_punctuation_and_script(written: str, digits: str) -> None:
    assert phone_digits(written) == digits


def _sorted(names: list[str], language: str = "root") -> list[str]:
    return sorted(names, key=lambda name: sort_key(name, language))


def test_greek_names_sort_in_greek_alphabet_order_ignoring_accents() -> None:
    names = ["Ωραίος", "Άλφας", "Βήτας", "Ζήτας", "Ηλίας", "αβγό", "Έψιλον", "Σίγμας", "Ψαράς"]
    assert _sorted(names) == [
        "αβγό", "Άλφας", "Βήτας", "Έψιλον", "Ζήτας", "Ηλίας", "Σίγμας", "Ψαράς", "Ωραίος",
    ]  # fmt: skip


def test_catalan_names_sort_with_accents_and_cedilla_as_their_base_letters() -> None:
    names = ["Ça", "Cb", "Ca", "Lluís", "Lluc", "Col·lell", "Colom", "Àngel", "Andreu"]
    assert _sorted(names) == [
        "Andreu",
        "Àngel",
        "Ca",
        "Ça",
        "Cb",
        "Col·lell",
        "Colom",
        "Lluc",
        "Lluís",
    ]


def test_accented_twin_sorts_right_after_the_plain_one() -> None:
    assert _sorted(["Lluís", "Lluis", "Lluit"]) == ["Lluis", "Lluís", "Lluit"]


def test_persian_letters_sort_in_the_persian_alphabet() -> None:
    # Persian: ... ب پ ت ... ج چ ح ... ز ژ س ... ک گ ل ... ن و ه ی
    names = ["ی", "ه", "و", "گ", "ک", "ژ", "ز", "چ", "ج", "پ", "ب", "ا"]
    assert _sorted(names, "fa") == ["ا", "ب", "پ", "ج", "چ", "ز", "ژ", "ک", "گ", "و", "ه", "ی"]


def test_arabic_puts_heh_before_waw_where_persian_puts_it_after() -> None:
    assert _sorted(["وليد", "هاني"], "root") == ["هاني", "وليد"]
    assert _sorted(["وحید", "هادی"], "fa") == ["وحید", "هادی"]


def test_arabic_names_sort_in_arabic_alphabet_order_ignoring_harakat() -> None:
    names = ["يوسف", "مُحَمَّد", "خالد", "أحمد", "عمر", "بشير"]
    assert _sorted(names) == ["أحمد", "بشير", "خالد", "عمر", "مُحَمَّد", "يوسف"]


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [("fa_IR", "fa"), ("fa", "fa"), ("el_GR.UTF-8", "root"), ("ca-ES", "root"), ("ar_EG", "root")],
)
def test_collation_language_follows_the_locale(locale_name: str, language: str) -> None:
    assert collation_language(locale_name) == language
