"""Labels that say what they do (issue 20): Restore looks like a bin giving back, not like
Undo, and Undo and Redo are on the toolbar; Import names every format it reads; in Accounts
New makes an account and says so; Import and Export buttons say Import and Export; emptying
the Trash is a red Empty Trash, never a green OK; the title names the database first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from crm_desktop.gui.account_editor import AccountEditor
from crm_desktop.gui.export_dialog import ExportDialog
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.trash import ask_and_empty_trash
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.message_boxes import answer


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _toolbar_names(window: MainWindow) -> list[str]:
    by_action = {action: name for name, action in window._actions.items()}
    return [by_action[a] for a in window._toolbar.actions() if a in by_action]


def test_undo_and_redo_are_on_the_toolbar_and_restore_says_its_name(window: MainWindow) -> None:
    names = _toolbar_names(window)
    assert names.index("undo") == names.index("redo") - 1
    undo, restore = window._actions["undo"], window._actions["restore"]
    assert not undo.icon().isNull() and not window._actions["redo"].icon().isNull()
    assert undo.icon().cacheKey() != restore.icon().cacheKey()
    button = window._toolbar.widgetForAction(restore)
    assert isinstance(button, QToolButton)
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_import_s_tool_tip_names_every_format_it_reads(window: MainWindow) -> None:
    tip = window._actions["import"].toolTip()
    for name in ("vCard", "CSV", "iCalendar", "e-mail"):
        assert name in tip
    assert "iCalendar" in window._actions["export"].toolTip()


def test_in_accounts_new_says_and_makes_an_account(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window._actions["new_account"] in file_menu.actions()
    assert window._actions["new"].text() == "&New contact…"
    window._nav.select(("accounts", None))
    assert window._actions["new"].text() == "&New account…"
    assert window._actions["edit"].text() == "&Edit account…"
    assert not window._actions["new_account"].isVisible()  # not said twice in the menu
    assert "accounts" in window._actions["delete"].toolTip()

    def exec_(editor: AccountEditor) -> int:
        editor._ui.name.setText("Aegean Foods")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(AccountEditor, "exec", exec_)
    window._actions["new"].trigger()
    assert [row.name for row in account_rows(db)] == ["Aegean Foods"]
    window._nav.select(("contacts", None))
    assert window._actions["new"].text() == "&New contact…"


def test_import_and_export_buttons_say_import_and_export(qtbot: QtBot, tmp_path: Path) -> None:
    importing = ImportDialog([tmp_path / "a.vcf"])
    exporting = ExportDialog(0, 3)
    for dialog, word in ((importing, "&Import"), (exporting, "&Export")):
        qtbot.addWidget(dialog)
        ok = dialog._ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == word and not ok.icon().isNull()


def test_the_empty_trash_question_has_a_red_empty_trash_button_not_ok(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    [extra] = add_contacts(db, [ContactDraft("Ana Serra")])
    trash_contacts(db, [extra])
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert ask_and_empty_trash(window, db) is None
    [box] = asked
    button = box.button(QMessageBox.StandardButton.Ok)
    assert button.text() == "&Empty Trash" and button.objectName() == "destructiveButton"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert button.palette().buttonText().color().red() > 150  # red, and no OK tick


def test_the_title_names_the_database_then_the_program_once(
    window: MainWindow, db: Database
) -> None:
    assert window.windowTitle() == f"{db.path.name} — CRM Desktop"
