"""The words and times shared by the activity views: kinds, priorities and statuses in the
user's language, stored UTC times as local ones through QLocale, in the user's calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    Qt,
    QTime,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from crm_desktop.gui.calendars import date_text, date_time_text, follow_calendar
from crm_desktop.records.date_range import EARLIEST, END
from crm_desktop.records.vocabulary import ActivityKind, ActivityStatus, Priority

_WORDS = {
    ActivityKind.CALL: QT_TRANSLATE_NOOP("ActivityText", "Call"),
    ActivityKind.EMAIL: QT_TRANSLATE_NOOP("ActivityText", "Email"),
    ActivityKind.LETTER: QT_TRANSLATE_NOOP("ActivityText", "Letter"),
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("ActivityText", "Meeting"),
    ActivityKind.TASK: QT_TRANSLATE_NOOP("ActivityText", "Task"),
    "note": QT_TRANSLATE_NOOP("ActivityText", "Note"),
    "file": QT_TRANSLATE_NOOP("ActivityText", "File"),
    Priority.LOW: QT_TRANSLATE_NOOP("ActivityText", "Low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("ActivityText", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("ActivityText", "High"),
    ActivityStatus.OPEN: QT_TRANSLATE_NOOP("ActivityText", "Open"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("ActivityText", "Done"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("ActivityText", "Cancelled"),
}


def is_delete_key(event: QEvent) -> bool:
    """A Delete key press (or the shortcut override Qt sends before it): a list that takes it
    deletes its own selection instead of the window's contacts."""
    return (
        event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
        and isinstance(event, QKeyEvent)
        and event.matches(QKeySequence.StandardKey.Delete)
    )


def word(value: str) -> str:
    """A kind, priority or status in the user's language (an unknown one as stored)."""
    text = _WORDS.get(value)
    return QCoreApplication.translate("ActivityText", str(text)) if text else value


def set_locale_format(edit: QDateTimeEdit) -> None:
    """Show ``edit`` in the user's short format, in the order QLocale writes it. In a
    right-to-left window Qt reverses a date edit's sections and the text is drawn reversed
    again (10:37 read as 37:10, seen in an Arabic screenshot): the edit keeps left-to-right
    and the locale's own marks order the parts."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    value = edit.dateTime()
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    edit.setDisplayFormat(
        locale.dateFormat(short) if isinstance(edit, QDateEdit) else locale.dateTimeFormat(short)
    )
    edit.setDateTime(value)
    follow_calendar(edit)  # Solar Hijri for Persian, or the one chosen in View > Calendar
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def supported_days() -> tuple[QDate, QDate]:
    """The first and last local days on which every time can be stored (one day inside the
    supported range, whatever the zone): for pickers of a day alone."""
    return (
        to_qdatetime(EARLIEST).date().addDays(1),
        to_qdatetime(END - timedelta(minutes=1)).date().addDays(-1),
    )


def limit_to_supported(edit: QDateTimeEdit) -> None:
    """Let ``edit`` offer only the times the store keeps (years 1000 to 9998, in UTC, shown
    in local time), so that a user cannot pick one that would be refused."""
    if isinstance(edit, QDateEdit):
        edit.setDateRange(*supported_days())
    else:
        edit.setDateTimeRange(to_qdatetime(EARLIEST), to_qdatetime(END - timedelta(minutes=1)))


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware time as a local QDateTime."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (any spec) as an aware UTC datetime, to the minute's precision given."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, tz=UTC)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def local_date(moment: datetime) -> date:
    """The local calendar day of an aware time."""
    return from_qdate(to_qdatetime(moment).date())


def time_text(moment: datetime | None, today: date | None = None) -> str:
    """A stored time as the user reads it: the time alone when it is today, else the short
    date and time, in the user's locale."""
    if moment is None:
        return ""
    local = to_qdatetime(moment)
    locale = QLocale()
    if today is not None and from_qdate(local.date()) == today:
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return date_time_text(local)


def day_text(day: date) -> str:
    """A calendar day in the user's long format and calendar (Tuesday 1 December 2026)."""
    return date_text(day)


def local_moment(day: date, hour: int, minute: int = 0) -> datetime:
    """``hour``:``minute`` on the local ``day``, as an aware UTC datetime."""
    return from_qdatetime(QDateTime(to_qdate(day), QTime(hour, minute)))
