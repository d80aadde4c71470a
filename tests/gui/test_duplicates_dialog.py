"""Contacts > Find Duplicates: the groups with why, the comparison, merge, undo, and
"not duplicates" remembered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.gui.duplicate_group_model import (
    COLUMN_NAMES,
    COLUMN_REASONS,
    COLUMN_SCORE,
    DuplicateGroupModel,
)
from crm_desktop.gui.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.merge_choice_model import MergeChoiceModel
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    ContactDraft,
    EmailValue,
    PhoneValue,
)
from crm_desktop.records.ids import ContactId
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.activities import create_activity, get_activity
from crm_desktop.services.contact_cards import get_contact, get_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.duplicates import find_duplicates
from crm_desktop.services.notes import add_note, get_note

WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def planted(db: Database) -> tuple[int, int]:
    """Someone else, then one person twice: the same e-mail, one phone each, one name with
    and one without its accent."""
    _, eleni, lluis = add_contacts(
        db,
        [
            ContactDraft(given_name="Nikos", family_name="Georgiou"),
            ContactDraft(
                given_name="Lluís",
                family_name="Puig",
                title="Buyer",
                emails=(EmailValue("lluis@puig.example"),),
                phones=(PhoneValue("+34 93 555 0101"),),
                accounts=(AccountLinkDraft("Cal Pep", "Buyer", True),),
            ),
            ContactDraft(
                given_name="Lluis",
                family_name="Puig",
                birthday="1980-04-15",
                emails=(EmailValue("LLUIS@puig.example"), EmailValue("lluis@home.example")),
                phones=(PhoneValue("+34 600 123 456"),),
            ),
        ],
    )
    return eleni, lluis


@pytest.fixture
def undo_stack() -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


def _open(qtbot: QtBot, db: Database, undo_stack: QUndoStack) -> DuplicatesDialog:
    dialog = DuplicatesDialog(db, undo_stack, region="ES")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=5000)
    _search(qtbot, dialog)
    return dialog


def _search(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    with qtbot.waitSignal(dialog.found, timeout=10000):
        dialog.search()


def _settle(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    """Wait for the search a change starts."""
    qtbot.waitUntil(lambda: not dialog.searching(), timeout=10000)


def test_the_window_lists_a_planted_pair_with_why(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack, planted: tuple[int, int]
) -> None:
    dialog = _open(qtbot, db, undo_stack)
    assert [g.ids for g in dialog.groups()] == [planted]
    assert dialog.group_text(0, COLUMN_NAMES) == "\u2068Lluís Puig\u2069, \u2068Lluis Puig\u2069"
    assert dialog.group_text(0, COLUMN_REASONS) == "same e-mail address, same name"
    assert dialog.group_text(0, COLUMN_SCORE).endswith("%")
    choice = dialog.choice()
    assert (choice.kept_id(), choice.other_ids()) == (planted[0], [planted[1]])
    assert choice.row_of("E-mail", "lluis@home.example") is not None


def test_merge_keeps_both_ones_values_moves_history_and_trashes_the_other(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack, planted: tuple[int, int]
) -> None:
    keep, other = planted
    activity = create_activity(
        db, ActivityDraft("call", "Price list", due=WHEN, contact_ids=(ContactId(other),))
    )
    note = add_note(db, "Prefers the afternoon.", contact_id=other)
    dialog = _open(qtbot, db, undo_stack)
    changed: list[object] = []
    dialog.changed.connect(changed.append)
    qtbot.mouseClick(dialog._ui.merge, Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    kept = get_contact(db, keep)
    assert [e.value for e in kept.draft.emails] == ["lluis@puig.example", "lluis@home.example"]
    assert [p.value for p in kept.draft.phones] == ["+34 93 555 0101", "+34 600 123 456"]
    assert kept.draft.title == "Buyer" and kept.draft.birthday == "1980-04-15"
    assert get_activity(db, activity.id).contact_ids == (keep,)
    assert get_note(db, note.id).contact_id == keep
    assert get_contact(db, other).deleted_at is not None
    assert dialog.groups() == [] and changed


def test_ctrl_z_puts_both_contacts_back_as_they_were(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack, planted: tuple[int, int]
) -> None:
    before = {i: get_contact(db, i) for i in planted}
    note = add_note(db, "Prefers the afternoon.", contact_id=planted[1])
    dialog = _open(qtbot, db, undo_stack)
    dialog.merge()
    _settle(qtbot, dialog)
    assert get_contact(db, planted[1]).deleted_at is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    qtbot.keyClick(dialog._ui.groups, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, dialog)
    for contact_id, card in before.items():
        after = get_contact(db, contact_id)
        assert (after.draft, after.accounts, after.deleted_at) == (card.draft, card.accounts, None)
    assert get_note(db, note.id).contact_id == planted[1]
    assert [g.ids for g in dialog.groups()] == [planted]  # listed again
    undo_stack.redo()
    _settle(qtbot, dialog)
    assert get_contact(db, planted[1]).deleted_at is not None


def test_the_checks_choose_what_the_kept_contact_is_made_of(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack, planted: tuple[int, int]
) -> None:
    keep, other = planted
    dialog = _open(qtbot, db, undo_stack)
    choice = dialog.choice()
    home = choice.row_of("E-mail", "lluis@home.example")
    name = choice.row_of("Name")
    assert home is not None and name is not None
    assert choice.set_checked(home, 0, False)
    assert choice.set_checked(name, 2, True)  # the second contact's spelling
    dialog.merge()
    _settle(qtbot, dialog)
    kept = get_contact(db, keep).draft
    assert [e.value for e in kept.emails] == ["lluis@puig.example"]
    assert kept.given_name == "Lluis"
    assert get_contact(db, other).deleted_at is not None


def test_keeping_the_other_contact_merges_into_it(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack, planted: tuple[int, int]
) -> None:
    first, second = planted
    dialog = _open(qtbot, db, undo_stack)
    dialog.set_kept(second)
    assert dialog.choice().kept_id() == second
    dialog.merge()
    _settle(qtbot, dialog)
    assert get_contact(db, first).deleted_at is not None
    assert [a.name for a in get_contact(db, second).accounts] == ["Cal Pep"]


def test_not_duplicates_removes_the_group_for_good(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack, planted: tuple[int, int]
) -> None:
    dialog = _open(qtbot, db, undo_stack)
    qtbot.mouseClick(dialog._ui.notDuplicates, Qt.MouseButton.LeftButton)
    assert dialog.groups() == []
    _settle(qtbot, dialog)
    assert dialog.groups() == []
    dialog.close()
    again = _open(qtbot, db, undo_stack)
    assert again.groups() == []
    assert all(get_contact(db, i).deleted_at is None for i in planted)


def _two_accounts(db: Database) -> tuple[int, int]:
    first = create_account(db, AccountDraft("Aegean Foods", website="https://aegean.example"))
    second = create_account(
        db,
        AccountDraft(
            "Aegean Foods SA",
            website="www.aegean.example/",
            phones=(PhoneValue("+30 210 555 0100"),),
        ),
    )
    return first, second


def _accounts_listed(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    with qtbot.waitSignal(dialog.found, timeout=10000):
        dialog.set_accounts(True)


def test_accounts_with_one_website_are_listed_and_can_be_set_apart(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack
) -> None:
    first, second = _two_accounts(db)
    dialog = _open(qtbot, db, undo_stack)
    _accounts_listed(qtbot, dialog)
    assert [g.ids for g in dialog.groups()] == [(first, second)]
    assert dialog.group_text(0, COLUMN_REASONS) == "same website"
    dialog.not_duplicates()
    _settle(qtbot, dialog)
    assert dialog.groups() == []
    again = _open(qtbot, db, undo_stack)
    _accounts_listed(qtbot, again)
    assert again.groups() == []


def test_accounts_merge_into_the_one_kept_and_undo_brings_the_other_back(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack
) -> None:
    first, second = _two_accounts(db)
    contact = add_contacts(
        db, [ContactDraft("Eleni Vlachou", accounts=(AccountLinkDraft("Aegean Foods SA"),))]
    )[0]
    dialog = _open(qtbot, db, undo_stack)
    _accounts_listed(qtbot, dialog)
    dialog.set_kept(first)
    qtbot.mouseClick(dialog._ui.merge, Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    assert [row.id for row in account_rows(db)] == [first]
    assert [p.value for p in get_account(db, first).phones] == ["+30 210 555 0100"]
    assert [a.id for a in get_contact(db, contact).accounts] == [first]
    assert dialog.groups() == []
    undo_stack.undo()
    _settle(qtbot, dialog)
    assert sorted(row.id for row in account_rows(db)) == [first, second]
    assert [a.id for a in get_contact(db, contact).accounts] == [second]
    assert [g.ids for g in dialog.groups()] == [(first, second)]


def test_every_item_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, planted: tuple[int, int]
) -> None:
    groups = DuplicateGroupModel()
    qtmodeltester.check(groups, force_py=True)
    found = find_duplicates(db, region="ES")
    groups.set_groups(found, {planted[0]: "Lluís Puig", planted[1]: "Lluis Puig"})
    groups.remove(planted)
    choice = MergeChoiceModel()
    qtmodeltester.check(choice, force_py=True)
    choice.set_cards(get_contacts(db, list(planted)))
    home = choice.row_of("E-mail", "lluis@home.example")
    assert home is not None and choice.set_checked(home, 0, False)
    assert not choice.set_checked(home, 1, True)  # a list's value is checked in its first cell
    choice.set_cards([])


def test_the_window_reads_right_to_left_and_shows_names_as_plain_text(
    qtbot: QtBot, db: Database, undo_stack: QUndoStack
) -> None:
    add_contacts(
        db,
        [
            ContactDraft(formatted_name="<b>Eleni</b>", emails=(EmailValue("e@x.example"),)),
            ContactDraft(formatted_name="<b>Eleni</b>", emails=(EmailValue("e@x.example"),)),
        ],
    )
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _open(qtbot, db, undo_stack)
        assert dialog.isRightToLeft()
        assert "<b>Eleni</b>" in dialog.group_text(0, COLUMN_NAMES)
        assert "\u2068<b>Eleni</b>\u2069" in dialog.group_text(0, COLUMN_NAMES)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu_action.text() == menu_title and isinstance(menu, QMenu):
            for action in menu.actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no {menu_title} > {text}")


def test_contacts_find_duplicates_merges_and_the_window_undoes_it(
    qtbot: QtBot, db: Database, planted: tuple[int, int]
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    try:
        assert sorted(window._model.contact_ids()) == [1, *planted]
        action = _menu_action(window, "&Contacts", "Find &Duplicates…")
        action.trigger()
        dialog = window.find_duplicates()
        _settle(qtbot, dialog)
        assert [g.ids for g in dialog.groups()] == [planted]
        dialog.merge()
        _settle(qtbot, dialog)
        assert sorted(window._model.contact_ids()) == [1, planted[0]]
        window._actions["undo"].trigger()
        _settle(qtbot, dialog)
        assert sorted(window._model.contact_ids()) == [1, *planted]
        assert get_contact(db, planted[1]).deleted_at is None
        assert [g.ids for g in dialog.groups()] == [planted]
    finally:
        window.close_database()
