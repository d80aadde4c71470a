""" "Open with CRM Desktop": files named on the command line (what the .desktop file's
``Exec=crm-desktop %F`` runs) and macOS's file-open events go through File > Import's options
and preview, then are imported into the window's database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.__main__ import main
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.opened_files import OpenedFiles
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database, open_database
from tests.gui.import_preview_driver import answer_previews
from tests.paths import DATA

VCARD = DATA / "vcard30-broken-card-between-good.vcf"  # two good cards, one broken between


@pytest.fixture(autouse=True)
def _options_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Import's options dialog is accepted as it comes."""
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    yield main_window


def _names(path: Path) -> list[str]:
    with open_database(path, "en") as db:
        return sorted(row.name for row in search_contacts(db).rows)


def test_crm_desktop_with_a_vcard_opens_the_window_and_imports_it_after_the_preview(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previews = answer_previews(monkeypatch, qtbot)
    seen: dict[str, object] = {}

    database = tmp_path / "new" / "crm.sqlite3"

    def exec_until_imported() -> int:  # the event loop, until the import has been reported
        # The window run_gui made (earlier tests may leave other windows undeleted).
        (window,) = (
            w
            for w in qapp.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w._db.path == database
        )
        qtbot.waitUntil(lambda: window.import_export.last_message is not None, timeout=30000)
        qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
        message = window.import_export.last_message
        assert message is not None
        seen["report"] = message.text()
        seen["rows"] = window._model.rowCount()
        message.close()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_until_imported))
    translators = set(qapp.findChildren(QTranslator))
    try:
        assert main(["--db", str(database), str(VCARD)]) == 0
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - translators:
            qapp.removeTranslator(translator)
    assert len(previews) == 1  # the dry run was shown before anything was written
    assert str(seen["report"]).startswith("Imported 2")
    assert seen["rows"] == 2
    assert len(_names(database)) == 2


def test_a_file_the_system_opens_while_the_window_runs_is_imported_through_the_preview(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previews = answer_previews(monkeypatch, qtbot)
    opened = OpenedFiles(window)
    qapp.installEventFilter(opened)
    try:
        with qtbot.waitSignal(window.started, timeout=5000):
            window.show()
        with qtbot.waitSignal(window.import_export.imported, timeout=30000):
            QApplication.sendEvent(qapp, QFileOpenEvent(str(VCARD)))  # as macOS's Finder does
    finally:
        qapp.removeEventFilter(opened)
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    assert len(previews) == 1
    assert search_contacts(db).total == 2


def test_files_opened_before_the_window_started_wait_and_each_batch_waits_its_turn(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previews = answer_previews(monkeypatch, qtbot)
    greek = tmp_path / "greek.vcf"
    shutil.copyfile(DATA / "vcard21-quoted-printable-greek.vcf", greek)
    opened = OpenedFiles(window)
    opened.open([VCARD])
    opened.open([greek])
    assert (opened.waiting, previews) == (2, [])  # the window has not started: nothing asked
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: opened.waiting == 0 and not window.import_export.running, timeout=30000)
    assert len(previews) == 2
    assert search_contacts(db).total > 2  # both files' cards
