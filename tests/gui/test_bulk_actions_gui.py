"""Bulk actions in the window: a field set and an activity logged on the selection or on
everything the list shows, after a confirmation naming the count, one undo step each."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.bulk_dialogs import LogForEachDialog, SetFieldDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import AccountDraft, ContactDraft, CustomValue
from crm_desktop.records.search import ContactFilter
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_edits import contact_draft
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.message_boxes import answer


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    create_account(db, AccountDraft("Aegean Foods"))
    add_contacts(
        db, [ContactDraft(given_name=n, family_name="Test") for n in ("Ana", "Pau", "Joan")]
    )
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    yield main


def _action(window: MainWindow, text: str) -> QAction:
    [action] = [a for a in window.findChildren(QAction) if a.text() == text]
    return action


def _table(window: MainWindow) -> QTableView:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    return table


def _stack(window: MainWindow) -> QUndoStack:
    stack = window.findChild(QUndoStack)
    assert stack is not None
    return stack


def _answering(
    monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], fill: Callable[[QDialog], None]
) -> None:
    def exec_(self: QDialog) -> int:
        fill(self)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(dialog, "exec", exec_)


def test_the_bulk_actions_are_enabled_only_while_something_is_selected(
    window: MainWindow,
) -> None:
    table = _table(window)
    table.clearSelection()
    assert not _action(window, "Set &Field…").isEnabled()
    assert not _action(window, "Log Activity for &Each…").isEnabled()
    window.select_row(0)
    assert _action(window, "Set &Field…").isEnabled()
    assert _action(window, "Log Activity for &Each…").isEnabled()


def test_a_custom_field_set_on_everything_shown_and_undone_in_one_step(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SetFieldDialog)
        dialog.field.setCurrentIndex(3)
        dialog.label.setText("Region")
        dialog.value.setText("Attica")

    _answering(monkeypatch, SetFieldDialog, fill)
    questions = answer(monkeypatch, QMessageBox.StandardButton.YesToAll)
    window.select_row(0)
    _action(window, "Set &Field…").trigger()
    [question] = questions
    assert "1 contact" in question.text() and "“Region” to “Attica”" in question.text()
    buttons = [b.text() for b in question.buttons()]
    assert "The 1 selected" in buttons and "All 3 shown" in buttons
    ids = ordered_contact_ids(db)
    assert [contact_draft(db, i).custom_fields for i in ids] == [
        (CustomValue("Region", "Attica"),)
    ] * 3
    stack = _stack(window)
    assert stack.undoText().startswith("Set a field on 3 contact")
    stack.undo()
    assert [contact_draft(db, i).custom_fields for i in ids] == [()] * 3
    stack.redo()
    assert ordered_contact_ids(db, "attica") == ids


def test_the_account_set_on_the_selection_only(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SetFieldDialog)
        dialog.field.setCurrentIndex(0)
        dialog.account.setCurrentText("Aegean Foods")

    _answering(monkeypatch, SetFieldDialog, fill)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.select_row(0)
    [first, *others] = window._contacts.selected_ids() + [
        i for i in ordered_contact_ids(db) if i not in window._contacts.selected_ids()
    ]
    _action(window, "Set &Field…").trigger()
    assert get_contact(db, first).organization == "Aegean Foods"
    assert [get_contact(db, i).organization for i in others] == ["", ""]
    _stack(window).undo()
    assert get_contact(db, first).organization == ""


def test_an_activity_logged_for_each_selected_and_undone(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LogForEachDialog)
        dialog.subject.setText("Sent Christmas card")
        dialog.day.setDate(QDate(2026, 12, 1))

    _answering(monkeypatch, LogForEachDialog, fill)
    questions = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _table(window).selectAll()
    _action(window, "Log Activity for &Each…").trigger()
    [question] = questions
    assert "3 contact" in question.text() and "“Sent Christmas card”" in question.text()
    assert QMessageBox.StandardButton.YesToAll not in [
        question.standardButton(b) for b in question.buttons()
    ]  # the selection is everything shown: no second choice
    after = ContactFilter(last_contact_after=datetime(2026, 11, 30).astimezone())
    assert len(ordered_contact_ids(db, filters=after)) == 3
    assert len(ordered_contact_ids(db, "christmas")) == 3
    _stack(window).undo()
    assert ordered_contact_ids(db, filters=after) == []
    assert ordered_contact_ids(db, "christmas") == []


def test_cancelling_the_confirmation_changes_nothing(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SetFieldDialog)
        dialog.field.setCurrentIndex(1)

    _answering(monkeypatch, SetFieldDialog, fill)
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _table(window).selectAll()
    _action(window, "Set &Field…").trigger()
    assert [contact_draft(db, i).keep_in_touch_days for i in ordered_contact_ids(db)] == [None] * 3
    assert _stack(window).count() == 0
