"""What our CSV exports do to a cell against formula injection, and what our import undoes.

A spreadsheet (Excel, LibreOffice Calc, Google Sheets) runs a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab, a carriage return or a NUL as a formula (OWASP "CSV Injection";
ASVS 5.0 requirement 1.2.10). The export writes such a cell with a ``'`` in front: the
spreadsheet shows it as text, and nothing runs.

Two exceptions, so that other programs read our files as we mean them:

- A value made only of digits, spaces and ``+ - ( ) . /`` is written as it is: a phone
  number (``+49 30 1234567``, ``+1 (555) 010-0199``), a negative number, a birthday without
  a year in Google's form (``--04-15``). Outlook and Google Contacts keep a ``'`` they find
  (``'+49...``), and such a value cannot run anything: it names no function, no cell and no
  other program (that takes letters, ``!``, ``|`` or ``:``). At worst a spreadsheet that
  opens the file shows it as a sum (``--04-15`` as -11, ``+1-1`` as 0); the file itself, and
  what Outlook or Google import from it, keeps the value.
- A value that starts with ``'`` is marked too when what follows its apostrophes starts a
  formula (``'=1+1`` is written ``''=1+1``), so that the import, which removes one ``'``
  before a formula character, gives back exactly what the user typed.

The import removes one ``'`` from a cell of the form ``'``, any more ``'``, then a formula
character: what our export writes, what it wrote before for phone numbers (``'+49...``),
and what other programs that follow OWASP write. A spreadsheet never saves
a leading ``'`` of its own into a CSV file (Excel, LibreOffice and Google Sheets take it as
"this cell is text" and drop it), so such a cell is never a value typed that way.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00")
# Digits (of any script), spaces and the signs of a phone number or a number: no formula.
_INERT = re.compile(r"[\d +\-()./]*")


def _starts_formula(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def neutralized(value: str) -> str:
    """The cell to write for ``value``: with a ``'`` in front if a spreadsheet could run it,
    or if it starts with ``'`` before such a start (see the module's docstring)."""
    rest = value.lstrip("'")
    if not _starts_formula(rest):
        return value
    if not value.startswith("'") and _INERT.fullmatch(value):  # nothing that could run
        return value
    return "'" + value


def unneutralized(cell: str) -> str:
    """The value of a cell read from a CSV file: one ``'`` removed where an export put it."""
    if cell.startswith("'") and _starts_formula(cell.lstrip("'")):
        return cell[1:]
    return cell
