"""Issue 20's leftovers: the Pipeline's board and the Leads folder say what goes there when
empty; the list's Last contact and Next activity columns whole at 1280x800 in every language;
the Undo button right after the status bar's word (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.contact_table_model import COLUMN_LAST_CONTACT, COLUMN_NEXT_ACTIVITY
from crm_desktop.gui.empty_views import EmptyHint
from crm_desktop.gui.language import apply_language
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.deal_editor import DealEditor
from crm_desktop.gui.pipeline.pipeline_view import PipelineView
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.sales import DealFilter
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import list_deals
from crm_desktop.services.leads import mark_lead, unmark_leads


@pytest.fixture(autouse=True)
def _language_restored(qapp: QApplication) -> Iterator[None]:
    locale, direction = QLocale(), qapp.layoutDirection()
    translators = set(qapp.findChildren(QTranslator))
    QLocale.setDefault(QLocale("en_GB"))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    return main


def _pipeline(window: MainWindow) -> PipelineView:
    window._actions["pipeline_view"].trigger()
    view = window._views.currentWidget()
    assert isinstance(view, PipelineView)
    return view


def _board_hint(view: PipelineView) -> EmptyHint:
    viewport = view.board.columns_area.viewport()
    [hint] = [w for w in viewport.children() if isinstance(w, EmptyHint)]
    return hint


def test_an_empty_board_says_so_and_its_button_creates_the_first_deal(
    qtbot: QtBot, db: Database
) -> None:
    create_account(db, AccountDraft(name="Vins Puig"))
    window = _window(qtbot, db)
    view = _pipeline(window)
    hint = _board_hint(view)
    assert hint.isVisible() and hint.heading.text() == "No deals yet."
    [new] = hint.buttons
    assert new.text() == "New deal…"

    def answer() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, DealEditor)
        title = editor.findChild(QLineEdit, "dealTitle")
        assert title is not None
        title.setText("Cava for the wedding")
        editor.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert [d.title for d in list_deals(db, DealFilter())] == ["Cava for the wedding"]
    assert not hint.isVisible()  # the board shows its first card
    view.filters.minimum.setText("1000")
    view.reload()
    assert hint.isVisible() and hint.heading.text() == "No deal matches the filters."
    assert hint.buttons == []
    view.filters.minimum.clear()
    view.reload()
    assert not hint.isVisible()
    window._undo.undo()
    assert list_deals(db, DealFilter()) == [] and hint.isVisible()
    assert hint.heading.text() == "No deals yet."


def test_the_empty_leads_folder_says_how_a_contact_becomes_a_lead(
    qtbot: QtBot, db: Database
) -> None:
    [contact] = add_contacts(db, [ContactDraft("Ana Puig")])
    mark_lead(db, contact_id=contact)
    window = _window(qtbot, db)
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    [row] = [r for r in range(nav.count()) if nav.item(r).text() == "Leads (1)"]
    nav.setCurrentRow(row)
    hint = window.leads.hint
    assert window.leads.model.rowCount() == 1 and not hint.isVisible()
    window._search.setText("Zorba")
    window._search.returnPressed.emit()
    assert hint.isVisible() and hint.heading.text() == "No lead matches “\u2068Zorba\u2069”."
    window._search.clear()
    window._search.returnPressed.emit()
    unmark_leads(db, [contact])
    window.leads.refresh("", window._state)
    assert hint.isVisible() and hint.heading.text() == "No leads yet."
    assert "Mark as Lead" in hint.line.text()


@pytest.mark.parametrize("code", ["en", "el", "ar", "ca", "fa"])
def test_last_contact_and_next_activity_show_whole_at_1280_in_every_language(
    qtbot: QtBot, qapp: QApplication, db: Database, code: str
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig")])
    if code != "en":
        apply_language(qapp, code)
    window = _window(qtbot, db)
    table = window._table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in (COLUMN_LAST_CONTACT, COLUMN_NEXT_ACTIVITY):
        assert not header.isSectionHidden(column)
        start = header.sectionViewportPosition(column)
        assert start >= 0
        assert start + header.sectionSize(column) <= table.viewport().width(), code
        title = window._model.headerData(column, Qt.Orientation.Horizontal)
        tip = window._model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        if metrics.horizontalAdvance(title) + 12 > header.sectionSize(column):
            assert tip == tool_tip(title), (code, title)
            assert header.textElideMode() == Qt.TextElideMode.ElideRight  # "…", not clipped


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_undo_button_sits_right_after_the_status_bar_word(
    qtbot: QtBot, qapp: QApplication, db: Database, code: str
) -> None:
    add_contacts(db, [ContactDraft("Jordi Puig"), ContactDraft("Ana Puig")])
    if code != "en":
        apply_language(qapp, code)
    window = _window(qtbot, db)
    window.select_row(0)
    window._actions["delete"].trigger()
    bar, undo = window.statusBar(), window.feedback.button
    message = bar.currentMessage()
    assert message and undo.isVisible()
    after = bar.fontMetrics().horizontalAdvance(message)
    box = undo.geometry()
    if bar.layoutDirection() == Qt.LayoutDirection.LeftToRight:
        assert 6 + after <= box.left() <= 6 + after + 20
    else:
        assert bar.width() - 12 - after - 20 <= box.right() <= bar.width() - 12 - after
    assert bar.rect().contains(box)
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert window._model.rowCount() == 2 and not undo.isVisible()
