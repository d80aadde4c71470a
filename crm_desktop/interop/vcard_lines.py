"""vCard logical lines to content lines: name, parameters, and the value decoded to text.

Quoted-printable is undone and ``CHARSET`` applied per property. Text that is not UTF-8
and names no charset (Greek, Cyrillic, Hebrew from old phones and Outlook 2000, raw or
quoted-printable) is in the code page the user gave, else in the one detected for the whole
file (``code_pages``) from that text alone, ties broken towards a ``CHARSET`` the file
gives on another property and towards the locale; the file's cards are held back (a
bounded number of bytes) until enough of that text is seen, so a file is read once.
A guess that is unsure is said once per file.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from crm_desktop.interop.code_pages import SAMPLE_BYTES, codec_name, guess_code_page, is_legacy
from crm_desktop.records.problems import Problem

Params = tuple[tuple[str, tuple[str, ...]], ...]
Logical = list[tuple[int, bytearray]]  # a card's logical lines, each with its first line
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
HELD_BYTES = 2 << 20  # cards held back at most while the code page is not yet known
# Our export writes a property whose name no reader would take (a space, a slash) under
# this name, the name as written in a parameter; read back, it is the original again.
KEPT = "X-CRM-KEPT"
KEPT_NAME = "X-CRM-NAME"  # "group.NAME" as written
KEPT_PARAM = "X-CRM-PARAM"  # "KEY=v1,v2" each, when a parameter's name is not valid either


@dataclass(frozen=True, slots=True)
class ContentLine:
    """One property: ``group.NAME;PARAM=VALUE:value``, its value decoded to text.

    ``value`` is the text after quoted-printable and charset decoding, its line breaks as
    ``\\n``, with vCard escapes still in place (they depend on the property and the
    version); for base64 properties it is the base64 text. ``line`` is the physical line
    the property starts on.
    """

    group: str
    name: str  # upper case, for matching
    params: Params
    value: str
    line: int
    written_name: str = ""  # the name as the file spelled it (X-ABLabel), kept on export

    def param(self, name: str) -> tuple[str, ...]:
        for key, values in self.params:
            if key == name:
                return values
        return ()

    @property
    def types(self) -> tuple[str, ...]:
        found: list[str] = []
        for key, values in self.params:
            if key == "TYPE":
                found.extend(v for value in values for v in value.split(",") if v)
        return tuple(found)


@dataclass(slots=True)
class RawCard:
    """The content lines of one card, where it starts, and the warnings met reading it."""

    start_line: int
    lines: list[ContentLine] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def version(self) -> str:
        for line in self.lines:
            if line.name == "VERSION":
                return line.value.strip()
        return "2.1"  # no VERSION line (old Evolution, Android custom props): 2.1 rules


def name_part(line: bytes | bytearray) -> bytes | bytearray:
    """The part before the value's colon (a colon inside a quoted parameter does not count)."""
    colon = line.find(b":")
    if colon < 0:
        return line
    if line.find(b'"', 0, colon) < 0:
        return line[:colon]
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == 0x3A and not quoted:  # :
            return line[:index]
    return line


def _split_unquoted(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _caret_decode(value: str) -> str:
    """RFC 6868 parameter escapes: ^n newline, ^' double quote, ^^ caret."""
    if "^" not in value:
        return value
    return re.sub(
        r"\^(n|N|'|\^)", lambda m: {"n": "\n", "N": "\n", "'": '"', "^": "^"}[m[1]], value
    )


def parse_params(segments: Iterable[str]) -> Params:
    params: dict[str, list[str]] = {}
    for segment in segments:
        segment = segment.strip()
        if not segment:
            continue  # empty segments: `TEL;;X=1:` (EDS 11)
        if "=" in segment:
            key, _, raw = segment.partition("=")
            key = key.strip().upper()
            values = [_caret_decode(v.strip().strip('"')) for v in _split_unquoted(raw, ",")]
            if "\r" in raw:
                values = [v.replace("\r\n", "\n").replace("\r", "\n") for v in values]
        else:
            upper = segment.upper()
            key, values = ("ENCODING", [upper]) if upper in _BARE_ENCODINGS else ("TYPE", [segment])
        params.setdefault(key, []).extend(v for v in values if v != "" or key != "TYPE")
    return tuple((key, tuple(values)) for key, values in params.items() if values)


def parse_head(head: str) -> tuple[str, str, Params]:
    """Group, name as written and parameters of ``group.NAME;KEY=value`` text."""
    segments = _split_unquoted(head, ";")
    group, _, name = segments[0].strip().rpartition(".")
    return group, name, parse_params(segments[1:])


def _restore_kept(group: str, name: str, params: Params) -> tuple[str, str, Params]:
    """``X-CRM-KEPT;X-CRM-NAME=...`` (our export of an invalid name) as it was written."""
    original: tuple[str, ...] = ()
    rest: list[tuple[str, tuple[str, ...]]] = []
    encoded: tuple[str, ...] = ()
    for key, values in params:
        if key == KEPT_NAME:
            original = values
        elif key == KEPT_PARAM:
            encoded = values
        else:
            rest.append((key, values))
    if not original:
        return group, name, params
    group, _, name = original[0].rpartition(".")
    if encoded:
        rest = list(parse_params(encoded))
    return group, name, tuple(rest)


def code_page_label(codec: str) -> str:
    """A code page as people name it: "cp1253" is "windows-1253"."""
    return "windows-" + codec[2:] if re.fullmatch(r"cp125\d", codec) else codec


class FileText:
    """The text of one file's cards: each card's logical lines to ``ContentLine``s.

    ``encoding`` is the user's code page for 8-bit text that names no charset; without it
    the code page is detected from that text: the first card holding some is held back, with
    the cards and problems after it, until ``SAMPLE_BYTES`` of such text or ``HELD_BYTES``
    of cards (or the end of the file) are read; then the code page is chosen, once, and
    every held card is given out in order.
    """

    def __init__(
        self, file: str, encoding: str | None = None, locale_name: str | None = None
    ) -> None:
        self.file = file
        self.locale_name = locale_name
        self.code_page: str | None = encoding
        self.hints: list[str] = []  # legacy code pages the file names (LABEL;CHARSET=...)
        self._codecs: dict[str, str | None] = {}
        self._held: list[RawCard | Problem | tuple[int, Logical, list[Problem]]] = []
        self._held_bytes = 0
        self._sample = bytearray()
        self._first_need = 0  # the line of the first text that needs the code page

    # -- cards in, cards out, in order ------------------------------------------------------

    def card(
        self, start: int, logical: Logical, warnings: list[Problem]
    ) -> Iterator[RawCard | Problem]:
        """The card of these logical lines, now or (held back) later with those after it."""
        raw = self._decode(start, logical, warnings)
        if raw is not None and not self._held:
            yield raw
            return
        self._held.append(raw if raw is not None else (start, logical, warnings))
        self._held_bytes += sum(len(line) for _, line in logical)
        if len(self._sample) >= SAMPLE_BYTES or self._held_bytes >= HELD_BYTES:
            yield from self._release()

    def problem(self, problem: Problem) -> Iterator[Problem]:
        if self._held:
            self._held.append(problem)
        else:
            yield problem

    def close(self) -> Iterator[RawCard | Problem]:
        """The cards still held back, at the end of the file."""
        if self._held:
            yield from self._release()

    def _release(self) -> Iterator[RawCard | Problem]:
        guess = guess_code_page(bytes(self._sample), self.locale_name, self.hints)
        self.code_page = guess.encoding
        self._sample = bytearray()
        held, self._held, self._held_bytes = self._held, [], 0
        unsure = not guess.sure
        for item in held:
            if not isinstance(item, tuple):
                yield item
                continue
            start, logical, warnings = item
            if unsure:
                others = ", ".join(code_page_label(c) for c in guess.others) or "another"
                warnings.append(
                    Problem(
                        self.file,
                        self._first_need,
                        f"8-bit text names no charset: read as {code_page_label(guess.encoding)}"
                        f", a guess ({others} would read it otherwise); choose with --encoding",
                        fatal=False,
                    )
                )
                unsure = False
            raw = self._decode(start, logical, warnings)
            assert raw is not None  # the code page is known now
            yield raw

    # -- one card, one line ------------------------------------------------------------------

    def _decode(self, start: int, logical: Logical, warnings: list[Problem]) -> RawCard | None:
        """The card, or None (its needing text sampled) when its text needs a code page that
        is not chosen yet."""
        raw = RawCard(start, warnings=list(warnings))
        lines = raw.lines
        complete = True
        for number, text in logical:
            line = self._line(number, bytes(text), raw.warnings)
            if line is None:
                complete = False
            else:
                lines.append(line)
        return raw if complete else None

    def _codec(self, charset: str) -> str | None:
        known = self._codecs.get(charset, "")
        if known == "":
            known = self._codecs[charset] = codec_name(charset)
            if known is not None and is_legacy(known) and known not in self.hints:
                self.hints.append(known)
        return known

    def _line(self, number: int, raw: bytes, warnings: list[Problem]) -> ContentLine | None:
        head_bytes = name_part(raw)
        value_bytes = raw[len(head_bytes) + 1 :]
        group, name, params = parse_head(head_bytes.decode("utf-8", "replace"))
        encoding = charset = ""
        for key, values in params:
            if key == "ENCODING" and values:
                encoding = values[0].upper()
            elif key == "CHARSET" and values:
                charset = values[0]
        if group == "" and name.upper() == KEPT:
            group, name, params = _restore_kept(group, name, params)
        upper = name.upper()
        if encoding in ("B", "BASE64"):
            value = "".join(value_bytes.decode("ascii", "replace").split())
            return ContentLine(group, upper, params, value, number, name)
        if encoding == "QUOTED-PRINTABLE":
            value_bytes = binascii.a2b_qp(value_bytes)
        text = self._text(value_bytes, charset, upper, number, warnings)
        if text is None:
            return None
        if "\r" in text:  # Outlook's CRLF inside values, Thunderbird's lone CR: line breaks
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return ContentLine(group, upper, params, text, number, name)

    def _text(
        self, data: bytes, charset: str, name: str, number: int, warnings: list[Problem]
    ) -> str | None:
        """``data`` as text: in its ``charset``, as UTF-8, else in the file's code page (None
        while that is not chosen: ``data`` is then sampled to choose it)."""
        unknown = ""
        if charset:
            codec = self._codec(charset)
            if codec is not None:
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:  # keep what is valid; mark what is not (U+FFFD)
                    message = f"bytes that are not {charset} replaced"
                    warnings.append(Problem(self.file, number, f"{name}: {message}", fatal=False))
                    return data.decode(codec, "replace")
            unknown = f"unknown charset {charset!r}"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if self.code_page is None:
                if len(self._sample) < SAMPLE_BYTES:
                    self._sample += data[: SAMPLE_BYTES - len(self._sample)] + b"\n"
                self._first_need = self._first_need or number
                return None
            text, bad = _decode_or_replace(data, self.code_page)
            if unknown or bad:
                why = unknown or f"bytes that are not {code_page_label(self.code_page)} replaced"
                message = f"{name}: {why}; read as {code_page_label(self.code_page)}"
                warnings.append(Problem(self.file, number, message, fatal=False))
            return text
        if unknown:
            warnings.append(Problem(self.file, number, f"{name}: {unknown}; read as UTF-8", False))
        return text


def _decode_or_replace(data: bytes, codec: str) -> tuple[str, bool]:
    try:
        return data.decode(codec), False
    except UnicodeDecodeError:
        return data.decode(codec, "replace"), True
    except LookupError:  # not a codec after all: its bytes as Windows-1252
        return data.decode("cp1252", "replace"), True
