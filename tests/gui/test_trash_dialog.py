"""Edit > Trash: every trashed contact, account, note and activity, restorable until the
Trash is emptied, and emptying it confirmed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.app import install_translators
from crm_desktop.gui.contact_table_model import COLUMN_NAME
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.table_model import ID_ROLE
from crm_desktop.gui.trash_dialog import TrashDialog
from crm_desktop.gui.trash_table_model import (
    COLUMN_DELETED,
    COLUMN_KIND,
    COLUMN_TITLE,
    SORT_ROLE,
    TRASH_KIND_ROLE,
    TrashTableModel,
    local_date_time,
)
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.contacts import Changes, TrashKind
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.services.account_edits import create_account, trash_accounts
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.activities import create_activity, get_activity, trash_activities
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.notes import add_note, timeline, trash_notes
from crm_desktop.services.trash import trash_counts, trash_items
from tests.gui.message_boxes import answer as _answer


@dataclass(frozen=True)
class Trashed:
    kept: int  # the contact that stays, whom the note and the activity are about
    contact: int
    account: int
    note: int
    activity: int


@pytest.fixture
def trashed(db: Database) -> Trashed:
    """One trashed record of each kind, made and trashed through the services."""
    kept, joan = add_contacts(db, [ContactDraft("Pau Serra"), ContactDraft("Joan Vila")])
    account = create_account(db, AccountDraft("Cal Pep"))
    note = add_note(db, "Call back about the offer\nThey want it by Friday", contact_id=kept)
    activity = create_activity(
        db, ActivityDraft("call", "Price list for 2027", contact_ids=(kept,))
    )
    trash_contacts(db, [joan])
    trash_accounts(db, [account])
    trash_notes(db, [note.id])
    trash_activities(db, [activity.id])
    return Trashed(kept, joan, account, note.id, activity.id)


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, trashed: Trashed) -> TrashDialog:
    trash = TrashDialog(db)
    qtbot.addWidget(trash)
    return trash


@pytest.fixture
def window(qtbot: QtBot, db: Database, trashed: Trashed) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main
    main.close_database()


def _shown(dialog: TrashDialog) -> set[tuple[TrashKind, str]]:
    return {(item.kind, item.title) for item in dialog.shown()}


def _rows_of(dialog: TrashDialog, *kinds: TrashKind) -> list[int]:
    return [row for row, item in enumerate(dialog.shown()) if item.kind in kinds]


def _in_trash_window(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, act: Callable[[TrashDialog], None]
) -> list[TrashDialog]:
    """Edit > Trash… opens the dialog, and ``act`` is what the user does in it."""
    opened: list[TrashDialog] = []

    def exec_(dialog: TrashDialog) -> int:
        opened.append(dialog)
        act(dialog)
        return 0

    monkeypatch.setattr(TrashDialog, "exec", exec_)
    window._actions["trash"].trigger()
    return opened


def _names(window: MainWindow) -> list[str]:
    model = window._model
    return [model.data(model.index(row, COLUMN_NAME)) for row in range(model.rowCount())]


# ---- the list --------------------------------------------------------------------------


def test_the_trash_lists_trashed_records_of_all_four_kinds(dialog: TrashDialog) -> None:
    assert _shown(dialog) == {
        (TrashKind.CONTACT, "Joan Vila"),
        (TrashKind.ACCOUNT, "Cal Pep"),
        (TrashKind.NOTE, "Call back about the offer"),  # a note's first line
        (TrashKind.ACTIVITY, "Price list for 2027"),  # an activity's subject
    }
    assert dialog._ui.empty.isHidden() and dialog._ui.emptyTrash.isEnabled()


def test_each_row_shows_the_kind_the_title_and_the_local_date_of_deletion(
    dialog: TrashDialog, db: Database, trashed: Trashed
) -> None:
    [note] = trash_items(db, TrashKind.NOTE)
    table = dialog._ui.items
    model = table.model()
    [row] = _rows_of(dialog, TrashKind.NOTE)
    assert [model.data(model.index(row, column)) for column in range(3)] == [
        "Note",
        "Call back about the offer",
        local_date_time(note.deleted_at),
    ]
    assert model.data(model.index(row, 0), ID_ROLE) == trashed.note
    assert model.data(model.index(row, 0), TRASH_KIND_ROLE) == "note"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Kind",
        "Name or subject",
        "Deleted on",
    ]


def test_an_activity_without_a_subject_is_listed_under_its_kind(
    qtbot: QtBot, db: Database, trashed: Trashed
) -> None:
    untitled = create_activity(db, ActivityDraft("meeting", "", contact_ids=(trashed.kept,)))
    trash_activities(db, [untitled.id])
    dialog = TrashDialog(db)
    qtbot.addWidget(dialog)
    model = dialog._ui.items.model()
    titles = {
        model.data(model.index(row, COLUMN_TITLE)): model.data(model.index(row, 0), ID_ROLE)
        for row in range(model.rowCount())
    }
    assert titles["Meeting"] == untitled.id


def test_the_trash_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, trashed: Trashed
) -> None:
    model = TrashTableModel()
    model.set_items(trash_items(db))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


@pytest.mark.parametrize(
    ("kind", "title", "label"),
    [
        (TrashKind.CONTACT, "Joan Vila", "Contacts (1)"),
        (TrashKind.ACCOUNT, "Cal Pep", "Accounts (1)"),
        (TrashKind.NOTE, "Call back about the offer", "Notes (1)"),
        (TrashKind.ACTIVITY, "Price list for 2027", "Activities (1)"),
    ],
)
def test_the_kind_filter_shows_only_that_kind(
    dialog: TrashDialog, kind: TrashKind, title: str, label: str
) -> None:
    combo = dialog._ui.kind
    combo.setCurrentIndex(combo.findData(kind.value))
    assert combo.currentText() == label
    assert _shown(dialog) == {(kind, title)}
    combo.setCurrentIndex(0)
    assert combo.currentText() == "All kinds (4)" and len(dialog.shown()) == 4


def test_a_kind_with_nothing_in_the_trash_says_so(dialog: TrashDialog, db: Database) -> None:
    dialog.set_kind(TrashKind.NOTE)
    dialog.select_rows([0])
    dialog._ui.restore.click()
    assert dialog._ui.kind.currentText() == "Notes (0)"  # the filter stays as chosen
    assert dialog.shown() == [] and not dialog._ui.empty.isHidden()
    assert dialog._ui.empty.text() == "There is nothing of this kind in the Trash."


def test_clicking_the_title_header_sorts_by_title(dialog: TrashDialog) -> None:
    dialog._ui.items.sortByColumn(COLUMN_TITLE, Qt.SortOrder.AscendingOrder)
    assert [item.title for item in dialog.shown()] == [
        "Cal Pep",
        "Call back about the offer",
        "Joan Vila",
        "Price list for 2027",
    ]
    dialog._ui.items.sortByColumn(COLUMN_KIND, Qt.SortOrder.AscendingOrder)
    assert [item.kind for item in dialog.shown()] == [
        TrashKind.ACCOUNT,
        TrashKind.ACTIVITY,
        TrashKind.CONTACT,
        TrashKind.NOTE,
    ]
    model = dialog._ui.items.model()
    assert isinstance(model.data(model.index(0, COLUMN_DELETED), SORT_ROLE), float)


# ---- restore ---------------------------------------------------------------------------


def test_restore_is_off_until_something_is_selected(dialog: TrashDialog) -> None:
    assert not dialog._ui.restore.isEnabled()
    dialog.select_rows([0, 1])
    assert dialog._ui.restore.isEnabled() and len(dialog.selected()) == 2


def test_restoring_a_note_and_an_activity_brings_them_back(
    qtbot: QtBot, dialog: TrashDialog, db: Database, trashed: Trashed
) -> None:
    dialog.select_rows(_rows_of(dialog, TrashKind.NOTE, TrashKind.ACTIVITY))
    with qtbot.waitSignal(dialog.changed, timeout=1000) as told:
        dialog._ui.restore.click()
    assert told.args == [Changes(notes_added=(trashed.note,), activities_added=(trashed.activity,))]
    back = timeline(db, contact_id=trashed.kept)
    assert {(item.kind, item.note.id if item.note else None) for item in back} == {
        ("note", trashed.note),
        ("call", None),
    }
    assert get_activity(db, trashed.activity).subject == "Price list for 2027"
    assert {item.id for item in trash_items(db)} == {trashed.contact, trashed.account}
    assert _shown(dialog) == {(TrashKind.CONTACT, "Joan Vila"), (TrashKind.ACCOUNT, "Cal Pep")}


def test_restoring_one_of_every_kind_empties_the_trash(dialog: TrashDialog, db: Database) -> None:
    dialog.select_rows(range(4))
    changes = dialog.restore_selected()
    assert trash_counts(db).total == 0
    assert len(changes.contacts_added) == 1 and len(changes.notes_added) == 1
    assert search_contacts(db, "joan").total == 1
    assert [r.name for r in account_rows(db, trashed=False)] == ["Cal Pep"]
    assert not dialog._ui.empty.isHidden() and not dialog._ui.emptyTrash.isEnabled()
    assert dialog._ui.empty.text() == "The Trash is empty."


def test_restoring_a_contact_makes_it_reappear_in_the_main_window(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _names(window) == ["Pau Serra"]

    def restore_joan(dialog: TrashDialog) -> None:
        dialog.set_kind(TrashKind.CONTACT)
        dialog.select_rows([0])
        dialog._ui.restore.click()

    [opened] = _in_trash_window(monkeypatch, window, restore_joan)
    assert opened.parent() is window
    assert _names(window) == ["Joan Vila", "Pau Serra"]
    assert trash_counts(db).contacts == 0


def test_the_trash_is_in_the_edit_menu(window: MainWindow) -> None:
    edit = window.menuBar().actions()[1].menu()
    assert window._actions["trash"] in edit.actions()
    assert window._actions["trash"].text() == "Tr&ash…"


# ---- empty -------------------------------------------------------------------------------


def test_emptying_the_trash_confirmed_names_what_goes_and_deletes_it_for_good(
    qtbot: QtBot, dialog: TrashDialog, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.emptied, timeout=1000):
        dialog._ui.emptyTrash.click()
    [question] = asked
    # (English plurals come from crm_desktop_en.qm, which these tests do not install)
    assert re.search(r"Permanently delete the 4 item(s|\(s\)) in the Trash\?", question.text())
    assert re.search(
        r"1 contact(\(s\))?, 1 account(\(s\))?, 1 note(\(s\))?, 1 activit(y|\(ies\))",
        question.text(),
    )
    assert trash_counts(db).total == 0 and search_contacts(db).total == 1
    assert dialog.shown() == [] and not dialog._ui.empty.isHidden()
    assert not dialog._ui.emptyTrash.isEnabled()


def test_cancelling_the_emptying_keeps_everything_restorable(
    dialog: TrashDialog, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    emptied: list[bool] = []
    dialog.emptied.connect(lambda: emptied.append(True))
    dialog._ui.emptyTrash.click()
    assert len(asked) == 1 and emptied == []
    assert trash_counts(db).total == 4 and len(dialog.shown()) == 4
    dialog.select_rows(_rows_of(dialog, TrashKind.NOTE))
    dialog._ui.restore.click()  # still restorable
    assert trash_counts(db).notes == 0


def test_emptying_from_the_trash_window_clears_the_main_windows_undo(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_row(0)
    window._actions["delete"].trigger()  # Pau Serra to the Trash: undoable
    assert window._undo.canUndo() and _names(window) == []
    _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    _in_trash_window(monkeypatch, window, lambda dialog: dialog._ui.emptyTrash.click())
    assert trash_counts(db).total == 0
    assert not window._undo.canUndo()  # what it would bring back is gone for good


def test_an_empty_trash_says_so_and_offers_nothing(qtbot: QtBot, db: Database) -> None:
    dialog = TrashDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.shown() == [] and dialog._ui.empty.text() == "The Trash is empty."
    assert not dialog._ui.restore.isEnabled() and not dialog._ui.emptyTrash.isEnabled()


# ---- right to left -----------------------------------------------------------------------


def test_titles_are_isolated_in_a_right_to_left_window(
    qtbot: QtBot, qapp: QApplication, db: Database, trashed: Trashed
) -> None:
    before = qapp.layoutDirection()
    translators = set(qapp.findChildren(QTranslator))
    try:
        install_translators(qapp, QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
        dialog = TrashDialog(db)
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        model = dialog._ui.items.model()
        [row] = _rows_of(dialog, TrashKind.CONTACT)
        assert model.data(model.index(row, COLUMN_TITLE)) == "\u2068Joan Vila\u2069"
        assert model.data(model.index(row, COLUMN_TITLE), SORT_ROLE) == "Joan Vila"
    finally:
        qapp.setLayoutDirection(before)
        for translator in set(qapp.findChildren(QTranslator)) - translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()
