"""The calendar dates are shown in, and the week they are shown in.

Persian users get the Solar Hijri calendar (QCalendar's Jalali system) unless they choose
another; everyone else the Gregorian one. View > Calendar (``CalendarMenu``) chooses
Automatic, Gregorian, Solar Hijri or Islamic civil (the arithmetic Hijri calendar), kept in
the ``view/calendar`` setting. The choice applies to the month view (``QCalendarWidget``),
the date pickers (``QDateEdit``/``QDateTimeEdit``) and every date written with
``date_text``/``date_time_text`` (``QLocale.toString(date, format, calendar)``: the locale's
digits and month names). Stored dates stay Gregorian (ISO 8601): only what is shown changes.

The weekend comes from the locale (``QLocale.weekdays()`` are the working days: Friday is the
weekend in Iran, Friday and Saturday in Egypt and Saudi Arabia), and so does the first day of
the week; ``paint_week`` colours a calendar's days off by it (Qt paints Saturday and Sunday in
every locale). A language chosen while the window is open calls ``locale_changed``."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCalendar,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QMenu, QWidget

SETTINGS_KEY = "view/calendar"


class CalendarChoice(StrEnum):
    AUTOMATIC = "automatic"  # the locale's own: Solar Hijri for Persian, else Gregorian
    GREGORIAN = "gregorian"
    SOLAR_HIJRI = "jalali"
    ISLAMIC_CIVIL = "islamic-civil"


_SYSTEMS = {
    CalendarChoice.GREGORIAN: QCalendar.System.Gregorian,
    CalendarChoice.SOLAR_HIJRI: QCalendar.System.Jalali,
    CalendarChoice.ISLAMIC_CIVIL: QCalendar.System.IslamicCivil,
}
_MENU_WORDS = {  # the View > Calendar entries, in the "Calendars" translation context
    CalendarChoice.AUTOMATIC: QT_TRANSLATE_NOOP("Calendars", "&Automatic"),
    CalendarChoice.GREGORIAN: QT_TRANSLATE_NOOP("Calendars", "&Gregorian"),
    CalendarChoice.SOLAR_HIJRI: QT_TRANSLATE_NOOP("Calendars", "&Solar Hijri (Persian)"),
    CalendarChoice.ISLAMIC_CIVIL: QT_TRANSLATE_NOOP("Calendars", "&Islamic civil (Hijri)"),
}
_chosen: CalendarChoice | None = None  # read from the settings once, then kept here


def choice_text(choice: CalendarChoice) -> str:
    """``choice`` in the user's words, without the menu's accelerator (Preferences' list)."""
    return QCoreApplication.translate("Calendars", str(_MENU_WORDS[choice])).replace("&", "")


class CalendarChanges(QObject):
    """Says when the calendar to show dates in has changed (chosen, or the locale changed)."""

    changed = Signal()


_changes: CalendarChanges | None = None


def calendar_changes() -> CalendarChanges:
    """The one object whose ``changed`` signal tells every view to show its dates again."""
    global _changes
    if _changes is None:
        _changes = CalendarChanges(QCoreApplication.instance())
    return _changes


def chosen_calendar() -> CalendarChoice:
    """What the user chose in View > Calendar (Automatic until they choose)."""
    global _chosen
    if _chosen is None:
        value = QSettings().value(SETTINGS_KEY, CalendarChoice.AUTOMATIC.value)
        try:
            _chosen = CalendarChoice(str(value))
        except ValueError:  # a value from a later version, or edited by hand
            _chosen = CalendarChoice.AUTOMATIC
    return _chosen


def choose_calendar(choice: CalendarChoice) -> None:
    """Keep ``choice`` and have every view show its dates in it at once."""
    global _chosen
    _chosen = choice
    QSettings().setValue(SETTINGS_KEY, choice.value)
    calendar_changes().changed.emit()


def forget_chosen_calendar() -> None:
    """Read the choice from the settings again on next use (tests move the settings)."""
    global _chosen
    _chosen = None


def locale_changed() -> None:
    """To call after ``QLocale.setDefault`` (a language chosen in Preferences): the
    automatic calendar, the digits and the weekend may differ now."""
    calendar_changes().changed.emit()


def calendar_for(locale: QLocale, choice: CalendarChoice) -> QCalendar:
    """The calendar ``choice`` means for a user of ``locale``."""
    if choice is CalendarChoice.AUTOMATIC:
        persian = locale.language() == QLocale.Language.Persian
        choice = CalendarChoice.SOLAR_HIJRI if persian else CalendarChoice.GREGORIAN
    return QCalendar(_SYSTEMS[choice])


def current_calendar() -> QCalendar:
    """The calendar dates are shown in now: the user's choice for the default locale."""
    return calendar_for(QLocale(), chosen_calendar())


# ---- dates as text ---------------------------------------------------------------------


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date | QDate, form: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    """A calendar day in the user's locale and calendar (long: ``شنبه ۱ فروردین ۱۴۰۵``)."""
    value = day if isinstance(day, QDate) else to_qdate(day)
    return QLocale().toString(value, form, current_calendar())


def date_time_text(
    moment: QDateTime, form: QLocale.FormatType = QLocale.FormatType.ShortFormat
) -> str:
    """A local date and time in the user's locale and calendar (short: ``۱۴۰۵/۱/۱ ۱۰:۳۰``)."""
    return QLocale().toString(moment, form, current_calendar())


def month_day_text(month: int, day: int, today: date | None = None) -> str:
    """A day without a year (a birthday written ``--04-15``): day and month, in the user's
    calendar. Another calendar's day and month move with the year: it is the one of this
    year's (``today``'s) 15 April, or of the next year that has a 29 February."""
    calendar = current_calendar()
    locale = QLocale()
    year = (today or date.today()).year
    when = QDate(year, month, day)
    for later in range(year, year + 8):
        if when.isValid():
            break
        when = QDate(later + 1, month, day)
    if not when.isValid():  # not a day of any year (--02-30): as written
        return f"--{month:02d}-{day:02d}"
    if calendar.isGregorian():
        shown_month, shown_day = month, day
    else:
        parts = calendar.partsFromDate(when)
        shown_month, shown_day = parts.month, parts.day
    return f"{locale.toString(shown_day)} {calendar.monthName(locale, shown_month)}"


def partial_date_text(value: str | None, today: date | None = None) -> str:
    """A (partial) ISO date (``1980-04-15``, ``--04-15``) as the user reads it; what is
    neither is shown as it is written, kept left-to-right."""
    if not value:
        return ""
    if value.startswith("--") and len(value) == 7 and value[2:4].isdigit() and value[5:].isdigit():
        return month_day_text(int(value[2:4]), int(value[5:7]), today)
    if len(value) == 10:
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            return date_text(day)
    return f"\u2066{value}\u2069"  # an LRI isolate: 1980-04 stays in order in Arabic


# ---- widgets --------------------------------------------------------------------------


def weekend(locale: QLocale) -> list[Qt.DayOfWeek]:
    """The days not worked in ``locale`` (Friday in Iran; Friday and Saturday in Egypt)."""
    working = set(locale.weekdays())
    return [day for day in Qt.DayOfWeek if day not in working]


def weekend_color(palette: QPalette) -> QColor:
    """Qt's red for days off, lighter on a dark background so that it stays readable."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#c62828")


def paint_week(calendar: QCalendarWidget) -> None:
    """``calendar`` starts its weeks where the user's locale does and colours its days off."""
    locale = QLocale()
    calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
    days_off = weekend(locale)
    red = QTextCharFormat()
    red.setForeground(weekend_color(calendar.palette()))
    for day in Qt.DayOfWeek:
        calendar.setWeekdayTextFormat(day, red if day in days_off else QTextCharFormat())


def use_calendar(widget: QCalendarWidget | QDateTimeEdit) -> None:
    """Show ``widget``'s dates in the current calendar and week (its popup's too)."""
    calendar, locale = current_calendar(), QLocale()
    widget.setLocale(locale)  # its digits and month names (the language may have changed)
    if isinstance(widget, QCalendarWidget):
        selected = widget.selectedDate()
        widget.setCalendar(calendar)
        # Qt keeps the selected cell where it was in the old calendar's grid (another day
        # in the new one): selecting the day again puts it on its cell.
        widget.setSelectedDate(selected)
        paint_week(widget)
        return
    widget.setCalendar(calendar)
    if widget.calendarPopup() and (popup := widget.calendarWidget()) is not None:
        popup.setLocale(locale)
        popup.setCalendar(calendar)
        paint_week(popup)


class _Follower(QObject):
    """Lives as long as its widget, and shows it in the new calendar when it changes."""

    def __init__(self, widget: QCalendarWidget | QDateTimeEdit) -> None:
        super().__init__(widget)
        self._widget = widget
        calendar_changes().changed.connect(self._on_changes_changed)

    def _on_changes_changed(self) -> None:
        use_calendar(self._widget)


def follow_calendar(widget: QCalendarWidget | QDateTimeEdit) -> None:
    """``use_calendar`` now and whenever the calendar changes, for as long as ``widget``
    lives."""
    use_calendar(widget)
    _Follower(widget)


class CalendarMenu(QMenu):
    """View > Calendar: Automatic, Gregorian, Solar Hijri, Islamic civil (the chosen one
    checked, whoever chose it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMenu")
        self._group = QActionGroup(self)
        for choice in _MENU_WORDS:
            action = self.addAction("")
            action.setCheckable(True)
            action.setData(choice.value)
            self._group.addAction(action)
        self._group.triggered.connect(self._on_group_triggered)
        calendar_changes().changed.connect(self._on_changes_changed)
        self._on_changes_changed()
        self._retranslate()

    def action_for(self, choice: CalendarChoice) -> QAction:
        return next(a for a in self.actions() if a.data() == choice.value)

    def _retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("Calendars", "Ca&lendar"))
        for action in self.actions():
            words = _MENU_WORDS[CalendarChoice(action.data())]
            action.setText(QCoreApplication.translate("Calendars", str(words)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_group_triggered(self, action: QAction) -> None:
        choose_calendar(CalendarChoice(action.data()))

    def _on_changes_changed(self) -> None:
        self.action_for(chosen_calendar()).setChecked(True)


def add_calendar_menu(beside: QAction) -> CalendarMenu | None:
    """View > Calendar, at the end of the menu that holds ``beside`` (View's Activities)."""
    for owner in beside.associatedObjects():
        if isinstance(owner, QMenu):
            menu = CalendarMenu(owner)
            owner.addSeparator()
            owner.addMenu(menu)
            return menu
    return None
