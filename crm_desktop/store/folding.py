"""Text folding for search and duplicate keys, and locale sort keys, in plain Python.

SQLite's own folding is ASCII-only in LIKE/NOCASE and misses the Greek tonos, and the FTS5
trigram tokenizer of SQLite 3.40 has no diacritics option, so the store keeps *folded*
text in its search index and folds every query the same way (``fold``).

``fold`` ignores case and diacritics and unifies letters users type interchangeably:
Greek accents and final sigma, Catalan ``l·l``, Arabic/Persian yeh, kaf, teh marbuta,
tatweel, harakat, hamza carriers and ZWNJ, and Arabic-Indic/Persian digits. Stored text is
never folded: only the keys are.

``sort_key`` makes a string whose plain code-point order (SQLite's BINARY collation, so an
ordinary index) is the user's alphabetical order for Latin (Catalan included), Greek,
Arabic and Persian names: no Python collation callback is called per comparison.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache

_ARABIC_YEH = "\u064a"  # ي
_FARSI_YEH = "\u06cc"  # ی
_ALEF_MAKSURA = "\u0649"  # ى
_ARABIC_KAF = "\u0643"  # ك
_KEHEH = "\u06a9"  # ک
_TEH_MARBUTA = "\u0629"  # ة
_HEH = "\u0647"  # ه


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Every non-spacing mark goes: Latin and Greek accents after NFKD, Arabic harakat,
    # hamza above/below (so أ إ آ ؤ ئ fold to their carrier), Hebrew points.
    for cp in range(0x10000):  # the Basic Multilingual Plane holds every mark names use
        if unicodedata.category(chr(cp)) == "Mn":
            table[cp] = None
    removed = "\u0640\u200c\u200d\u200e\u200f\u00ad\u00b7\u0387\u2027\u02d9"
    for ch in removed:  # tatweel, ZWNJ, ZWJ, bidi marks, soft hyphen, middle dots
        table[ord(ch)] = None
    for src, dst in {
        _ARABIC_YEH: _FARSI_YEH,
        _ALEF_MAKSURA: _FARSI_YEH,
        _ARABIC_KAF: _KEHEH,
        _TEH_MARBUTA: _HEH,
        "\u0671": "\u0627",  # alef wasla
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }.items():
        table[ord(src)] = dst
    for digit in range(10):
        table[0x0660 + digit] = str(digit)  # Arabic-Indic
        table[0x06F0 + digit] = str(digit)  # Persian (Extended Arabic-Indic)
    return table


@cache
def _fold_table() -> Mapping[int, str | None]:
    return _build_fold_table()  # 5 ms: made on the first non-ASCII text, not at start-up


_SHORT = 80  # names, e-mails, titles: folded once per distinct text (an import repeats them)


def fold(text: str) -> str:
    """The search form of ``text``: what the index stores and what queries are matched as."""
    if text.isascii():
        return text.lower()
    return _fold_short(text) if len(text) <= _SHORT else _fold(text)


@lru_cache(maxsize=1 << 15)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    # casefold first (ς -> σ, ß -> ss), then NFKD splits accents off their letters.
    return unicodedata.normalize("NFKD", text.casefold()).translate(_fold_table())


_NOT_ASCII_DIGIT = re.compile(r"[^0-9]")
_PHONE_PUNCTUATION = frozenset(" +-().\u00a0/\u2010\u2011\u2012\u2013\u2212")


# Every ASCII character but the digits, deleted: an ASCII number's digits by ``translate``.
_ASCII_NOT_DIGITS: dict[int, None] = {c: None for c in range(128) if not 48 <= c <= 57}


@lru_cache(maxsize=1 << 14)  # an import asks for each number's digits three times
def phone_digits(text: str) -> str:
    """The digits of a phone number, in ASCII, whatever its punctuation or script."""
    if text.isascii():  # folding changes no ASCII digit: the same digits, faster
        return text.translate(_ASCII_NOT_DIGITS)
    return _NOT_ASCII_DIGIT.sub("", fold(text))


def looks_like_phone(term: str) -> bool:
    """Whether a query term is a phone number fragment (digits and phone punctuation only)."""
    folded = fold(term)
    has_digit = any(ch.isdigit() for ch in folded)
    return has_digit and all(ch.isdigit() or ch in _PHONE_PUNCTUATION for ch in folded)


# Alphabets of the Arabic script, after folding (yeh, kaf and teh marbuta already unified).
# Persian puts vav before heh; Arabic heh before vav. Letters are moved to the Private Use
# Area in alphabet order so that code-point order is alphabetical order.
_ARABIC_SCRIPT_ORDER = {
    "ar": "ءاآبپتثجچحخدذرزژسشصضطظعغفقکگلمنهوی",
    "fa": "ءاآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
}
_PUA_BASE = 0xE000


def _order_table(alphabet: str) -> dict[int, str]:
    return {ord(letter): chr(_PUA_BASE + rank) for rank, letter in enumerate(alphabet)}


_ORDER_TABLES: dict[str, dict[int, str]] = {
    lang: _order_table(alphabet) for lang, alphabet in _ARABIC_SCRIPT_ORDER.items()
}

SORT_LEVEL_SEPARATOR = "\x01"


def collation_language(locale_name: str) -> str:
    """The tailoring a locale name (``fa_IR``, ``el-GR``, ``ca``) sorts with."""
    lang = locale_name.replace("-", "_").split("_", 1)[0].lower()
    return "fa" if lang == "fa" else "root"


def sort_key(text: str, language: str = "root") -> str:
    """A key whose binary order is ``text``'s alphabetical order for ``language``.

    Primary level: folded letters (accents and case ignored, Catalan ``l·l`` as ``ll``,
    Arabic-script letters in their alphabet's order); then, for ties, the accented
    case-folded text; then the text itself, so the order is total and stable.
    """
    stripped = text.strip()
    if stripped.isascii():  # no accent, no Arabic letter to reorder: both levels are lower case
        lower = stripped.lower()
        return f"{lower}{SORT_LEVEL_SEPARATOR}{lower}{SORT_LEVEL_SEPARATOR}{stripped}"
    return (
        _short_sort_key(stripped, language)
        if len(stripped) <= _SHORT
        else _sort_key(stripped, language)
    )


@lru_cache(maxsize=1 << 14)  # names repeat: an import asks for each distinct one once
def _short_sort_key(stripped: str, language: str) -> str:
    return _sort_key(stripped, language)


def _sort_key(stripped: str, language: str) -> str:
    table = _ORDER_TABLES["fa" if language == "fa" else "ar"]
    primary = fold(stripped).translate(table)
    secondary = unicodedata.normalize("NFC", stripped.casefold())
    return f"{primary}{SORT_LEVEL_SEPARATOR}{secondary}{SORT_LEVEL_SEPARATOR}{stripped}"


def primary_key(text: str, language: str = "root") -> str:
    """The primary level of ``sort_key`` alone: cheap enough to sort 100,000 rows by a column
    that has no stored key (titles, account names in a join); ties are broken by the caller."""
    table = _ORDER_TABLES["fa" if language == "fa" else "ar"]
    return fold(text.strip()).translate(table)


def _sql_primary_key(text: str | None, language: str | None) -> str:
    return primary_key(text or "", language or "root")


def _sql_fold(text: str | None) -> str:
    return fold(text or "")


def register_functions(connection: sqlite3.Connection) -> None:
    """``crm_fold(text)``, ``crm_primary_key(text, language)`` and ``crm_term_matches(text,
    expression)`` (a category's name against a search term) for SQL on ``connection``."""
    from crm_desktop.store.search_index import term_matches  # it folds with this module

    connection.create_function("crm_fold", 1, _sql_fold, deterministic=True)
    connection.create_function("crm_primary_key", 2, _sql_primary_key, deterministic=True)
    connection.create_function("crm_term_matches", 2, term_matches, deterministic=True)
