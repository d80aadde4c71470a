"""A newcomer's welcome and the hints of empty folders and views (issue 20), on real widgets."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.empty_views import EmptyHint
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.welcome import demo_command
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    yield main


def _welcome_shown(window: MainWindow) -> bool:
    welcome = window.empty.contacts.welcome
    return welcome is not None and welcome.isVisible()


def test_an_empty_database_shows_the_welcome_in_place_of_the_list_and_card(
    window: MainWindow,
) -> None:
    assert _welcome_shown(window)
    assert not window._cards.isVisible()  # "Select a contact to see it here." gives way
    assert not window._table.horizontalHeader().isVisible()
    welcome = window.empty.contacts.welcome
    assert welcome is not None
    assert welcome.heading.text() == "Welcome to CRM Desktop"
    assert "File > Open & Export > Import/Export" in welcome.line("outlook")
    assert "contacts.google.com" in welcome.line("google")
    assert "Android" in welcome.line("phone") and "iPhone" in welcome.line("phone")
    assert "CSV" in welcome.line("csv")
    assert "Nothing of it is added to your own database" in welcome.line("demo")


@pytest.mark.parametrize("source", ["outlook", "google", "phone", "csv"])
def test_each_import_button_opens_the_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    asked: list[str] = []

    def choose(*args: object, **_kwargs: object) -> tuple[list[str], str]:
        asked.append(str(args[1]))  # the dialog's title
        return [], ""  # the user cancels the file dialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    welcome = window.empty.contacts.welcome
    assert welcome is not None
    qtbot.mouseClick(welcome.buttons[source], Qt.MouseButton.LeftButton)
    assert asked == ["Import contacts"]  # File > Import's own dialog


def test_the_first_contact_added_from_the_welcome_makes_it_give_way(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(editor: ContactEditor) -> int:
        editor._ui.given.setText("Eleni")
        editor._ui.family.setText("Papadopoulou")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ContactEditor, "exec", exec_)
    welcome = window.empty.contacts.welcome
    assert welcome is not None
    qtbot.mouseClick(welcome.buttons["new"], Qt.MouseButton.LeftButton)
    assert search_contacts(db).total == 1
    assert not _welcome_shown(window) and not window.empty.contacts.isVisible()
    assert window._model.rowCount() == 1
    assert window._cards.isVisible() and window._table.horizontalHeader().isVisible()


def test_an_import_that_brings_the_first_contacts_replaces_the_welcome(
    window: MainWindow, db: Database
) -> None:
    add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    window._on_imported()  # what an import's end does
    assert not _welcome_shown(window)
    assert window._cards.isVisible()


def test_open_the_demo_starts_its_own_window_and_leaves_the_database_alone(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_QUIT_WHEN_STARTED", "1")  # the demo quits once shown
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    welcome = window.empty.contacts.welcome
    assert welcome is not None
    qtbot.mouseClick(welcome.buttons["demo"], Qt.MouseButton.LeftButton)
    assert window.empty.demo_pid is not None
    assert window.statusBar().currentMessage() == (
        "The demo opens in a window of its own; your database is not changed."
    )
    # The very command the button ran: a window on sample data, not on this database.
    program, arguments = demo_command()
    done = subprocess.run(
        [program, *arguments], capture_output=True, text=True, timeout=120,
        env=dict(os.environ), check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["shown"] is True
    assert search_contacts(db).total == 0
    assert _welcome_shown(window)


def _hint(window: MainWindow) -> tuple[str, list[str]]:
    hint = window.empty.contacts
    assert hint.isVisible()
    return hint.heading.text(), [b.text() for b in hint.buttons]


def test_a_search_that_matches_nothing_says_so_and_clears(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    window._on_imported()
    window._search.setText("Zorba")
    window._search.returnPressed.emit()
    assert window._model.rowCount() == 0
    assert _hint(window) == ("No contact matches “\u2068Zorba\u2069”.", ["Clear the search"])
    assert window._cards.isVisible()  # not the welcome: the card keeps its place
    clear = window.empty.contacts.findChild(QPushButton, "emptyButton1")
    assert isinstance(clear, QPushButton)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert window._search.text() == ""
    assert window._model.rowCount() == 1
    assert not window.empty.contacts.isVisible()


def test_the_empty_trash_and_the_empty_accounts_say_what_they_are_for(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    window._on_imported()
    window.show_trash()
    assert _hint(window)[0] == "The Trash is empty."
    assert "restored" in window.empty.contacts.line.text()
    window._nav.select(("accounts", None))
    accounts = window.empty.accounts
    assert accounts.isVisible() and accounts.heading.text() == "No accounts yet."
    assert [b.text() for b in accounts.buttons] == ["New account…"]


def test_deleting_the_only_contact_shows_the_welcome_again(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    window._on_imported()
    window.select_row(0)
    window._actions["delete"].trigger()
    assert _welcome_shown(window)
    message = window.statusBar().currentMessage()
    assert message == "Contact “\u2068Jordi Puig\u2069” moved to the Trash — Undo (Ctrl+Z)"
    undo = window.feedback.button
    assert undo.isVisible() and undo.text() == "Undo"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert search_contacts(db).total == 1
    assert window._model.rowCount() == 1 and not _welcome_shown(window)
    assert not undo.isVisible() and window.statusBar().currentMessage() == ""


def test_empty_activity_lists_say_so_with_a_way_to_add_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    window._actions["activities_view"].trigger()
    view = window._shown.activities()
    assert view is not None
    [hint] = [w for w in view.table.viewport().children() if isinstance(w, EmptyHint)]
    assert hint.isVisible() and hint.heading.text() == "Nothing is due today."
    view.tabs.setCurrentIndex(4)  # Done
    assert hint.heading.text() == "Nothing is done yet."
    [new] = hint.buttons
    assert new.text() == "New activity…"


def test_a_hint_keeps_no_button_of_the_one_before(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    window._on_imported()
    window._search.setText("Zorba")
    window._search.returnPressed.emit()
    window._search.clear()
    window._search.returnPressed.emit()
    window.show_trash()
    hint = window.empty.contacts
    assert hint.heading.text() == "The Trash is empty."
    visible = [b for b in hint.findChildren(QPushButton) if b.isVisible()]
    assert visible == []  # no "Clear the search" left over


def test_the_accounts_card_shows_though_there_are_no_contacts(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    from crm_desktop.records.drafts import AccountDraft
    from crm_desktop.services.account_edits import create_account

    account = create_account(db, AccountDraft(name="Aegean Foods"))
    window._on_imported()
    assert _welcome_shown(window)
    window.show_account(account)
    assert window._cards.isVisible() and window._accounts.card.isVisible()
    window.show_contact(0)  # back to all contacts: still none, the welcome again
    assert _welcome_shown(window) and not window._cards.isVisible()
