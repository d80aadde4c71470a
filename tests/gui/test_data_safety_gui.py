"""Data safety in the window: File > Backups (list, back up now, restore, refused restore), a
damaged database at start, a database in a synced folder, and Edit > Empty Trash."""

from __future__ import annotations

import argparse
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.app import start_or_recover, warn_if_synced
from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.gui.backups_dialog import BackupsDialog
from crm_desktop.gui.contact_table_model import COLUMN_NAME
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.paths import backups_dir
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.services.account_edits import trash_accounts
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.backups import backup_now, list_backups
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.trash import trash_counts
from crm_desktop.store import database as store_database
from crm_desktop.store.database import Store
from tests.gui.message_boxes import answer as _answer
from tests.gui.message_boxes import told as _capture


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main
    main.close_database()


def _names(window: MainWindow) -> list[str]:
    model = window._model
    return [model.data(model.index(row, COLUMN_NAME)) for row in range(model.rowCount())]


def _in_dialog(
    monkeypatch: pytest.MonkeyPatch, act: Callable[[BackupsDialog], None]
) -> list[BackupsDialog]:
    """File > Backups opens the dialog, and ``act`` is what the user does in it."""
    opened: list[BackupsDialog] = []

    def exec_(dialog: BackupsDialog) -> int:
        opened.append(dialog)
        act(dialog)
        return 0

    monkeypatch.setattr(BackupsDialog, "exec", exec_)
    return opened


# ---- File > Backups ------------------------------------------------------------------------


def test_the_backups_dialog_lists_the_backups_with_date_size_and_contacts(
    qtbot: QtBot, db: Database
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    older = backup_now(db)
    add_contacts(db, [ContactDraft("Joan Vila")])
    newer = backup_now(db)
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    tree = dialog._ui.backups
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first is not None and second is not None
    locale = QLocale()
    moment = QDateTime.fromMSecsSinceEpoch(round(newer.created_at.timestamp() * 1000))
    assert first.text(0) == locale.toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
    assert first.text(1) == locale.formattedDataSize(newer.size)
    assert (first.text(2), second.text(2)) == ("3", "2")
    assert first.text(3) == "Made by you"
    assert [b.path for b in dialog.backups] == [newer.path, older.path]
    assert dialog._ui.restore.isEnabled() and dialog._ui.empty.isHidden()


def test_with_no_backup_the_dialog_says_so_and_restore_is_off(qtbot: QtBot, db: Database) -> None:
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog._ui.backups.topLevelItemCount() == 0
    assert not dialog._ui.empty.isHidden() and not dialog._ui.restore.isEnabled()


def test_back_up_now_adds_a_backup_to_the_list(qtbot: QtBot, db: Database) -> None:
    add_contacts(db, [ContactDraft("Ana Puig")])
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.task_ended, timeout=10000):
        dialog._ui.backUpNow.click()
    [made] = list_backups(db.path)
    assert made.reason == "manual" and made.contacts == 1
    assert dialog._ui.backups.topLevelItemCount() == 1
    assert dialog.backups == [made]
    assert dialog._ui.backUpNow.isEnabled()


def test_restoring_a_backup_replaces_what_the_window_shows(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backup_now(db)
    add_contacts(db, [ContactDraft("Joan Vila")])
    window._refresh("")
    assert _names(window) == ["Ana Puig", "Joan Vila", "Pau Serra"]
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    told = _capture(monkeypatch, "information")

    held: list[bool] = []

    def restore(dialog: BackupsDialog) -> None:
        row = next(i for i, b in enumerate(dialog.backups) if b.path == backup.path)
        dialog.select_backup(row)
        with qtbot.waitSignal(dialog.task_ended, timeout=10000):
            dialog._ui.restore.click()
            held.append(not window.updatesEnabled())  # no reads while the file is swapped

    _in_dialog(monkeypatch, restore)
    window._actions["backups"].trigger()
    [question] = asked
    assert re.search(r"\(2 contact(s|\(s\))\)\?", question.text())
    assert "backed up first" in question.text()
    assert _names(window) == ["Ana Puig", "Pau Serra"]
    assert window._db is not db and search_contacts(window._db).total == 2
    assert len(told) == 1 and "now holds the backup" in told[0]
    # The database as it was is itself a backup now, holding Joan.
    before = [b for b in list_backups(window._db.path) if b.reason == "before-restore"]
    assert len(before) == 1 and before[0].contacts == 3
    assert held == [True] and window.updatesEnabled()
    assert not window._undo.canUndo()


def test_cancelling_the_restore_question_changes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_now(db)
    add_contacts(db, [ContactDraft("Joan Vila")])
    window._refresh("")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _in_dialog(monkeypatch, lambda dialog: dialog._ui.restore.click())
    window._actions["backups"].trigger()
    assert len(asked) == 1
    assert window._db is db and search_contacts(db).total == 3
    assert _names(window) == ["Ana Puig", "Joan Vila", "Pau Serra"]


def test_restoring_from_a_file_elsewhere_checks_it_then_replaces_the_data(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "usb stick" / "crm copy.sqlite3"
    elsewhere.parent.mkdir()
    backup_now(db, elsewhere)
    add_contacts(db, [ContactDraft("Joan Vila")])
    window._refresh("")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    _capture(monkeypatch, "information")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(elsewhere), ""))

    def restore(dialog: BackupsDialog) -> None:
        with qtbot.waitSignal(dialog.task_ended, timeout=10000):
            dialog._ui.restoreFromFile.click()

    _in_dialog(monkeypatch, restore)
    window._actions["backups"].trigger()
    assert len(asked) == 1 and re.search(r"\(2 contact(s|\(s\))\)", asked[0].text())
    assert _names(window) == ["Ana Puig", "Pau Serra"]
    assert elsewhere.is_file()  # a file restored from is only read


def test_a_file_that_is_not_a_database_is_refused_before_any_question(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    warned = _capture(monkeypatch, "warning")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(notes), ""))
    _in_dialog(monkeypatch, lambda dialog: dialog._ui.restoreFromFile.click())
    window._actions["backups"].trigger()
    assert asked == []
    [text] = warned
    assert str(notes) in text and "is not a CRM Desktop database" in text
    assert window._db is db and _names(window) == ["Ana Puig", "Pau Serra"]


def _newer_version_copy(db: Database, target: Path) -> None:
    backup_now(db, target)
    with sqlite3.connect(target) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (
            lambda _db, path: path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8),
            "is not a CRM Desktop database, so it cannot be restored",
        ),
        (_newer_version_copy, "was written by a newer CRM Desktop, so this version cannot"),
        (
            lambda db, path: (backup_now(db, path), path.write_bytes(path.read_bytes()[:6000])),
            "cannot be restored",
        ),
    ],
    ids=["not-a-database", "newer-version", "truncated"],
)
def test_a_refused_restore_shows_why_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Database, Path], object],
    says: str,
) -> None:
    folder = backups_dir(db.path)
    folder.mkdir(exist_ok=True)
    bad = folder / f"{db.path.stem}-20990101T000000000000Z-manual.sqlite3"  # listed first
    make(db, bad)
    _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    warned = _capture(monkeypatch, "warning")

    def restore(dialog: BackupsDialog) -> None:
        assert dialog.backups[0].path == bad
        dialog.select_backup(0)
        with qtbot.waitSignal(dialog.task_ended, timeout=10000):
            dialog._ui.restore.click()

    _in_dialog(monkeypatch, restore)
    window._actions["backups"].trigger()
    [text] = warned
    assert says in text and str(bad) in text and "Nothing was changed" in text
    assert window._db is db and search_contacts(db).total == 2
    assert _names(window) == ["Ana Puig", "Pau Serra"]
    assert not [b for b in list_backups(db.path) if b.reason == "before-restore"]


def test_a_daily_backup_that_failed_at_start_is_told(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w" / "crm.sqlite3"
    with open_database(path, "en") as first:
        add_contacts(first, [ContactDraft("Ana Puig")])
    assert not backups_dir(path).exists()  # a new database: nothing to back up yet
    backups_dir(path).write_text("a file where the backups folder goes\n", encoding="utf-8")
    warned = _capture(monkeypatch, "warning")
    db = open_database(path, "en")
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitUntil(lambda: len(warned) == 1, timeout=10000)  # the daily backup runs after
    main.close_database()
    [text] = warned
    assert "could not be written" in text and _names(main) == ["Ana Puig"]


def test_damage_found_while_working_opens_the_backups_at_the_newest_sound_one(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup_now(db)
    add_contacts(db, [ContactDraft("Joan Vila")])
    broken = backups_dir(db.path) / f"{db.path.stem}-20990101T000000000000Z-manual.sqlite3"
    broken.write_bytes(good.path.read_bytes()[:6000])  # the newest backup, but cut short
    window._refresh("")
    warned = _capture(monkeypatch, "warning")
    _capture(monkeypatch, "information")
    _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    seen: list[tuple[Path, str]] = []

    def restore(dialog: BackupsDialog) -> None:
        selected = dialog._selected()
        assert selected is not None
        seen.append((selected.path, dialog._ui.intro.text()))
        with qtbot.waitSignal(dialog.task_ended, timeout=10000):
            dialog._ui.restore.click()

    opened = _in_dialog(monkeypatch, restore)
    # What a query raises when it meets a damaged page:
    damage = DatabaseError(DatabaseProblem.CORRUPT, db.path, "database disk image is malformed")
    window.show_error(damage)
    window.show_error(damage)  # every later read fails too: the backups are offered once
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert len(warned) == 2 and "is damaged" in warned[0]
    [(path, intro)] = seen
    assert path == good.path and "is damaged" in intro
    assert _names(window) == ["Ana Puig", "Pau Serra"]
    assert len(opened) == 1


# ---- start-up --------------------------------------------------------------------------------


def _damaged_database(tmp_path: Path, from_page: int | None = 1) -> Path:
    """A database with two contacts and a good backup, then 50 more contacts with long notes,
    then damaged: the header of every page from ``from_page`` on trampled (None: from the
    page after the contacts table's last, on: the search index's pages, which the first
    screen does not read but ``quick_check`` does; where that is moves with the schema)."""
    path = tmp_path / "start" / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
        backup_now(db)
        add_contacts(db, [ContactDraft(f"Later {i}", note="x" * 3000) for i in range(50)])
    if from_page is None:
        with sqlite3.connect(path) as raw:
            [(last,)] = raw.execute("SELECT max(pageno) FROM dbstat WHERE name = 'contacts'")
        raw.close()
        from_page = last + 1
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > from_page * page
    for start in range(from_page * page, len(data), page):
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    for sidecar in ("-wal", "-shm"):
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    return path


def test_a_damaged_database_at_start_is_offered_its_newest_backup(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _damaged_database(tmp_path)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    started = start_or_recover(argparse.Namespace(demo=False, db=str(path), command=None))
    assert started is not None
    db, temporary = started
    assert isinstance(db, Database) and db.writer_open and temporary is None
    try:
        [offer] = asked
        assert "is damaged" in offer.text() and str(path) in offer.text()
        assert re.search(r"holds 2 contact(s|\(s\))\.", offer.text())
        assert search_contacts(db).total == 2
    finally:
        db.close()


def test_quitting_at_the_damaged_database_dialog_leaves_the_file_as_it_was(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _damaged_database(tmp_path)
    before = path.read_bytes()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Close)
    assert start_or_recover(argparse.Namespace(demo=False, db=str(path), command=None)) is None
    assert len(asked) == 1 and path.read_bytes() == before
    assert len(list_backups(path)) == 1


def test_a_damaged_database_without_a_backup_is_left_alone_with_a_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _damaged_database(tmp_path)
    for backup in list_backups(path):
        backup.path.unlink()
    before = path.read_bytes()
    said = _capture(monkeypatch, "critical")
    assert start_or_recover(argparse.Namespace(demo=False, db=str(path), command=None)) is None
    [text] = said
    assert "No backup of it was found" in text and path.read_bytes() == before


def test_a_database_found_damaged_after_the_first_screen_is_offered_its_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _damaged_database(tmp_path, from_page=None)
    db = open_database(path, "en", writer_later=True)
    assert not db.writer_open  # the reader of the first screen still works
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    main = MainWindow(db)
    qtbot.addWidget(main)
    assert len(_names(main)) == 52
    with qtbot.waitSignal(main.started, timeout=10000):
        main.show()
    try:
        [offer] = asked
        assert "is damaged" in offer.text()
        assert _names(main) == ["Ana Puig", "Pau Serra"]
        assert search_contacts(main._db).total == 2
    finally:
        main.close_database()


def test_quitting_when_the_database_is_found_damaged_after_the_first_screen_closes_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _damaged_database(tmp_path, from_page=None)
    before = path.read_bytes()
    db = open_database(path, "en", writer_later=True)
    _answer(monkeypatch, QMessageBox.StandardButton.Close)
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=10000)
    main.close_database()
    assert path.read_bytes() == before


def test_a_database_in_a_synced_folder_gets_a_warning_until_told_not_to(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path.home() / "Dropbox" / "crm.sqlite3"
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        checkbox = box.checkBox()
        assert checkbox is not None and "show this again" in checkbox.text()
        checkbox.setChecked(len(asked) == 2)  # the second time, "don't show this again"
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    warn_if_synced(path, None)
    assert len(asked) == 1 and "Dropbox" in asked[0] and str(path) in asked[0]
    warn_if_synced(path, None)  # the next start: still warned, and ticks the box
    warn_if_synced(path, None)  # and the start after that: not any more
    assert len(asked) == 2
    warn_if_synced(tmp_path / "elsewhere" / "crm.sqlite3", None)  # not synced: no warning
    assert len(asked) == 2


# ---- Empty Trash --------------------------------------------------------------------------------


def _fill_trash(window: MainWindow, db: Database) -> None:
    [joan] = add_contacts(db, [ContactDraft("Joan Vila", accounts=(AccountLinkDraft("Cal Pep"),))])
    trash_contacts(db, [joan, *(r.id for r in search_contacts(db, "ana").rows)])
    trash_accounts(db, [account_rows(db, trashed=False)[0].id])
    window._refresh_navigation()
    window._refresh("")


def test_empty_trash_names_what_goes_and_deletes_it_for_good(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_trash(window, db)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    window.show_trash()
    assert window._actions["empty_trash"].isVisible()
    window._actions["empty_trash"].trigger()
    [question] = asked
    # (English plurals come from crm_desktop_en.qm, which these tests do not install)
    assert re.search(r"Permanently delete the 3 item(s|\(s\)) in the Trash\?", question.text())
    assert re.search(r"\b2 contact(s|\(s\)), 1 account(\(s\))?\n", question.text())
    assert trash_counts(db).total == 0 and search_contacts(db).total == 1
    assert _names(window) == []  # the Trash view, now empty
    window.wait_for_daily_backup()
    reasons = [b.reason for b in list_backups(db.path)]
    assert [r for r in reasons if r != "daily"] == ["before-empty-trash"]


def test_cancelling_empty_trash_keeps_everything_restorable(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_trash(window, db)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.show_trash()
    window._actions["empty_trash"].trigger()
    assert len(asked) == 1
    counts = trash_counts(db)
    assert (counts.contacts, counts.accounts) == (2, 1)
    assert _names(window) == ["Ana Puig", "Joan Vila"]
    window.select_row(0)
    window._actions["restore"].trigger()  # still restorable
    assert trash_counts(db).contacts == 1


def test_empty_trash_on_an_empty_trash_just_says_so(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    told = _capture(monkeypatch, "information")
    window._actions["empty_trash"].trigger()
    assert asked == [] and told == ["The Trash is already empty."]
    assert search_contacts(db).total == 2


def test_the_daily_backup_is_taken_off_the_gui_thread_once_the_window_shows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from crm_desktop.app import open_database as open_for_window

    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as first:
        add_contacts(first, [ContactDraft("Ana Puig")])
    db = open_for_window(path, "en")
    assert list_backups(path) == ()  # the open itself took none: the window will
    main = MainWindow(db)
    qtbot.addWidget(main)
    try:
        with qtbot.waitSignal(main.started, timeout=5000):
            main.show()
        qtbot.waitUntil(lambda: len(list_backups(path)) == 1, timeout=10000)
        [daily] = list_backups(path)
        assert daily.reason == "daily" and daily.contacts == 1
    finally:
        main.close_database()


def test_a_database_that_cannot_be_opened_after_the_first_screen_closes_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as first:
        add_contacts(first, [ContactDraft("Ana Puig")])
    db = open_database(path, "en", writer_later=True)
    said = _capture(monkeypatch, "warning")

    def read_only(*_args: object) -> Store:
        raise DatabaseError(DatabaseProblem.READ_ONLY, path, "attempt to write a readonly database")

    monkeypatch.setattr(store_database, "open_store", read_only)
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=10000)  # no window without its data
    main.close_database()
    assert len(said) == 1


def test_reminders_and_painting_wait_while_a_restore_replaces_the_file(
    qtbot: QtBot, window: MainWindow
) -> None:
    reminders = window.schedule.reminders
    assert reminders._timer.isActive()
    window.hold_for_restore(True)
    assert not reminders._timer.isActive() and not window.updatesEnabled()
    window.hold_for_restore(False)
    assert reminders._timer.isActive() and window.updatesEnabled()
