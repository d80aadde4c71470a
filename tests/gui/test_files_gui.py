"""Files on records in the window: a file dropped on the contact's card is attached and listed
in its Files section (name, size, date) and its timeline; removed and undone; opened with the
system's viewer through a private copy; saved elsewhere; a file over the limit refused with
a message naming it; the deal card's Files section."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.gui.files_section import FileActions, FilesSection
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.deal_card import DealCardView
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.attachments import FileOwner, OwnerKind
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.sales import DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal
from crm_desktop.services.files import record_files
from tests.gui.import_preview_driver import answer_previews
from tests.gui.message_boxes import boxes
from tests.paths import DATA

REPLY = DATA / "mail-rfc2822-reply-display-name-with-colon.eml"


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(db, [ContactDraft(given_name="Eleni", family_name="Papa")])
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    main._table.selectRow(0)
    qtbot.waitUntil(lambda: main._card.card.shown is not None, timeout=5000)
    yield main


def _section(window: MainWindow) -> FilesSection:
    section = window._card.findChild(FilesSection, "filesSection")
    assert isinstance(section, FilesSection)
    return section


def _mime(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def _drop_on(qtbot: QtBot, target: object, data: QMimeData) -> QDropEvent:
    """A drag entering ``target`` (a widget) and dropped there, as Qt delivers them."""
    point = QPointF(10, 10)
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, drop)  # type: ignore[arg-type]
    return drop


def _names(section: FilesSection) -> list[str]:
    return [section.tree.topLevelItem(i).text(0) for i in range(section.tree.topLevelItemCount())]


def test_a_file_dropped_on_the_card_is_attached_listed_and_removed_with_undo(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    contact = window._card.card.shown
    assert contact is not None
    offer = tmp_path / "offer <b>1<i>.pdf"
    offer.write_bytes(b"x" * 2048)
    section = _section(window)
    assert section.isVisible() and _names(section) == []
    data = _mime(offer)
    drop = _drop_on(qtbot, window._card.card.viewport(), data)
    assert drop.isAccepted()
    assert _names(section) == ["offer <b>1<i>.pdf"]  # plain text, as named
    item = section.tree.topLevelItem(0)
    assert item.text(1) == QLocale().formattedDataSize(
        2048, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )  # "2.0 KB" in English
    assert item.text(2) != ""
    owner = FileOwner(OwnerKind.CONTACT, contact.id)
    [kept] = record_files(db, owner)
    # The timeline shows it too, at the time it was attached.
    timeline = window._card.timeline
    qtbot.waitUntil(
        lambda: any(
            (i := timeline.model.item(row)) is not None and i.kind == "file"
            for row in range(timeline.model.rowCount())
        ),
        timeout=5000,
    )
    assert section.tree.isVisibleTo(section) and section.tree.maximumHeight() > 100
    section.tree.setCurrentItem(item)
    section.remove_selected()
    assert _names(section) == [] and record_files(db, owner) == ()
    window._undo.undo()
    assert _names(section) == ["offer <b>1<i>.pdf"]
    assert [f.id for f in record_files(db, owner)] == [kept.id]
    window._undo.undo()  # the attach itself: the file goes to the Trash
    assert _names(section) == [] and not section.tree.isVisibleTo(section)
    window._undo.redo()
    assert _names(section) == ["offer <b>1<i>.pdf"]
    # Delete on the file's line of the timeline removes it too (undoable).
    timeline.refresh()
    [row] = [r for r in range(timeline.model.rowCount()) if timeline.model.item(r).kind == "file"]
    timeline.list.setCurrentIndex(timeline.model.index(row))
    timeline._on_delete_triggered()
    assert _names(section) == [] and record_files(db, owner) == ()
    window._undo.undo()
    assert _names(section) == ["offer <b>1<i>.pdf"]


def test_email_files_dropped_on_the_card_go_on_to_the_window_which_imports_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImportDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted.value)
    answer_previews(monkeypatch, qtbot)
    mail = Path(shutil.copy(REPLY, tmp_path / "reply.eml"))
    data = _mime(mail)  # kept: the event does not own it
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        drop = _drop_on(qtbot, window._card.card.viewport(), data)
    assert drop.isAccepted()  # by the window
    assert done.args[0].imported == 1
    assert _names(_section(window)) == []


def test_the_attach_button_asks_for_files_and_a_file_too_large_is_told_by_name(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = boxes(monkeypatch)
    big, small = tmp_path / "big.iso", tmp_path / "small.txt"
    big.write_bytes(b"x" * 50)
    small.write_bytes(b"x")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(small), str(big)], ""))
    section = _section(window)
    section.file_actions.limit = 10  # 10 bytes: no 100 MB file written for the test
    section.attach_button.click()
    assert _names(section) == []  # all or nothing
    [text] = told.told[QMessageBox.Icon.Warning]
    limit = QLocale().formattedDataSize(10, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    assert text == (
        f"{big} is larger than {limit}, the most a file kept on a record may be. "
        "Nothing was attached."
    )


def test_open_writes_a_private_copy_for_the_viewer_and_save_as_writes_the_bytes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    plan = tmp_path / "plan.txt"
    plan.write_bytes(b"the plan")
    section = _section(window)
    assert section.attach([plan])
    [row] = section.rows
    menu = section.context_menu(row)
    qtbot.addWidget(menu)
    [open_action, save_action, remove_action] = [a for a in menu.actions() if a.text()]
    assert remove_action.text() == "&Remove"
    with qtbot.waitSignal(section.file_actions.file_opened, timeout=5000) as shown:
        open_action.trigger()
    copy = Path(shown.args[0])
    assert copy.read_bytes() == b"the plan" and opened == [QUrl.fromLocalFile(str(copy))]
    assert copy.stat().st_mode & 0o777 == 0o600
    assert copy.parent.stat().st_mode & 0o777 == 0o700
    target = tmp_path / "saved.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    save_action.trigger()
    assert target.read_bytes() == b"the plan"


def test_the_deal_card_lists_its_files_and_takes_a_drop(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    account = create_account(db, AccountDraft("Aegean Foods"))
    deal = create_deal(db, DealDraft("Olive oil", account, Decimal(100)))
    card = DealCardView()
    qtbot.addWidget(card)
    errors: list[object] = []
    section = card.add_files(FileActions(lambda: db, None, errors.append, card))
    assert section.isHidden()  # no deal shown, nothing to attach to
    card.show_deal(deal)
    terms = tmp_path / "terms.txt"
    terms.write_bytes(b"terms")
    data = _mime(terms)
    drop = _drop_on(qtbot, card, data)
    assert drop.isAccepted() and errors == []
    assert _names(section) == ["terms.txt"]
    assert [f.file_name for f in record_files(db, FileOwner(OwnerKind.DEAL, deal.id))] == [
        "terms.txt"
    ]


def test_a_file_is_attached_to_an_activity_from_its_timeline_line(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact = window._card.card.shown
    assert contact is not None
    call = create_activity(
        db, ActivityDraft("call", "Agreed the price", status="done", contact_ids=(contact.id,))
    )
    timeline = window._card.timeline
    timeline.refresh()
    item = timeline.model.item(0)
    assert item is not None and item.activity is not None
    minutes = tmp_path / "minutes.txt"
    minutes.write_bytes(b"minutes")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(minutes)], ""))
    menu = timeline.context_menu(item)
    qtbot.addWidget(menu)
    [attach] = [a for a in menu.actions() if a.text() == "Attach file…"]
    attach.trigger()
    owner = FileOwner(OwnerKind.ACTIVITY, call.id)
    assert [f.file_name for f in record_files(db, owner)] == ["minutes.txt"]
    qtbot.waitUntil(
        lambda: (i := timeline.model.item(0)) is not None and bool(i.files), timeout=5000
    )
