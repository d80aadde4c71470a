"""Which files an import can read, and what each one is: vCard, CSV or iCalendar, told
apart by content (``file_kind``), its records read (``records``); a file that cannot be read
at all (missing, a folder, empty, over 1 GB, not contacts, not readable) named with why
(``unread_problem``), the import going on with the others (``readable_files``), or
refused when none can be read (``refuse``).
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import NoReturn

from crm_desktop.errors import (
    CrmError,
    FileAccessError,
    InputTooLargeError,
    NoRecordsError,
    NoRecordsKind,
    NothingImportedError,
    too_large_reason,
)
from crm_desktop.interop.csv_import import header_line_index, read_csv_file
from crm_desktop.interop.limits import check_file_size
from crm_desktop.interop.mail import mail_kind
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.problems import Problem
from crm_desktop.services.database import system_locale_name


class ImportAborted(CrmError):  # noqa: N818  (a state of the import, not a failure of ours)
    """``strict`` import stopped at the first card that could not be read; nothing written."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem)

    def __str__(self) -> str:
        return f"{self.problem} (strict import: nothing was imported)"


def file_kind(path: Path) -> str:
    """ "vcard", "icalendar", "csv", "eml", "mbox", "msg" or "other", told apart by content:
    an e-mail file starts with a message's headers (an mbox with its From line, a .msg with
    the OLE signature); a vCard file says BEGIN:VCARD early (in any of its encodings), an
    iCalendar file starts with BEGIN:VCALENDAR; a CSV file starts with a line of text cut
    by a delimiter."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    mail = mail_kind(head)
    if mail is not None:
        return mail
    texts = [
        head.decode(e, "ignore").upper() for e in ("utf-8", "utf-16", "utf-16-be", "utf-16-le")
    ]
    if any("BEGIN:VCARD" in text for text in texts):
        return "vcard"
    if head.decode("utf-8", "ignore").lstrip("\ufeff \r\n\t").upper().startswith("BEGIN:VCALENDAR"):
        return "icalendar"
    if _looks_like_csv(head):  # before the weaker signs: a CSV note may say "version: 3"
        return "csv"
    if any("VERSION:" in text or "END:VCARD" in text for text in texts):
        return "vcard"  # a vCard file whose first BEGIN:VCARD is broken
    return "other"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _looks_like_csv(head: bytes) -> bool:
    """A first line of text (UTF-16 with its BOM, as Excel's "Unicode text" writes it; else
    read as UTF-8, legacy bytes replaced) with a comma, semicolon or tab and no control
    characters (binary data has them)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", "replace")
    else:
        text = head.decode("utf-8", "replace")
    lines = text.lstrip("\ufeff").split("\n", 21)[:21]
    first = lines[header_line_index(lines)]  # after a preamble such as LinkedIn's "Notes:"
    return any(d in first for d in ",;\t") and not _CONTROL.search(first)


def records(
    path: Path,
    kind: str,
    fallback: str | None,
    mapping: Mapping[str, str] | None,
    encoding: str | None,
) -> Iterator[ReadCard | Problem]:
    if kind == "csv":
        yield from read_csv_file(
            path, encoding=encoding, mapping=mapping, locale_name=system_locale_name()
        )
    elif kind == "vcard" or path.suffix.lower() in (".vcf", ".vcard"):
        yield from read_vcard_file(path, fallback, system_locale_name())
    else:  # cards may still stand after 4 KiB of something else
        try:
            yield from read_vcard_file(path, fallback, system_locale_name())
        except NoRecordsError:
            raise NoRecordsError(
                path,
                "is neither a vCard file (no BEGIN:VCARD) nor a CSV file (no first line of "
                "column names separated by commas, semicolons or tabs)",
                kind=NoRecordsKind.UNKNOWN_FORMAT,
            ) from None


def check_importable(paths: Sequence[Path]) -> None:
    """Refuse, before anything is written, a path that is not a file of cards, or one
    larger than the app reads (``InputTooLargeError``)."""
    for path in paths:
        if not path.exists():
            raise NoRecordsError(path, "does not exist", kind=NoRecordsKind.MISSING)
        if path.is_dir():
            raise NoRecordsError(
                path, "is a folder, not a file of contacts", kind=NoRecordsKind.FOLDER
            )
        if path.stat().st_size == 0:
            raise NoRecordsError(path, "is empty", kind=NoRecordsKind.EMPTY)
        if not _is_mbox(path):  # a mailbox is read a message at a time, whatever its size
            check_file_size(path)


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as handle:
        return mail_kind(handle.read(4096)) == "mbox"


UNREAD = "file not imported"


def unread_reason(error: Exception) -> str:
    """Why a whole file could not be read, in words that follow its name."""
    if isinstance(error, NoRecordsError):
        return error.reason
    if isinstance(error, InputTooLargeError):
        return too_large_reason(error.what, error.limit)
    if isinstance(error, FileNotFoundError):
        return "does not exist (or was moved or deleted)"
    if isinstance(error, OSError):
        return f"cannot be read ({error.strerror or error})"
    return str(error)


def unread_problem(path: Path, error: Exception) -> Problem:
    """A whole file refused, as a problem at line 0 of it."""
    return Problem(path.name, 0, f"{unread_reason(error)}: {UNREAD}")


Unread = list[tuple[Path, Exception]]  # files that could not be read at all, and why


def readable_files(paths: Sequence[Path], strict: bool) -> tuple[dict[Path, str], Unread]:
    """The kind of each file that can be read ("vcard", "csv", "icalendar", "other"), and
    the files that cannot (missing, a folder, empty, over 1 GB, not readable) with why.

    Raises ``ImportAborted`` (strict) and ``refuse``'s errors when none can be read:
    nothing is written.
    """
    kinds: dict[Path, str] = {}
    unread: Unread = []
    for path in paths:
        try:
            check_importable([path])
            kinds[path] = file_kind(path)
        except (NoRecordsError, InputTooLargeError, OSError) as error:
            if strict:
                raise ImportAborted(unread_problem(path, error)) from error
            unread.append((path, error))
    if not kinds:
        refuse(unread)
    return kinds, unread


def check_readable(paths: Sequence[Path], *, strict: bool = False) -> None:
    """Refuse, before the database is even opened, a batch of which no file can be read
    (``import_files``' errors for it); with ``strict``, any file that cannot be."""
    readable_files(paths, strict)


def refuse(unread: Unread) -> NoReturn:
    """No file of the import could be read: the file's own error when it was the only one
    (``NoRecordsError``, ``InputTooLargeError``, ``FileAccessError``), else
    ``NothingImportedError`` naming each and why."""
    if len(unread) == 1:
        path, error = unread[0]
        if isinstance(error, OSError):
            raise FileAccessError(path, unread_reason(error)) from error
        raise error
    raise NothingImportedError(tuple((path.name, unread_reason(e)) for path, e in unread))


def without_empty_values(
    draft: ContactDraft, file: str, line: int, problems: list[Problem]
) -> ContactDraft:
    """An empty ``EMAIL:`` or ``TEL:`` is no address or number: left out, with a warning."""
    if all([e.value.strip() for e in draft.emails]) and all(
        [p.value.strip() for p in draft.phones]
    ):
        return draft  # as nearly always
    emails = tuple(e for e in draft.emails if e.value.strip())
    phones = tuple(p for p in draft.phones if p.value.strip())
    if len(emails) == len(draft.emails) and len(phones) == len(draft.phones):
        return draft
    if len(emails) < len(draft.emails):
        problems.append(Problem(file, line, "empty e-mail address left out", False))
    if len(phones) < len(draft.phones):
        problems.append(Problem(file, line, "empty phone number left out", False))
    return dataclasses.replace(draft, emails=emails, phones=phones)


# ---- how many records an import will read (its progress's total) --------------------------

_CHUNK = 1 << 20
_MARKS = {
    "vcard": (b"BEGIN:VCARD",),
    "icalendar": (b"BEGIN:VEVENT", b"BEGIN:VTODO", b"BEGIN:VJOURNAL"),
}


def expected_records(paths: Sequence[Path]) -> int:
    """About how many cards, rows, events, to-dos and e-mails ``paths`` hold, counted
    without reading them as the import does (a megabyte at a time: a tenth of a second
    for 10,000 cards): the total an import's progress is measured against. A file that
    cannot be read counts 0 (the import says why)."""
    total = 0
    for path in paths:
        try:
            total += _expected_in(path, file_kind(path))
        except (OSError, UnicodeError, csv.Error):
            continue
    return total


def _expected_in(path: Path, kind: str) -> int:
    if kind in ("eml", "msg"):
        return 1
    if kind == "csv":
        return _csv_rows(path)
    if kind == "mbox":
        return _count_marks(path, (b"\nFrom ",)) + 1  # the first has no line before it
    marks = _MARKS.get(kind, _MARKS["vcard"])
    return _count_marks(path, tuple(m.lower() for m in marks) + marks, utf16=True)


def _count_marks(path: Path, marks: tuple[bytes, ...], *, utf16: bool = False) -> int:
    """How often any of ``marks`` occurs (as written, or in UTF-16 of either order)."""
    with path.open("rb") as handle:
        head = handle.read(2)
        handle.seek(0)
        if utf16 and (head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or head[:1] == b"\0"):
            codec = "utf-16-le" if head == codecs.BOM_UTF16_LE else "utf-16-be"
            marks = tuple(m.decode("ascii").encode(codec) for m in marks)
        count, tail = 0, b""
        longest = max(len(m) for m in marks)
        while chunk := handle.read(_CHUNK):
            data = tail + chunk
            count += sum(data.count(m) for m in marks)
            tail = data[-(longest - 1) :]
            count -= sum(tail.count(m) for m in marks)  # counted again with the next chunk
    return count


def _csv_rows(path: Path) -> int:
    """The rows after the header with something in them (quoted line breaks are one row)."""
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", "replace")
    else:
        text = raw.decode("utf-8", "replace")
    rows = sum(1 for row in csv.reader(io.StringIO(text)) if any(f.strip() for f in row))
    return max(rows - 1, 0)
