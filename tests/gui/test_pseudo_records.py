"""The pseudo-translated pass (``CRM_DESKTOP_PSEUDO=1``) over the record windows: File > Print
Labels, File > Sync Accounts and its Add, a card's Files and Relationships and Add
Relationship, the bulk dialogs (Set Field on each of its fields, Log Activity for Each, Add to
Category), View > Filters and File > Export with the mail merge chosen, at 1280x800. Every
word they show goes through the translation (no English outside the pseudo markers, in the
lists to choose from too), no button or one-line label is narrower than its words, no field
cuts its hint, no "&" is shown as written. The data is Greek and Arabic, so any Latin word on
screen is one of ours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.bulk_dialogs import LogForEachDialog, SetFieldDialog
from crm_desktop.gui.export_dialog import ExportDialog
from crm_desktop.gui.files_section import FilesSection
from crm_desktop.gui.labels_dialog import LabelsDialog
from crm_desktop.gui.language import install_translators
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pseudo import PSEUDO_VARIABLE
from crm_desktop.gui.sync_dialog import AddSyncAccountDialog, SyncAccountsDialog
from crm_desktop.records.attachments import FileOwner, OwnerKind
from crm_desktop.records.drafts import AccountDraft, AddressValue, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.records.relationships import RelationDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.files import attach_files
from crm_desktop.services.relationships import find_type, relate, relationship_types
from tests.gui.pseudo_checks import (
    check,
    choices,
    clipped,
    cut_hints,
    english_outside_markers,
    literal_ampersands,
    narrow_choices,
    words,
)


@pytest.fixture(autouse=True)
def _pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, QLocale(QLocale.Language.English))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def people(db: Database, tmp_path: Path) -> list[ContactId]:
    create_account(db, AccountDraft(name="Αιγαίο Τρόφιμα"))
    address = AddressValue(street="Οδός Ερμού 12", locality="Αθήνα", postal_code="10563")
    found = add_contacts(db, [ContactDraft("Νίκος Αλεξίου", addresses=(address,)),
                              ContactDraft("سارا محمدی")])  # fmt: skip
    offer = tmp_path / "Προσφορά 2027.pdf"
    offer.write_bytes(b"%PDF-1.4\n" + b"0" * 4000)
    attach_files(db, FileOwner(OwnerKind.CONTACT, found[0]), [offer])
    manager = find_type(relationship_types(db), "Manager")
    assert manager is not None
    relate(db, RelationDraft(found[0], manager[0].id, manager[1], other_contact_id=found[1]))
    return found


@pytest.fixture
def window(qtbot: QtBot, db: Database, people: list[ContactId]) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    main.show_contact(people[0])
    qtbot.waitUntil(lambda: main._card.card.shown is not None, timeout=5000)
    return main


def _check_all(qtbot: QtBot, top: QWidget, *, dialog: bool = True) -> None:
    """``check`` and, besides, the lists' items and the fields' hints, and nothing cut."""
    check(qtbot, top, dialog=dialog)
    assert [(w, t) for w, t in choices(top) if english_outside_markers(t)] == []
    assert cut_hints(top) == []
    assert clipped(top) == []
    assert narrow_choices(top) == []


def test_the_filter_panel_is_translated_and_nothing_in_it_is_cut(
    qtbot: QtBot, window: MainWindow
) -> None:
    window._filters.toggle()
    panel = window._filters.panel
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    _check_all(qtbot, panel, dialog=False)
    # Its fields keep room to type in (they were squeezed to a few pixels).
    for field in (panel.account, panel.city, panel.country):
        assert field.width() >= 10 * field.fontMetrics().averageCharWidth()
    # no wider than the list under it (with its A-Z bar)
    assert panel.width() <= window._contacts.views.widget.width() + 2


def test_a_cards_files_and_relationships_are_translated(qtbot: QtBot, window: MainWindow) -> None:
    section = window._card.findChild(FilesSection, "filesSection")
    assert isinstance(section, FilesSection) and section.isVisible()
    _check_all(qtbot, section, dialog=False)
    tree = section.findChild(QTreeWidget, "filesList")
    assert tree is not None
    header = tree.headerItem()
    headers = [header.text(column) for column in range(tree.columnCount())]
    assert not any(english_outside_markers(text) for text in headers), headers
    box = window.relations[0]
    assert box.isVisible() and box.line_texts() != []
    shown = [re.sub(r"<[^<>]*>", "", text) for _w, text in words(box)]  # a link's words
    assert [text for text in shown if english_outside_markers(text)] == []
    assert clipped(box) == []


def test_add_relationship_is_translated(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.relations[0].dialog()
    _check_all(qtbot, dialog)
    dialog.person.setText("Κάποιος άλλος")  # a name no record has: the hint says so
    _check_all(qtbot, dialog)


def test_print_labels_is_translated_and_unclipped(
    qtbot: QtBot, window: MainWindow, db: Database, people: list[ContactId]
) -> None:
    dialog = LabelsDialog(db, [people[1]], list(people), window)
    _check_all(qtbot, dialog)  # the sheets offered, with their paper's name
    dialog.choose_envelopes(dialog._envelope.itemData(0))
    _check_all(qtbot, dialog)


def test_the_sync_dialogs_are_translated_and_unclipped(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _check_all(qtbot, SyncAccountsDialog(db, window.syncing, window))
    _check_all(qtbot, AddSyncAccountDialog(window))


def test_the_bulk_dialogs_are_translated_and_unclipped(
    qtbot: QtBot, window: MainWindow, people: list[ContactId], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_field = SetFieldDialog(["Αιγαίο Τρόφιμα"], window)
    for page in range(set_field.field.count()):
        set_field.field.setCurrentIndex(page)
        _check_all(qtbot, set_field)
    _check_all(qtbot, LogForEachDialog(date(2026, 12, 4), window))
    asked: list[QDialog] = []

    def photographed(dialog: QInputDialog) -> int:
        _check_all(qtbot, dialog)
        asked.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QInputDialog, "exec", photographed)
    window._bulk.categorize(list(people))
    assert len(asked) == 1


def test_the_mail_merge_export_is_translated(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ExportDialog(1, 2, window)
    dialog._ui.format.setCurrentIndex(dialog._ui.format.findData("mail-merge"))
    _check_all(qtbot, dialog)
    assert not dialog._ui.accounts.isEnabled()  # no accounts in a mail merge: said so


def test_the_checks_find_an_english_choice_and_a_cut_hint(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    combo = QComboBox(dialog)
    combo.addItems(["[Á4··]", "Letter"])
    edit = QLineEdit(dialog)
    edit.setPlaceholderText("[Ţĥé ƒíŕšţ óñé (á ñéŵ óñé ŵĥéñ ţĥéŕé íš ñóñé)·················]")
    edit.setFixedWidth(80)
    layout.addWidget(combo)
    layout.addWidget(edit)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [t for _w, t in choices(dialog) if english_outside_markers(t)] == ["Letter"]
    assert cut_hints(dialog) == [edit.placeholderText()]
    assert literal_ampersands(dialog) == []
