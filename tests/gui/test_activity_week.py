"""The Activities calendar's week and day views: activities in their time slots (side by
side when they overlap, untimed ones in the top band), the week from the locale's first day
with its days off, dropping onto a slot or the band (undoable), the user's calendar in the
headings, and the grid mirrored right to left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_calendar import activity_mime
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import local_date, local_moment, to_qdate, to_qdatetime
from crm_desktop.gui.activity_week import days_for
from crm_desktop.gui.calendars import CalendarChoice, choose_calendar, forget_chosen_calendar
from crm_desktop.gui.week_layout import OPENS_AT_HOUR, place_day, week_start
from crm_desktop.records.activities import ActivityDraft, ActivityRow
from crm_desktop.services.activities import create_activity, get_activity
from crm_desktop.services.database import Database

TODAY = date(2026, 12, 1)  # a Tuesday
NOW = local_moment(TODAY, 8)


@pytest.fixture(autouse=True)
def _locale_restored(qapp: QApplication) -> Iterator[None]:
    locale, direction = QLocale(), qapp.layoutDirection()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    forget_chosen_calendar()


def _add(db: Database, subject: str, day: date, hour: int, minutes: int = 0, **kw: object) -> int:
    when = local_moment(day, hour, minutes)
    draft = ActivityDraft(kind="meeting", subject=subject, start=when, **kw)  # type: ignore[arg-type]
    return int(create_activity(db, draft).id)


def _task_on(db: Database, subject: str, day: date) -> int:
    draft = ActivityDraft(kind="task", subject=subject, due=local_moment(day, 0))
    return int(create_activity(db, draft).id)


def _view(qtbot: QtBot, db: Database, mode: str = "week") -> tuple[ActivitiesView, QUndoStack]:
    holder = QWidget()
    qtbot.addWidget(holder)
    undo = QUndoStack(holder)
    view = ActivitiesView(ActivityActions(db, holder, clock=lambda: NOW, undo=undo), holder)
    view.calendar.setSelectedDate(to_qdate(TODAY))
    view.resize(1200, 760)
    holder.show()
    view.show()
    view.modes.set_mode(mode)
    view.refresh()
    qtbot.waitExposed(view, timeout=5000)
    return view, undo


def _drop(widget: QWidget, point: QPoint, mime: QMimeData) -> None:
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    QApplication.sendEvent(widget, QDragEnterEvent(point, action, mime, buttons, keys))
    QApplication.sendEvent(widget, QDragMoveEvent(point, action, mime, buttons, keys))
    QApplication.sendEvent(widget, QDropEvent(point.toPointF(), action, mime, buttons, keys))


def _rows(*spans: tuple[int, int, int]) -> list[ActivityRow]:
    """Rows starting at hour:minute lasting minutes (id = position + 1)."""
    out = []
    for n, (hour, minute, length) in enumerate(spans, start=1):
        draft = ActivityDraft(kind="meeting", subject=f"m{n}",
                              start=local_moment(TODAY, hour, minute), duration_minutes=length)  # fmt: skip
        out.append(ActivityRow(id=n, **_row_fields(draft)))  # type: ignore[arg-type]
    return out


def _row_fields(draft: ActivityDraft) -> dict[str, object]:
    return dict(
        kind=draft.kind, subject=draft.subject, details="", start=draft.start, due=draft.due,
        duration_minutes=draft.duration_minutes, location="", priority="normal",
        status="open", outcome="", completed_at=None, reminder=None, contact_ids=(),
        contact_names=(), account_id=None, account_name="", time_zone="",
    )  # fmt: skip


def test_overlapping_activities_sit_side_by_side_and_others_take_the_whole_day() -> None:
    placed = place_day(0, _rows((9, 0, 60), (9, 30, 60), (11, 0, 30)))
    by_subject = {p.row.subject: p for p in placed}
    assert (by_subject["m1"].lane, by_subject["m1"].lanes) == (0, 2)
    assert (by_subject["m2"].lane, by_subject["m2"].lanes) == (1, 2)
    assert (by_subject["m3"].lane, by_subject["m3"].lanes) == (0, 1)
    assert (by_subject["m1"].start, by_subject["m1"].end) == (9 * 60, 10 * 60)


def test_a_short_call_takes_a_whole_slot_so_that_its_time_and_subject_can_be_read() -> None:
    [call] = place_day(0, _rows((15, 45, 5)))
    assert (call.start, call.end) == (15 * 60 + 45, 16 * 60 + 15)


@pytest.mark.parametrize(
    ("locale", "first"),
    [("en_GB", date(2026, 11, 30)), ("fa_IR", date(2026, 11, 28)), ("ar_SA", date(2026, 11, 29))],
)
def test_the_week_starts_on_the_locales_first_day(locale: str, first: date) -> None:
    QLocale.setDefault(QLocale(locale))
    days = days_for(TODAY, 7)
    assert days[0] == first and len(days) == 7 and TODAY in days
    assert week_start(first, QLocale().firstDayOfWeek()) == first


def test_the_week_view_draws_each_activity_in_its_slot_and_untimed_ones_on_top(
    qtbot: QtBot, db: Database
) -> None:
    meeting = _add(db, "Visit the warehouse", TODAY + timedelta(days=2), 10, 30,
                   duration_minutes=90)  # fmt: skip
    task = _task_on(db, "Send the price list", TODAY)
    view, _undo = _view(qtbot, db)
    grid = view.time_grid
    assert grid.isVisible() and not view.calendar.isVisible()
    assert not view.day_table.isVisible()  # the grid takes the room
    assert grid.days() == days_for(TODAY, 7)
    [placed] = grid.placed()
    assert placed.row.id == meeting
    assert placed.column == grid.days().index(TODAY + timedelta(days=2))
    assert (placed.start, placed.end) == (10 * 60 + 30, 12 * 60)
    rect = grid.slots.item_rect(placed)
    assert rect.top() == grid.slots.point_for(0, 10 * 60 + 30).y() - grid.slots.row_height() // 2
    assert [[row.id for row in rows] for rows in grid.untimed()][1] == [task]  # Tuesday


def test_the_grid_opens_on_the_morning_and_scrolls_through_the_whole_day(
    qtbot: QtBot, db: Database
) -> None:
    view, _undo = _view(qtbot, db)
    bar = view.time_grid.scroller.verticalScrollBar()
    slots = view.time_grid.slots
    assert abs(bar.value() - slots.y_of(OPENS_AT_HOUR * 60)) <= slots.row_height()
    assert slots.height() == 48 * slots.row_height()  # 00:00 to 24:00 in half hours
    seen = view.time_grid.scroller.viewport().height() // slots.row_height()
    assert seen >= 13 * 2 - 2  # about 07:00 to 20:00 in sight at this size


def test_dropping_an_activity_on_a_slot_moves_it_to_that_day_and_time_and_undo_puts_it_back(
    qtbot: QtBot, db: Database
) -> None:
    meeting = _add(db, "Visit the warehouse", TODAY, 10)
    view, undo = _view(qtbot, db)
    grid = view.time_grid
    column = grid.days().index(TODAY + timedelta(days=3))
    _drop(grid.slots, grid.slots.point_for(column, 14 * 60 + 30), activity_mime([meeting]))
    moved = get_activity(db, meeting)  # type: ignore[arg-type]
    assert moved.start == local_moment(TODAY + timedelta(days=3), 14, 30)
    assert [p.row.id for p in grid.placed() if p.column == column] == [meeting]
    assert undo.canUndo()
    undo.undo()
    assert get_activity(db, meeting).start == local_moment(TODAY, 10)  # type: ignore[arg-type]
    assert [p.column for p in grid.placed()] == [grid.days().index(TODAY)]


def test_dropping_on_the_band_moves_to_the_day_keeping_the_time(qtbot: QtBot, db: Database) -> None:
    meeting = _add(db, "Visit the warehouse", TODAY, 10)
    view, undo = _view(qtbot, db)
    band = view.time_grid.band
    columns = band.columns()
    column = view.time_grid.days().index(TODAY + timedelta(days=1))
    point = QPoint(columns.x(column) + columns.day_width // 2, band.height() - 4)
    _drop(band, point, activity_mime([meeting]))
    moved = get_activity(db, meeting)  # type: ignore[arg-type]
    assert moved.start is not None and local_date(moved.start) == TODAY + timedelta(days=1)
    assert to_qdatetime(moved.start).time().hour() == 10
    undo.undo()
    assert get_activity(db, meeting).start == local_moment(TODAY, 10)  # type: ignore[arg-type]


def test_a_drop_of_several_is_one_undo_step(qtbot: QtBot, db: Database) -> None:
    first, second = _add(db, "One", TODAY, 9), _add(db, "Two", TODAY, 11)
    view, undo = _view(qtbot, db, "day")
    view.time_grid.drop([first, second], 0, 16 * 60)
    assert undo.count() == 1
    assert get_activity(db, second).start == local_moment(TODAY, 16)  # type: ignore[arg-type]
    undo.undo()
    assert get_activity(db, first).start == local_moment(TODAY, 9)  # type: ignore[arg-type]
    assert get_activity(db, second).start == local_moment(TODAY, 11)  # type: ignore[arg-type]


def test_the_day_view_shows_one_day_and_the_arrows_step_by_a_day_or_a_week(
    qtbot: QtBot, db: Database
) -> None:
    view, _undo = _view(qtbot, db, "day")
    assert view.time_grid.days() == [TODAY]
    view.time_grid.stepped.emit(1)
    assert view.time_grid.days() == [TODAY + timedelta(days=1)]
    view.modes.set_mode("week")
    view.time_grid.stepped.emit(1)
    assert TODAY + timedelta(days=8) in view.time_grid.days()
    view.time_grid.stepped.emit(0)
    assert TODAY in view.time_grid.days()
    view.modes.set_mode("month")
    assert view.calendar.isVisible() and view.day_table.isVisible()


def test_the_headings_are_in_the_users_calendar(qtbot: QtBot, db: Database) -> None:
    QLocale.setDefault(QLocale("fa_IR"))
    choose_calendar(CalendarChoice.SOLAR_HIJRI)
    view, _undo = _view(qtbot, db)
    grid = view.time_grid
    # 1 December 2026 is 10 Azar 1405.
    assert "۱۰" in grid.heading(TODAY, 200)
    assert "آذر" in grid.range_label.text() and "۱۴۰۵" in grid.range_label.text()
    assert grid.days()[0].isoweekday() == 6  # Saturday
    assert Qt.DayOfWeek.Friday in grid.weekend


def test_the_grid_is_mirrored_right_to_left(qtbot: QtBot, db: Database) -> None:
    meeting = _add(db, "Visit", TODAY, 10)
    view, _undo = _view(qtbot, db)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    slots = view.time_grid.slots
    columns = slots.columns()
    assert columns.x(0) > columns.x(6)  # the first day on the right
    assert columns.gutter().x() > columns.x(0)  # the hours on the right
    [placed] = view.time_grid.placed()
    point = slots.item_rect(placed).center()
    assert slots.item_at(point) is not None and slots.item_at(point).id == meeting  # type: ignore[union-attr]
    target = slots.target_at(slots.point_for(0, 9 * 60))
    assert target == (0, 9 * 60)


def test_double_clicking_an_empty_slot_schedules_a_meeting_at_that_time(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, undo = _view(qtbot, db)
    grid = view.time_grid
    column = grid.days().index(TODAY + timedelta(days=1))

    def exec_(dialog: ActivityEditorDialog) -> int:
        dialog._ui.subject.setText("Visit the warehouse")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    grid.scroller.ensureVisible(0, grid.slots.point_for(column, 15 * 60).y())
    qtbot.mouseDClick(
        grid.slots, Qt.MouseButton.LeftButton, pos=grid.slots.point_for(column, 15 * 60)
    )
    [placed] = grid.placed()
    assert placed.row.subject == "Visit the warehouse" and placed.row.kind == "meeting"
    assert placed.row.start == local_moment(TODAY + timedelta(days=1), 15)
    assert undo.canUndo()
