"""What the screenshots showed (packaging/screenshots.py): column titles and words cut in
longer languages, and colours of our own that stayed light on a dark desktop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.banner import Banner
from crm_desktop.gui.language import apply_language
from crm_desktop.services.database import Database


@pytest.fixture(autouse=True)
def _language_and_palette_restored(qapp: QApplication) -> Iterator[None]:
    locale, direction, palette = QLocale(), qapp.layoutDirection(), qapp.palette()
    translators = set(qapp.findChildren(QTranslator))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    qapp.setPalette(palette)


def _dark_palette() -> QPalette:
    """What a dark desktop hands Qt: light text on dark grey."""
    text, window = QColor(240, 240, 240), QColor(50, 50, 50)
    return QPalette(text, window, window.lighter(150), window.darker(150), window.darker(130),
                    text, window.darker(140))  # fmt: skip


def _view(qtbot: QtBot, db: Database) -> ActivitiesView:
    holder = QWidget()
    qtbot.addWidget(holder)
    view = ActivitiesView(ActivityActions(db, holder), holder)
    view.resize(1100, 700)
    return view


def _cut_titles(header: QHeaderView) -> list[str]:
    model = header.model()
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(header.count())
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch
        and header.sectionSize(column) < header.sectionSizeHint(column)
    ]


@pytest.mark.parametrize("code", ["el", "ca", "fa", "ar"])
def test_every_activity_column_title_fits_in_each_language(
    qtbot: QtBot, qapp: QApplication, db: Database, code: str
) -> None:
    apply_language(qapp, code)
    view = _view(qtbot, db)
    header = view.table.horizontalHeader()
    if code == "el":  # the title the Greek screenshot showed cut ("οτεραιότη")
        assert header.model().headerData(4, Qt.Orientation.Horizontal) == "Προτεραιότητα"
        assert header.sectionSize(4) > header.fontMetrics().horizontalAdvance("Προτεραιότητα")
    assert _cut_titles(header) == []


def test_the_titles_still_fit_when_the_language_changes_while_the_view_is_open(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    view = _view(qtbot, db)
    header = view.table.horizontalHeader()
    english = header.sectionSize(4)
    apply_language(qapp, "el")
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Σήμερα")  # the view was told
    assert header.sectionSize(4) > english
    assert _cut_titles(header) == []
    assert _cut_titles(view.day_table.horizontalHeader()) == []


def test_the_words_of_kind_priority_and_status_fit_their_columns(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    apply_language(qapp, "ca")
    view = _view(qtbot, db)
    header = view.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, word in ((1, "Correu electrònic"), (4, "Normal"), (5, "Cancel·lada")):
        assert header.sectionSize(column) > metrics.horizontalAdvance(word), word


def test_the_banner_is_dark_amber_on_a_dark_desktop_and_follows_a_switch(
    qtbot: QtBot, qapp: QApplication
) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    light = banner.palette().color(QPalette.ColorRole.Window)
    assert light.lightness() > 200  # the light yellow
    qapp.setPalette(_dark_palette())  # the desktop goes dark while the window is open
    qtbot.waitUntil(lambda: banner.palette().color(QPalette.ColorRole.Window).lightness() < 100)
    text = banner.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() > 180  # light words on it, readable
    dark_banner = Banner()  # and one made on a dark desktop
    qtbot.addWidget(dark_banner)
    assert dark_banner.palette().color(QPalette.ColorRole.Window).lightness() < 100
