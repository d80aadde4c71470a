"""The windows and dialogs that show data, holding records whose every text is markup: no
label, tool tip or list under them reads it as rich text (``widget_problems``), and what
the user reads is the characters of the data. Message boxes that quote data (errors, the
"Unexpected error" boxes, confirmations) are plain text."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.errors import DatabaseError, DatabaseProblem, InvalidValueError
from crm_desktop.gui.about_dialog import AboutDialog
from crm_desktop.gui.account_card import AccountCardView
from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.backups_dialog import BackupsDialog
from crm_desktop.gui.banner import Banner
from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.confirm import confirm
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.error_text import error_text, show_error
from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.reminders import ReminderNotifier
from crm_desktop.gui.trash_dialog import TrashDialog
from crm_desktop.records.activities import Due
from crm_desktop.records.importing import DuplicatePolicy, ImportSummary
from crm_desktop.services.accounts import get_account
from crm_desktop.services.activities import get_activity
from crm_desktop.services.backups import backup_now
from crm_desktop.services.cancel import CancelToken
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.importing import csv_preview, import_files
from tests.gui.markup_data import (
    Planted,
    labels_showing,
    marked,
    plant,
    vcard_with_markup,
    widget_problems,
)
from tests.gui.message_boxes import boxes


@pytest.fixture
def planted(db: Database) -> Planted:
    return plant(db)


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget, timeout=5000)
    return widget


def _form_label(label: QLabel) -> QLabel | None:
    """The row label a form shows beside ``label`` (a card's "Email", a custom field's)."""
    parent = label.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field is not None and field.widget() is label:
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                shown = item.widget() if item is not None else None
                return shown if isinstance(shown, QLabel) else None
    return None


# ---- the cards ---------------------------------------------------------------------------


def test_the_contact_card_shows_every_field_of_markup_as_its_characters(
    qtbot: QtBot, db: Database, planted: Planted, tmp_path: Path
) -> None:
    view = ContactCardView()
    view.show_card(get_contact(db, planted.contact))
    _shown(qtbot, view)
    assert widget_problems(view) == []
    [name] = labels_showing(view, marked("one-name"))
    assert name.textFormat() == Qt.TextFormat.PlainText and name.text() == marked("one-name")
    for field in ("one-field-label", "one-address-label", "one-field", "one-street", "one-note"):
        [label] = labels_showing(view, marked(field))
        assert label.textFormat() == Qt.TextFormat.PlainText, field
    [value] = labels_showing(view, marked("one-field"))
    row_label = _form_label(value)
    assert row_label is not None and row_label.text() == marked("one-field-label")
    [job] = labels_showing(view, "one-job")
    assert job.textFormat() == Qt.TextFormat.PlainText
    # The account's link is rich text (a link), its name escaped in it: "<b>" shown as such.
    [account] = [label for label in view.findChildren(QLabel) if "account:" in label.text()]
    assert account.textFormat() == Qt.TextFormat.RichText
    # (zero-width spaces let a long name wrap after "/" and dots: not part of what it says)
    assert "&lt;b&gt;account&lt;/b&gt;" in account.text().replace("\u200b", "")
    # Seen: a name made of markup is a line of text, not a 30,000 pixel image.
    shot = view.grab()
    assert shot.save(str(tmp_path / "card.png"))
    assert name.sizeHint().height() < 200 and shot.height() <= 700


def test_the_account_card_shows_its_name_and_contacts_as_their_characters(
    qtbot: QtBot, db: Database, planted: Planted
) -> None:
    view = AccountCardView()
    view.show_card(get_account(db, planted.account))
    _shown(qtbot, view)
    assert widget_problems(view) == []
    [name] = labels_showing(view, marked("account"))
    assert name.textFormat() == Qt.TextFormat.PlainText
    links = [label for label in view.findChildren(QLabel) if "contact:" in label.text()]
    assert links and all("&lt;img" in link.text() for link in links)


# ---- the window ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, db: Database, planted: Planted) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main
    main.close_database()


def test_the_window_with_a_contact_of_markup_selected_reads_none_as_rich_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_row(0)  # the card, its timeline, the list's tool tips
    qtbot.waitUntil(lambda: bool(labels_showing(window, marked("one-name"))), timeout=5000)
    assert window.windowTitle().endswith(" — CRM Desktop")
    assert widget_problems(window) == []


def test_the_activities_view_reads_no_subject_as_rich_text(
    qtbot: QtBot, db: Database, planted: Planted
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    # The planted task is due in two hours: the view's day is that one (after 22:00 the
    # task fell on tomorrow, and the Today list was empty).
    actions = ActivityActions(db, holder, clock=lambda: datetime.now(UTC) + timedelta(hours=2))
    view = ActivitiesView(actions, holder)
    _shown(qtbot, holder)
    view.set_due(Due.ALL)  # the planted task is due in two hours: tomorrow after 22:00
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    assert widget_problems(holder) == []


# ---- dialogs -----------------------------------------------------------------------------


def test_the_duplicates_window_shows_names_and_choices_of_markup_as_characters(
    qtbot: QtBot, db: Database, planted: Planted
) -> None:
    undo = QUndoStack()
    dialog = DuplicatesDialog(db, undo)
    _shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.found, timeout=10000):
        dialog.search()
    assert len(dialog.groups()) == 1
    dialog.select_group(0)
    assert dialog.choice().rowCount() > 0
    assert widget_problems(dialog) == []
    keep = dialog._ui.keep
    assert marked("one-name") in keep.itemText(0)  # a combo box shows characters
    undo.clear()


def test_the_unexpected_error_of_a_duplicates_search_is_told_in_plain_text(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = boxes(monkeypatch)
    undo = QUndoStack()
    dialog = DuplicatesDialog(db, undo)
    qtbot.addWidget(dialog)
    dialog._on_task_failed(ValueError(marked("exception")))
    [box] = watched.all
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert marked("exception") in box.text()
    assert widget_problems(box) == []


def test_the_import_preview_shows_cards_of_markup_as_characters(
    qtbot: QtBot, db: Database, planted: Planted, tmp_path: Path
) -> None:
    card = vcard_with_markup(tmp_path)

    def preview(policy: DuplicatePolicy, progress: object, cancel: CancelToken) -> ImportSummary:
        return import_files(db, [card], duplicates=policy, dry_run=True, cancel=cancel)

    dialog = ImportPreviewDialog(preview, DuplicatePolicy.MERGE)
    _shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.summary is not None and not dialog.running, timeout=20000)
    assert dialog.summary is not None
    assert dialog.summary.merges or dialog.summary.possible_duplicates
    assert widget_problems(dialog) == []


def test_the_column_mapping_dialog_shows_a_csv_of_markup_as_characters(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "<b>file.csv"  # (no "/" in a file's name)
    header, value = marked("header"), marked("first-value")
    source.write_text(f'"{header}",Email\r\n"{value}",a@example.com\r\n', encoding="utf-8")
    preview = csv_preview(source)
    assert preview is not None
    dialog = ColumnMappingDialog(source.name, preview)
    _shown(qtbot, dialog)
    assert widget_problems(dialog) == []
    [explanation] = labels_showing(dialog, "<b>file.csv")
    assert explanation.textFormat() == Qt.TextFormat.PlainText


def test_the_trash_window_shows_names_and_notes_of_markup_as_characters(
    qtbot: QtBot, db: Database, planted: Planted
) -> None:
    dialog = TrashDialog(db)
    _shown(qtbot, dialog)
    assert len(dialog.shown()) == 3
    assert widget_problems(dialog) == []


def test_the_backups_window_of_a_database_in_a_folder_named_with_markup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / '<img src="f.png" width=30000 height=30000>'
    with open_database(folder / "crm.sqlite3", "en") as db:
        plant(db)
        backup_now(db)
        dialog = BackupsDialog(db)
        _shown(qtbot, dialog)
        item = dialog._ui.backups.topLevelItem(0)
        assert item is not None and "&lt;img" in item.toolTip(0)
        assert widget_problems(dialog) == []
        dialog.close()


def test_the_about_box_shows_a_database_path_of_markup_as_characters(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "<b>folder" / "crm.sqlite3"
    dialog = AboutDialog(path)
    _shown(qtbot, dialog)
    assert widget_problems(dialog) == []
    [label] = labels_showing(dialog, "<b>folder")
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_marking_an_activity_of_markup_done_names_it_in_plain_text(
    qtbot: QtBot, db: Database, planted: Planted
) -> None:
    row = get_activity(db, planted.activity)
    dialog = CompleteDialog(row.kind, row.subject)
    _shown(qtbot, dialog)
    [heading] = labels_showing(dialog, marked("subject"))
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert widget_problems(dialog) == []


# ---- message boxes and notices ---------------------------------------------------------


def test_an_error_quoting_a_value_of_markup_is_told_in_plain_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = boxes(monkeypatch)
    show_error(None, InvalidValueError("birthday", marked("typed"), "a date"))
    [box] = watched.all
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert marked("typed") in box.text()
    assert widget_problems(box) == []


def test_a_confirmation_quoting_data_is_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = boxes(monkeypatch)
    assert confirm(None, "Delete", f"Delete {marked('name')}?", "&Delete")
    [box] = watched.questions
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert widget_problems(box) == []


def test_the_unexpected_error_of_an_import_is_told_in_plain_text(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = boxes(monkeypatch)
    window.import_export._on_task_failed(RuntimeError(marked("exception")))
    [box] = watched.all
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"RuntimeError: {marked('exception')}" in box.text()
    assert widget_problems(box) == []


def test_a_reminder_of_markup_is_plain_in_the_banner_and_tagless_in_a_notification(
    qtbot: QtBot, db: Database, planted: Planted, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = get_activity(db, planted.activity)
    banner = Banner()
    qtbot.addWidget(banner)
    sent: list[str] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _tray, _title, text, *_rest: sent.append(text)
    )
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda _tray: None)
    tray = QSystemTrayIcon()
    for available in (False, True):  # the banner where there is no tray, else the tray
        notifier = ReminderNotifier(
            lambda _after, _until: [row],
            lambda: planted.now,
            banner,
            tray=tray,
            tray_available=lambda available=available: available,
        )
        notifier.start()
        notifier._since = planted.now - timedelta(minutes=1)
        assert notifier.check() == [row]
    assert marked("subject") in banner.lines()[0]
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert widget_problems(banner) == []
    [text] = sent
    if sys.platform in ("win32", "darwin"):  # the system shows it as plain text
        assert marked("subject") in text
    else:  # a D-Bus notification server may read tags: none can open
        assert "<" not in text and ">" not in text
        assert "\uff1cb\uff1esubject\uff1c/b\uff1e" in text  # still readable


# ---- no way around it --------------------------------------------------------------------

_GUESSING = re.compile(
    r"QMessageBox\.(warning|critical|information|question|about)\(|setHtml\(|QTextBrowser"
    r"|QInputDialog\.get|\.addRow\(\s*(self\.tr\(|[a-z_]+\s*,)"
)


def test_no_gui_code_shows_text_through_a_call_that_guesses_its_format() -> None:
    """``QMessageBox.warning()`` and its kin, ``QInputDialog.getText()``'s label, a form row
    made from a string: each guesses the format and cannot be told otherwise; the GUI uses
    ``plain_text`` instead (``message_box``, ``tell``, ``add_form_row``)."""
    root = Path(__file__).resolve().parents[2] / "crm_desktop"
    # printing.py hands QTextDocument the page it built as HTML, every value escaped
    # (test_printing: a name of markup prints as its characters).
    found = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in [*root.joinpath("gui").rglob("*.py"), root / "app.py"]
        if path.name not in ("plain_text.py", "printing.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _GUESSING.search(line)
    ]
    assert found == []


def test_a_place_another_user_could_tamper_with_is_told_with_what_to_do() -> None:
    lock = "/srv/shared/crm.sqlite3.lock"
    error = DatabaseError(
        DatabaseProblem.UNSAFE, Path("/srv/shared/crm.sqlite3"), f"its lock file {lock} is a link"
    )
    text = error_text(error)
    assert "/srv/shared/crm.sqlite3 was not used" in text
    assert f"({lock} is a link" not in text and f"its lock file {lock} is a link" in text
    assert "Keep the database in a folder only you can write to." in text
