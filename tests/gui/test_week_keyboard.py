"""The keyboard inside the week and day views (issue 20), keys only: the arrows move the
selected slot (Left and Right by a day, mirrored right to left, into the next or last week at
the edge; Up and Down by half an hour; Up from 00:00 into the day's band of untimed activities, item
by item, Down out of it), Enter opens the activity selected or schedules a new one there, Page Up and Page Down show another week or day, Home today; the selected slot
is drawn highlighted, and ringed while the grid has the focus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import from_qdate, local_moment, to_qdate
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.week_layout import BAND, BAND_ROWS, OPENS_AT_HOUR
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.services.activities import create_activity, get_activity
from crm_desktop.services.database import Database

TODAY = date(2026, 12, 1)  # a Tuesday; the en_GB week runs Monday 30 November to 6 December
NOW = local_moment(TODAY, 8)
MORNING = OPENS_AT_HOUR * 60
K = Qt.Key


@pytest.fixture(autouse=True)
def _locale_restored(qapp: QApplication) -> Iterator[None]:
    locale, direction = QLocale(), qapp.layoutDirection()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


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
    view.time_grid.slots.setFocus()
    return view, undo


def _keys(qtbot: QtBot, view: ActivitiesView, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(view.time_grid.slots, key)


def _selected(view: ActivitiesView) -> tuple[date, int]:
    grid = view.time_grid
    return grid.selected_day, grid.selected_minute


def test_the_arrows_move_the_selected_slot_by_a_day_and_by_half_an_hour(
    qtbot: QtBot, db: Database
) -> None:
    view, _undo = _view(qtbot, db)
    assert _selected(view) == (TODAY, MORNING)  # the day chosen, at the hour the grid opens on
    _keys(qtbot, view, K.Key_Right, K.Key_Down, K.Key_Down, K.Key_Down)
    assert _selected(view) == (TODAY + timedelta(days=1), MORNING + 90)
    assert from_qdate(view.calendar.selectedDate()) == TODAY + timedelta(days=1)
    _keys(qtbot, view, K.Key_Up, K.Key_Left, K.Key_Left)
    assert _selected(view) == (TODAY - timedelta(days=1), MORNING + 60)
    _keys(qtbot, view, *[K.Key_Up] * 60)  # past midnight: the day's band, and no further
    assert _selected(view) == (TODAY - timedelta(days=1), BAND)
    _keys(qtbot, view, *[K.Key_Down] * 60)  # stops at 23:30
    assert _selected(view) == (TODAY - timedelta(days=1), 23 * 60 + 30)


def test_an_arrow_past_the_weeks_edge_shows_the_next_or_last_week(
    qtbot: QtBot, db: Database
) -> None:
    view, _undo = _view(qtbot, db)
    _keys(qtbot, view, K.Key_Left, K.Key_Left)  # Tuesday, Monday, then the Sunday before
    assert view.time_grid.days()[0] == date(2026, 11, 23)
    assert _selected(view)[0] == date(2026, 11, 29)
    _keys(qtbot, view, K.Key_Right)
    assert view.time_grid.days()[0] == date(2026, 11, 30)


def test_left_and_right_are_mirrored_right_to_left(qtbot: QtBot, db: Database) -> None:
    view, _undo = _view(qtbot, db)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _keys(qtbot, view, K.Key_Left)  # towards the left: the later day
    assert _selected(view)[0] == TODAY + timedelta(days=1)
    _keys(qtbot, view, K.Key_Right, K.Key_Right)
    assert _selected(view)[0] == TODAY - timedelta(days=1)


def test_page_up_and_down_show_another_week_or_day_and_home_goes_to_today(
    qtbot: QtBot, db: Database
) -> None:
    view, _undo = _view(qtbot, db)
    _keys(qtbot, view, K.Key_PageDown)
    assert view.time_grid.days()[0] == date(2026, 12, 7)
    assert _selected(view) == (TODAY + timedelta(days=7), MORNING)
    _keys(qtbot, view, K.Key_PageUp, K.Key_PageUp)
    assert _selected(view)[0] == TODAY - timedelta(days=7)
    _keys(qtbot, view, K.Key_Home)
    assert _selected(view)[0] == TODAY and TODAY in view.time_grid.days()
    view.modes.set_mode("day")
    view.time_grid.slots.setFocus()
    _keys(qtbot, view, K.Key_PageDown, K.Key_Right)
    assert view.time_grid.days() == [TODAY + timedelta(days=2)]
    _keys(qtbot, view, K.Key_Home)
    assert view.time_grid.days() == [TODAY]


def test_enter_on_a_free_slot_schedules_a_meeting_there(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, undo = _view(qtbot, db)
    opened: list[ActivityEditorDialog] = []

    def exec_(dialog: ActivityEditorDialog) -> int:
        opened.append(dialog)
        dialog._ui.subject.setText("Visit the warehouse")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    _keys(qtbot, view, K.Key_Right, *[K.Key_Down] * 16, K.Key_Return)  # Wednesday 15:00
    assert len(opened) == 1
    [placed] = view.time_grid.placed()
    assert placed.row.subject == "Visit the warehouse" and placed.row.kind == "meeting"
    assert placed.row.start == local_moment(TODAY + timedelta(days=1), 15)
    assert undo.canUndo()


def test_enter_on_a_slot_with_an_activity_opens_it(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = local_moment(TODAY, 9)
    draft = ActivityDraft(kind="meeting", subject="Board", start=start, duration_minutes=60)
    meeting = int(create_activity(db, draft).id)
    view, _undo = _view(qtbot, db)
    subjects: list[str] = []

    def exec_(dialog: ActivityEditorDialog) -> int:
        subjects.append(dialog._ui.subject.text())
        dialog._ui.subject.setText("Board (moved)")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    _keys(qtbot, view, *[K.Key_Down] * 5, K.Key_Enter)  # 09:30: the hour under way
    assert subjects == ["Board"]
    assert get_activity(db, meeting).subject == "Board (moved)"
    assert len(view.time_grid.placed()) == 1  # edited, not another one made


def test_the_selected_slot_is_highlighted_and_ringed_while_focused(
    qtbot: QtBot, db: Database
) -> None:
    view, _undo = _view(qtbot, db)
    slots = view.time_grid.slots
    qtbot.waitUntil(slots.hasFocus, timeout=3000)
    _keys(qtbot, view, K.Key_Down)
    rect = slots.selected_rect()
    assert rect is not None and rect.top() == slots.y_of(MORNING + 30)
    focused = slots.grab().toImage()
    inside = rect.center()
    below = QPoint(inside.x(), rect.bottom() + slots.row_height())
    ring = QPoint(rect.left() + 2, inside.y())  # the ring's left side
    assert focused.pixelColor(inside) != focused.pixelColor(below)  # highlighted
    view.calendar.setFocus()
    qtbot.waitUntil(lambda: not slots.hasFocus(), timeout=3000)
    unfocused = slots.grab().toImage()
    assert unfocused.pixelColor(inside) != focused.pixelColor(inside)  # fainter
    assert unfocused.pixelColor(inside) != unfocused.pixelColor(below)  # still seen
    assert unfocused.pixelColor(ring) != focused.pixelColor(ring)  # no ring


def _task_on(db: Database, subject: str, day: date) -> int:
    draft = ActivityDraft(kind="task", subject=subject, due=local_moment(day, 0))
    return int(create_activity(db, draft).id)


def _band_subject(view: ActivitiesView) -> str | None:
    grid = view.time_grid
    assert grid.selected_minute == BAND
    row = grid.selected_activity()
    return None if row is None else row.subject


def test_up_from_midnight_goes_along_the_days_untimed_items_and_down_comes_back(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    for subject in ("Call back Ana", "Send the quote"):
        _task_on(db, subject, TODAY)
    view, _undo = _view(qtbot, db)
    order = [row.subject for row in view.time_grid.untimed_of_day(TODAY)]
    assert sorted(order) == ["Call back Ana", "Send the quote"]
    _keys(qtbot, view, *[K.Key_Up] * (OPENS_AT_HOUR * 2))  # 07:00 to 00:00
    assert _selected(view) == (TODAY, 0)
    _keys(qtbot, view, K.Key_Up)  # into the band, its lowest item
    assert _band_subject(view) == order[1]
    _keys(qtbot, view, K.Key_Up, K.Key_Up)  # the first, and no further
    assert _band_subject(view) == order[0]
    _keys(qtbot, view, K.Key_Down)
    assert _band_subject(view) == order[1]
    subjects: list[str] = []

    def exec_(dialog: ActivityEditorDialog) -> int:
        subjects.append(dialog._ui.subject.text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    _keys(qtbot, view, K.Key_Return)  # Enter opens the item selected, as in a slot
    assert subjects == [order[1]]
    _keys(qtbot, view, K.Key_Down)  # out of the band, to the day's first slot
    assert _selected(view) == (TODAY, 0)
    _keys(qtbot, view, K.Key_Return)  # a free slot: a new meeting at 00:00, not the task
    assert subjects == [order[1], ""]


def test_in_the_band_left_and_right_go_to_the_next_days_band_and_enter_adds_a_task(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _task_on(db, "Renew the insurance", TODAY)
    view, _undo = _view(qtbot, db)
    _keys(qtbot, view, *[K.Key_Up] * (OPENS_AT_HOUR * 2 + 1))
    assert _band_subject(view) == "Renew the insurance"
    _keys(qtbot, view, K.Key_Right)  # Wednesday's band, empty
    assert _selected(view) == (TODAY + timedelta(days=1), BAND)
    assert _band_subject(view) is None

    drafts: list[ActivityDraft] = []

    def exec_(dialog: ActivityEditorDialog) -> int:
        dialog._ui.subject.setText("Order the paper")
        dialog.accept()
        if (draft := dialog.result_draft()) is not None:
            drafts.append(draft)
        return dialog.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    _keys(qtbot, view, K.Key_Enter)  # a new task for Wednesday, as a double-click there does
    [draft] = drafts
    assert draft.kind == "task" and draft.start is None and draft.due is not None
    assert draft.due.astimezone().date() == TODAY + timedelta(days=1)
    _keys(qtbot, view, K.Key_Left)
    assert _band_subject(view) == "Renew the insurance"


def test_the_band_item_selected_is_highlighted_and_ringed_even_past_the_bands_room(
    qtbot: QtBot, db: Database
) -> None:
    subjects = [f"Follow-up {n}" for n in range(1, BAND_ROWS + 3)]  # two more than there is room
    for subject in subjects:
        _task_on(db, subject, TODAY)
    view, _undo = _view(qtbot, db)
    band, slots = view.time_grid.band, view.time_grid.slots
    qtbot.waitUntil(slots.hasFocus, timeout=3000)
    before = band.grab().toImage()
    _keys(qtbot, view, *[K.Key_Up] * (OPENS_AT_HOUR * 2 + 1))  # the band's last item
    assert slots.selected_rect() is None  # no slot selected meanwhile
    rect = band.selected_rect()
    assert rect is not None
    last = view.time_grid.untimed_of_day(TODAY)[-1].subject
    assert _band_subject(view) == last
    shown = band.grab().toImage()
    inside = QPoint(rect.right() - 6, rect.center().y())  # past the text: the fill
    assert shown.pixelColor(inside) != before.pixelColor(inside)  # highlighted
    band.grab().save("/tmp/polish20-band-focused.png")
    view.calendar.setFocus()
    qtbot.waitUntil(lambda: not slots.hasFocus(), timeout=3000)
    unfocused = band.grab().toImage()
    assert unfocused.pixelColor(inside) != shown.pixelColor(inside)  # fainter, no ring
    assert unfocused.pixelColor(inside) != before.pixelColor(inside)  # still seen
    view.time_grid.slots.setFocus()
    _keys(qtbot, view, *[K.Key_Up] * len(subjects))  # to the first, all on the way
    assert _band_subject(view) == view.time_grid.untimed_of_day(TODAY)[0].subject


def test_mark_as_done_acts_on_the_activity_selected_in_the_grid_not_the_lists(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = ActivityDraft(kind="meeting", subject="Board", start=local_moment(TODAY, 9))
    meeting = int(create_activity(db, board).id)
    other = _task_on(db, "Send the samples", TODAY)
    view, _undo = _view(qtbot, db)
    rows = [view.model.row_at(n) for n in range(view.model.rowCount())]
    view.table.selectRow(next(n for n, r in enumerate(rows) if r and int(r.id) == other))
    view.table.setFocus()  # the list was used last: its selection is what the buttons take
    qtbot.waitUntil(view.table.hasFocus, timeout=3000)
    assert [int(r.id) for r in view.selected_rows()] == [other]
    view.time_grid.slots.setFocus()
    qtbot.waitUntil(view.time_grid.slots.hasFocus, timeout=3000)
    _keys(qtbot, view, *[K.Key_Down] * 4)  # 09:00, where the board meeting starts
    completed: list[str] = []

    def exec_(dialog: CompleteDialog) -> int:
        completed.append(dialog.windowTitle())
        dialog.follow_up.setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CompleteDialog, "exec", exec_)
    qtbot.mouseClick(view._done, Qt.MouseButton.LeftButton)  # the button takes the focus
    assert len(completed) == 1
    assert get_activity(db, meeting).status == "done"
    assert get_activity(db, other).status == "open"


def test_delete_in_the_grid_trashes_the_activity_selected_there_and_undo_brings_it_back(
    qtbot: QtBot, db: Database
) -> None:
    board = ActivityDraft(kind="meeting", subject="Board", start=local_moment(TODAY, 9))
    create_activity(db, board)
    view, undo = _view(qtbot, db)

    def shown() -> list[str]:
        return [placed.row.subject for placed in view.time_grid.placed()]

    assert shown() == ["Board"]
    _keys(qtbot, view, K.Key_Down, K.Key_Delete)  # 07:30: nothing there, nothing trashed
    assert shown() == ["Board"] and not undo.canUndo()
    _keys(qtbot, view, *[K.Key_Down] * 3, K.Key_Delete)  # 09:00: the board meeting
    qtbot.waitUntil(lambda: shown() == [], timeout=3000)
    undo.undo()
    qtbot.waitUntil(lambda: shown() == ["Board"], timeout=3000)
