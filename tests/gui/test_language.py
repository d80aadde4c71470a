"""The language: the system's unless chosen in Edit > Preferences, applied while the window
is open; and the pseudo-translation that shows what is not translated (CRM_DESKTOP_PSEUDO)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMenu,
    QTableView,
)
from pytestqt.qtbot import QtBot

from crm_desktop.gui.language import (
    LANGUAGE_KEY,
    LANGUAGES,
    apply_language,
    chosen_language,
    install_translators,
    locale_for,
)
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.preferences_dialog import PreferencesDialog
from crm_desktop.gui.pseudo import PSEUDO_VARIABLE, pseudo
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database


@pytest.fixture(autouse=True)
def _language_restored(qapp: QApplication) -> Iterator[None]:
    """Whatever a test chooses, the next one starts in English, left to right."""
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
    add_contacts(db, [ContactDraft(formatted_name="Ana Puig"), ContactDraft(given_name="Νίκος")])
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    return main


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _choose(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """Edit > Preferences, the language, OK: as a user does it."""
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.select_language(code)
    dialog.accept()


def test_choosing_greek_in_preferences_turns_the_open_window_greek_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert _menus(window)[0] == "&File"
    _choose(qtbot, window, "el")
    qtbot.waitUntil(lambda: _menus(window)[0] == "&Αρχείο", timeout=3000)
    assert _menus(window) == ["&Αρχείο", "&Επεξεργασία", "Επα&φές", "&Προβολή", "&Βοήθεια"]
    navigation = window.findChild(QListWidget, "navigation")
    assert navigation is not None and navigation.item(0).text() == "Επαφές (2)"
    contacts = window.findChild(QTableView, "contacts")
    assert contacts is not None
    assert contacts.model().headerData(0, Qt.Orientation.Horizontal) == "Όνομα"
    counts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "2 επαφές" in counts
    assert window._actions["undo"].text() == "&Αναίρεση"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.Greek  # dates and numbers follow


def test_persian_turns_the_window_right_to_left_and_english_turns_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    _choose(qtbot, window, "fa")
    qtbot.waitUntil(lambda: _menus(window)[0] == "&فایل", timeout=3000)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    counts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "۲ مخاطب" in counts  # Persian digits
    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: _menus(window)[0] == "&File", timeout=3000)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_choice_is_kept_for_the_next_start(qtbot: QtBot, window: MainWindow) -> None:
    assert chosen_language() == ""  # the system's until chosen
    _choose(qtbot, window, "ca")
    assert QSettings().value(LANGUAGE_KEY) == "ca"
    assert chosen_language() == "ca"
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.language() == "ca"  # shown as chosen when opened again
    _choose(qtbot, window, "")
    assert chosen_language() == ""


def test_preferences_lists_each_language_in_its_own_words(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog._ui.language
    names = [combo.itemText(row) for row in range(1, combo.count())]
    assert names == ["English", "العربية", "Català", "Ελληνικά", "فارسی"]
    assert [code for code, _ in LANGUAGES] == ["en", "ar", "ca", "el", "fa"]
    assert combo.itemText(0).startswith("System default")


def test_an_open_dialog_changes_language_with_the_window(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(qtbot, window, "ca")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Preferències", timeout=3000)
    assert dialog._ui.language.itemText(0).startswith("Llengua del sistema")


@pytest.mark.parametrize(
    ("code", "cancel"), [("el", "Άκυρο"), ("ca", "Cancel·la"), ("fa", "انصراف")]
)
def test_standard_buttons_speak_the_language_too(
    qtbot: QtBot, qapp: QApplication, code: str, cancel: str
) -> None:
    """Qt translates its own buttons for Catalan and Persian; Greek comes from us."""
    apply_language(qapp, code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


def test_a_language_keeps_the_systems_country_when_the_system_speaks_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ar_SA")))
    assert locale_for("ar").name() == "ar_SA"
    assert locale_for("el").name() == "el_GR"
    assert locale_for("").name() == "ar_SA"


# ---- pseudo-translation --------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    ["&New contact…", "Contacts (%1)", "%Ln contact(s)", "Reading the files: %n so far…", "Qt:"],
)
def test_pseudo_text_is_marked_40_percent_longer_and_keeps_what_qt_reads(source: str) -> None:
    text = pseudo(source)
    assert text.startswith("[") and text.endswith("]")
    assert len(text) - 2 >= 1.4 * len(source)
    for kept in ("&N", "%1", "%Ln", "%n"):
        assert (kept in text) == (kept in source)
    assert text != f"[{source}]"  # accented: told apart from untranslated English


def test_pseudo_keeps_file_filters_readable_by_qt() -> None:
    text = pseudo("vCard files (*.vcf *.vcard)")
    assert text.endswith(" (*.vcf *.vcard)")
    assert text.startswith("[")


def test_pseudo_mode_marks_every_translated_word_of_the_window(
    qtbot: QtBot, qapp: QApplication, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    install_translators(qapp, QLocale(QLocale.Language.English))
    main = MainWindow(db)
    qtbot.addWidget(main)
    assert all(title.startswith("[") and title.endswith("]") for title in _menus(main))
    assert main.windowTitle().startswith("[")
    # Shortcuts still work: key sequences are not pseudo-translated.
    assert main._actions["export"].shortcut() == QKeySequence("Ctrl+E")


def test_built_in_categories_show_in_the_language_and_are_stored_as_they_were(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    from crm_desktop.gui.contact_editor import ContactEditor

    draft = ContactDraft(formatted_name="Ana Puig", categories=("Customer", "Golf club"))
    apply_language(qapp, "el")
    editor = ContactEditor(draft, [], ["Customer", "Golf club", "Vendor"])
    qtbot.addWidget(editor)
    items = editor._ui.categories
    assert [items.item(row).text() for row in range(items.count())] == [
        "Πελάτης", "Golf club", "Προμηθευτής", "Προσθήκη κατηγορίας…",
    ]  # fmt: skip
    editor.accept()
    saved = editor.result_draft()
    assert saved is not None and saved.categories == ("Customer", "Golf club")
    apply_language(qapp, "ca")  # an open editor changes its words too
    qtbot.waitUntil(lambda: items.item(0).text() == "Client", timeout=3000)
    assert items.item(items.count() - 1).text() == "Afegeix una categoria…"


def _accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


@pytest.mark.parametrize("code", ["el", "ca", "fa", "ar"])
def test_each_menu_answers_one_entry_per_accelerator(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, code: str
) -> None:
    apply_language(qapp, code)
    qtbot.waitUntil(lambda: not _menus(window)[0].startswith("&File"), timeout=3000)
    groups = [_menus(window)] + [
        [a.text() for a in menu.actions() if not a.isSeparator()]
        for menu in window.menuBar().findChildren(QMenu)
    ]
    for texts in groups:
        keys = [key for text in texts if (key := _accelerator(text)) is not None]
        assert len(keys) == len(set(keys)), texts
