"""The dates CRM Desktop keeps: years 1000 to 9998 (stdlib only).

Every time is stored in UTC as ISO 8601 text with a four-digit year, so that text order is
time order and every reader (ours, SQLite's date functions, another program's) can read
it. Python's ``datetime`` ends at 9999-12-31: a UTC time late in 9999 cannot be shown in a
zone east of UTC (``OverflowError``), and a year before 1000 is not four digits. A real CRM
has no use for either, so the supported range stops a year short of the end (any zone's
offset, under a day, keeps a stored time inside Python's range) and starts at 1000.
Birthdays and anniversaries (partial dates, no zone) take the same years.
"""

from __future__ import annotations

from datetime import UTC, datetime

FIRST_YEAR = 1000
LAST_YEAR = 9998
EARLIEST = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
"""The first supported moment (stored times are at or after it, in UTC)."""
END = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)
"""The first moment after the supported range (stored times are before it, in UTC)."""
LONGEST = END - EARLIEST
"""No duration inside the range is longer: a bound checked before adding one to a time."""
RANGE_TEXT = f"a date in the years {FIRST_YEAR} to {LAST_YEAR}"
"""What an out-of-range value is not (``InvalidValueError``'s ``expected``, problems)."""


def time_in_range(moment: datetime) -> bool:
    """Is the timezone-aware ``moment`` one that can be stored (in UTC, from 1000-01-01 up to
    9999-01-01)? Converting such a time to any zone stays inside Python's years."""
    return EARLIEST <= moment < END


def year_in_range(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR
