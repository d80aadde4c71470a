"""vCard text below the level of meaning: bytes in, content lines grouped into cards out.

We do what vobject 0.9.9 cannot (interop.md section 3): streaming, so memory stays bounded;
line breaks CRLF, LF, iOS's CR CR LF, and CR in a file whose lines end so (elsewhere a lone
CR is part of a value: Thunderbird writes one in custom fields); a UTF-8 BOM; UTF-16 with or
without BOM; unfolding at the byte level (a fold may split a UTF-8 character);
quoted-printable soft breaks (whose next line is data, even when it starts with a space or
``#``); ``CHARSET`` per property, and the file's code page for 8-bit text naming none
(``vcard_lines``); Android's 2.1 oddities (``#`` comment lines, backslash-continued lines,
cards nested without AGENT); and a broken card is reported with its physical line while the
cards around it are read.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from crm_desktop.interop.limits import (
    MAX_CARD_BYTES,
    MAX_LINE_BYTES,
    MAX_PHOTO_LINE_BYTES,
    MAX_PROPERTIES,
    too_large,
)
from crm_desktop.interop.vcard_lines import FileText, RawCard
from crm_desktop.interop.vcard_lines import name_part as _name_part
from crm_desktop.records.problems import Problem

CHUNK = 1 << 20
OUTSIDE_CARD = "content outside a card (no BEGIN:VCARD before it)"
_BREAK = re.compile(rb"\r\r\n|\r\n|\n|\r")  # in a file whose lines end in a lone CR
_BREAK_NOT_CR = re.compile(rb"\r\r\n|\r\n|\n")  # elsewhere: a lone CR is data


# ---------------------------------------------------------------------------------------
# Bytes to physical lines


def _utf16_codec(head: bytes) -> str | None:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[0] == 0 and head[1] != 0 and head[2] == 0:
        return "utf-16-be"  # Apple writes UTF-16BE without a BOM
    if len(head) >= 4 and head[1] == 0 and head[0] != 0 and head[3] == 0:
        return "utf-16-le"
    return None


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    """The file's bytes in chunks, as UTF-8 if the file was UTF-16, without a leading BOM."""
    head = stream.read(CHUNK)
    codec = _utf16_codec(head[:4])
    if codec is None:
        if head.startswith(codecs.BOM_UTF8):
            head = head[len(codecs.BOM_UTF8) :]
        chunk = head
        while chunk:
            yield chunk
            chunk = stream.read(CHUNK)
        return
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    chunk = head
    while chunk:
        yield decoder.decode(chunk).lstrip("\ufeff").encode("utf-8")
        chunk = stream.read(CHUNK)
    yield decoder.decode(b"", final=True).encode("utf-8")


_PHOTO_NAME = re.compile(rb"(?:[-A-Za-z0-9]+\.)?(?:PHOTO|LOGO)[;:]", re.IGNORECASE)


def _limit_of(line: bytes | bytearray, limit: int) -> int:
    """How long ``line`` may be: ``limit``, or ``MAX_PHOTO_LINE_BYTES`` for a PHOTO or LOGO
    whose base64 data was written on one line, unfolded (as some phones and scripts do)."""
    if len(line) <= limit or not _PHOTO_NAME.match(line, 0, 64):
        return limit
    head = bytes(line[:4096])
    name = _name_part(head)
    if len(name) == len(head):
        return limit  # no value within the first 4 KB: not a property we know
    upper = name.upper()
    value = head[len(name) + 1 : len(name) + 6].lower()
    if b"ENCODING=B" in upper or b"BASE64" in upper or value == b"data:":
        return MAX_PHOTO_LINE_BYTES
    return limit


@dataclass(frozen=True, slots=True)
class LongLine:
    """A physical line past its limit, never held: ``what`` is "line", or "photo" for the
    base64 data of a photo past ``MAX_PHOTO_LINE_BYTES``."""

    what: str


def _long_line(line: bytes | bytearray, limit: int) -> LongLine | None:
    allowed = _limit_of(line, limit)
    if len(line) <= allowed:
        return None
    return LongLine("photo" if allowed > limit else "line")


def _line_break(data: bytes) -> re.Pattern[bytes] | None:
    """How lines end in a file whose first break is in ``data``: a file whose first line ends
    in a lone CR (classic Mac OS) breaks lines at every CR; in any other a lone CR, not
    followed by LF, is part of its line. None while ``data`` does not tell yet (no break, or
    a CR at its very end that the next bytes may turn into CR LF)."""
    first = _BREAK.search(data)
    if first is None or (first[0] == b"\r" and first.end() == len(data)):
        return None
    return _BREAK if first[0] == b"\r" else _BREAK_NOT_CR


def physical_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | LongLine]:
    """Lines without their breaks; CR CR LF (iOS 5/6) counts as one break.

    A line longer than ``limit`` bytes (``MAX_PHOTO_LINE_BYTES`` for the base64 data of a
    PHOTO or LOGO on one line) is never held whole: it comes out as a ``LongLine`` (one line
    still, so that the lines after it keep their numbers) and its bytes are dropped. A long
    line is gathered in one growing buffer, so that reading it takes time in proportion to it.
    """
    pending = bytearray()  # the start of the line being read
    skipping = False  # inside a line already given out as a LongLine
    breaks: re.Pattern[bytes] | None = None
    carry = b""  # CRs that ended the last chunk: a break may straddle two chunks
    for chunk in _chunks(stream):
        data = carry + chunk if carry else chunk
        cut = len(data)
        # Until the first break tells how lines end, every trailing CR waits for what follows.
        while (breaks is None or cut > len(data) - 2) and data[cut - 1 : cut] == b"\r":
            cut -= 1
        carry, body = data[cut:], data[:cut]
        if breaks is None:
            breaks = _line_break(body)
        parts = breaks.split(body) if breaks is not None else [body]
        for part in parts[:-1]:  # each ends a line, the first the one being read
            if skipping:
                skipping = False  # the end of the line that was too long
                continue
            if pending:
                pending += part
                part, pending = bytes(pending), bytearray()
            yield _long_line(part, limit) or part
        if not skipping:
            pending += parts[-1]
            long_line = _long_line(pending, limit)
            if long_line is not None:
                yield long_line
                skipping = True
                pending = bytearray()
    rest = bytes(pending) + carry
    if rest:
        parts = (breaks or _BREAK).split(rest)
        if parts and parts[-1] == b"":
            parts.pop()
        if skipping and parts:
            parts.pop(0)
        for part in parts:  # the last line with the CRs held back may pass the limit too
            yield _long_line(part, limit) or part


# ---------------------------------------------------------------------------------------
# Physical lines to logical lines to cards


def _is_qp(name_part: bytes | bytearray) -> bool:
    upper = name_part.upper()
    return b"QUOTED-PRINTABLE" in upper


# The start of a content line: a name (with its group) followed by its parameters or value.
_PROPERTY_START = re.compile(rb"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)?;[A-Za-z0-9-]+=")


def _has_colon(line: bytes | bytearray) -> bool:
    return len(_name_part(line)) < len(line)


def _begins(line: bytes) -> bool:
    return line.strip().upper() == b"BEGIN:VCARD"


def _ends(line: bytes) -> bool:
    return line.strip().upper() == b"END:VCARD"


@dataclass(slots=True)
class _OpenCard:
    start: int
    version: str = ""
    logical: list[tuple[int, bytearray]] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    broken: Problem | None = None
    base64: bool = False  # the current property holds base64 data (2.1: until a blank line)
    size: int = 0  # bytes of its lines so far
    line_limit: int = MAX_LINE_BYTES  # how long its last property may grow
    skip_depth: int = 0  # cards nested inside it while it is skipped (too deep to open)

    @property
    def is_21(self) -> bool:
        return self.version not in ("3.0", "4.0")


MAX_DEPTH = 32  # cards nested in cards (Android's 2.1 AGENT-less nesting); deeper is refused
_BINARY_NAMES = (b"PHOTO", b"LOGO", b"SOUND", b"KEY")


def _too_long(card: _OpenCard, file: str) -> Problem | None:
    """A ``Problem`` if the card's last property, as unfolded so far, is past its limit."""
    number, last = card.logical[-1]
    if len(last) <= card.line_limit:
        return None
    return Problem(file, number, too_large("photo" if card.line_limit > MAX_LINE_BYTES else "line"))


def _line_limit(name: bytes | bytearray) -> int:
    """How long a property may grow: binary data (a photo, base64) more than text."""
    binary = b"BASE64" in name or b"ENCODING=B" in name
    if binary or name.split(b";", 1)[0].rpartition(b".")[2] in _BINARY_NAMES:
        return MAX_PHOTO_LINE_BYTES
    return MAX_LINE_BYTES


def _check_length(card: _OpenCard, file: str) -> None:
    """Refuse the card (and let go of its lines) once its last property is too long."""
    card.broken = _too_long(card, file)
    if card.broken is not None:
        card.logical.clear()


def read_cards(
    stream: BinaryIO, file: str, encoding: str | None = None, locale_name: str | None = None
) -> Iterator[RawCard | Problem]:
    """Every card of the stream, in order, or a ``Problem`` for each card that cannot be read.

    A nested 2.1 card comes before the card that holds it (Android's order). ``encoding``
    is the code page for 8-bit text that names no charset and is not UTF-8; without it, it
    is detected from that text, ties going to a code page the file names elsewhere, then to
    that of ``locale_name`` (``FileText``).
    """
    text = FileText(file, encoding, locale_name)
    for item in _cards(stream, file):
        if isinstance(item, Problem):
            yield from text.problem(item)
        else:
            yield from text.card(item.start, item.logical, item.warnings)
    yield from text.close()


def _cards(stream: BinaryIO, file: str) -> Iterator[_OpenCard | Problem]:
    """Each card's logical lines, or a ``Problem`` for a card that cannot be read."""
    stack: list[_OpenCard] = []
    outside: int | None = None  # first line of content found outside any card
    number = 0
    for number, line in enumerate(physical_lines(stream), start=1):
        card = stack[-1] if stack else None
        if isinstance(line, LongLine):  # past its limit: never held, and the card is refused
            if card is None:
                yield Problem(file, number, too_large(line.what))
            elif card.broken is None:
                card.broken = Problem(file, number, too_large(line.what))
            continue
        if card is None:
            if _begins(line):
                stack.append(_OpenCard(number))
            elif line.strip() and not _ends(line) and outside is None:
                outside = number
            continue
        if card.broken is None:
            card.size += len(line)
            if card.size > MAX_CARD_BYTES:
                card.broken = Problem(file, card.start, too_large("card"))
                card.logical.clear()
        if card.broken is not None:  # skip to this card's END
            if _ends(line) and card.skip_depth:
                card.skip_depth -= 1
            elif _ends(line):
                stack.pop()
                yield card.broken
            elif _begins(line) and card.is_21 and len(stack) < MAX_DEPTH:
                stack.append(_OpenCard(number))
            elif _begins(line):
                card.skip_depth += 1
            continue
        last = card.logical[-1][1] if card.logical else None
        if last is not None and last.endswith(b"=") and _is_qp(_name_part(last)):
            last[-1:] = b""  # a quoted-printable soft break: the next line is data as it is
            last.extend(line)
            _check_length(card, file)
            continue
        if line[:1] in (b" ", b"\t") and last is not None:
            last.extend(line[1:])  # a fold: remove exactly one space or tab
            _check_length(card, file)
            continue
        if not line.strip():
            card.base64 = False  # a blank line ends 2.1 base64 data
            continue
        if _begins(line):
            if card.is_21 and len(stack) < MAX_DEPTH:
                stack.append(_OpenCard(number))  # Android: a nested card is its own contact
            elif card.is_21:
                card.broken = Problem(file, number, f"cards nested more than {MAX_DEPTH} deep")
                card.skip_depth += 1
            else:
                stack.pop()
                yield Problem(file, card.start, "card has no END:VCARD (a new card begins)")
                stack.append(_OpenCard(number))
            continue
        if _ends(line):
            stack.pop()
            if last is not None and not _has_colon(last):
                yield Problem(file, card.logical[-1][0], "not a vCard content line (no colon)")
            else:
                yield card
            continue
        if card.is_21 and line.startswith(b"#"):
            card.warnings.append(Problem(file, number, "comment line ignored", fatal=False))
            continue
        if (
            card.is_21
            and last is not None
            and last.endswith(b"\\")
            and not _has_colon(line)
            and not _PROPERTY_START.match(line)  # a property whose colon is on a folded line
        ):
            last.extend(b" " + line)  # Android: a line ending in a backslash goes on
            _check_length(card, file)
            continue
        if card.base64 and last is not None and not _has_colon(line):
            last.extend(line)  # unindented base64 data (some 2.1 writers)
            _check_length(card, file)
            continue
        if last is not None and not _has_colon(last):  # the previous line is complete now
            card.broken = Problem(file, card.logical[-1][0], "not a vCard content line (no colon)")
            continue
        if len(card.logical) >= MAX_PROPERTIES:
            card.broken = Problem(file, card.start, too_large("properties"))
            card.logical.clear()
            continue
        name = _name_part(line).upper()
        if name == b"VERSION":
            card.version = line.split(b":", 1)[1].strip().decode("ascii", "replace")
        card.base64 = card.is_21 and b"BASE64" in name
        card.line_limit = _line_limit(name)
        card.logical.append((number, bytearray(line)))
    while stack:
        card = stack.pop()
        yield card.broken or Problem(file, card.start, "card has no END:VCARD (the file ends)")
    if outside is not None:
        yield Problem(file, outside, OUTSIDE_CARD)
