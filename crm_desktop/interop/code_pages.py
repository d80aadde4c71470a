"""Which legacy code page 8-bit text that names none is written in (CSV files, vCards).

charset-normalizer proposes; its guesses among the Windows code pages (what Outlook,
Excel and old phones write) often tie on short text, so ties are broken by the text itself
(a symbol or a letter of another script inside a word is a misreading), then by what the
file says elsewhere (a vCard's ``CHARSET=`` on another property), then by the user's locale,
then by how common each code page is. The guess says whether it was sure: it is not when
code pages that read the text differently were left to the locale or to that order.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

SAMPLE_BYTES = 64 * 1024  # enough text to tell a code page (a CSV's first bytes, say)

# The ANSI code page Windows (and so Outlook and Excel) writes for each language.
_WINDOWS_CODE_PAGE = {
    **dict.fromkeys(("cs", "hr", "hu", "pl", "ro", "sk", "sl", "sq", "bs"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk"), "cp1251"),
    "el": "cp1253",
    **dict.fromkeys(("tr", "az"), "cp1254"),
    "he": "cp1255",
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("et", "lv", "lt"), "cp1257"),
    "vi": "cp1258",
    "th": "cp874",
    "ja": "cp932",
    "zh": "cp936",
    "ko": "cp949",
}
# When the locale says nothing: the code pages Outlook writes, most common first.
_OUTLOOK_CODE_PAGES = (
    "cp1252", "cp1253", "cp1256", "cp1250", "cp1251", "cp1254", "cp1255", "cp1257", "cp1258",
)  # fmt: skip
_IN_WORD_SYMBOL = re.compile(r"(?<=\w)[^\w\s\x00-\x7f]|[^\w\s\x00-\x7f](?=\w)")
_WORD = re.compile(r"\w*[^\W\d_\x00-\x7f]\w*")  # a word with a letter beyond ASCII
_UNICODE_TEXT = frozenset({"utf-8", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


@dataclass(frozen=True, slots=True)
class CodePageGuess:
    """The code page chosen; ``sure`` unless others that read the text differently tied
    and the locale or mere frequency chose; ``others``: those that tied."""

    encoding: str
    sure: bool
    others: tuple[str, ...] = ()


def windows_code_page(locale_name: str) -> str:
    """The legacy code page a Windows machine in ``locale_name`` ("el_GR.UTF-8") writes."""
    language = re.split(r"[_.@-]", locale_name.strip(), maxsplit=1)[0].lower()
    return _WINDOWS_CODE_PAGE.get(language, "cp1252")


def codec_name(charset: str) -> str | None:
    """Python's name for a ``CHARSET`` ("windows-1255" is "cp1255"); None if unknown."""
    try:
        return codecs.lookup(charset.strip()).name
    except (LookupError, ValueError):
        return None


def is_legacy(codec: str) -> bool:
    """A codec of 8-bit text (a code page), not one of Unicode's encodings."""
    return codec not in _UNICODE_TEXT and not codec.startswith(("utf-", "utf_"))


def _misreadings(text: str) -> int:
    """How many non-ASCII symbols stand inside words ("£ukasz" read in Windows-1252
    instead of "Łukasz" in -1250), plus words that mix scripts ("Muρoz": a Greek letter
    inside a Latin word): fewer is likelier."""
    count = len(_IN_WORD_SYMBOL.findall(text))
    for word in _WORD.findall(text):
        scripts = {_script(char) for char in word if char.isalpha()}
        count += len(scripts) > 1
    return count


def _script(char: str) -> str:
    if char < "\x80":
        return "LATIN"
    return unicodedata.name(char, "?").split(" ", 1)[0]


def _reads(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def guess_code_page(
    sample: bytes, locale_name: str | None = None, hints: Sequence[str] = ()
) -> CodePageGuess:
    """The code page of ``sample``, 8-bit text that is not UTF-8.

    Among the Windows code pages (and the ``hints``, code pages the file names elsewhere)
    that charset-normalizer finds as clean as its best, the one that leaves no symbol or
    other script inside a word wins, then the one that reads clearly more like a language,
    then a hint, then that of ``locale_name``, then the one Outlook writes most. When none
    of those is offered (a DOS code page edges ahead on a few short rows), a hint or the
    locale's code page wins if it reads the sample.
    """
    from charset_normalizer import CharsetMatch, from_bytes

    hinted = [c for c in dict.fromkeys(filter(None, map(codec_name, hints))) if is_legacy(c)]
    likely = windows_code_page(locale_name) if locale_name else "cp1252"
    order = [*hinted, *(c for c in (likely, *_OUTLOOK_CODE_PAGES) if c not in hinted)]
    order = list(dict.fromkeys(codecs.lookup(c).name for c in order))
    matches = list(from_bytes(sample))
    least_chaos = min((m.chaos for m in matches), default=0.0)
    # A match stands for every code page that reads the sample the same ("España" is one
    # text in Windows-1252 and ISO-8859-15: charset-normalizer names only one of them).
    offered: dict[str, CharsetMatch] = {}
    for match in sorted(matches, key=lambda m: (m.chaos, -m.coherence)):
        for name in match.could_be_from_charset:
            offered.setdefault(codecs.lookup(name).name, match)
    coherence = {c: m.coherence for c, m in offered.items() if m.chaos <= least_chaos + 0.01}
    candidates = [c for c in order if c in coherence or (c in hinted and _reads(sample, c))]
    if not candidates:  # on a few short rows it may offer none (two lines of Arabic: Shift JIS)
        for fallback in (*hinted, likely):
            if _reads(sample, fallback):
                text = sample.decode(fallback)
                others = [
                    c for c in order if c != fallback and c in offered and sample.decode(c) != text
                ]
                return CodePageGuess(fallback, fallback in hinted, tuple(others[:3]))
        cleanest = min(matches, key=lambda m: (m.chaos, -m.coherence), default=None)
        return CodePageGuess(cleanest.encoding if cleanest else likely, False)
    most = max(coherence.get(c, 0.0) for c in candidates)
    texts = {c: sample.decode(c, errors="replace") for c in candidates}

    def evidence(code_page: str) -> tuple[int, bool]:
        clearly_less = code_page in coherence and coherence[code_page] < most - 0.1
        return _misreadings(texts[code_page]), clearly_less

    ranked = sorted(candidates, key=lambda c: (*evidence(c), order.index(c)))
    best = ranked[0]
    tied = [c for c in ranked[1:] if evidence(c) == evidence(best) and texts[c] != texts[best]]
    return CodePageGuess(best, not tied or best in hinted, tuple(tied))
