"""A change reaches the contacts list row by row: an edit repaints its row, a deletion takes
rows out, and only what can reorder the list (a rename, a new contact) reads its order again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QListWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui import navigation
from crm_desktop.gui.contact_table_model import COLUMN_NAME, COLUMN_TITLE
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.contact_edits import contact_draft, trash_contacts, update_contact
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

PEOPLE = [("Ana", "Puig"), ("Joan", "Serra"), ("Marta", "Soler"), ("Pau", "Vila")]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(
        db,
        [ContactDraft(f"{g} {f}", given_name=g, family_name=f) for g, f in PEOPLE],
    )
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _column(window: MainWindow, column: int) -> list[str]:
    model = window._model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _resets(window: MainWindow) -> list[int]:
    resets: list[int] = []
    window._model.modelReset.connect(lambda: resets.append(1))
    return resets


def _edit(db: Database, window: MainWindow, row: int, **fields: str) -> ContactId:
    contact_id = window._model.contact_id(row)
    assert contact_id is not None
    window._on_changes(
        update_contact(db, contact_id, replace(contact_draft(db, contact_id), **fields))
    )
    return contact_id


def test_an_edit_repaints_its_row_and_card_without_reading_the_list_again(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.select_row(1)
    resets = _resets(window)
    with qtbot.waitSignal(window._model.dataChanged, timeout=1000) as changed:
        _edit(db, window, 1, title="Buyer")
    assert changed.args[0].row() == 1 and resets == []
    assert _column(window, COLUMN_TITLE) == ["", "Buyer", "", ""]
    assert window._table.currentIndex().row() == 1  # the selection stays
    titles = [label.text() for label in window._card.findChildren(QLabel)]
    assert "Buyer" in titles  # the card shows the edit


def test_a_rename_that_moves_a_contact_reads_the_order_again(
    window: MainWindow, db: Database
) -> None:
    resets = _resets(window)
    moved = _edit(db, window, 0, family_name="Vives", formatted_name="Ana Vives")
    assert resets == [1]
    assert _column(window, COLUMN_NAME) == ["Joan Serra", "Marta Soler", "Pau Vila", "Ana Vives"]
    assert window._model.contact_id(window._table.currentIndex().row()) == moved


def test_a_rename_that_keeps_its_place_is_repainted_in_place(
    window: MainWindow, db: Database
) -> None:
    resets = _resets(window)
    _edit(db, window, 2, family_name="Solé", formatted_name="Marta Solé")
    assert resets == []
    assert _column(window, COLUMN_NAME) == ["Ana Puig", "Joan Serra", "Marta Solé", "Pau Vila"]


def test_a_deletion_takes_its_rows_out_and_selects_the_next(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    resets = _resets(window)
    ids = [window._model.contact_id(row) for row in (1, 2)]
    with qtbot.waitSignal(window._model.rowsRemoved, timeout=1000):
        window._on_changes(trash_contacts(db, [i for i in ids if i is not None]))
    assert resets == []
    assert _column(window, COLUMN_NAME) == ["Ana Puig", "Pau Vila"]
    assert window._table.currentIndex().row() == 1  # Pau, after what was removed
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None and nav.item(2).text() == "Trash (2)"


def test_the_folder_counts_are_read_again_only_when_they_can_change(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[int] = []
    real = navigation.record_counts
    monkeypatch.setattr(navigation, "record_counts", lambda reads: counted.append(1) or real(reads))
    _edit(db, window, 0, title="Buyer")
    assert counted == []  # a title: no folder changes
    _edit(db, window, 0, categories=("Customer",))
    assert counted == [1]
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    assert nav.item(4).text() == "Customer (1)"
