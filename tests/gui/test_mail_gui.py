"""E-mails in the window: own addresses in Preferences, an e-mail file imported through the
window with its people offered as contacts, a file dropped on the window, and the files of
an e-mail on the timeline, opened by the system's viewer."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.contact_card import ContactPane
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.mail_people_dialog import MailPeopleDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.preferences_dialog import PreferencesDialog
from crm_desktop.gui.timeline_model import item_detail
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.activities import get_activity
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import import_files
from crm_desktop.services.mail import own_addresses
from tests.gui.import_preview_driver import answer_previews
from tests.paths import DATA

REPLY = DATA / "mail-rfc2822-reply-display-name-with-colon.eml"
NESTED = DATA / "mail-nested-multipart-three-attachments.eml"


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


@pytest.fixture(autouse=True)
def _import_answered(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(ImportDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted.value)
    answer_previews(monkeypatch, qtbot)


def test_preferences_keep_the_users_own_addresses_in_the_database(
    qtbot: QtBot, db: Database
) -> None:
    dialog = PreferencesDialog(None, db)
    qtbot.addWidget(dialog)
    dialog.set_own_addresses("jdoe@machine.example; John@Work.example")
    dialog.accept()
    assert own_addresses(db) == ("jdoe@machine.example", "John@Work.example")
    again = PreferencesDialog(None, db)
    qtbot.addWidget(again)
    assert again.own_addresses() == ["jdoe@machine.example", "John@Work.example"]


def test_the_people_of_an_imported_email_are_offered_and_added_as_contacts(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.import_export.ask_and_import([REPLY])
    dialog = window.import_export.people_dialog
    assert isinstance(dialog, MailPeopleDialog)
    assert [p.address for p in dialog.chosen()] == ["jdoe@machine.example", "smith@home.example"]
    dialog.set_ticked(0, False)  # John Doe is the user: not a contact
    dialog.accept()
    [mary_row] = search_contacts(db).rows
    mary = mary_row.id
    assert mary_row.name == "Mary Smith: Personal Account"
    [activity_id] = done.args[0].activity_ids
    assert get_activity(db, activity_id).contact_ids == (mary,)
    qtbot.waitUntil(lambda: window._model.rowCount() == 1, timeout=5000)


def test_an_email_file_dropped_on_the_window_is_imported(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    [john] = add_contacts(
        db, [ContactDraft("John Doe", emails=(EmailValue("jdoe@machine.example"),))]
    )
    dropped = shutil.copy(REPLY, tmp_path / "reply.eml")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.dropEvent(event)
    assert event.isAccepted()
    [activity_id] = done.args[0].activity_ids
    assert get_activity(db, activity_id).contact_ids == (john,)


def test_an_emails_files_are_on_the_timeline_and_open_in_the_system_viewer(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    [foo] = add_contacts(db, [ContactDraft("Foo", emails=(EmailValue("foo@example.com"),))])
    import_files(db, [NESTED])
    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.timeline.set_actions(ActivityActions(db, None))
    pane.show_card(get_contact(db, foo))
    item = pane.timeline.model.item(0)
    assert item is not None
    assert "Files: smime.p7s, test.pdf, test.rb" in item_detail(item).replace("\u2068", "").replace(
        "\u2069", ""
    )
    menu = pane.timeline.context_menu(item)
    qtbot.addWidget(menu)
    [open_pdf] = [a for a in menu.actions() if a.text() == "Open test.pdf"]
    with qtbot.waitSignal(pane.timeline.file_opened, timeout=5000) as shown:
        open_pdf.trigger()
    path = Path(shown.args[0])
    assert path.read_bytes() == b"blah blah blah"
    assert opened == [QUrl.fromLocalFile(str(path))]
    shutil.rmtree(path.parent)
