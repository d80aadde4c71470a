"""File > Print Labels: the dialog chooses a sheet or envelopes and writes a PDF whose labels
read back (pdftotext) in Greek, Arabic, Persian and Catalan, right-to-left ones included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.label_painting import LabelJob, write_labels_pdf
from crm_desktop.gui.labels_dialog import LabelsDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.records.label_sheets import sheet
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database
from crm_desktop.services.labels import own_postal_address, set_own_postal_address
from tests.gui.pdf_text import page_count, pdf_text

GREEK = "Ελένη Παπαδοπούλου"
ARABIC = "محمد العلي"
PERSIAN = "مریم رضایی"
CATALAN = "Lluís Col·lell"


def _contacts(db: Database) -> list[int]:
    add_contacts(
        db,
        [
            ContactDraft(formatted_name=GREEK, addresses=(AddressValue(
                street="Σταδίου 1", locality="Αθήνα", postal_code="105 58", country="Ελλάδα"),)),
            ContactDraft(formatted_name=ARABIC, addresses=(AddressValue(
                street="شارع التحرير ١٠", locality="القاهرة", postal_code="11511",
                country="مصر"),)),
            ContactDraft(formatted_name=PERSIAN, addresses=(AddressValue(
                street="خیابان ولیعصر ۱۲", locality="تهران", postal_code="1511734711",
                country="ایران"),)),
            ContactDraft(formatted_name=CATALAN, addresses=(AddressValue(
                street="Carrer Major 5", locality="Girona", postal_code="17001",
                country="Catalunya"),)),
            ContactDraft(formatted_name="Nobody Without Address"),
        ],
    )  # fmt: skip
    return list(ordered_contact_ids(db))


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> Iterator[LabelsDialog]:
    shown = LabelsDialog(db, [], _contacts(db))
    qtbot.addWidget(shown)
    shown.show()
    yield shown


def test_the_dialog_says_the_count_and_who_has_no_address(dialog: LabelsDialog) -> None:
    assert dialog._which.currentText() == "The contacts the list shows (5)"
    assert not dialog._which.model().item(0).isEnabled()  # nothing is selected
    text = dialog._count.text()
    assert text.startswith("Nothing is selected: the contacts the list shows.")
    assert "1 of them" in text and "no postal address" in text


def test_the_dialog_exports_the_chosen_sheet_as_a_pdf(
    dialog: LabelsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialog.choose_sheet("5163")  # 10 a sheet
    dialog.set_start(9)  # two free labels left: the other two go on a second sheet
    assert dialog.sheet().key == "5163"
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as written:
        dialog.pdf_button.click()
    assert written.args == [target]
    assert page_count(target) == 2
    text = pdf_text(target)
    for name in (GREEK, ARABIC, PERSIAN, CATALAN, "105 58 Αθήνα", "17001 GIRONA"):
        assert name in text
    assert "Nobody Without Address" not in text
    assert dialog._result.text().startswith("2 page") and "labels.pdf" in dialog._result.text()


def test_a_custom_grid_that_does_not_fit_cannot_be_printed(dialog: LabelsDialog) -> None:
    dialog.choose_sheet("custom")
    assert dialog.pdf_button.isEnabled()  # it starts as the sheet chosen before
    dialog._columns.setValue(6)  # six columns of 63.5 mm on A4
    assert not dialog.pdf_button.isEnabled() and not dialog.preview_button.isEnabled()
    assert "do not fit across" in dialog._problem.text()
    dialog._columns.setValue(2)
    assert dialog.pdf_button.isEnabled() and dialog.sheet().columns == 2


def test_envelopes_carry_the_sender_from_preferences(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    ids = _contacts(db)
    set_own_postal_address(db, "Giorgos Sender\nErmou 5\n105 63 Athina\nGreece")
    dialog = LabelsDialog(db, ids, ids)
    qtbot.addWidget(dialog)
    dialog.choose_envelopes("DL")
    assert dialog._which.currentText() == "The selected contacts (5)"
    assert dialog.home_country() == "GR"  # the sender's last line
    target = tmp_path / "envelopes.pdf"
    assert dialog.export_pdf(target)
    assert page_count(target) == 4  # one envelope each of the four with an address
    text = pdf_text(target)
    assert "Giorgos Sender" in text and "Ermou 5" in text
    assert "ΕΛΛΑΔΑ" not in text and "GREECE" not in text  # domestic: no country line


def test_greek_and_arabic_labels_render_in_the_pdf(qapp: object, tmp_path: Path) -> None:
    blocks = (
        ("Ελένη Παπαδοπούλου", "Σταδίου 1", "105 58 Αθήνα"),
        ("محمد العلي", "شارع التحرير ١٠", "القاهرة", "11511", "مصر"),
    )
    target = tmp_path / "scripts.pdf"
    assert write_labels_pdf(LabelJob(blocks, sheet("L7160")), target, "Labels") == 1
    text = pdf_text(target)
    for line in (*blocks[0], *blocks[1]):
        assert line in text


def test_file_print_labels_opens_the_dialog_for_what_the_list_shows(
    qtbot: QtBot, db: Database
) -> None:
    _contacts(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    window.printing.print_labels.trigger()  # the row the window selected at start
    dialog = window.findChild(LabelsDialog)
    assert dialog is not None
    assert dialog._which.currentText() == "The selected contacts (1)"
    assert dialog._which.itemText(1) == "The contacts the list shows (5)"
    dialog.reject()
    dialog.deleteLater()
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    table.clearSelection()
    window.printing.print_labels.trigger()
    shown = [d for d in window.findChildren(LabelsDialog) if d is not dialog]
    assert shown and shown[-1]._which.currentText() == "The contacts the list shows (5)"
    assert shown[-1]._count.text().startswith("Nothing is selected")
    shown[-1].reject()


def test_the_selection_or_the_list_is_chosen_in_the_dialog(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    ids = _contacts(db)
    greek = next(i for i in ids if get_contact(db, i).draft.formatted_name == GREEK)
    dialog = LabelsDialog(db, [greek], ids)
    qtbot.addWidget(dialog)
    assert dialog._count.isHidden()  # one selected, with an address: nothing to say
    assert dialog.export_pdf(tmp_path / "one.pdf")
    assert GREEK in pdf_text(tmp_path / "one.pdf") and ARABIC not in pdf_text(tmp_path / "one.pdf")
    dialog.choose_shown()
    assert "1 of them" in dialog._count.text()
    assert dialog.export_pdf(tmp_path / "all.pdf")
    assert ARABIC in pdf_text(tmp_path / "all.pdf")


def test_preferences_keep_the_postal_address_the_envelopes_use(qtbot: QtBot, db: Database) -> None:
    from crm_desktop.gui.preferences_dialog import PreferencesDialog

    preferences = PreferencesDialog(db=db)
    qtbot.addWidget(preferences)
    preferences.set_postal_address("  Maria Sender\n\nCarrer Gran 1\n08001 Barcelona\nEspanya ")
    preferences.accept()
    assert own_postal_address(db) == "Maria Sender\nCarrer Gran 1\n08001 Barcelona\nEspanya"
    dialog = LabelsDialog(db, [], _contacts(db))
    qtbot.addWidget(dialog)
    dialog.choose_envelopes("C5")
    assert dialog._with_sender.isChecked() and dialog.home_country() == "ES"
    blocks = dict((block[0], block) for block in dialog.blocks())
    assert blocks[CATALAN][-1] == "17001 GIRONA"  # domestic from Barcelona: no country line
    assert blocks[GREEK][-1] == "GREECE"
