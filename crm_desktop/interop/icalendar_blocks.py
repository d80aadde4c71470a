"""An iCalendar file cut into its components as it is read: memory bounded by one component.

The bytes come as physical lines (``vcard_syntax.physical_lines``: CRLF, LF, CR, a BOM,
UTF-16; a line over ``MAX_LINE_BYTES`` is never held, it comes as a ``LongLine``); folded lines are
unfolded here, at the byte level (a fold may split a UTF-8 character). Each wanted component
(VEVENT, VTODO, or VTIMEZONE), with what it nests (VALARM), becomes one ``Block`` at its
END; the lines around it are passed over without being kept. A component is refused (a
``Problem`` at its line, the others still read) when a line in it is over ``MAX_LINE_BYTES``
(physical, or once unfolded), when it is over ``MAX_EVENT_BYTES`` or ``MAX_PROPERTIES``
properties, or nests components more than ``MAX_DEPTH`` deep. ATTACH properties (files
carried inside the event) are dropped unread: the app imports no attachment, and an Outlook
export may carry megabytes of them.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from crm_desktop.interop.code_pages import SAMPLE_BYTES
from crm_desktop.interop.limits import MAX_EVENT_BYTES, MAX_LINE_BYTES, MAX_PROPERTIES, too_large
from crm_desktop.interop.vcard_syntax import LongLine, physical_lines
from crm_desktop.records.problems import Problem

ITEM_NAMES = frozenset({"VEVENT", "VTODO"})
JOURNAL_NAME = "VJOURNAL"
READ_NAMES = ITEM_NAMES | {JOURNAL_NAME}  # what an import reads (a journal entry as notes)
ZONE_NAME = "VTIMEZONE"
MAX_DEPTH = 32  # components nested in a VEVENT or VTODO (VALARM is 1 deep); deeper is refused
NOT_UTF8 = "not UTF-8 text: unreadable characters replaced"
_DROPPED = frozenset({b"ATTACH"})
_CONTINUATION = bytes(range(0x80, 0xC0))  # the bytes that go on a UTF-8 character
_NAME = re.compile(rb"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")
_TZID = re.compile(r"^TZID[;:](.*)$", re.IGNORECASE)


@dataclass(slots=True)
class Block:
    """One VEVENT, VTODO, VJOURNAL or VTIMEZONE: its unfolded content lines, BEGIN to END."""

    name: str  # VEVENT, VTODO, VJOURNAL or VTIMEZONE
    line: int  # the physical line of its BEGIN
    lines: list[str]
    # SHA-256 of its physical lines as written (decoded, each ended by CRLF): what names an
    # event without a UID, the same from one import of the file to the next.
    digest: str
    closed: bool = True  # False: the file ended inside it
    numbers: list[int] = field(default_factory=list)  # the physical line each line starts

    @property
    def text(self) -> str:
        return "\r\n".join(self.lines) + "\r\n"

    @property
    def tzid(self) -> str:
        """A VTIMEZONE's TZID (its value, without parameters)."""
        for line in self.lines:
            match = _TZID.match(line)
            if match:
                return match.group(1).split(":")[-1].strip()
        return ""


def _decoded(data: bytes | bytearray, encoding: str = "utf-8") -> tuple[str, bool]:
    """The text, and whether bytes had to be replaced: UTF-8 where the line is UTF-8 (a
    file may mix both), else the file's code page (``encoding``)."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError:
        return data.decode(encoding, "replace"), True


def _sampled(line: bytes, sample: bytearray) -> None:
    """A line that is not UTF-8 added to ``sample`` (up to ``SAMPLE_BYTES``): the text its
    code page is told from."""
    if len(sample) >= SAMPLE_BYTES or line.isascii():
        return
    # A fold may split a UTF-8 character: its end at this line's start, its start at the end.
    middle = line[1:].lstrip(_CONTINUATION) if line[:1] in (b" ", b"\t") else line
    try:
        codecs.getincrementaldecoder("utf-8")().decode(middle, final=False)
    except UnicodeDecodeError:
        sample.extend(line[: SAMPLE_BYTES - len(sample)] + b"\n")


def _marker(line: bytes) -> tuple[str, str] | None:
    """("BEGIN" or "END", the component's name) for a BEGIN: or END: line, else None."""
    upper = line.strip().upper()
    for word in (b"BEGIN:", b"END:"):
        if upper.startswith(word):
            name = upper[len(word) :].decode("ascii", "replace").strip()
            return word[:-1].decode(), name
    return None


@dataclass(slots=True)
class _Open:
    """A wanted component being read."""

    name: str
    start: int
    digest: Any  # hashlib's object
    lines: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # the physical line each of lines starts
    logical: bytearray | None = None  # the content line being unfolded
    logical_start: int = 0
    dropping: bool = False  # inside a property dropped unread (ATTACH)
    depth: int = 1
    size: int = 0
    broken: Problem | None = None
    replaced: int = 0  # the first line whose bytes were not UTF-8 (0: none)
    encoding: str = "utf-8"  # the file's, when it is not UTF-8 (the code page found)

    def finish_line(self) -> None:
        """The content line unfolded so far is whole: keep it (decoded)."""
        if self.logical is None:
            return
        text, bad = _decoded(self.logical, self.encoding)
        if bad and not self.replaced:
            self.replaced = self.logical_start
        self.lines.append(text)
        self.numbers.append(self.logical_start)
        self.logical = None

    def refuse(self, problem: Problem) -> None:
        """The component is not imported: what it held is let go at once."""
        if self.broken is None:
            self.broken = problem
        self.lines.clear()
        self.numbers.clear()
        self.logical = None


def _add(block: _Open, number: int, line: bytes, file: str) -> None:
    """One physical line (not BEGIN or END) of a wanted component."""
    if line[:1] in (b" ", b"\t"):  # a fold: the line goes on
        if block.dropping:
            return
        if block.logical is None:
            block.logical = bytearray()
            block.logical_start = number
        block.logical.extend(line[1:])
        block.size += len(line) - 1
        if len(block.logical) > MAX_LINE_BYTES:
            block.refuse(Problem(file, block.logical_start, too_large("line")))
    else:
        block.finish_line()
        name = _NAME.match(line)
        block.dropping = name is not None and name.group(1).upper() in _DROPPED
        if block.dropping or not line.strip():
            return
        if len(block.lines) >= MAX_PROPERTIES:
            block.refuse(Problem(file, block.start, too_large("event properties")))
            return
        block.logical = bytearray(line)
        block.logical_start = number
        block.size += len(line)
        if len(line) > MAX_LINE_BYTES:  # (the lines read may be longer: a vCard's photo)
            block.refuse(Problem(file, number, too_large("line")))
            return
    if block.size > MAX_EVENT_BYTES and block.broken is None:
        block.refuse(Problem(file, block.start, too_large("event")))


def read_blocks(
    stream: BinaryIO,
    file: str,
    wanted: Collection[str],
    begun: set[str] | None = None,
    *,
    encoding: str = "utf-8",
    sample: bytearray | None = None,
) -> Iterator[Block | Problem]:
    """The ``wanted`` components of ``stream`` in order, each as it ends, or a ``Problem``
    for one that cannot be read; lines outside them are read and let go. ``begun`` (if
    given) collects the names of every VEVENT, VTODO, VJOURNAL and VTIMEZONE it begins;
    ``sample`` (if given) its first lines that are not UTF-8 (``SAMPLE_BYTES`` at most), from
    which a code page is told for the next reading, decoded in ``encoding``.

    A line over ``MAX_LINE_BYTES`` outside a wanted component is a ``Problem`` that is not
    fatal (nothing there would have been imported); a bad byte in a component a warning at
    its first line, the component still read with the byte replaced.
    """
    current: _Open | None = None
    for number, line in enumerate(physical_lines(stream), start=1):
        if sample is not None and not isinstance(line, LongLine):
            _sampled(line, sample)
        if current is None:
            if isinstance(line, LongLine):
                problem = Problem(file, number, too_large("line"), fatal=False)
                yield problem
                continue
            marker = _marker(line)
            if marker is None or marker[0] != "BEGIN":
                continue
            if begun is not None and marker[1] in (*READ_NAMES, ZONE_NAME):
                begun.add(marker[1])
            if marker[1] in wanted:
                text, _ = _decoded(line, encoding)
                current = _Open(marker[1], number, hashlib.sha256(), encoding=encoding)
                current.digest.update(text.encode("utf-8") + b"\r\n")
                current.logical = bytearray(line.strip())
                current.logical_start = number
            continue
        if isinstance(line, LongLine):  # never held: the component is refused at this line
            current.refuse(Problem(file, number, too_large("line")))
            continue
        if current.broken is None:
            current.digest.update(_decoded(line, encoding)[0].encode("utf-8") + b"\r\n")
        marker = _marker(line)
        if marker is None:
            if current.broken is None:
                _add(current, number, line, file)
            continue
        if marker[0] == "BEGIN":
            if begun is not None and marker[1] in (*READ_NAMES, ZONE_NAME):
                begun.add(marker[1])
            current.depth += 1
            if current.depth > MAX_DEPTH:
                current.refuse(
                    Problem(file, number, f"components nested more than {MAX_DEPTH} deep")
                )
        else:
            current.depth -= 1
        if current.broken is None:
            current.finish_line()
            current.dropping = False
            current.logical = bytearray(line.strip())
            current.logical_start = number
            current.size += len(line)
        if current.depth == 0:
            yield from _ended(current, file)
            current = None
    if current is not None:
        yield from _ended(current, file, closed=False)


def _ended(block: _Open, file: str, *, closed: bool = True) -> Iterator[Block | Problem]:
    if block.broken is not None:
        yield block.broken
        return
    block.finish_line()
    if block.replaced:
        yield Problem(file, block.replaced, NOT_UTF8, fatal=False)
    yield Block(
        block.name, block.start, block.lines, block.digest.hexdigest(), closed, block.numbers
    )
