"""Which character set a CSV file is written in: a byte-order mark, UTF-8, else the legacy
code page charset-normalizer finds likeliest, ties broken towards the user's locale."""

from __future__ import annotations

import codecs
import re

SAMPLE_BYTES = 64 * 1024  # what is read to tell the character set and the delimiter


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


def _symbols_in_words(sample: bytes, encoding: str) -> int:
    """How many non-ASCII symbols the sample decodes to inside words ("£ukasz" read in
    Windows-1252 instead of "Łukasz" in -1250): fewer is likelier."""
    return len(_IN_WORD_SYMBOL.findall(sample.decode(encoding, errors="replace")))


def windows_code_page(locale_name: str) -> str:
    """The legacy code page a Windows machine in ``locale_name`` ("el_GR.UTF-8") writes."""
    language = re.split(r"[_.@-]", locale_name.strip(), maxsplit=1)[0].lower()
    return _WINDOWS_CODE_PAGE.get(language, "cp1252")


def detect_encoding(
    sample: bytes, preferred: str | None = None, locale_name: str | None = None
) -> str:
    """The encoding of a CSV file from its first bytes.

    A BOM decides; then ``preferred`` (the user's choice); then valid UTF-8; then the
    legacy code page charset-normalizer finds. Outlook and Excel write Windows code pages,
    and charset-normalizer's guesses among them often tie (Spanish text scores the same in
    Windows-1250 and -1252, Greek in -1251 and -1253; a DOS code page may even edge ahead
    on a short file): among the Windows code pages as clean as its best, the one that
    leaves no symbol inside a word wins, then the one that reads clearly more like a
    language, then that of ``locale_name``, then the one Outlook writes most. When it
    offers no Windows code page at all, the locale's wins if it reads the sample.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if preferred:
        return preferred
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start > len(sample) - 4:  # a character cut by the end of the sample
            return "utf-8"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    likely = windows_code_page(locale_name) if locale_name else "cp1252"
    if not matches:
        return likely
    least_chaos = min(m.chaos for m in matches)
    order = [likely, *(c for c in _OUTLOOK_CODE_PAGES if c != likely)]
    coherence = {
        codecs.lookup(m.encoding).name: m.coherence
        for m in matches
        if m.chaos <= least_chaos + 0.01
    }
    windows = [c for c in order if codecs.lookup(c).name in coherence]
    if not windows:  # on a few short rows it may offer none (two lines of Arabic: Shift JIS)
        try:
            sample.decode(likely)
            return likely
        except UnicodeDecodeError:
            return min(matches, key=lambda m: (m.chaos, -m.coherence)).encoding
    most = max(coherence[codecs.lookup(c).name] for c in windows)
    return min(
        windows,
        key=lambda c: (
            _symbols_in_words(sample, c),
            coherence[codecs.lookup(c).name] < most - 0.1,  # clearly less like a language
            order.index(c),
        ),
    )
