"""The main window on sample data, driven as a user would (pytest-qt, offscreen)."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.app import install_translators, open_for_gui, run_gui
from crm_desktop.gui.contact_table_model import ContactTableModel
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.table_model import ID_ROLE
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.contact_list import contact_rows, ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from tests.gui.message_boxes import boxes, told


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(
        db,
        [
            ContactDraft(given_name="Γιώργος", family_name="Παπαδόπουλος"),
            ContactDraft(given_name="Lluís", family_name="Col·lell"),
            ContactDraft(
                formatted_name="<b>Bold</b><img src=x>", emails=(EmailValue("b@x.example"),)
            ),
        ],
    )
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    yield main


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any script (QTest's keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _count_text(window: MainWindow) -> str:
    labels = [w for w in window.statusBar().findChildren(QLabel) if w.text()]
    return labels[0].text() if labels else ""


def test_the_window_lists_every_contact_and_says_how_many(window: MainWindow) -> None:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    assert table.model().rowCount() == 3
    assert _count_text(window).startswith("3 ")


def test_typing_in_the_search_box_filters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    search = window.findChild(QLineEdit, "search")
    table = window.findChild(QTableView, "contacts")
    assert search is not None and table is not None
    type_text(search, "παπαδοπουλος")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=3000)
    index = table.model().index(0, 0)
    assert table.model().data(index) == "Γιώργος Παπαδόπουλος"
    assert _count_text(window).startswith("1 ")


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    search = window.findChild(QLineEdit, "search")
    assert search is not None
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search.hasFocus, timeout=3000)


def test_a_name_written_as_markup_is_shown_as_plain_text(qtbot: QtBot, window: MainWindow) -> None:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    model = table.model()
    row = next(r for r in range(model.rowCount()) if "<b>" in str(model.data(model.index(r, 0))))
    window.select_row(row)
    name = window.findChild(QLabel, "cardName")
    qtbot.waitUntil(lambda: window.findChild(QLabel, "cardName") is not None, timeout=3000)
    name = window.findChild(QLabel, "cardName")
    assert name is not None
    assert name.text() == "<b>Bold</b><img src=x>"
    assert name.textFormat() == Qt.TextFormat.PlainText


def test_the_contacts_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, db: Database
) -> None:
    add_contacts(db, (ContactDraft(formatted_name=f"Person {i:03d}") for i in range(250)))
    model = ContactTableModel(lambda ids: contact_rows(db, ids))
    model.set_ids(ordered_contact_ids(db))
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(249, 0)) == "Person 249"
    assert model.data(model.index(0, 0), ID_ROLE) == 1


def test_the_contacts_model_fetches_only_the_pages_it_shows(db: Database) -> None:
    add_contacts(db, (ContactDraft(formatted_name=f"P{i:05d}") for i in range(5000)))
    asked: list[int] = []

    def load(ids: list[int]) -> list:  # type: ignore[type-arg]
        asked.extend(ids)
        return contact_rows(db, ids)

    model = ContactTableModel(load)
    model.set_ids(ordered_contact_ids(db))
    assert model.data(model.index(4321, 0)) == "P04321"
    assert len(asked) == 100  # one page, not 5,000 rows


def test_demo_opens_a_fresh_database_with_contacts_accounts_notes_and_activities(
    qtbot: QtBot,
) -> None:
    db, folder = open_for_gui(argparse.Namespace(demo=True))
    try:
        assert folder is not None and db.path.is_relative_to(folder)
        path = db.path
        main = MainWindow(db)
        qtbot.addWidget(main)
        qtbot.waitSignal(main.started, timeout=5000).wait()
        table = main.findChild(QTableView, "contacts")
        assert table is not None and table.model().rowCount() > 100
        main.close_database()  # waits for the daily backup, which a bare close failed under
        with sqlite3.connect(path) as raw:
            counts = {
                table_name: raw.execute(f"SELECT count(*) FROM {table_name}").fetchone()[0]
                for table_name in ("contacts", "accounts", "notes", "activities")
            }
        assert all(count > 10 for count in counts.values()), counts
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_count_uses_singular_and_plural_in_english(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, QLocale(QLocale.Language.Japanese))  # none: English plurals
    try:
        add_contacts(db, [ContactDraft(formatted_name="Ana Puig")])
        main = MainWindow(db)
        qtbot.addWidget(main)
        assert _count_text(main) == "1 contact"
        add_contacts(db, [ContactDraft(formatted_name="Pau Puig")])
        main._refresh("")
        assert _count_text(main) == "2 contacts"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_a_database_open_in_another_instance_gets_a_dialog_not_a_traceback(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = boxes(monkeypatch)
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en"):
        status = run_gui(argparse.Namespace(demo=False, db=str(path), command=None))
    assert status == 1
    [box] = watched.all
    title, text = box.windowTitle(), box.text()
    assert box.icon() == QMessageBox.Icon.Critical
    assert title == "CRM Desktop is already open"
    assert str(path) in text
    assert "close it and start again" in text


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "is not a CRM Desktop database"),
        (None, "was written by a newer CRM Desktop"),
    ],
)
def test_a_file_that_cannot_be_opened_gets_a_dialog_that_says_what_to_do(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes | None,
    says: str,
) -> None:
    shown = told(monkeypatch, "critical")
    path = tmp_path / "crm.sqlite3"
    if content is None:
        open_database(path, "en").close()
        with sqlite3.connect(path) as raw:
            raw.execute("UPDATE alembic_version SET version_num = '9999'")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    assert run_gui(argparse.Namespace(demo=False, db=str(path), command=None)) == 1
    [text] = shown
    assert str(path) in text and says in text
    assert path.read_bytes() == before  # nothing was written


def test_the_contacts_list_has_the_focus_when_the_window_opens(
    qapp: QApplication, window: MainWindow
) -> None:
    focused = qapp.focusWidget()
    assert focused is not None and focused.objectName() == "contacts"
