"""A quote that was opened and never closed where it should have been: the rows it swallowed.

In CSV a quoted value may hold line breaks (Outlook and Google write notes and streets so),
so a stray ``"`` makes the reader take every line after it into one value, up to the next
``"`` or the end of the file: one family name a million characters long, and the contacts
of those lines gone without a word. A row that spans several lines is refused (a
``Problem`` at the line where the quote opened, saying what was not imported) when:

- the file ends inside the quote (it is never closed);
- a value that holds one line (a name, an e-mail address, a phone number, a date) spans
  lines that look like rows of the file (as many cells as the header), or is longer than
  ``ONE_LINE_LIMIT``;
- a value of any column (a note, a street) spans lines that look like rows of the file, and
  the row is not well-formed CSV: a quote inside it is followed by something other than a
  delimiter or a line break. That is what a swallowing quote ends on: the opening quote of
  a later value (``,"Likes olives, and wine"``), taken for the closing one.

A note over several lines, long or short, with commas or even lines in CSV form, is read as
before when its quotes are well-formed. What the reader does not do is guess: the rows
inside the broken value are not imported one by one (the quote may have been meant); the
user closes the quote and imports the file again.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence

from crm_desktop.records.problems import Problem

ONE_LINE_LIMIT = 64 << 10  # characters: longer than any name, address or number
# Targets whose values may hold line breaks (csv_columns' kinds).
MULTI_LINE_KINDS = frozenset(("note", "address", "custom", "numbered", "ignore"))


def _breaks(value: str) -> int:
    return value.count("\n") + value.count("\r") - value.count("\r\n")


def _looks_like_row(line: str, delimiter: str, columns: int) -> bool:
    """Whether a physical line, read on its own, has the header's number of cells (or one
    more, empty: Thunderbird ends its rows with a delimiter)."""
    if columns < 2 or line.count(delimiter) < columns - 1:
        return False  # quick: too few delimiters to be a row
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return len(cells) == columns or (len(cells) == columns + 1 and not cells[-1].strip())


def _well_formed(lines: Sequence[str], delimiter: str) -> bool:
    """Whether the lines read as CSV with every closing quote followed by a delimiter or
    a line break (Python's ``strict`` reading)."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return False
    return True


def _lines(count: int, rows: int) -> str:
    """ "1 line that looks like a row", "3 lines that all look like rows", "3 lines, 2 of
    which look like rows"."""
    if count == 1:
        return "1 line that looks like a row"
    if rows == count:
        return f"{count:,} lines that all look like rows"
    return f"{count:,} lines, {rows:,} of which look{'s' if rows == 1 else ''} like rows"


def swallowed_rows(
    file_name: str,
    start: int,
    cells: Sequence[str],
    lines: Sequence[str],
    at_end: bool,
    headers: Sequence[str],
    kinds: Sequence[str],
    delimiter: str,
) -> Problem | None:
    """The ``Problem`` for a row whose quote swallowed lines, or ``None`` for a good row.

    ``start`` is the row's first physical line, ``lines`` its physical lines (when it has
    several), ``at_end`` whether the file ended inside it, ``kinds`` each column's target
    kind ("given", "note"...; "ignore" for a column that fills nothing).
    """
    if at_end:  # the last value runs to the end of the file
        opened = start + sum(_breaks(cell) for cell in cells[:-1])
        inner = lines[opened - start + 1 :]
        after = "this row was not imported"
        if inner:
            rows = sum(_looks_like_row(line, delimiter, len(headers)) for line in inner)
            count = f"{len(inner):,} line" + ("s" if len(inner) > 1 else "")
            looking = f"{rows:,} of them look" if rows != 1 else "1 of them looks"
            after = (
                f"this row and the {count} after it, to the end of the file, were not "
                f"imported ({looking} like {'a row' if rows == 1 else 'rows'})"
            )
        return Problem(
            file_name,
            opened,
            f'a quote opened in column "{_column(headers, len(cells) - 1)}" is never closed: '
            f"{after}; close the quote and import the file again",
        )
    offset = 0  # physical lines of the row before the current value
    for index, cell in enumerate(cells):
        breaks = _breaks(cell)
        if not breaks:
            continue
        opened = start + offset
        inner = lines[offset + 1 : offset + breaks + 1]
        offset += breaks
        rows = sum(_looks_like_row(line, delimiter, len(headers)) for line in inner)
        one_line = (kinds[index] if index < len(kinds) else "ignore") not in MULTI_LINE_KINDS
        if one_line and len(cell) > ONE_LINE_LIMIT:
            reason = f"making a value of {len(cell):,} characters"
        elif rows and (one_line or not _well_formed(lines, delimiter)):
            reason = f"taking in {_lines(len(inner), rows)}"
        else:
            continue
        end = opened + breaks
        return Problem(
            file_name,
            opened,
            f'a quote opened in column "{_column(headers, index)}" runs on to line {end}, '
            f"{reason}: this row (lines {start}-{end}) was not imported; close the quote "
            "where it belongs and import the file again",
        )
    return None


def _column(headers: Sequence[str], index: int) -> str:
    return headers[index] if index < len(headers) else f"{index + 1}"
