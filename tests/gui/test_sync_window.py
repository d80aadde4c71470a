"""Sync in the window, against a real Radicale server: Sync Now (F5) sends the contacts and
shows what came down; the status line says what happened; a wrong password is told and
changes nothing; the accounts dialog adds an account and settles a conflict."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.gui.contact_table_model import COLUMN_NAME
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.sync_dialog import AddSyncAccountDialog, SyncAccountsDialog
from crm_desktop.interop.webdav import DavClient
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services import sync
from crm_desktop.services.contact_edits import contact_draft, update_contact
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from tests.gui.message_boxes import boxes as watch_message_boxes
from tests.sync.radicale_server import PASSWORD, USER, Radicale


@pytest.fixture
def radicale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Radicale]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = Radicale(folder).start()
    yield server
    server.stop()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "crm.sqlite3", "en_GB")
    add_contacts(database, [ContactDraft("Eleni Papadopoulou", given_name="Eleni",
                                         family_name="Papadopoulou")])  # fmt: skip
    yield database
    database.close()


def _names(window: MainWindow) -> list[str]:
    model = window._model
    return [model.data(model.index(row, COLUMN_NAME)) for row in range(model.rowCount())]


def _open(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=10000):
        window.show()
    return window


def test_sync_now_sends_and_shows_what_came_down(
    qtbot: QtBot, db: Database, radicale: Radicale, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", PASSWORD)
    account, _ = sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)
    book = account.address_book_url
    assert book is not None
    reply = httpx.put(book + "jordi.vcf", auth=(USER, PASSWORD),
                      content=b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:jordi\r\nFN:Jordi Puig\r\n"
                              b"N:Puig;Jordi;;;\r\nEND:VCARD\r\n",
                      headers={"Content-Type": "text/vcard", "If-None-Match": "*"})  # fmt: skip
    assert reply.status_code == 201
    window = _open(qtbot, db)
    assert window.syncing.sync_now.shortcut().toString() == "F5"

    with qtbot.waitSignal(window.syncing.synced, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F5)

    qtbot.waitUntil(lambda: _names(window) == ["Eleni Papadopoulou", "Jordi Puig"], timeout=5000)
    assert "Synced at" in window.syncing.status.text()
    assert "1 sent, 1 received" in window.syncing.status.text()
    with DavClient(radicale.url, USER, PASSWORD) as client:
        texts = [t for _e, t in client.multiget(book, list(client.etags(book))).values()]
    assert any("Papadopoulou" in t for t in texts)


def test_a_wrong_password_is_told_and_changes_nothing(
    qtbot: QtBot, db: Database, radicale: Radicale, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = watch_message_boxes(monkeypatch)
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)
    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", "wrong")
    window = _open(qtbot, db)

    with qtbot.waitSignal(window.syncing.synced, timeout=30000):
        window.syncing.sync_now.trigger()

    assert "refused the user name or password" in window.syncing.status.text()
    assert any("refused" in text for texts in boxes.told.values() for text in texts)
    assert _names(window) == ["Eleni Papadopoulou"]


def test_the_accounts_dialog_adds_an_account_and_settles_a_conflict(
    qtbot: QtBot, db: Database, radicale: Radicale, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch_message_boxes(monkeypatch)
    window = _open(qtbot, db)

    def fill(dialog: AddSyncAccountDialog) -> int:
        dialog.name.setText("home")
        dialog.url.setText(radicale.url)
        dialog.username.setText(USER)
        dialog.password.setText(PASSWORD)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AddSyncAccountDialog, "exec", fill)
    dialog = SyncAccountsDialog(db, window.syncing, window)
    qtbot.addWidget(dialog)
    dialog.add_account()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "home"

    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", PASSWORD)
    sync.run_sync(db, "home")
    update_contact(db, 1, dataclasses.replace(contact_draft(db, 1), title="Director"))
    book = sync.sync_account(db, "home").address_book_url
    assert book is not None
    with DavClient(radicale.url, USER, PASSWORD) as client:
        [(href, (etag, text))] = client.multiget(book, list(client.etags(book))).items()
        client.put(href, text.replace("END:VCARD", "TITLE:Owner\r\nEND:VCARD"), "text/vcard",
                   etag)  # fmt: skip
    sync.run_sync(db, "home")
    dialog.reload()
    assert dialog.conflicts.rowCount() == 1
    assert dialog.conflicts.item(0, 1).text() == "title"

    dialog.conflicts.selectRow(0)
    dialog.keep_server.click()

    assert dialog.conflicts.rowCount() == 0
    assert contact_draft(db, 1).title == "Owner"
