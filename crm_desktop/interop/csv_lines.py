"""The physical lines of a CSV file as ``csv.reader`` asks for them, none longer than the
app reads (``interop.limits.MAX_LINE_BYTES``), and what each record spanned."""

from __future__ import annotations

import io

from crm_desktop.interop.limits import MAX_LINE_BYTES


class RowTooLongError(Exception):
    """A record (one row, perhaps over several lines) passed ``MAX_LINE_BYTES``."""


class BoundedLines:
    """The lines of a text stream for ``csv.reader``: none read longer than
    ``MAX_LINE_BYTES`` characters, and no record longer either (``record`` counts the
    characters of the one being read; the caller calls ``start_record`` before each row).
    The lines of a record over several lines are kept until the next (``of_record``), and
    ``ended`` says whether the reader asked for a line past the end of the file (it does
    only inside a quoted value)."""

    def __init__(self, text: io.TextIOWrapper, read_ahead: list[str]) -> None:
        self._text = text
        self._read_ahead = read_ahead  # lines read before the reader started, given first
        self.record = 0
        self.read = 0  # physical lines handed out
        self.ended = False  # the reader asked for a line after the last
        self._first = ""  # the record's first line
        self._more: list[str] = []  # and the ones after it, if any

    def start_record(self) -> None:
        self.record = 0
        if self._more:
            self._more = []

    def of_record(self) -> list[str]:
        """The physical lines of the record just read, if there were several; else []."""
        return [self._first, *self._more] if self._more else []

    def __iter__(self) -> BoundedLines:
        return self

    def __next__(self) -> str:
        line = (
            self._read_ahead.pop(0) if self._read_ahead else self._text.readline(MAX_LINE_BYTES + 1)
        )
        if not line:
            self.ended = True
            raise StopIteration
        self.read += 1
        if self.record:
            self._more.append(line)
        else:
            self._first = line
        self.record += len(line)
        if self.record > MAX_LINE_BYTES:
            raise RowTooLongError
        return line
