"""The month calendar: dots on days with activities, days found under the mouse, drops."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activity_calendar import ActivityCalendar, activity_ids, activity_mime


def _calendar(qtbot: QtBot) -> ActivityCalendar:
    calendar = ActivityCalendar()
    qtbot.addWidget(calendar)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setSelectedDate(QDate(2026, 12, 1))
    calendar.resize(420, 300)
    calendar.show()
    qtbot.waitExposed(calendar, timeout=5000)
    return calendar


def _cell_center(calendar: ActivityCalendar, day: date) -> QPoint:
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    model = grid.model()
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            center = grid.visualRect(model.index(row, column)).center()
            if calendar.date_at(center) == day:
                return center
    raise AssertionError(f"{day} is not shown")


def _blue_pixels(image: QImage, center: QPoint, half: int) -> int:
    count = 0
    for x in range(center.x() - half, center.x() + half):
        for y in range(center.y() - half, center.y() + half):
            color = image.pixelColor(x, y)
            if color.blue() > 150 and color.red() < 90:
                count += 1
    return count


def test_the_day_under_the_mouse_matches_what_the_grid_shows(qtbot: QtBot) -> None:
    calendar = _calendar(qtbot)
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    model = grid.model()
    # December 2026 starts on a Tuesday: the first week row shows Monday 30 November.
    first_row = [calendar.date_at(grid.visualRect(model.index(1, c)).center()) for c in range(7)]
    assert first_row[0] == date(2026, 11, 30)
    assert first_row[1] == date(2026, 12, 1)
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            day = calendar.date_at(grid.visualRect(model.index(row, column)).center())
            assert day is not None
            assert str(model.index(row, column).data()) == str(day.day)


def test_days_with_activities_get_a_marker_and_others_none(qtbot: QtBot) -> None:
    calendar = _calendar(qtbot)
    calendar.set_counts({date(2026, 12, 10): 2})
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    image = grid.viewport().grab().toImage()
    marked = _cell_center(calendar, date(2026, 12, 10))
    plain = _cell_center(calendar, date(2026, 12, 11))
    half = grid.visualRect(grid.indexAt(marked)).height() // 2
    assert _blue_pixels(image, marked, half) > 4
    assert _blue_pixels(image, plain, half) == 0
    assert calendar.count_on(date(2026, 12, 10)) == 2 and calendar.count_on(date(2026, 12, 11)) == 0


def test_dropping_activities_on_a_day_says_which_and_where(qtbot: QtBot) -> None:
    calendar = _calendar(qtbot)
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    target = _cell_center(calendar, date(2026, 12, 17))
    mime = activity_mime([4, 9])
    # Qt delivers a drop only to the widget that accepted the drag's entry.
    enter = QDragEnterEvent(
        target, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(grid.viewport(), enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(calendar.activities_dropped, timeout=2000) as dropped:
        event = QDropEvent(
            QPointF(target), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(grid.viewport(), event)
    assert dropped.args == [[4, 9], date(2026, 12, 17)]


def test_a_drag_of_anything_else_is_refused(qtbot: QtBot) -> None:
    calendar = _calendar(qtbot)
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    mime = QMimeData()
    mime.setText("4")
    assert activity_ids(mime) == []
    enter = QDragEnterEvent(
        _cell_center(calendar, date(2026, 12, 17)), Qt.DropAction.MoveAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    enter.ignore()
    QApplication.sendEvent(grid.viewport(), enter)
    assert not enter.isAccepted()
