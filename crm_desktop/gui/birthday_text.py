"""A birthday as the user writes dates: in their locale's short format with a four-digit year
("4/15/1980" in the United States, "15/04/1980" in Britain), or as ISO 8601 ("1980-04-15"),
or without the year ("--04-15"); stored as ISO 8601 (``normalize_partial_date``)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt

EXAMPLE = QDate(1980, 4, 15)


def date_format(locale: QLocale) -> str:
    """The locale's short date format, its year in four digits (no century to guess)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def example(locale: QLocale) -> str:
    """15 April 1980 as the user writes a date (for the hint and the error)."""
    return locale.toString(EXAMPLE, date_format(locale))


def birthday_text(value: str | None, locale: QLocale) -> str:
    """A stored birthday for the field: a whole date in the locale's format, else as stored."""
    if not value:
        return ""
    day = QDate.fromString(value, Qt.DateFormat.ISODate)
    if len(value) == 10 and day.isValid():
        return locale.toString(day, date_format(locale))
    return value


def read_birthday(text: str, locale: QLocale) -> str:
    """What the user typed, a whole date in the locale's format made ISO 8601; anything else
    as typed (ISO 8601 and --MM-DD are read by ``normalize_partial_date``)."""
    text = text.strip()
    if not text:
        return ""
    day = locale.toDate(text, date_format(locale))
    if day.isValid():
        return day.toString(Qt.DateFormat.ISODate)
    return text
