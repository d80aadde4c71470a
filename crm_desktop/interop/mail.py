"""E-mail files read into frozen messages: one message (.eml), a mailbox (.mbox, read a
message at a time, so a file of any size is read in bounded memory) and Outlook's .msg
(``interop.outlook_msg``). Each message comes with its file's line (the mbox ``From`` line
that starts it; 1 for a single message); a message that cannot be read is a ``Problem`` at
its line and the others are still read.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from crm_desktop.interop.limits import MAX_LINE_BYTES
from crm_desktop.interop.mail_text import decode_bytes, header_text, html_to_text, unescape_raw
from crm_desktop.records.attachments import MAX_ATTACHMENT_BYTES, FileDraft
from crm_desktop.records.date_range import time_in_range
from crm_desktop.records.problems import Problem

# A message larger than this (a 100 MB attachment in base64, and room for the rest) is
# refused at its line, never held whole; the mailbox's other messages are still read.
MAX_MESSAGE_BYTES = MAX_ATTACHMENT_BYTES * 4 // 3 + (16 << 20)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (and other Office files)
MAIL_KINDS = ("eml", "mbox", "msg")

_HEADER = re.compile(rb"^[!-9;-~]+:")
# Headers only a message has (a vCard, a calendar or a CSV file has none of them).
_MAIL_HEADERS = frozenset(
    b"from received message-id return-path delivered-to mime-version x-mailer".split()
)


@dataclass(frozen=True, slots=True)
class MailAddress:
    name: str  # as the header writes it, decoded; "" when none
    address: str  # as written (compare folded)


@dataclass(frozen=True, slots=True)
class MailMessage:
    message_id: str  # the Message-ID; else "sha256:..." of the message's bytes
    senders: tuple[MailAddress, ...]  # From
    to: tuple[MailAddress, ...]
    cc: tuple[MailAddress, ...]
    subject: str
    body: str  # plain text (an HTML-only body converted)
    sent_at: datetime | None  # aware; None when no date could be read
    files: tuple[FileDraft, ...]  # the attachments kept

    @property
    def headers(self) -> str:
        """From, To and Cc, one a line, as a mail program shows them."""
        lines = []
        for label, people in (("From", self.senders), ("To", self.to), ("Cc", self.cc)):
            if people:
                lines.append(f"{label}: {', '.join(_written(p) for p in people)}")
        return "\n".join(lines)


def _written(person: MailAddress) -> str:
    return f"{person.name} <{person.address}>" if person.name else person.address


@dataclass(frozen=True, slots=True)
class ReadMail:
    message: MailMessage
    line: int
    warnings: tuple[Problem, ...] = ()


def mail_kind(head: bytes) -> str | None:
    """ "msg", "mbox" or "eml" when the first bytes of a file are those of an e-mail file;
    None otherwise."""
    if head.startswith(OLE_MAGIC):
        return "msg"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()  # a line of spaces first (flanker's)
    lines = text.split(b"\n", 40)
    if lines[0].startswith(b"From ") and len(lines) > 1 and _HEADER.match(lines[1]):
        return "mbox"
    if not _HEADER.match(lines[0]):
        return None
    for line in lines:
        if not line.strip():
            break
        name = line.split(b":", 1)[0].strip().lower()
        if name in _MAIL_HEADERS:
            return "eml"
    return None


def read_mail_file(path: Path, kind: str) -> Iterator[ReadMail | Problem]:
    """Every message of an e-mail file of this ``kind`` (``mail_kind``)."""
    if kind == "msg":
        from crm_desktop.interop.outlook_msg import read_outlook_message

        yield read_outlook_message(path)
        return
    with path.open("rb") as handle:
        if kind == "mbox":
            for line, data, envelope in mbox_messages(handle):
                if data is None:
                    yield Problem(path.name, line, _too_large())
                else:
                    yield parse_message(data, path.name, line, envelope)
        else:
            data = handle.read(MAX_MESSAGE_BYTES + 1)
            if len(data) > MAX_MESSAGE_BYTES:
                yield Problem(path.name, 1, _too_large())
            else:
                yield parse_message(data, path.name, 1)


def _too_large() -> str:
    return f"the message is over {MAX_MESSAGE_BYTES // (1 << 20):,} MB: not imported"


_CHUNK = 1 << 20  # an mbox is read a megabyte at a time
_QUOTED = re.compile(rb"^>(>*From )", re.MULTILINE)


class _Message:
    """The message being gathered: where it starts, its From line, its pieces."""

    def __init__(self, line: int, envelope: bytes) -> None:
        self.line = line
        self.envelope = envelope
        self.pieces: list[bytes] = []
        self.size = 0

    def add(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.size <= MAX_MESSAGE_BYTES:
            self.pieces.append(piece)
        else:
            self.pieces = []  # too large: only counted from here on

    def done(self) -> tuple[int, bytes | None, bytes]:
        if self.size > MAX_MESSAGE_BYTES:
            return self.line, None, self.envelope
        data = b"".join(self.pieces)
        if b">From " in data:
            data = _QUOTED.sub(rb"\1", data)
        return self.line, data, self.envelope


def mbox_messages(handle: BinaryIO) -> Iterator[tuple[int, bytes | None, bytes]]:
    """The messages of an mbox, one at a time: (line of its ``From`` line, its bytes or None
    when it is over ``MAX_MESSAGE_BYTES``, the ``From`` line). A ``From`` line starts a
    message when the line after it is a header (so "From time to time" in a body stays in
    the body); ``>From`` lines lose one ``>`` (mboxrd). Read a megabyte at a time: memory
    holds one message and one megabyte, whatever the file's size."""
    buffer = b"\n"  # a line break before the file: its first From line is found as the rest
    line = 0  # the line number of buffer[0]
    current: _Message | None = None
    eof = False
    while not eof:
        chunk = handle.read(_CHUNK)
        eof = not chunk
        buffer += chunk
        done = 0  # buffer[:done] is placed
        search = 0
        counted = 0  # the line breaks in buffer[:counted] are added to ``line``
        hold: int | None = None  # a From line whose next line is not read yet: kept from here
        while True:
            found = buffer.find(b"\nFrom ", search)
            if found < 0:
                break
            end = buffer.find(b"\n", found + 1)
            after = buffer.find(b"\n", end + 1) if end >= 0 else -1
            if after < 0 and not eof and len(buffer) - found < MAX_LINE_BYTES:
                hold = found  # the From line or the line after it is not whole yet
                break
            if end < 0 or not _HEADER.match(buffer[end + 1 : end + 1001]):
                search = found + 1  # a From line in a body: it stays there
                continue
            if current is not None:
                current.add(buffer[done : found + 1])
                yield current.done()
            line += buffer.count(b"\n", counted, found + 1)
            counted = found + 1
            current = _Message(line, buffer[found + 1 : end + 1])
            done = search = end + 1
        if eof:
            keep = len(buffer)
        elif hold is not None:
            keep = hold
        else:  # the last line break stays: a From line may begin right after it
            last = buffer.rfind(b"\n", done)
            keep = last if last >= done and len(buffer) - last < MAX_LINE_BYTES else len(buffer)
        if current is not None:
            current.add(buffer[done:keep])
        line += buffer.count(b"\n", counted, keep)
        buffer = buffer[keep:]
    if current is not None:
        yield current.done()


def parse_message(data: bytes, file: str, line: int, envelope: bytes = b"") -> ReadMail | Problem:
    """One message's bytes (RFC 5322, MIME) read into a ``MailMessage``."""
    message = message_from_bytes(data.removeprefix(b"\xef\xbb\xbf").lstrip(), policy=compat32)
    warnings: list[Problem] = []
    raw = _raw_headers(message)
    senders = _addresses(raw.get("from", [])) or _addresses(raw.get("sender", []))
    body, files = _contents(message, file, line, warnings)
    return ReadMail(
        MailMessage(
            message_id=_message_id(_first(raw, "message-id"), data),
            senders=senders,
            to=_addresses(raw.get("to", [])),
            cc=_addresses(raw.get("cc", [])),
            subject=header_text(_first(raw, "subject")),
            body=body,
            sent_at=_sent_at(raw, envelope, file, line, warnings),
            files=tuple(files),
        ),
        line,
        tuple(warnings),
    )


def _raw_headers(message: Message) -> dict[str, list[str]]:
    """Each header's values as written (raw 8-bit bytes decoded as UTF-8 or Windows-1252:
    the parser's own reading of them replaces every such character)."""
    found: dict[str, list[str]] = {}
    for name, value in message.raw_items():
        found.setdefault(name.lower(), []).append(unescape_raw(str(value)))
    return found


def _first(raw: dict[str, list[str]], name: str) -> str | None:
    values = raw.get(name)
    return values[0] if values else None


def _message_id(value: object, data: bytes) -> str:
    text = " ".join(str(value or "").split())
    found = re.search(r"<[^<>\s]+>", text)
    if found:
        return found.group(0)
    if text:
        return text
    return "sha256:" + hashlib.sha256(data).hexdigest()


# One plain address: "Name <a@b.c>" or "a@b.c", with nothing getaddresses would read otherwise.
_PLAIN_ADDRESS = re.compile(
    r"\s*(?:([\w .'-]*?)\s*<([^<>\s@,]+@[^<>\s@,]+)>|([^<>\s@,]+@[^<>\s@,]+))\s*"
)


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    """(name, address) of each address in these header values: plain ones read here (most
    headers, and ten times faster), any other as ``email.utils.getaddresses`` reads it."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        plain = []
        for piece in value.split(","):
            match = _PLAIN_ADDRESS.fullmatch(piece)
            if match is None:
                break
            name, address, bare = match.groups()
            plain.append((name or "", address or bare))
        else:
            pairs.extend(plain)
            continue
        pairs.extend(getaddresses([value]))
    return pairs


def _addresses(values: list[str]) -> tuple[MailAddress, ...]:
    found: dict[str, MailAddress] = {}
    for name, address in _pairs(values):
        address = address.strip()
        if "@" not in address:
            continue
        found.setdefault(address.casefold(), MailAddress(header_text(name).strip('"'), address))
    return tuple(found.values())


def _sent_at(
    raw: dict[str, list[str]], envelope: bytes, file: str, line: int, warnings: list[Problem]
) -> datetime | None:
    """The Date header; else the last Received header's time; else the mbox From line's."""
    written = _first(raw, "date")
    sent = _date(written) if written is not None else None
    if sent is not None:
        return sent
    received = raw.get("received", [])
    candidates = [r.rsplit(";", 1)[-1] for r in received[:1] if ";" in r]
    candidates.append(" ".join(envelope.decode("ascii", "replace").split()[2:]))
    what = "no date" if written is None else f"a date that cannot be read ({written!s:.60})"
    for candidate in candidates:
        sent = _date(candidate)
        if sent is not None:
            warnings.append(Problem(file, line, f"{what}: dated by when it was received", False))
            return sent
    warnings.append(Problem(file, line, f"{what}: dated by the import", False))
    return None


def _date(text: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000": a time in UTC whose zone is not known
        moment = moment.replace(tzinfo=UTC)
    return moment if time_in_range(moment) else None


def _leaves(part: Message) -> Iterator[tuple[Message, str]]:
    """The parts that hold content, in order, with their media type; an attached message is
    one part (kept whole)."""
    media_type = part.get_content_type()
    if not part.is_multipart() or media_type.startswith("message/"):
        yield part, media_type
    else:
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from _leaves(sub)


def _contents(
    message: Message, file: str, line: int, warnings: list[Problem]
) -> tuple[str, list[FileDraft]]:
    """The plain-text body (its text parts joined; the HTML ones converted when there is
    no plain one) and the attachments kept."""
    plain: list[str] = []
    html: list[str] = []
    files: list[FileDraft] = []
    for number, (part, media_type) in enumerate(_leaves(message), start=1):
        if media_type.startswith("multipart/"):  # broken boundaries: its text, read
            plain.append(_text(part))
            continue
        disposition = str(part.get("content-disposition") or "").split(";")[0].strip().lower()
        name = _file_name(part)
        if media_type in ("text/plain", "text/html") and disposition != "attachment" and not name:
            text = _text(part)
            (plain if media_type == "text/plain" else html).append(text)
            continue
        content = _bytes(part)
        name = name or f"part-{number}{_extension(media_type)}"
        if len(content) > MAX_ATTACHMENT_BYTES:
            limit = MAX_ATTACHMENT_BYTES // (1 << 20)
            warnings.append(
                Problem(file, line, f"attachment {name} is over {limit} MB: not kept", False)
            )
            continue
        files.append(FileDraft(name, media_type, content))
    texts = [t for t in plain if t.strip()] or [html_to_text(t) for t in html if t.strip()]
    body = "\n\n".join(t.strip("\n") for t in texts)
    return body.replace("\r\n", "\n").replace("\r", "\n").strip(), files


def _file_name(part: Message) -> str:
    written = [str(part.get(h, "")) for h in ("content-type", "content-disposition")]
    if "name" not in written[0].lower() and "name" not in written[1].lower():
        return ""  # as most parts: no name given
    if not all(text.isascii() for text in written):
        # raw 8-bit bytes in a file name: read from the headers decoded first
        raw = _raw_headers(part)
        part = Message()
        for name in ("content-type", "content-disposition"):
            if name in raw:
                part[name] = raw[name][0]
    found = part.get_filename() or part.get_param("name") or ""
    if isinstance(found, str):
        name = found
    else:  # an RFC 2231 triple
        name = decode_bytes(found[2].encode("latin-1", "replace"), found[0])
    text = header_text(name)
    return text.replace("/", "_").replace("\\", "_").strip(' ."')


def _extension(media_type: str) -> str:
    if media_type == "message/rfc822":
        return ".eml"
    return mimetypes.guess_extension(media_type, strict=False) or ".bin"


def _text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    return decode_bytes(data, part.get_content_charset())


def _bytes(part: Message) -> bytes:
    if part.is_multipart():  # an attached message, kept as the file it was
        inner = part.get_payload()
        pieces = inner if isinstance(inner, list) else [inner]
        return b"".join(p.as_bytes() if isinstance(p, Message) else b"" for p in pieces)
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""
