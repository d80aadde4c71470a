"""The filter panel above the contacts list: filters alone, with the text search, and saved
as a smart folder whose count follows edits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QListWidget, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui import smart_folder_actions
from crm_desktop.gui.filter_panel import FilterPanel
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.records.search import ContactFilter
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.smart_folders import smart_folders
from tests.gui.test_main_window import type_text


def _at(city: str) -> tuple[AddressValue, ...]:
    return (AddressValue(locality=city, country="Greece"),)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(db, [
        ContactDraft(given_name="Eleni", family_name="Vlachou", categories=("VIP", "Customer"),
                     addresses=_at("Athina")),
        ContactDraft(given_name="Nikos", family_name="Vlachos", categories=("Customer",),
                     addresses=_at("Athina")),
        ContactDraft(given_name="Joan", family_name="Vila", categories=("VIP",),
                     addresses=_at("Patra")),
    ])  # fmt: skip
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    yield main


def _panel(window: MainWindow) -> FilterPanel:
    [toggle] = [a for a in window.findChildren(QAction) if a.text() == "&Filters"]
    toggle.trigger()
    panel = window.findChild(FilterPanel, "filterPanel")
    assert panel is not None and panel.isVisible()
    return panel


def _tick(panel: FilterPanel, *names: str) -> None:
    for row in range(panel.categories.count()):
        item = panel.categories.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in names:
            item.setCheckState(Qt.CheckState.Checked)


def _shown(window: MainWindow) -> list[str]:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    model = table.model()
    return sorted(str(model.data(model.index(row, 0))) for row in range(model.rowCount()))


def test_the_panel_filters_the_list_by_several_categories_and_a_city(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = _panel(window)
    _tick(panel, "VIP", "Customer")
    panel.apply_now()
    assert _shown(window) == ["Eleni Vlachou"]  # all of them
    panel.mode.setCurrentIndex(1)
    panel.apply_now()
    assert _shown(window) == ["Eleni Vlachou", "Joan Vila", "Nikos Vlachos"]  # any of them
    type_text(panel.city, "athina")
    qtbot.waitUntil(lambda: len(_shown(window)) == 2, timeout=3000)  # after the pause
    assert _shown(window) == ["Eleni Vlachou", "Nikos Vlachos"]
    panel.clear()
    assert len(_shown(window)) == 3


def test_the_panel_combines_with_the_text_search(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(window)
    _tick(panel, "Customer")
    panel.apply_now()
    search = window.findChild(QLineEdit, "search")
    assert search is not None
    type_text(search, "vlachou")
    qtbot.waitUntil(lambda: _shown(window) == ["Eleni Vlachou"], timeout=3000)
    search.clear()
    qtbot.waitUntil(lambda: len(_shown(window)) == 2, timeout=3000)


def test_hiding_the_panel_takes_its_filters_off(window: MainWindow) -> None:
    panel = _panel(window)
    _tick(panel, "VIP")
    panel.apply_now()
    assert len(_shown(window)) == 2
    [toggle] = [a for a in window.findChildren(QAction) if a.text() == "&Filters"]
    toggle.trigger()
    assert not panel.isVisible()
    assert len(_shown(window)) == 3


def test_the_panel_saved_as_a_smart_folder_keeps_its_filters_and_its_count_follows_edits(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(smart_folder_actions, "ask_name", lambda *_args: "Athens customers")
    panel = _panel(window)
    _tick(panel, "Customer")
    panel.city.setText("Athina")
    panel.apply_now()
    panel.save_button.click()
    [folder] = smart_folders(db)
    assert folder.filters == ContactFilter(categories=("Customer",), city="Athina")
    assert (folder.name, folder.count) == ("Athens customers", 2)
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    names = [nav.item(row).text() for row in range(nav.count())]
    assert "Search: Athens customers (2)" in names
    [eleni] = ordered_contact_ids(db, "eleni")
    trash_contacts(db, [eleni])
    window._on_changes(Changes(contacts_changed=(eleni,)))
    names = [nav.item(row).text() for row in range(nav.count())]
    assert "Search: Athens customers (1)" in names
    assert smart_folders(db)[0].count == 1
