"""The contacts list during a search: where each contact matched, under its name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLineEdit, QListWidget, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui import bulk_actions, smart_folder_actions
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.match_delegate import MATCH_ROLE, match_text
from crm_desktop.gui.navigation import NavigationPane
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.records.search import ContactFilter, SearchMatch
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.smart_folders import smart_folders
from tests.gui.message_boxes import answer
from tests.gui.test_main_window import type_text


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    eleni, _ = add_contacts(
        db,
        [
            ContactDraft(given_name="Eleni", family_name="Vlachou",
                         addresses=(AddressValue(locality="Μαρούσι"),)),
            ContactDraft(given_name="Marta", family_name="Rius"),
        ],
    )  # fmt: skip
    create_activity(db, ActivityDraft("meeting", "Olive oil fair", contact_ids=(eleni,)))
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    yield main


def _search(qtbot: QtBot, window: MainWindow, text: str, rows: int) -> QTableView:
    search = window.findChild(QLineEdit, "search")
    table = window.findChild(QTableView, "contacts")
    assert search is not None and table is not None
    search.clear()
    type_text(search, text)
    qtbot.waitUntil(lambda: table.model().rowCount() == rows, timeout=3000)
    return table


@pytest.mark.parametrize(
    ("query", "match"),
    [
        ("olive", SearchMatch("activity", "Olive oil fair")),
        ("marousi", SearchMatch("address", "Μαρούσι")),
    ],
)
def test_the_list_shows_where_a_contact_matched_under_its_name(
    qtbot: QtBot, window: MainWindow, query: str, match: SearchMatch
) -> None:
    table = _search(qtbot, window, query, 1)
    index = table.model().index(0, 0)
    assert table.model().data(index) == "Eleni Vlachou"
    assert table.model().data(index, MATCH_ROLE) == (match,)
    assert table.rowHeight(0) > 2 * table.fontMetrics().height()
    table.viewport().grab()  # the delegate paints both lines


def test_a_match_in_the_name_adds_no_line(qtbot: QtBot, window: MainWindow) -> None:
    table = _search(qtbot, window, "marta", 1)
    assert not table.model().data(table.model().index(0, 0), MATCH_ROLE)


def test_the_matched_text_says_which_field_in_words() -> None:
    assert match_text((SearchMatch("activity", "Olive oil fair"),)) == "Activity: Olive oil fair"


def _names_in_nav(window: MainWindow) -> list[str]:
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    return [nav.item(row).text() for row in range(nav.count())]


def test_a_search_saved_as_a_smart_folder_shows_with_its_live_count_and_is_renamed_and_removed(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = iter(["Olive fair", "Olive fair 2027"])
    monkeypatch.setattr(smart_folder_actions, "ask_name", lambda *_args: next(names))
    table = _search(qtbot, window, "olive", 1)
    [save] = [a for a in window.findChildren(QAction) if a.text().startswith("&Save Search")]
    save.trigger()
    assert "Search: Olive fair (1)" in _names_in_nav(window)
    assert table.model().rowCount() == 1
    marta = ordered_contact_ids(db, "marta")[0]
    create_activity(db, ActivityDraft("call", "Olive harvest", contact_ids=(marta,)))
    window._on_changes(Changes(contacts_changed=(marta,)))
    assert "Search: Olive fair (2)" in _names_in_nav(window)
    assert table.model().rowCount() == 2
    nav = window.findChild(NavigationPane, "navigation")
    assert nav is not None
    folder_id = smart_folders(db)[0].id
    nav.rename_requested.emit(folder_id, "Olive fair")
    assert "Search: Olive fair 2027 (2)" in _names_in_nav(window)
    questions = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    nav.remove_requested.emit(folder_id, "Olive fair 2027")
    assert len(questions) == 1
    assert not [n for n in _names_in_nav(window) if n.startswith("Search:")]
    assert smart_folders(db) == []
    assert table.model().rowCount() == 2  # back on every contact


def test_the_selection_is_put_in_a_category_after_a_confirmation_naming_the_count_and_undone(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_actions, "ask_category", lambda *_args: "Christmas card")
    questions = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    table.selectAll()
    [add] = [a for a in window.findChildren(QAction) if a.text() == "Add to &Category…"]
    add.trigger()
    [question] = [q.text() for q in questions]
    assert "2" in question and "“Christmas card”" in question
    in_category = ContactFilter(categories=("christmas card",))
    assert len(ordered_contact_ids(db, filters=in_category)) == 2
    stack = window.findChild(QUndoStack)
    assert stack is not None and stack.undoText().startswith("Put 2 contact")
    stack.undo()
    assert ordered_contact_ids(db, filters=in_category) == []
    stack.redo()
    assert len(ordered_contact_ids(db, filters=in_category)) == 2
