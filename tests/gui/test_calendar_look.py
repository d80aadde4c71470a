"""The month calendar's looks, light and dark: other months' days faded, the days off and
the dots readable on either background, the selected day's dots kept, and a dragged
activity shown as a small label beside the pointer instead of over the day it goes to."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_calendar import ActivityCalendar
from crm_desktop.gui.activity_text import local_moment
from crm_desktop.gui.calendars import weekend_color
from crm_desktop.gui.colors import contrast, marker_color
from crm_desktop.gui.theme import dark_palette
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.services.activities import create_activity
from crm_desktop.services.database import Database


@pytest.fixture(autouse=True)
def _palette_restored(qapp: QApplication) -> Iterator[None]:
    palette, locale = qapp.palette(), QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    qapp.setPalette(palette)
    QLocale.setDefault(locale)


def _calendar(qtbot: QtBot) -> ActivityCalendar:
    calendar = ActivityCalendar()
    qtbot.addWidget(calendar)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setSelectedDate(QDate(2026, 12, 16))
    calendar.resize(420, 300)
    calendar.show()
    qtbot.waitExposed(calendar, timeout=5000)
    return calendar


def _cell(calendar: ActivityCalendar, day: date) -> QRect:
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    model = grid.model()
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            rect = grid.visualRect(model.index(row, column))
            if calendar.date_at(rect.center()) == day:
                return rect
    raise AssertionError(f"{day} is not shown")


def _image(calendar: ActivityCalendar) -> QImage:
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    return grid.viewport().grab().toImage()


def _darkest(image: QImage, rect: QRect) -> int:
    return min(
        image.pixelColor(x, y).lightness()
        for x in range(rect.left() + 2, rect.right() - 1)
        for y in range(rect.top() + 2, rect.bottom() - 1)
    )


def test_days_of_the_months_either_side_are_faded(qtbot: QtBot) -> None:
    calendar = _calendar(qtbot)
    image = _image(calendar)
    # Monday 7 December, and Monday 30 November (the first row: another month).
    inside, outside = _cell(calendar, date(2026, 12, 7)), _cell(calendar, date(2026, 11, 30))
    assert calendar.in_month_shown(QDate(2026, 12, 7))
    assert not calendar.in_month_shown(QDate(2026, 11, 30))
    assert _darkest(image, outside) > _darkest(image, inside) + 60


def test_the_selected_day_keeps_its_dots(qtbot: QtBot) -> None:
    calendar = _calendar(qtbot)
    calendar.set_counts({date(2026, 12, 16): 2})
    highlighted = calendar.palette().color(QPalette.ColorRole.HighlightedText)
    assert calendar.dot_color(QDate(2026, 12, 16)) == highlighted
    rect = _cell(calendar, date(2026, 12, 16))
    image = _image(calendar)
    strip = QRect(rect.left(), rect.bottom() - rect.height() // 4, rect.width(), rect.height() // 4)
    dots = sum(
        1
        for x in range(strip.left(), strip.right())
        for y in range(strip.top(), strip.bottom())
        if contrast(image.pixelColor(x, y), highlighted) < 1.3
    )
    assert dots > 4


@pytest.mark.parametrize("dark", [False, True])
def test_the_days_off_and_the_dots_are_readable_light_and_dark(
    qtbot: QtBot, qapp: QApplication, dark: bool
) -> None:
    if dark:
        qapp.setPalette(dark_palette())
    calendar = _calendar(qtbot)
    palette = calendar.palette()
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast(weekend_color(palette), base) >= 4.5
    assert contrast(marker_color(palette), base) >= 3
    sunday = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    assert sunday == weekend_color(palette)


def test_the_days_off_follow_a_switch_to_dark(qtbot: QtBot, qapp: QApplication) -> None:
    calendar = _calendar(qtbot)
    light = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    qapp.setPalette(dark_palette())

    def sunday() -> QColor:
        return calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()

    qtbot.waitUntil(lambda: sunday() != light, timeout=2000)
    assert sunday() == weekend_color(dark_palette())


def test_a_dragged_activity_is_a_small_label_beside_the_pointer(qtbot: QtBot, db: Database) -> None:
    [contact_free] = [create_activity(db, ActivityDraft(
        kind="call", subject="Ring Jordi about the spring order and the new price list",
        start=local_moment(date(2026, 12, 1), 10),
    ))]  # fmt: skip
    holder = QWidget()
    qtbot.addWidget(holder)
    view = ActivitiesView(ActivityActions(db, holder), holder)
    view.modes.set_mode("month")
    view.calendar.setSelectedDate(QDate(2026, 12, 1))
    view.refresh()
    view.day_table.selectRow(0)
    drag = view.day_table.drag()
    assert drag is not None
    pixmap = drag.pixmap()
    size = pixmap.deviceIndependentSize()
    assert size.width() <= 160 and size.height() <= view.fontMetrics().height() + 8
    hot = drag.hotSpot()
    # The label starts below and after the pointer: the day under the pointer is not covered.
    assert hot.x() < 0 and hot.y() < 0
    assert view.day_table.drag_text().startswith("Ring Jordi")
    assert contact_free.id in [int(x) for x in bytes(drag.mimeData().data(
        "application/x-crm-desktop-activity-ids").data()).decode().split()]  # fmt: skip
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = view.day_table.drag()
    assert mirrored is not None and mirrored.hotSpot().x() > size.width()
    assert mirrored.hotSpot() != QPoint(0, 0)
