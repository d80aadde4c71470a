"""Partial dates as vCard and users write them: a birthday without a year is common."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from crm_desktop.errors import InvalidValueError
from crm_desktop.records.date_range import RANGE_TEXT, year_in_range

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_COMPACT = re.compile(r"\d{8}")


@lru_cache(maxsize=1 << 14)  # an import reads each distinct date text once, not per card
def normalize_partial_date(value: str | None, field: str) -> str | None:
    """``value`` in one canonical form (``1980-04-15``, ``--04-15``, ``1980-04``, ``1980``).

    Also takes the compact forms ``19800415`` and ``--0415``. Raises ``InvalidValueError``
    for anything that is not a real (partial) calendar date (its ``expected`` is
    ``RANGE_TEXT`` for a year outside 1000 to 9998); 29 February needs no year.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    if _COMPACT.fullmatch(text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    expected = "a date such as 1980-04-15 or --04-15"
    year_match = _FULL.match(text) or _YEAR_MONTH.match(text) or _YEAR.match(text)
    if year_match and not year_in_range(int(year_match.group(1))):
        raise InvalidValueError(field, value, RANGE_TEXT)
    if match := _FULL.match(text):
        year, month, day = (int(group) for group in match.groups())
        try:
            date(year, month, day)
        except ValueError:
            raise InvalidValueError(field, value, expected) from None
        return text
    if match := _NO_YEAR.match(text):
        month, day = int(match.group(1)), int(match.group(2))
        try:
            date(2000, month, day)  # a leap year: --02-29 is a real birthday
        except ValueError:
            raise InvalidValueError(field, value, expected) from None
        return f"--{month:02d}-{day:02d}"
    if (match := _YEAR_MONTH.match(text)) and 1 <= int(match.group(2)) <= 12:
        return text
    if _YEAR.match(text):
        return text
    raise InvalidValueError(field, value, expected)


def month_day(value: str | None) -> int | None:
    """``month * 100 + day`` of a normalized partial date that has both, else None."""
    if value is None:
        return None
    if value.startswith("--"):
        return int(value[2:4]) * 100 + int(value[5:7])
    if len(value) == 10:
        return int(value[5:7]) * 100 + int(value[8:10])
    return None
