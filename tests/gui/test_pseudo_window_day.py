"""The pseudo-translated pass (``CRM_DESKTOP_PSEUDO=1``, issue 16) over the windows issue 20
added: the newcomer's welcome, the import progress, Preferences, the week and day views, the
business cards and the A-Z bar. Every word they show goes through the translation (no
English outside the pseudo markers) and nothing is cut, 40% longer words and all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.import_progress import ImportProgressDialog
from crm_desktop.gui.language import install_translators
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.preferences_dialog import PreferencesDialog
from crm_desktop.gui.pseudo import PSEUDO_VARIABLE
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from tests.gui.pseudo_checks import check, choices, clipped, english_outside_markers, words


@pytest.fixture(autouse=True)
def _pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, QLocale(QLocale.Language.English))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    return main


def _english(top: QWidget) -> list[tuple[str, str]]:
    return [(w, t) for w, t in [*words(top), *choices(top)] if english_outside_markers(t)]


def test_the_welcome_is_translated_and_nothing_in_it_is_cut(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.sqlite3")
    try:
        window = _window(qtbot, db)
        welcome = window.empty.contacts.welcome
        qtbot.waitUntil(lambda: welcome is not None and welcome.isVisible(), timeout=5000)
        assert welcome is not None
        assert _english(welcome) == []
        assert clipped(welcome) == []
        window.close()
    finally:
        db.close()


def test_the_import_progress_is_translated(qtbot: QtBot) -> None:
    dialog = ImportProgressDialog()
    dialog.set_total(10_000)
    dialog.progress(4_500)
    check(qtbot, dialog, dialog=True)


def test_preferences_are_translated_and_nothing_in_them_is_cut(qtbot: QtBot, db: Database) -> None:
    dialog = PreferencesDialog(None, db)
    check(qtbot, dialog, dialog=True)
    # Languages in their own names, currency codes ("EUR") and countries in their own
    # names with their code ("Ελλάδα (GR)"), from QLocale: data, not words to translate.
    data = re.compile(r"^[A-Z]{3}$|\([A-Z]{2}\)$")
    shown = [(w, t) for w, t in choices(dialog) if english_outside_markers(t)]
    assert [(w, t) for w, t in shown if w != "QComboBox:language" and not data.search(t)] == []


@pytest.mark.parametrize("mode", ["week", "day"])
def test_the_week_and_day_views_are_translated(qtbot: QtBot, db: Database, mode: str) -> None:
    window = _window(qtbot, db)
    window.schedule.show_activities()
    view = window.schedule.view
    assert view is not None
    view.modes.set_mode(mode)
    qtbot.waitUntil(lambda: view.time_grid.isVisible(), timeout=5000)
    assert [(w, t) for w, t in words(view.modes) if english_outside_markers(t)] == []
    # The days shown are a date written by QLocale (English here), not words to translate.
    shown = [(w, t) for w, t in words(view.time_grid) if w != "QLabel:gridRange"]
    assert [(w, t) for w, t in shown if english_outside_markers(t)] == []
    assert clipped(view.time_grid) == []


def test_the_business_cards_and_the_a_to_z_bar_are_translated(qtbot: QtBot, db: Database) -> None:
    add_contacts(db, [ContactDraft("Νίκος Αλεξίου"), ContactDraft("Ann Smith")])
    window = _window(qtbot, db)
    views = window._contacts.views
    views.show_cards(True)
    qtbot.waitUntil(views.cards.isVisible, timeout=5000)
    assert not english_outside_markers(views.toggle.text())
    assert not english_outside_markers(views.toggle.toolTip())
    assert _english(views.bar) == []
