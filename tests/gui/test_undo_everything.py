"""Undo for everything (issue 20): a contact created, a call logged, an activity marked done,
moved, edited, cancelled or deleted, a note written, edited or pinned all go on the window's
one undo stack; Ctrl+Z undoes the last thing done, whatever it was, and the Edit menu says
what. A delete says so in the status bar, with the key that brings it back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_list_model import ActivityListModel
from crm_desktop.gui.activity_text import local_date, local_moment, to_qdate
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ActivityId, ContactId
from crm_desktop.services.activities import (
    add_note,
    create_activity,
    due_activity_ids,
    get_activity,
    get_note,
    timeline,
)
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

TODAY = date(2026, 12, 1)
NOW = local_moment(TODAY, 10)


@pytest.fixture
def jordi(db: Database) -> ContactId:
    [jordi] = add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    return jordi


@pytest.fixture
def proposal(db: Database, jordi: ContactId) -> ActivityId:
    """An open task, due yesterday (overdue)."""
    draft = ActivityDraft("task", "Send the proposal", due=local_moment(TODAY - timedelta(days=1),
                          9), contact_ids=(jordi,))  # fmt: skip
    return create_activity(db, draft).id


@pytest.fixture
def window(qtbot: QtBot, db: Database, proposal: ActivityId) -> Iterator[MainWindow]:
    main = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    main.activateWindow()
    yield main


def _undo_text(window: MainWindow) -> str:
    return window._actions["undo"].text()


def _ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z as typed, wherever the focus is in the window."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _subjects(db: Database, contact: ContactId) -> list[str]:
    return [item.activity.subject for item in timeline(db, contact) if item.activity is not None]


def _activities_view(window: MainWindow) -> ActivitiesView:
    window._actions["activities_view"].trigger()
    view = window.schedule.view
    assert view is not None
    return view


def _select(view: ActivitiesView, model: ActivityListModel, activity: int) -> None:
    """That row alone selected, the list with the cursor (not selectRow: a Ctrl left down by
    an earlier keyClick makes it toggle the row the list selected as it took the cursor)."""
    [row] = [n for n, r in enumerate(model.rows()) if r.id == activity]
    view.table.setFocus()
    view.table.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_ctrl_z_undoes_mark_done_then_the_call_then_the_new_contact(
    qtbot: QtBot, window: MainWindow, db: Database, proposal: ActivityId,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    def new_contact(editor: ContactEditor) -> int:
        editor._ui.given.setText("Ana")
        editor._ui.family.setText("Serra")
        editor.accept()
        return editor.result()

    def mark_done(dialog: CompleteDialog) -> int:
        dialog.outcome.setText("Sent by post")
        dialog.follow_up.setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ContactEditor, "exec", new_contact)
    monkeypatch.setattr(CompleteDialog, "exec", mark_done)
    # Create a contact.
    window._actions["new"].trigger()
    [ana] = search_contacts(db, "Serra").rows
    assert _undo_text(window) == "&Undo New contact"
    # Log a call on her card (the quick-add bar).
    window.show_contact(ana.id)
    bar = window._card.timeline
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("call"))
    bar.quick_text.setText("Rang about the catalogue")
    qtbot.keyClick(bar.quick_text, Qt.Key.Key_Return)
    assert _subjects(db, ana.id) == ["Rang about the catalogue"]
    assert _undo_text(window) == "&Undo Log call"
    # Mark an activity done, in the Activities view.
    view = _activities_view(window)
    view.set_due(Due.OVERDUE)
    _select(view, view.model, proposal)
    view._done.click()
    assert get_activity(db, proposal).status == "done"
    assert _undo_text(window) == "&Undo Mark done"
    assert view.model.rowCount() == 0  # no longer overdue
    # Ctrl+Z: the activity is open again, and the contact is still there.
    _ctrl_z(qtbot, window)
    done = get_activity(db, proposal)
    assert (done.status, done.outcome, done.completed_at) == ("open", "", None)
    assert search_contacts(db, "Serra").total == 1
    assert [row.id for row in view.model.rows()] == [proposal]  # the view shows it again
    assert _undo_text(window) == "&Undo Log call"
    # Ctrl+Z: the call is gone.
    _ctrl_z(qtbot, window)
    assert _subjects(db, ana.id) == []
    assert search_contacts(db, "Serra").total == 1
    assert _undo_text(window) == "&Undo New contact"
    # Ctrl+Z: the contact is in the Trash.
    _ctrl_z(qtbot, window)
    assert search_contacts(db, "Serra").total == 0
    assert search_contacts(db, "Serra", trashed=True).total == 1
    assert not window._actions["undo"].isEnabled()
    # And Redo brings all three back, in order.
    for _ in range(3):
        window._actions["redo"].trigger()
    assert search_contacts(db, "Serra").total == 1
    assert _subjects(db, ana.id) == ["Rang about the catalogue"]
    assert get_activity(db, proposal).status == "done"
    assert get_activity(db, proposal).outcome == "Sent by post"


def test_a_drag_onto_the_calendar_is_undone_to_the_day_and_time_it_had(
    qtbot: QtBot, window: MainWindow, db: Database, proposal: ActivityId
) -> None:
    before = get_activity(db, proposal).due
    view = _activities_view(window)
    view.set_due(Due.OVERDUE)
    view.calendar.setSelectedDate(to_qdate(TODAY))
    target = TODAY + timedelta(days=3)
    mime = view.model.mimeData([view.model.index(0, 0)])
    grid = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    point = _cell(view, target)
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(grid.viewport(), enter)
    drop = QDropEvent(point.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(grid.viewport(), drop)
    moved = get_activity(db, proposal).due
    assert moved is not None and local_date(moved) == target
    assert _undo_text(window) == "&Undo Reschedule activity"
    window._actions["undo"].trigger()
    assert get_activity(db, proposal).due == before
    assert [row.id for row in view.model.rows()] == [proposal]  # overdue again
    window._actions["redo"].trigger()
    assert get_activity(db, proposal).due == moved


def _cell(view: ActivitiesView, day: date) -> QPoint:
    grid = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    model = grid.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data() == day.day and (row > 1 or day.day < 15) and (row < 5 or day.day > 7):
                return grid.visualRect(index).center()
    raise AssertionError(f"{day} not on the calendar")


@pytest.mark.parametrize(
    ("status", "text"),
    [("cancelled", "&Undo Cancel activity"), ("open", "&Undo Edit activity")],
)
def test_an_edit_and_a_cancel_are_undone_and_named_for_what_they_did(
    qtbot: QtBot, window: MainWindow, db: Database, proposal: ActivityId, status: str, text: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    def edit(editor: ActivityEditorDialog) -> int:
        ui = editor._ui
        ui.subject.setText("Send the proposal (signed)")
        ui.status.setCurrentIndex(ui.status.findData(status))
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", edit)
    view = _activities_view(window)
    view.set_due(Due.OVERDUE)
    _select(view, view.model, proposal)
    view._edit.click()
    edited = get_activity(db, proposal)
    assert (edited.subject, edited.status) == ("Send the proposal (signed)", status)
    assert _undo_text(window) == text
    window._actions["undo"].trigger()
    again = get_activity(db, proposal)
    assert (again.subject, again.status) == ("Send the proposal", "open")


def test_a_delete_says_so_in_the_status_bar_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, db: Database, proposal: ActivityId
) -> None:
    view = _activities_view(window)
    view.set_due(Due.OVERDUE)
    _select(view, view.model, proposal)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert proposal not in due_activity_ids(db, Due.OVERDUE, now=NOW)
    message = window.statusBar().currentMessage()
    assert message.startswith("Deleted 1 ") and message.endswith("— Undo (Ctrl+Z)")
    assert _undo_text(window).startswith("&Undo Delete 1 ")
    _ctrl_z(qtbot, window)
    assert proposal in due_activity_ids(db, Due.OVERDUE, now=NOW)
    assert window.statusBar().currentMessage() == ""  # what it said is no longer true


def test_deleting_contacts_says_how_many_went_and_how_to_undo(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.select_row(0)
    window._actions["delete"].trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Contact “") and message.endswith(
        " moved to the Trash — Undo (Ctrl+Z)"
    )


def test_notes_written_edited_and_pinned_are_each_undone(
    qtbot: QtBot, window: MainWindow, db: Database, jordi: ContactId,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window.show_contact(jordi)
    bar = window._card.timeline
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("note"))
    bar.quick_text.setText("Prefers calls after 4")
    qtbot.keyClick(bar.quick_text, Qt.Key.Key_Return)
    assert _undo_text(window) == "&Undo New note"
    [item] = [i for i in timeline(db, jordi) if i.note is not None]
    assert item.note is not None
    note = item.note
    actions = window.schedule.actions
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.exec", lambda d: d.setTextValue(
        "Prefers calls after 5") or 1)  # fmt: skip
    actions.edit_note(note)
    assert get_note(db, note.id).body == "Prefers calls after 5"
    assert _undo_text(window) == "&Undo Edit note"
    actions.pin_note(get_note(db, note.id), True)
    assert get_note(db, note.id).pinned and _undo_text(window) == "&Undo Pin note"
    window._actions["undo"].trigger()
    assert not get_note(db, note.id).pinned
    window._actions["undo"].trigger()
    assert get_note(db, note.id).body == "Prefers calls after 4"
    window._actions["undo"].trigger()
    assert [i for i in timeline(db, jordi) if i.note is not None] == []
    window._actions["redo"].trigger()
    assert [i.note.id for i in timeline(db, jordi) if i.note is not None] == [note.id]


def test_an_undo_that_fails_is_told_and_dropped_not_raised_into_qt(
    qtbot: QtBot, window: MainWindow, db: Database, jordi: ContactId,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from crm_desktop.store.models import Note

    note = add_note(db, "Gone soon", contact_id=jordi)
    actions = window.schedule.actions
    told: list[object] = []
    monkeypatch.setattr(actions, "show_error", told.append)
    actions.pin_note(note, True)
    with db.writing() as session:  # the note vanishes under the window (another program)
        session.delete(session.get(Note, note.id))
    window._actions["undo"].trigger()
    assert len(told) == 1 and not window._actions["undo"].isEnabled()
