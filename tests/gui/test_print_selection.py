"""File > Print and Export PDF offer "Selected contacts only" while several contacts are
selected in the list (as Outlook's "Only selected rows"): the page holds those rows alone,
read back from the PDF; File > Print Labels takes the same selection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.labels_dialog import LabelsDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.pdf_text import pdf_text

NAMES = ("Anna Vidal", "Pere Soler", "Νίκος Ρήγας")  # the list's order (Latin first)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    place = AddressValue(street="Carrer Gran 1", locality="Girona", country="Spain")
    add_contacts(db, [ContactDraft(formatted_name=n, addresses=(place,)) for n in NAMES])
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _select(window: MainWindow, *rows: int) -> None:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def _offered(window: MainWindow) -> bool:
    window.printing.print_menu.aboutToShow.emit()  # as opening File > Print does
    return window.printing.print_selection.isVisible()


def test_selected_contacts_only_is_offered_while_several_are_selected(
    window: MainWindow,
) -> None:
    _select(window, 0)
    assert not _offered(window)
    _select(window, 0, 2)
    assert _offered(window)
    assert window.printing.pdf_selection.isEnabled()
    window.printing.pdf_menu.aboutToShow.emit()
    assert window.printing.pdf_selection.isVisible()


def test_export_pdf_of_the_selection_prints_only_the_selected_rows(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(window, 0, 2)
    assert _offered(window)
    target = tmp_path / "selection.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.printing.pdf_selection.trigger()
    text = pdf_text(target)
    assert NAMES[0] in text and NAMES[2] in text
    assert NAMES[1] not in text
    assert "(selected contacts)" in text and "2 records" in text
    whole = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(whole), ""))
    window.printing.pdf_view.trigger()  # This view: every row still
    assert all(name in pdf_text(whole) for name in NAMES)


def test_print_labels_of_the_selection_holds_only_those_contacts(
    window: MainWindow, tmp_path: Path
) -> None:
    _select(window, 1, 2)
    window.printing.print_labels.trigger()
    dialog = window.findChild(LabelsDialog)
    assert dialog is not None
    assert dialog._which.currentText() == "The selected contacts (2)"
    assert dialog.export_pdf(tmp_path / "labels.pdf")
    text = pdf_text(tmp_path / "labels.pdf")
    assert NAMES[1] in text and NAMES[2] in text and NAMES[0] not in text
    dialog.reject()
    dialog.deleteLater()
