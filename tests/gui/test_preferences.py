"""Edit > Preferences: every setting it shows is kept and takes effect where the program
uses it (colours at once, the calendar, the sync timer, new deals' currency, new contacts'
keeping in touch, new activities' reminder, the region of phone numbers, how many automatic
backups are kept and where Back up now writes)."""

from __future__ import annotations

import argparse
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.app import start_or_recover
from crm_desktop.gui import theme as theme_module
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import local_moment
from crm_desktop.gui.backups_dialog import BackupsDialog
from crm_desktop.gui.calendars import CalendarChoice, chosen_calendar, forget_chosen_calendar
from crm_desktop.gui.colors import is_dark
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.deal_editor import DealEditor
from crm_desktop.gui.preferences_dialog import PreferencesDialog
from crm_desktop.gui.sync_dialog import SyncAccountsDialog
from crm_desktop.gui.theme import Theme, chosen_theme
from crm_desktop.gui.window_sync import interval_minutes
from crm_desktop.records.drafts import ContactDraft, PhoneValue
from crm_desktop.services.activities import get_activity
from crm_desktop.services.backups import backup_before, backup_now, backups_kept, list_backups
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.importing import import_files
from tests.gui.message_boxes import answer, told
from tests.paths import DATA

NOW = local_moment(date(2026, 12, 1), 8)


@pytest.fixture(autouse=True)
def _palette_and_calendar_restored(qapp: QApplication) -> Iterator[None]:
    palette, locale = qapp.palette(), QLocale()
    yield
    qapp.setPalette(palette)
    theme_module._system_palette = None
    QLocale.setDefault(locale)
    forget_chosen_calendar()


def _accept(qtbot: QtBot, db: Database | None, **values: object) -> PreferencesDialog:
    """Preferences opened, ``values`` set in its fields (by the field's name), OK."""
    dialog = PreferencesDialog(db=db)
    qtbot.addWidget(dialog)
    fields = dialog.fields
    for name, value in values.items():
        widget = getattr(fields, name)
        if hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        elif hasattr(widget, "setValue"):
            widget.setValue(value)
        else:
            widget.setText(value)
    dialog.accept()
    return dialog


def test_dark_colours_apply_at_once_and_the_systems_come_back(
    qtbot: QtBot, qapp: QApplication
) -> None:
    assert not is_dark()
    _accept(qtbot, None, theme=Theme.DARK.value)
    assert chosen_theme() is Theme.DARK
    assert is_dark()
    _accept(qtbot, None, theme=Theme.LIGHT.value)
    assert not is_dark()
    _accept(qtbot, None, theme=Theme.SYSTEM.value)
    assert not is_dark() and chosen_theme() is Theme.SYSTEM


def test_the_calendar_chosen_is_view_calendars_choice(qtbot: QtBot) -> None:
    _accept(qtbot, None, calendar=CalendarChoice.SOLAR_HIJRI.value)
    assert chosen_calendar() is CalendarChoice.SOLAR_HIJRI
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.fields.calendar.currentData() == CalendarChoice.SOLAR_HIJRI.value


def test_the_sync_interval_is_the_sync_dialogs_and_the_window_timer_follows(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=10000):
        window.show()

    def exec_(dialog: PreferencesDialog) -> int:
        dialog.fields.sync_interval.setValue(45)
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    window._on_preferences_triggered()
    assert interval_minutes() == 45
    assert window.syncing._timer.isActive() and window.syncing._timer.interval() == 45 * 60_000
    accounts = SyncAccountsDialog(db, window.syncing, window)
    qtbot.addWidget(accounts)
    assert accounts.interval.value() == 45
    window.close_database()


def test_new_deals_start_in_the_chosen_currency(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accept(qtbot, None, currency="CHF")
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=10000):
        window.show()
    shown: list[str] = []

    def exec_(editor: DealEditor) -> int:
        shown.append(editor.currency.currentText())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(DealEditor, "exec", exec_)
    window.sales.show_pipeline()
    window.sales.pipeline.create_deal()
    assert shown == ["CHF"]
    window.close_database()


def test_a_new_contact_starts_kept_in_touch_and_an_existing_one_keeps_its_own(
    qtbot: QtBot,
) -> None:
    _accept(qtbot, None, keep_in_touch=30)
    new = ContactEditor(None, [], [])
    qtbot.addWidget(new)
    assert new._ui.keepInTouch.value() == 30
    assert not new._typed_anything()  # Esc closes it without asking: nothing typed
    existing = ContactEditor(ContactDraft("Ana Puig"), [], [])
    qtbot.addWidget(existing)
    assert existing._ui.keepInTouch.value() == 0


def test_a_new_activity_starts_with_the_chosen_reminder(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accept(qtbot, None, reminder=15)
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = ActivityActions(db, holder, clock=lambda: NOW)

    def exec_(dialog: ActivityEditorDialog) -> int:
        assert dialog._ui.reminder.currentData() == 15  # shown to the user, who saves
        dialog._ui.subject.setText("Ring Ana")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    row = actions.new_activity("call")
    assert row is not None
    stored = get_activity(db, row.id)
    assert stored.start is not None and stored.reminder == stored.start - timedelta(minutes=15)


def test_phone_numbers_are_read_in_the_chosen_region_when_finding_duplicates(
    qtbot: QtBot, db: Database
) -> None:
    add_contacts(db, [
        ContactDraft("Eleni Papadopoulou", given_name="Eleni", family_name="Papadopoulou",
                     phones=(PhoneValue("210 555 0101"),)),
        ContactDraft("E. Papadopoulou", given_name="E.", family_name="Papadopoulou",
                     phones=(PhoneValue("+30 210 555 0101"),)),
    ])  # fmt: skip
    _accept(qtbot, None, region="GR")
    dialog = DuplicatesDialog(db, QUndoStack())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.found, timeout=10000):
        dialog.search()
    assert [set(group.ids) for group in dialog.groups()] == [{1, 2}]


def test_how_many_backups_are_kept_is_the_databases_and_rotation_follows_it(
    qtbot: QtBot, db: Database
) -> None:
    assert backups_kept(db) == 3
    _accept(qtbot, db, backups_kept=1)
    assert backups_kept(db) == 1
    again = PreferencesDialog(db=db)
    qtbot.addWidget(again)
    assert again.fields.backups_kept.value() == 1
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    for minute in range(3):
        add_contacts(db, [ContactDraft(f"Person {minute}")])
        backup_before(db, "before-import", now=start + timedelta(minutes=minute))
    assert len(list_backups(db.path)) == 1


def test_back_up_now_writes_into_the_chosen_folder(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig")])
    folder = tmp_path / "my backups"
    folder.mkdir()
    _accept(qtbot, db, backup_folder=str(folder))
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    said = told(monkeypatch, "information")
    with qtbot.waitSignal(dialog.task_ended, timeout=10000):
        dialog._ui.backUpNow.click()
    [made] = list(folder.iterdir())
    assert made.suffix == ".sqlite3" and said == []  # listed, and selected: nothing to say
    assert [b.path for b in dialog.backups] == [made] and dialog._selected() is not None


def test_the_chosen_folder_is_the_backups_folder_for_imports_rotation_and_restore(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig")])
    folder = tmp_path / "chosen" / "backups"  # missing: made, private
    _accept(qtbot, db, backup_folder=str(folder), backups_kept=1)
    summary = import_files(db, [DATA / "vcard21-quoted-printable-greek.vcf"])
    assert summary.imported >= 1
    [before_import] = list_backups(db.path, folder)
    assert before_import.reason == "before-import" and before_import.contacts == 1
    assert before_import.path.parent == folder and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list_backups(db.path) == ()  # nothing beside the database
    start = datetime(2030, 12, 1, 9, tzinfo=UTC)
    for minute in range(3):  # rotation keeps the newest 1 in the chosen folder
        add_contacts(db, [ContactDraft(f"Person {minute}")])
        backup_before(db, "before-import", now=start + timedelta(minutes=minute))
    kept = list_backups(db.path, folder)
    # The newest 1 of the three, and the import's (the newest of another day) are kept.
    assert [b.created_at for b in kept] == [start + timedelta(minutes=2), before_import.created_at]
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.backups == list(kept)
    answer(monkeypatch, QMessageBox.StandardButton.Ok)
    told(monkeypatch, "information")
    dialog.select_backup(0)
    with qtbot.waitSignal(dialog.task_ended, timeout=10000):
        dialog._ui.restore.click()
    restored = dialog._db
    try:
        assert restored is not db and restored.backups_folder == folder
        assert search_contacts(restored).total == kept[0].contacts
        reasons = [b.reason for b in list_backups(db.path, folder)]
        assert "before-restore" in reasons and list_backups(db.path) == ()
    finally:
        restored.close()


def test_a_damaged_database_at_start_is_offered_its_newest_backup_in_the_chosen_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "start" / "crm.sqlite3"
    folder = tmp_path / "chosen"
    _accept(qtbot, None, backup_folder=str(folder))
    with open_database(path, "en") as db:
        db.backups_folder = folder
        add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
        made = backup_now(db)
        add_contacts(db, [ContactDraft(f"Later {i}", note="x" * 3000) for i in range(50)])
    assert made.path.parent == folder and list_backups(path) == ()
    data = bytearray(path.read_bytes())
    for start in range(4096, len(data), 4096):  # every page after the first trampled
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    for sidecar in ("-wal", "-shm"):
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Ok)
    started = start_or_recover(argparse.Namespace(demo=False, db=str(path), command=None))
    assert started is not None
    restored, _temporary = started
    try:
        [offer] = asked
        assert "is damaged" in offer.text()
        assert search_contacts(restored).total == 2
        reasons = [b.reason for b in list_backups(path, folder)]
        assert reasons.count("manual") == 1 and list_backups(path) == ()
    finally:
        restored.close()
