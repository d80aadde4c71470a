"""vCard value syntax by version: escapes, structured and list values, dates, photos."""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote_to_bytes

_TEXT_ESCAPES = {"n": "\n", "N": "\n"}


def unescape(text: str, version: str) -> str:
    """A single text value as the user wrote it.

    3.0/4.0: ``\\\\ \\, \\; \\n \\N``, and leniently any other ``\\x`` as ``x`` (Apple and Google
    write ``\\:`` and ``\\"``). 2.1 has no escapes in single values (Android's importer agrees).
    """
    if version == "2.1" or "\\" not in text:
        return text
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append(_TEXT_ESCAPES.get(following, following))
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def split_escaped(text: str, separator: str, version: str) -> list[str]:
    """Components of a structured (``;``) or list (``,``) value, each unescaped.

    2.1 escapes only ``\\;``, ``\\\\`` and ``\\:`` in structured values (Android's rules);
    other backslashes are data.
    """
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if version == "2.1":
                if following in ";\\:" or (following == "," and separator == ","):
                    current.append(following)
                    index += 2
                    continue
                current.append(char)
                index += 1
                continue
            current.append(_TEXT_ESCAPES.get(following, following))
            index += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def escape(text: str, version: str, structured: bool = False) -> str:
    """The value text for a file of ``version``; ``structured``: ``;`` separates components."""
    if version == "2.1":
        return text.replace("\\", "\\\\").replace(";", "\\;") if structured else text
    escaped = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$"), "{0}-{1}-{2}"),
    (re.compile(r"^--(\d{2})-?(\d{2})$"), "--{0}-{1}"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "{0}-{1}"),
    (re.compile(r"^(\d{4})$"), "{0}"),
)


def vcard_date(value: str, omit_year: bool = False) -> str | None:
    """An ISO partial date from a vCard date or date-time; None if it is not one.

    The written date is taken, never shifted by a time zone (``1955-07-19T00:00:00Z`` is the
    19th). Apple's ``X-APPLE-OMIT-YEAR`` makes ``1604-04-15`` a date without a year.
    """
    text = value.strip().strip('"')
    if "T" in text and not text.startswith("T"):
        text = text.split("T", 1)[0]
    for pattern, template in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            parts = match.groups()
            if omit_year and len(parts) == 3:
                return f"--{parts[1]}-{parts[2]}"
            return template.format(*parts)
    return None


_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def media_type(data: bytes, declared: str) -> str:
    """The image type by its first bytes (EDS photo-1 says JPEG and holds a PNG), else TYPE."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    declared = declared.lower().strip()
    if not declared:
        return "application/octet-stream"
    return declared if "/" in declared else f"image/{declared}"


def decode_base64(text: str) -> bytes | None:
    """Base64 data (whitespace anywhere, missing padding tolerated); None if it is not base64."""
    compact = "".join(text.split())
    compact += "=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None


def decode_data_uri(uri: str) -> tuple[str, bytes] | None:
    """(media type, bytes) of a ``data:`` URI; None if it is malformed."""
    header, comma, payload = uri[5:].partition(",")
    if not comma:
        return None
    kind = header.split(";", 1)[0] or "text/plain"
    if header.endswith(";base64"):
        data = decode_base64(payload)
        return None if data is None else (kind, data)
    return kind, unquote_to_bytes(payload)


def data_uri(kind: str, data: bytes) -> str:
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
