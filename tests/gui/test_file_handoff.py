"""A file opened while a window is open on the same database goes to that window: the second
``crm-desktop FILE`` hands it over through a local socket and exits 0; the window shows the
import preview. A socket file left by a dead window blocks nothing."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.__main__ import main
from crm_desktop.gui.file_handoff import (
    FileHandoffServer,
    Handoff,
    hand_to_running_window,
    server_name,
)
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.opened_files import OpenedFiles
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database
from tests.gui.import_preview_driver import answer_previews
from tests.paths import DATA

VCARD = DATA / "vcard30-broken-card-between-good.vcf"  # two good cards, one broken between
ROOT = Path(__file__).resolve().parent.parent.parent
unix_sockets = pytest.mark.skipif(sys.platform == "win32", reason="socket files: Unix only")


@pytest.fixture(autouse=True)
def _options_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Import's options dialog is accepted as it comes."""
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    yield main_window


def _stale_socket(name: str) -> None:
    """A socket file nobody listens on, as a window that crashed leaves it."""
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)
    dead.close()
    assert Path(name).exists()


def _second_start(db_path: Path, *files: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "crm_desktop", "--db", str(db_path), *map(str, files)]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: nothing to raise
def test_a_second_start_with_a_vcard_hands_it_to_the_open_window_which_shows_the_preview(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    parents: list[object] = []

    def import_it(dialog: ImportPreviewDialog) -> bool:
        parents.append(dialog.window().parentWidget())
        return True

    previews = answer_previews(monkeypatch, qtbot, import_it)
    opened = OpenedFiles(window)
    server = FileHandoffServer(window, opened, db.path)
    assert server.listen()
    try:
        with qtbot.waitSignal(window.started, timeout=5000):
            window.show()
        window.showMinimized()
        second = _second_start(db.path, VCARD)
        try:  # the event loop runs meanwhile: the window answers
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        finally:
            if second.poll() is None:  # it did not hand over (a window of its own, refused)
                second.kill()
        _out, err = second.communicate()
        assert second.returncode == 0, err
        qtbot.waitUntil(lambda: len(previews) == 1, timeout=30000)
        qtbot.waitUntil(lambda: not window.import_export.running, timeout=30000)
    finally:
        server.close()
    assert parents == [window]  # the preview opened over the first window
    assert not window.isMinimized()  # brought back to the front
    assert search_contacts(db).total == 2  # imported after the preview, in the first window


def test_with_no_window_listening_a_start_goes_on_as_usual(db: Database) -> None:
    assert hand_to_running_window(db.path, [VCARD]).outcome is Handoff.NO_WINDOW


@unix_sockets
def test_a_stale_socket_file_is_no_window_and_does_not_block_a_new_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "new" / "crm.sqlite3"
    name = server_name(database)
    _stale_socket(name)
    assert hand_to_running_window(database, [VCARD], timeout_ms=2000).outcome is Handoff.NO_WINDOW
    previews = answer_previews(monkeypatch, qtbot)
    seen: dict[str, object] = {}

    def exec_until_imported() -> int:  # the event loop of the window run_gui made
        (window,) = (
            w
            for w in qapp.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w._db.path == database
        )
        qtbot.waitUntil(lambda: window.import_export.last_message is not None, timeout=30000)
        qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
        # The new window listens where the dead one's socket was.
        live = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            live.connect(name)
            seen["listening"] = True
        except OSError as error:
            seen["listening"] = error
        finally:
            live.close()
        message = window.import_export.last_message
        assert message is not None
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
    assert len(previews) == 1
    assert seen["listening"] is True
    assert not Path(name).exists()  # removed as the window closed


@unix_sockets
def test_a_window_that_does_not_answer_is_told_and_not_waited_for(db: Database) -> None:
    name = server_name(db.path)
    mute = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    mute.bind(name)
    mute.listen(1)  # accepts the connection, never answers
    try:
        result = hand_to_running_window(db.path, [VCARD], timeout_ms=300)
    finally:
        mute.close()
        Path(name).unlink()
    assert result.outcome is Handoff.FAILED
    assert "no answer" in result.reason


def test_the_server_name_is_per_database_and_private_to_the_user(tmp_path: Path) -> None:
    one, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert server_name(one) == server_name(one)
    assert server_name(one) != server_name(other)
    if sys.platform != "win32":
        assert len(server_name(one)) <= 100  # fits a socket address
