"""One thing per Alt+letter in every dialog, in each of the five languages: the buttons, the
labels that move to their field, the group boxes and the tabs shown at once never share an
accelerator (two of them would each take the key from the other: Qt then does neither)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_desktop.gui.about_dialog import AboutDialog
from crm_desktop.gui.account_editor import AccountEditor
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.backups_dialog import BackupsDialog
from crm_desktop.gui.bulk_dialogs import LogForEachDialog, SetFieldDialog
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.export_dialog import ExportDialog
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.labels_dialog import LabelsDialog
from crm_desktop.gui.language import apply_language
from crm_desktop.gui.mail_people_dialog import MailPeopleDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.close_dialog import DealCloseDialog
from crm_desktop.gui.preferences_dialog import PreferencesDialog
from crm_desktop.gui.relation_dialog import RelationDialog
from crm_desktop.gui.relationship_types_dialog import RelationshipTypesDialog, TypeNamesDialog
from crm_desktop.gui.sync_dialog import AddSyncAccountDialog, SyncAccountsDialog
from crm_desktop.gui.trash_dialog import TrashDialog
from crm_desktop.records.drafts import AccountDraft, AddressValue, ContactDraft
from crm_desktop.records.importing import UnknownPerson
from crm_desktop.records.sales import Deal, DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal, deal_draft
from crm_desktop.services.relationships import relation_candidates, relationship_types

LANGUAGES = ("en", "ar", "ca", "el", "fa")


@pytest.fixture(autouse=True)
def _language_restored(qapp: QApplication) -> Iterator[None]:
    locale, direction = QLocale(), qapp.layoutDirection()
    translators = set(qapp.findChildren(QTranslator))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    add_contacts(db, [ContactDraft("Ana Puig", addresses=(AddressValue(locality="Girona"),)),
                      ContactDraft("Νίκος Αλεξίου")])  # fmt: skip
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    return main


def accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _shown_texts(top: QWidget) -> list[str]:
    """The words with an accelerator of what ``top`` shows now."""
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def shared_accelerators(top: QWidget) -> list[str]:
    """The texts shown at once that answer to the same Alt+letter (each tab of a dialog's
    tabs in turn)."""
    tabs = top.findChildren(QTabWidget)
    screens: list[list[str]] = []
    if tabs:
        for index in range(tabs[0].count()):
            tabs[0].setCurrentIndex(index)
            screens.append(_shown_texts(top))
        tabs[0].setCurrentIndex(0)
    else:
        screens.append(_shown_texts(top))
    found: list[str] = []
    for texts in screens:
        by_key: dict[str, list[str]] = {}
        for text in texts:
            if (key := accelerator(text)) is not None:
                by_key.setdefault(key, []).append(text)
        found += [" / ".join(same) for same in by_key.values() if len(same) > 1]
    return sorted(set(found))


def dialogs(window: MainWindow, db: Database) -> list[tuple[str, Callable[[], QDialog]]]:
    """Every dialog, made as the window makes it."""
    [ana, _] = window._model.contact_ids()
    account = create_account(db, AccountDraft(name="Acme S.A."))
    deal = create_deal(db, DealDraft("Olive oil", account, Decimal(1000), "EUR"))
    return [
        ("contact editor", lambda: ContactEditor(ContactDraft("Ana Puig"), [], [], window)),
        ("account editor", lambda: AccountEditor(AccountDraft(name="Acme S.A."), window)),
        ("activity editor", lambda: ActivityEditorDialog(None, window)),
        ("complete", lambda: CompleteDialog("call", "Price list", window)),
        ("import", lambda: ImportDialog([Path("contacts.vcf")], window)),
        ("export", lambda: ExportDialog(1, 2, window)),
        ("backups", lambda: BackupsDialog(db, window)),
        ("trash", lambda: TrashDialog(db, window)),
        ("duplicates", lambda: DuplicatesDialog(db, window._undo, window)),
        ("about", lambda: AboutDialog(db.path, window)),
        ("preferences", lambda: PreferencesDialog(window)),
        ("print labels", lambda: LabelsDialog(db, [ana], [ana], window)),
        ("sync accounts", lambda: SyncAccountsDialog(db, window.syncing, window)),
        ("add sync account", lambda: AddSyncAccountDialog(window)),
        ("add relationship", lambda: RelationDialog(
            relationship_types(db), relation_candidates(db), contact_id=ana, parent=window)),
        ("relationship type", lambda: TypeNamesDialog("Mentor", "Mentee", window)),
        ("set field", lambda: SetFieldDialog(["Acme S.A."], window)),
        ("log for each", lambda: LogForEachDialog(date(2026, 12, 4), window)),
        ("relationship types", lambda: RelationshipTypesDialog(lambda: db, window.show_error,
                                                                window)),
        ("mail people", lambda: MailPeopleDialog([UnknownPerson("Ana", "ana@example.com")],
                                                 window)),
        ("deal won", lambda: DealCloseDialog(deal, won=True, parent=window)),
        ("deal lost", lambda: DealCloseDialog(deal, won=False, parent=window)),
        ("deal editor", lambda: _deal_editor(window, db, deal)),
    ]  # fmt: skip


def _deal_editor(window: MainWindow, db: Database, deal: Deal) -> QDialog:
    editor = window.sales.show_pipeline()._editor(deal_draft(db, deal.id))
    assert editor is not None
    return editor


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_two_things_in_a_dialog_answer_to_one_alt_letter(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, db: Database, code: str
) -> None:
    apply_language(qapp, code)
    clashes: dict[str, list[str]] = {}
    for name, make in dialogs(window, db):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if found := shared_accelerators(dialog):
            clashes[name] = found
        dialog.reject()
    assert clashes == {}, clashes


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_filter_panel_and_the_window_answer_one_letter_each(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, code: str
) -> None:
    """View > Filters puts its buttons beside the menu bar and the window's own buttons: Alt+F
    is File's alone."""
    apply_language(qapp, code)
    file_menu = QCoreApplication.translate("MainWindow", "&File")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == file_menu, timeout=3000)
    window._filters.toggle()
    qtbot.waitUntil(window._filters.panel.isVisible, timeout=3000)
    shown = [action.text() for action in window.menuBar().actions()] + _shown_texts(window)
    by_key: dict[str, list[str]] = {}
    for text in shown:
        if (key := accelerator(text)) is not None:
            by_key.setdefault(key, []).append(text)
    assert [same for same in by_key.values() if len(same) > 1] == []


def test_the_check_finds_two_buttons_on_one_letter(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    layout = QVBoxLayout(dialog)
    for text in ("&Save", "&Send", "&&Copy"):
        layout.addWidget(QPushButton(text, dialog))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert shared_accelerators(dialog) == ["&Save / &Send"]
