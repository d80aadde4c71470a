"""Local calendars: Persian users see the Solar Hijri calendar with Persian digits in the month
view, the date pickers and the written dates; Arabic users choose Gregorian or Hijri in View >
Calendar; the weekend and the first day of the week come from the locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, Qt, QTime
from PySide6.QtWidgets import QMenu, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activity_calendar import ActivityCalendar
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import day_text, local_moment, time_text
from crm_desktop.gui.calendars import (
    SETTINGS_KEY,
    CalendarChoice,
    choose_calendar,
    chosen_calendar,
    date_text,
    forget_chosen_calendar,
    month_day_text,
    partial_date_text,
    weekend_color,
)
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.locales import user_locale

NOWRUZ = date(2026, 3, 21)  # 1 Farvardin 1405, 2 Shawwal 1447 (a Saturday)
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


def _grid(calendar: ActivityCalendar) -> QTableView:
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    return grid


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    return window


def _calendar_menu(window: MainWindow) -> QMenu:
    [view] = [m for m in window.menuBar().findChildren(QMenu) if m.objectName() == "calendarMenu"]
    return view


def test_a_persian_window_shows_the_solar_hijri_month_with_persian_digits(
    qtbot: QtBot, db: Database
) -> None:
    with user_locale("fa_IR"):
        window = _window(qtbot, db)
        calendar = window.schedule.show_activities().calendar
        calendar.setSelectedDate(QDate(2026, 3, 21))
        assert calendar.calendar().name() == "Jalali"
        assert (calendar.yearShown(), calendar.monthShown()) == (1405, 1)  # Farvardin 1405
        assert calendar.first_shown() == QDate(2026, 3, 21)
        # The grid's cell for 21 March says 1, and the day found under it is 21 March again.
        grid = _grid(calendar)
        current = grid.currentIndex()
        assert current.data() == 1
        assert calendar.date_at(grid.visualRect(current).center()) == NOWRUZ
        assert calendar.locale().toString(current.data()) == "۱"
        assert _calendar_menu(window).actions()[0].isChecked()  # Automatic


def test_persian_date_pickers_use_the_solar_hijri_calendar_and_persian_digits(
    qtbot: QtBot,
) -> None:
    with user_locale("fa_IR"):
        editor = ActivityEditorDialog(None, now=datetime(2026, 3, 20, 12, tzinfo=UTC))
        qtbot.addWidget(editor)
        start = editor._ui.start
        start.setDateTime(QDateTime(QDate(2026, 3, 21), QTime(10, 30)))
        assert start.calendar().name() == "Jalali"
        assert start.text() == "۱۴۰۵/۱/۱ ۱۰:۳۰"
        popup = start.calendarWidget()
        assert popup.calendar().name() == "Jalali"
        assert popup.firstDayOfWeek() == Qt.DayOfWeek.Saturday
        # What the picker gives back is the same day, stored Gregorian.
        assert start.date() == QDate(2026, 3, 21)


def test_dates_written_for_a_persian_user_are_solar_hijri_in_persian_digits(qtbot: QtBot) -> None:
    with user_locale("fa_IR"):
        assert day_text(NOWRUZ) == "شنبه ۱ فروردین ۱۴۰۵"
        moment = local_moment(NOWRUZ, 9, 30)
        assert time_text(moment) == "۱۴۰۵/۱/۱ ۹:۳۰"
        assert partial_date_text("1980-04-15") == "سه\u200cشنبه ۲۶ فروردین ۱۳۵۹"
        # A birthday without a year: this year's day and month of 15 April.
        assert partial_date_text("--04-15", today=date(2026, 6, 1)) == "۲۶ فروردین"
        assert month_day_text(2, 29, today=date(2026, 6, 1)) == "۱۰ اسفند"  # 2028-02-29


def test_arabic_users_see_gregorian_and_may_choose_the_islamic_civil_calendar(
    qtbot: QtBot, db: Database
) -> None:
    with user_locale("ar_EG"):
        window = _window(qtbot, db)
        view = window.schedule.show_activities()
        view.calendar.setSelectedDate(QDate(2026, 3, 21))
        assert view.calendar.calendar().name() == "Gregorian"
        assert day_text(NOWRUZ) == "السبت، ٢١ مارس ٢٠٢٦"
        menu = _calendar_menu(window)
        assert [a.isChecked() for a in menu.actions()] == [True, False, False, False]
        menu.actions()[3].trigger()  # Islamic civil (Hijri)

        assert view.calendar.calendar().name() == "Islamic Civil"
        assert (view.calendar.yearShown(), view.calendar.monthShown()) == (1447, 10)  # Shawwal
        current = _grid(view.calendar).currentIndex()
        assert current.data() == 2  # the selected day stays on its own cell: 2 Shawwal
        assert view.calendar.selectedDate() == QDate(2026, 3, 21)
        assert day_text(NOWRUZ) == "السبت، ٢ شوال ١٤٤٧"
        assert "٢ شوال ١٤٤٧" in view._day_label.text()  # the day's heading, written again
        editor = ActivityEditorDialog(None, window)
        qtbot.addWidget(editor)
        assert editor._ui.due.calendar().name() == "Islamic Civil"
        assert [a.isChecked() for a in menu.actions()] == [False, False, False, True]

    # Kept for the next start.
    assert QSettings().value(SETTINGS_KEY) == "islamic-civil"
    forget_chosen_calendar()
    assert chosen_calendar() is CalendarChoice.ISLAMIC_CIVIL


def test_another_calendar_chosen_rewrites_the_card_and_the_lists_at_once(
    qtbot: QtBot, db: Database
) -> None:
    [cid] = add_contacts(db, [ContactDraft(given_name="Ana", birthday="1980-04-15")])
    when = local_moment(NOWRUZ, 9)
    create_activity(
        db, ActivityDraft(kind="call", subject="Prices", start=when, contact_ids=(cid,))
    )
    with user_locale("en_GB"):
        window = _window(qtbot, db)
        card = ContactCardView()
        qtbot.addWidget(card)
        card.show_card(get_contact(db, cid))

        def birthday() -> str:
            return next(t for t in _label_texts(card) if "1359" in t or "1980" in t)

        assert birthday() == "Tuesday, 15 April 1980"
        _calendar_menu(window).actions()[2].trigger()  # Solar Hijri
        assert birthday() == "Tuesday, 26 Farvardin 1359"
        view = window.schedule.show_activities()
        view.calendar.setSelectedDate(QDate(2026, 3, 21))
        assert view.day_model.index(0, 0).data() == time_text(when) == "01/01/1405 09:00"


def _label_texts(card: ContactCardView) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in card.widget().findChildren(QLabel)]


@pytest.mark.parametrize(
    ("locale", "first", "days_off"),
    [
        ("fa_IR", Qt.DayOfWeek.Saturday, {Qt.DayOfWeek.Friday}),
        ("ar_EG", Qt.DayOfWeek.Saturday, {Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday}),
        ("en_GB", Qt.DayOfWeek.Monday, {Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday}),
    ],
)
def test_the_month_view_colours_the_locales_weekend_and_starts_its_week(
    qtbot: QtBot, locale: str, first: Qt.DayOfWeek, days_off: set[Qt.DayOfWeek]
) -> None:
    with user_locale(locale):
        calendar = ActivityCalendar()
        qtbot.addWidget(calendar)
    red = weekend_color(calendar.palette())
    coloured = {
        day
        for day in Qt.DayOfWeek
        if calendar.weekdayTextFormat(day).foreground().color() == red
        and calendar.weekdayTextFormat(day).foreground().style() != Qt.BrushStyle.NoBrush
    }
    assert coloured == days_off
    assert calendar.firstDayOfWeek() == first
    # Drawn so: the weekday names of the days off are red in the grid's heading row.
    calendar.resize(560, 320)
    calendar.show()
    qtbot.waitExposed(calendar, timeout=5000)
    grid = _grid(calendar)
    image = grid.viewport().grab().toImage()
    reddish: set[Qt.DayOfWeek] = set()
    for column in range(7):
        rect = grid.visualRect(grid.model().index(0, column))
        day = Qt.DayOfWeek((int(first.value) - 1 + column) % 7 + 1)
        pixels = (
            image.pixelColor(x, y)
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        )
        if any(p.red() > 150 and p.green() < 90 and p.blue() < 90 for p in pixels):
            reddish.add(day)
    assert reddish == days_off


def test_the_locale_week_is_kept_when_another_calendar_is_chosen(qtbot: QtBot) -> None:
    with user_locale("fa_IR"):
        calendar = ActivityCalendar()
        qtbot.addWidget(calendar)
        choose_calendar(CalendarChoice.GREGORIAN)
        assert calendar.calendar().name() == "Gregorian"
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday
        assert calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().style() != (
            Qt.BrushStyle.NoBrush
        )
        assert date_text(NOWRUZ, QLocale.FormatType.ShortFormat) == "۲۰۲۶/۳/۲۱"
