"""A salesperson's day without the mouse (issue 20): find a contact, add one, log a call,
schedule an activity, complete it, undo, move between the views. Every step is a key
pressed on the widget that has the focus (dialogs answered with keys too); the test then
looks at the database and at what the window shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import local_moment
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityRow, Due
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import due_activities, timeline
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.keyboard import answer, focus, press, type_in

TODAY = date(2026, 12, 1)
NOW = local_moment(TODAY, 10)  # a Tuesday morning, whatever the time the test runs
CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(
        db,
        [
            ContactDraft(given_name="Jordi", family_name="Puig"),
            ContactDraft(given_name="Marta", family_name="Vidal"),
            ContactDraft(given_name="Pere", family_name="Soler"),
        ],
    )
    main = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    yield main


def _contacts(window: MainWindow) -> QTableView:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    return table


def _selected_names(table: QTableView) -> list[str]:
    return [str(index.data()) for index in table.selectionModel().selectedRows()]


def _activities(db: Database, contact: int) -> list[ActivityRow]:
    return [item.activity for item in timeline(db, contact) if item.activity is not None]


def _shown(window: MainWindow) -> str:
    """The view the window shows (its stack's page), by class."""
    return type(window._views.currentWidget()).__name__


def test_a_whole_day_with_the_keyboard_only(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    contacts = _contacts(window)
    assert focus() is contacts  # the window opens on the list

    # Find a contact: Ctrl+F, type, Down to the results.
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert isinstance(focus(), QLineEdit) and focus().objectName() == "search"
    type_in(qtbot, "puig")
    qtbot.waitUntil(lambda: contacts.model().rowCount() == 1, timeout=3000)
    press(qtbot, Qt.Key.Key_Down)
    assert focus() is contacts
    assert _selected_names(contacts) == ["Jordi Puig"]
    # Esc in the search box clears it (the whole list again); Esc again goes to the list.
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: contacts.model().rowCount() == 3, timeout=3000)
    press(qtbot, Qt.Key.Key_Escape)
    assert focus() is contacts

    # Add a contact: Ctrl+N, the cursor in Given name, Tab Tab to Family name, Enter saves.
    def new_contact(editor: ContactEditor) -> None:
        assert focus() is editor._ui.given
        type_in(qtbot, "Ana")
        press(qtbot, Qt.Key.Key_Tab)  # Middle names
        press(qtbot, Qt.Key.Key_Tab)  # Family name
        assert focus() is editor._ui.family
        type_in(qtbot, "Serra")
        press(qtbot, Qt.Key.Key_Return)

    added = answer(ContactEditor, new_contact)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert added
    [ana] = search_contacts(db, "Serra").rows
    assert ana.name == "Ana Serra"
    qtbot.waitUntil(lambda: _selected_names(contacts) == ["Ana Serra"], timeout=3000)

    # Log a call with her: Ctrl+L, the cursor in the outcome, Enter saves it done.
    def log_call(editor: ActivityEditorDialog) -> None:
        assert focus() is editor._ui.outcome
        type_in(qtbot, "Wants the price list")
        press(qtbot, Qt.Key.Key_Return)

    logged = answer(ActivityEditorDialog, log_call)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert logged
    [call] = _activities(db, ana.id)
    assert (call.kind, call.status, call.subject) == ("call", "done", "Call with Ana Serra")
    assert call.outcome == "Wants the price list"

    # Schedule the next step: Ctrl+Shift+N, the cursor in the subject, Enter saves it.
    def schedule(editor: ActivityEditorDialog) -> None:
        assert focus() is editor._ui.subject
        type_in(qtbot, "Send the price list")
        press(qtbot, Qt.Key.Key_Return)

    scheduled = answer(ActivityEditorDialog, schedule)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert scheduled
    [task] = [row for row in _activities(db, ana.id) if row.status == "open"]
    assert task.subject == "Send the price list"
    assert [row.id for row in due_activities(db, Due.TODAY, now=NOW)] == [task.id]

    # The Activities view (Ctrl+2): the cursor in today's list, on its row.
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert _shown(window) == "ActivitiesView"
    view = window.findChild(ActivitiesView)
    assert view is not None
    qtbot.waitUntil(lambda: focus() is view.table, timeout=3000)
    assert [row.id for row in view.selected_rows()] == [task.id]

    # Complete it: Alt+O (Mark as done), the outcome, Alt+S: no follow-up, Enter.
    def complete(dialog: CompleteDialog) -> None:
        assert focus() is dialog.outcome
        type_in(qtbot, "Sent")
        press(qtbot, Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda: not dialog.follow_up.isChecked(), timeout=3000)
        dialog.outcome.setFocus()  # Alt+S moved the cursor to the box
        press(qtbot, Qt.Key.Key_Return)

    completed = answer(CompleteDialog, complete)
    press(qtbot, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: bool(completed), timeout=5000)
    done = next(row for row in _activities(db, ana.id) if row.id == task.id)
    assert (done.status, done.outcome) == ("done", "Sent")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=3000)

    # Undo (Ctrl+Z): open again, and back in the list.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert focus() is view.table
    again = next(row for row in _activities(db, ana.id) if row.id == task.id)
    assert (again.status, again.outcome) == ("open", "")
    assert [row.id for row in view.model.rows()] == [task.id]

    # The pipeline (Ctrl+3), and back to the contacts (Ctrl+1): the list has the cursor.
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert _shown(window) == "PipelineView"
    assert window._actions["pipeline_view"].isChecked()
    qtbot.waitUntil(lambda: focus().objectName() == "stageDeals", timeout=3000)  # 1st stage
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert _shown(window) == "QSplitter"
    assert window._actions["contacts_view"].isChecked()
    qtbot.waitUntil(lambda: focus() is contacts, timeout=3000)
    assert _selected_names(contacts) == ["Ana Serra"]
