"""The column mapping dialog opens whenever a CSV column is uncertain, the guesses
preselected (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.importing import ImportSummary
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.database import Database
from crm_desktop.services.importing import csv_preview
from tests.gui.import_preview_driver import answer_previews
from tests.paths import DATA


@pytest.fixture
def window(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    answer_previews(monkeypatch, qtbot)
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _import(qtbot: QtBot, window: MainWindow, source: Path) -> ImportSummary:
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.import_export.ask_and_import([source])
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    summary = done.args[0]
    assert isinstance(summary, ImportSummary)
    return summary


def test_the_dialog_opens_for_an_uncertain_column_with_the_guesses_preselected(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[dict[str, str], list[str]]] = []

    def choose(dialog: ColumnMappingDialog) -> int:
        shown.append((dialog.mapping(), dialog.uncertain_columns()))
        dialog.set_target("Customer Since", "note")
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    summary = _import(qtbot, window, DATA / "spreadsheet-title-beside-full-name-is-job-title.csv")
    [(guesses, uncertain)] = shown
    assert uncertain == ["Customer Since"]
    assert guesses == {
        "Name": "formatted", "Title": "title", "Company": "organization", "E-mail": "email:",
        "Phone": "phone:", "Customer Since": "custom",
    }  # fmt: skip
    marta = get_contact(db, summary.contact_ids[0]).draft
    assert (marta.formatted_name, marta.title, marta.note) == (
        "Marta Vidal",
        "Sales Manager",
        "2019",
    )
    assert [e.value for e in marta.emails] == ["marta@cellervidal.example"]


def test_no_dialog_when_every_column_is_sure(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[ColumnMappingDialog] = []
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda d: asked.append(d) or 0)
    summary = _import(qtbot, window, DATA / "spreadsheet-three-outlook-headers-is-not-outlook.csv")
    assert asked == [] and summary.imported == 2
    marta = get_contact(db, summary.contact_ids[0]).draft
    assert [p.value for p in marta.phones] == ["+34 93 555 01 02"] and marta.custom_fields == ()


def test_an_uncertain_column_is_marked_and_a_typed_guess_kept_exactly(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "fax-and-fruit.csv"
    source.write_text("Business Fax,Fruit\r\n+30 210 555 0100,Apples\r\n", encoding="utf-8")
    preview = csv_preview(source)
    assert preview is not None and preview.uncertain_headers == ("Fruit",)
    dialog = ColumnMappingDialog(source.name, preview)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"Business Fax": "phone:work,fax", "Fruit": "custom"}
    table = dialog._ui.columns
    sure, unsure = table.item(0, 0), table.item(1, 0)
    assert sure is not None and unsure is not None
    assert unsure.font().bold() and unsure.toolTip() and not sure.font().bold()
