"""Which character set a CSV file is written in: a byte-order mark, UTF-8, else the legacy
code page detected (``code_pages``), ties broken towards the user's locale."""

from __future__ import annotations

import codecs

from crm_desktop.interop.code_pages import SAMPLE_BYTES, guess_code_page

__all__ = ["SAMPLE_BYTES", "detect_encoding"]


def detect_encoding(
    sample: bytes, preferred: str | None = None, locale_name: str | None = None
) -> str:
    """The encoding of a CSV file from its first bytes.

    A BOM decides; then ``preferred`` (the user's choice); then valid UTF-8; then the
    legacy code page ``guess_code_page`` finds (Outlook and Excel write Windows code pages).
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
    return guess_code_page(sample, locale_name).encoding
