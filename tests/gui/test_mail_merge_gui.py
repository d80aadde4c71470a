"""File > Export, "Mail merge CSV": the selection as a word processor's data source."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.gui.export_dialog import ExportDialog, ExportScope
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(
        db,
        [
            ContactDraft(
                "Ana Puig", given_name="Ana", family_name="Puig",
                addresses=(AddressValue(street="Carrer Major 5", locality="Girona",
                                        postal_code="17001", country="Spain"),),
            ),
            ContactDraft("Pau Serra", given_name="Pau", family_name="Serra"),
        ],
    )  # fmt: skip
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main
    qtbot.waitUntil(lambda: not main.import_export.running, timeout=5000)


def test_the_export_dialog_offers_the_mail_merge_without_accounts(qtbot: QtBot) -> None:
    dialog = ExportDialog(selected=1, shown=2)
    qtbot.addWidget(dialog)
    dialog._ui.format.setCurrentIndex(dialog._ui.format.findData("mail-merge"))
    assert dialog.version == "mail-merge" and not dialog.with_accounts


def test_exporting_the_selection_for_a_mail_merge(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.select_row(0)  # Ana Puig
    target = tmp_path / "merge.csv"
    with qtbot.waitSignal(window.import_export.exported, timeout=20000) as done:
        window.import_export.export_to(target, ExportScope.SELECTION, "mail-merge", False)
    assert done.args == [1]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert row["FirstName"] == "Ana" and row["PostalCode"] == "17001"
    assert row["Address block"].startswith("Ana Puig\nCarrer Major 5\n17001 GIRONA")
