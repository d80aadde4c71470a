"""A search matching hundreds of contacts: the list shows its first page at once (found by
testing contacts in name order, ``first_page_of_many``) and the whole list, with its count,
a moment later, the user's place kept; bulk actions and labels act on every match even
before the rest has come."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.contact_table_model import PAGE_SIZE
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.services.contact_list import first_page_of_many, ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

IN_MAROUSI = 250  # of 400: "many" (over a fifth), more than a page (100)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(
        db,
        [
            ContactDraft(
                given_name=f"Person{n:03d}",
                family_name="Ioannou" if n % 2 else "Puig",
                addresses=(AddressValue(locality="Marousi" if n < IN_MAROUSI else "Girona"),),
            )
            for n in range(400)
        ],
    )
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    yield main


def _search_now(window: MainWindow, qtbot: QtBot, text: str) -> QTableView:
    """The search typed and Return pressed: the list is read at once (no typing pause)."""
    search = window.findChild(QLineEdit, "search")
    table = window.findChild(QTableView, "contacts")
    assert search is not None and table is not None
    search.setText(text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    return table


def test_a_search_matching_hundreds_shows_its_first_page_then_the_rest_and_the_count(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    exact = ordered_contact_ids(db, "marousi")
    assert len(exact) == IN_MAROUSI
    page = first_page_of_many(db, "marousi", limit=PAGE_SIZE)
    assert page is not None and page.total is None  # the rest is not known at once
    table = _search_now(window, qtbot, "marousi")
    model = window._contacts.model
    assert model.contact_ids() == exact[:PAGE_SIZE]  # the same first rows the whole list has
    assert window._count.text() == "Counting…"  # not the count of the list shown before
    table.selectRow(7)
    chosen = model.contact_ids()[7]
    qtbot.waitUntil(lambda: model.rowCount() == IN_MAROUSI, timeout=3000)
    assert model.contact_ids() == exact
    assert window._count.text() == window._contacts.count_text(IN_MAROUSI)
    current = table.selectionModel().currentIndex()
    assert model.contact_id(current.row()) == chosen  # the user's place kept


def test_a_key_typed_before_the_rest_comes_replaces_the_first_search(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _search_now(window, qtbot, "marousi")
    _search_now(window, qtbot, "marousi ioannou")
    model = window._contacts.model
    wanted = ordered_contact_ids(db, "marousi ioannou")
    assert len(wanted) == IN_MAROUSI // 2
    qtbot.waitUntil(
        lambda: window._count.text() == window._contacts.count_text(len(wanted)), timeout=3000
    )
    qtbot.wait(300)  # the first search's rest, had it been left waiting, would land by now
    assert model.contact_ids() == wanted


def test_everything_shown_means_every_match_even_before_the_rest_has_come(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _search_now(window, qtbot, "marousi")
    assert window._contacts.model.rowCount() == PAGE_SIZE
    assert window._contacts.all_ids() == ordered_contact_ids(db, "marousi")
    assert window._count.text() == window._contacts.count_text(IN_MAROUSI)


def test_a_search_matching_few_is_whole_and_counted_at_once(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _search_now(window, qtbot, "person01")  # Person010 to Person019
    assert window._contacts.model.contact_ids() == ordered_contact_ids(db, "person01")
    assert window._count.text() == window._contacts.count_text(10)


def test_the_same_search_read_again_keeps_the_users_place_past_the_first_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = _search_now(window, qtbot, "marousi")
    model = window._contacts.model
    qtbot.waitUntil(lambda: model.rowCount() == IN_MAROUSI, timeout=3000)
    table.selectRow(PAGE_SIZE + 20)  # past the first page
    chosen = model.contact_ids()[PAGE_SIZE + 20]
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        model.sort(0, order)  # by name, down then up: the same search read again
        assert model.rowCount() == IN_MAROUSI
        current = table.selectionModel().currentIndex()
        assert model.contact_id(current.row()) == chosen
