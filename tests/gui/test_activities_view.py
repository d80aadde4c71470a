"""The Activities view: the lists (Today, Overdue, Next 7 days, All open, Done), the month
calendar's markers, rescheduling by dragging onto a day or by editing the date, keeping in
touch and birthdays on Today, and the view reached from the main window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_list_model import COLUMN_SUBJECT, ActivityListModel
from crm_desktop.gui.activity_text import local_date, local_moment, to_qdate, to_qdatetime
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityDraft, ActivityRow, Due
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.activities import (
    complete_activity,
    create_activity,
    get_activity,
)
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

TODAY = date(2026, 12, 1)  # a Tuesday
NOW = local_moment(TODAY, 10)


@dataclass
class Week:
    jordi: ContactId
    overdue: int
    today: int
    in_three_days: int
    in_ten_days: int
    done: int


@pytest.fixture
def week(db: Database) -> Week:
    [jordi] = add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])

    def add(kind: str, subject: str, day: date, hour: int) -> int:
        when = local_moment(day, hour)
        draft = ActivityDraft(kind=kind, subject=subject, start=None if kind == "task" else when,
                              due=when if kind == "task" else None, contact_ids=(jordi,))  # fmt: skip
        return int(create_activity(db, draft).id)

    done = add("call", "Spoke about prices", TODAY - timedelta(days=2), 11)
    complete_activity(db, done, "Wants 5% off", when=local_moment(TODAY - timedelta(days=2), 11))
    return Week(
        jordi=jordi,
        overdue=add("task", "Send the proposal", TODAY - timedelta(days=1), 9),
        today=add("call", "Ring about the order", TODAY, 15),
        in_three_days=add("meeting", "Visit the warehouse", TODAY + timedelta(days=3), 10),
        in_ten_days=add("task", "Renew the contract", TODAY + timedelta(days=10), 9),
        done=done,
    )


def _view(qtbot: QtBot, db: Database) -> ActivitiesView:
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = ActivityActions(db, holder, clock=lambda: NOW)
    view = ActivitiesView(actions, holder)
    view.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    view.calendar.setSelectedDate(to_qdate(TODAY))
    view.resize(1100, 700)
    holder.show()
    view.show()
    view.refresh()
    qtbot.waitExposed(view, timeout=5000)
    return view


def _ids(model: ActivityListModel) -> list[int]:
    return [row.id for row in model.rows()]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (Due.TODAY, ["today"]),
        (Due.OVERDUE, ["overdue"]),
        (Due.WEEK, ["today", "in_three_days"]),
        (Due.ALL, ["overdue", "today", "in_three_days", "in_ten_days"]),
        (Due.DONE, ["done"]),
    ],
)
def test_each_list_shows_what_it_says(
    qtbot: QtBot, db: Database, week: Week, due: Due, expected: list[str]
) -> None:
    view = _view(qtbot, db)
    view.set_due(due)
    assert _ids(view.model) == [getattr(week, name) for name in expected]


def test_the_lists_pass_qt_model_checks_and_show_local_times(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, week: Week
) -> None:
    view = _view(qtbot, db)
    view.set_due(Due.ALL)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.day_model)
    overdue = view.model.index(0, COLUMN_SUBJECT)
    assert view.model.data(overdue) == "\u2068Send the proposal\u2069"
    assert view.model.data(overdue, Qt.ItemDataRole.ForegroundRole) is not None  # in red
    # Today's call shows its hour alone, in the user's locale.
    assert view.model.data(view.model.index(1, 0)) == QLocale().toString(
        QTime(15, 0), QLocale.FormatType.ShortFormat
    )


def test_the_calendar_marks_the_days_that_have_activities(
    qtbot: QtBot, db: Database, week: Week
) -> None:
    view = _view(qtbot, db)
    calendar = view.calendar
    assert calendar.count_on(TODAY) == 1
    assert calendar.count_on(TODAY - timedelta(days=1)) == 1
    assert calendar.count_on(TODAY + timedelta(days=3)) == 1
    assert calendar.count_on(TODAY + timedelta(days=2)) == 0
    calendar.setSelectedDate(to_qdate(TODAY + timedelta(days=3)))
    assert _ids(view.day_model) == [week.in_three_days]


def _cell(view: ActivitiesView, day: date) -> QPoint:
    grid = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    model = grid.model()
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            center = grid.visualRect(model.index(row, column)).center()
            if view.calendar.date_at(center) == day:
                return center
    raise AssertionError(day)


def test_dragging_an_activity_onto_a_day_moves_it_there_keeping_its_time(
    qtbot: QtBot, db: Database, week: Week
) -> None:
    view = _view(qtbot, db)
    view.set_due(Due.TODAY)
    mime = view.model.mimeData([view.model.index(0, 0)])
    target = TODAY + timedelta(days=7)
    grid = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    point = _cell(view, target)
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(grid.viewport(), enter)
    drop = QDropEvent(point.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(grid.viewport(), drop)
    moved = get_activity(db, week.today)  # type: ignore[arg-type]
    assert moved.start is not None
    assert local_date(moved.start) == target
    assert to_qdatetime(moved.start).time().hour() == 15
    assert _ids(view.model) == []  # no longer today
    assert view.calendar.count_on(TODAY) == 0 and view.calendar.count_on(target) == 1
    assert _ids(view.day_model) == [week.today]  # the calendar shows the day it went to


def test_editing_the_date_reschedules(
    qtbot: QtBot, db: Database, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, db)
    view.set_due(Due.OVERDUE)
    new_due = local_moment(TODAY + timedelta(days=2), 9)

    def exec_(editor: ActivityEditorDialog) -> int:
        editor._ui.due.setDateTime(to_qdatetime(new_due))
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    view.table.doubleClicked.emit(view.model.index(0, COLUMN_SUBJECT))
    assert get_activity(db, week.overdue).due == new_due  # type: ignore[arg-type]
    assert _ids(view.model) == []
    view.set_due(Due.WEEK)
    assert week.overdue in _ids(view.model)


def test_today_shows_whom_to_keep_in_touch_with_and_birthdays(qtbot: QtBot, db: Database) -> None:
    add_contacts(
        db,
        [
            ContactDraft(given_name="Ana", family_name="Serra", keep_in_touch_days=30),
            ContactDraft(given_name="Μαρία", family_name="Ιωάννου", birthday="--12-04"),
            ContactDraft(given_name="Pau", family_name="Font", birthday="1990-06-01"),
        ],
    )
    view = _view(qtbot, db)
    view.set_due(Due.OVERDUE)
    with qtbot.waitSignal(view.side_loaded, timeout=5000):
        view.set_due(Due.TODAY)
    touch = [view.keep_in_touch.item(i).text() for i in range(view.keep_in_touch.count())]
    birthdays = [view.birthdays.item(i).text() for i in range(view.birthdays.count())]
    assert len(touch) == 1 and "\u2068Ana Serra\u2069" in touch[0]
    assert len(birthdays) == 1 and "\u2068Μαρία Ιωάννου\u2069" in birthdays[0]
    view.set_due(Due.ALL)
    assert view.keep_in_touch.isHidden() or not view.keep_in_touch.isVisible()


def test_the_main_window_opens_the_activities_view(qtbot: QtBot, db: Database, week: Week) -> None:
    window = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    window._actions["activities_view"].trigger()
    view = window.schedule.view
    assert view is not None and view.isVisible()
    assert _ids(view.model) == [week.today]
    window._actions["contacts_view"].trigger()
    assert not view.isVisible() and window._table.isVisible()


def test_new_activity_from_the_window_regards_the_selected_contact(
    qtbot: QtBot, db: Database, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    window.show_contact(week.jordi)
    seen: list[str] = []

    def exec_(editor: ActivityEditorDialog) -> int:
        seen.append(editor._ui.contacts.item(0).text())
        editor._ui.subject.setText("Lunch with Jordi")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    window._actions["new_activity"].trigger()
    assert seen == ["\u2068Jordi Puig\u2069"]
    titles = [window._card.timeline.model.data(window._card.timeline.model.index(r))
              for r in range(window._card.timeline.model.rowCount())]  # fmt: skip
    assert "Lunch with Jordi" in titles  # the card's timeline shows it at once


def test_a_long_list_reads_only_the_rows_it_shows(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database
) -> None:
    [jordi] = add_contacts(db, [ContactDraft("Jordi Puig")])
    when = local_moment(TODAY - timedelta(days=2), 9)
    for number in range(450):
        draft = ActivityDraft("task", f"Overdue {number}", due=when, contact_ids=(jordi,))
        create_activity(db, draft)
    view = _view(qtbot, db)
    view.set_due(Due.OVERDUE)
    assert view.model.rowCount() == 450
    loader = view.model._load
    assert loader is not None
    read: list[int] = []

    def counting(page: Sequence[int]) -> Sequence[ActivityRow]:
        read.extend(page)
        return loader(page)

    view.model._load = counting
    view.model._cache.clear()
    for row in range(30):  # what a screen shows
        assert str(view.model.data(view.model.index(row, COLUMN_SUBJECT))).strip("\u2068\u2069")
    assert len(read) == 100  # one page read, not 450 rows
    before = len(read)
    last = view.model.row_at(449)
    assert last is not None and last.subject.startswith("Overdue")
    assert len(read) - before <= 100  # the last page alone
    qtmodeltester.check(view.model)


def test_a_page_the_database_cannot_give_is_told_once_not_raised_into_qt(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from crm_desktop.errors import DatabaseError, DatabaseProblem

    model = ActivityListModel()
    failures: list[object] = []
    model.failed.connect(failures.append)

    def broken(_page: Sequence[int]) -> Sequence[ActivityRow]:
        raise DatabaseError(DatabaseProblem.CORRUPT, tmp_path / "crm.sqlite3", "malformed")

    model.set_ids([1, 2, 3], broken)
    assert model.data(model.index(0, COLUMN_SUBJECT)) is None
    assert model.data(model.index(1, COLUMN_SUBJECT)) is None
    assert len(failures) == 1 and isinstance(failures[0], DatabaseError)
