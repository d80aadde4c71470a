"""View > Filters in each language at 1280x800: nothing in the panel is cut (a long label
such as Greek's "Κατάσταση δυνητικού πελάτη:" puts its field under it rather than squeeze
the list to choose from), and the panel is no wider than the list under it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.gui.language import apply_language
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.pseudo_checks import clipped, cut_hints, narrow_choices


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


@pytest.mark.parametrize("code", ["en", "el", "ca", "fa", "ar"])
def test_nothing_in_the_filter_panel_is_cut(
    qtbot: QtBot, qapp: QApplication, db: Database, code: str
) -> None:
    add_contacts(db, [ContactDraft("Νίκος Αλεξίου", categories=("Customer", "Prospect"))])
    apply_language(qapp, code)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    file_menu = QCoreApplication.translate("MainWindow", "&File")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == file_menu, timeout=3000)
    window._filters.toggle()
    panel = window._filters.panel
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    assert clipped(panel) == []
    assert narrow_choices(panel) == []
    assert cut_hints(panel) == []
    assert panel.width() <= window._contacts.views.widget.width() + 2  # the list and its A-Z bar
