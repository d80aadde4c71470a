"""File > Import and File > Export, driven through the window (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.gui.bidi import LeftToRightDelegate
from crm_desktop.gui.export_dialog import ExportDialog, ExportScope
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.importing import DuplicatePolicy, ImportSummary
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.exporting import export_vcards
from crm_desktop.services.sample_data import generate_contacts
from tests.gui.import_preview_driver import answer_previews
from tests.gui.message_boxes import told
from tests.paths import DATA


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _accept_with(
    monkeypatch: pytest.MonkeyPatch, choose: str = "merge", strict: bool = False
) -> None:
    def exec_(dialog: ImportDialog) -> int:
        getattr(dialog._ui, choose).setChecked(True)
        dialog._ui.strict.setChecked(strict)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ImportDialog, "exec", exec_)


@pytest.fixture(autouse=True)
def _previews_answered(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    """The import's preview, once its dry run is done, is answered with Import."""
    answer_previews(monkeypatch, qtbot)


def test_the_import_dialog_returns_the_users_choices(qtbot: QtBot) -> None:
    dialog = ImportDialog([DATA / "vcard30-utf16le-bom.vcf"])
    qtbot.addWidget(dialog)
    assert dialog.duplicates is DuplicatePolicy.MERGE and not dialog.strict
    assert dialog.encoding is None  # detected unless the user says otherwise
    dialog._ui.skip.setChecked(True)
    dialog._ui.strict.setChecked(True)
    dialog._ui.encoding.setCurrentIndex(dialog._ui.encoding.findData("cp1253"))
    assert (dialog.duplicates, dialog.strict, dialog.encoding) == (
        DuplicatePolicy.SKIP,
        True,
        "cp1253",
    )
    assert dialog._ui.files.count() == 1
    assert isinstance(dialog._ui.files.itemDelegateForColumn(0), LeftToRightDelegate)  # a path


def test_importing_through_the_window_fills_the_list_and_reports(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accept_with(monkeypatch)
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.import_export.ask_and_import([DATA / "vcard30-broken-card-between-good.vcf"])
    summary = done.args[0]
    assert isinstance(summary, ImportSummary)
    assert (summary.imported, summary.failed) == (2, 1)
    assert window._model.rowCount() == 2
    box = window.import_export.last_message
    assert box is not None and "Imported 2" in box.text()
    assert "line 9" in box.detailedText()
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)


def test_a_strict_import_that_fails_shows_the_error_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = told(monkeypatch, "warning")
    _accept_with(monkeypatch, strict=True)
    with qtbot.waitSignal(window.import_export.task_ended, timeout=20000):
        window.import_export.ask_and_import([DATA / "vcard30-broken-card-between-good.vcf"])
    assert shown and "vcard30-broken-card-between-good.vcf" in shown[0]
    assert search_contacts(db).total == 0


def test_cancelling_an_import_leaves_the_database_as_it_was(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contacts(db, [ContactDraft(formatted_name="Already Here")])
    with open_database(tmp_path / "other.sqlite3", "en") as other:
        add_contacts(other, generate_contacts(3000))
        export_vcards(other, tmp_path / "big.vcf", ordered_contact_ids(other), with_accounts=False)
    said = told(monkeypatch, "information")
    _accept_with(monkeypatch)
    with qtbot.waitSignal(window.import_export.task_ended, timeout=30000):
        window.import_export.ask_and_import([tmp_path / "big.vcf"])
        window.import_export.cancel_task()  # what the progress dialog's Cancel button does
    assert said == ["Cancelled: nothing was changed."]
    assert [row.name for row in search_contacts(db).rows] == ["Already Here"]


def test_exporting_the_selection_writes_only_those_contacts(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    add_contacts(
        db, [ContactDraft(formatted_name=name) for name in ("Ana Puig", "Pau Serra", "Joan Vila")]
    )
    window._refresh("")
    window.select_row(1)
    target = tmp_path / "chosen.vcf"
    with qtbot.waitSignal(window.import_export.exported, timeout=20000) as done:
        window.import_export.export_to(target, ExportScope.SELECTION, "4.0", with_accounts=False)
    assert done.args == [1]
    [card] = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert card.fn.value == window._model.data(window._model.index(1, 0))
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)


def test_the_export_dialog_offers_selection_only_when_there_is_one(qtbot: QtBot) -> None:
    dialog = ExportDialog(selected=0, shown=12)
    qtbot.addWidget(dialog)
    assert not dialog._ui.selection.isEnabled()
    assert "12" in dialog._ui.searchResult.text()
    dialog._ui.format.setCurrentIndex(dialog._ui.format.findData("2.1"))
    dialog._ui.searchResult.setChecked(True)
    assert (dialog.scope, dialog.version, dialog.with_accounts) == (
        ExportScope.SEARCH_RESULT,
        "2.1",
        False,
    )


def test_exporting_outlook_csv_from_the_window(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig", given_name="Ana", family_name="Puig")])
    window._refresh("")
    target = tmp_path / "contacts.csv"
    with qtbot.waitSignal(window.import_export.exported, timeout=20000) as done:
        window.import_export.export_to(
            target, ExportScope.EVERYONE, "outlook-csv", with_accounts=False
        )
    assert done.args == [1]
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith('"Title","First Name"') and '"Ana","","Puig"' in text
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)


def test_a_csv_of_unknown_columns_asks_for_a_mapping_and_remembers_it(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog
    from crm_desktop.services.contact_cards import get_contact

    shown: list[dict[str, str]] = []

    def choose(dialog: ColumnMappingDialog) -> int:
        shown.append(dialog.mapping())
        dialog.set_target("ID/Status", "categories")
        dialog.set_target("Referred By", "ignore")
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    _accept_with(monkeypatch)
    source = DATA / "act-export-unknown-headers.csv"
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.import_export.ask_and_import([source])
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    summary = done.args[0]
    assert isinstance(summary, ImportSummary) and summary.imported >= 1
    # The guesses were preselected: "Contact" is a full name, "Phone" a phone.
    assert shown[0]["Contact"] == "formatted" and shown[0]["Phone"].startswith("phone:")
    assert shown[0]["Referred By"] == "custom"
    anna = get_contact(db, summary.contact_ids[0]).draft
    assert anna.formatted_name == "Anna Serra"
    assert "Customer" in anna.categories
    assert all(field.label != "Referred By" for field in anna.custom_fields)
    # A second file with the same header row opens with the user's choices preselected.
    with qtbot.waitSignal(window.import_export.imported, timeout=20000):
        window.import_export.ask_and_import([source])
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    assert shown[1]["ID/Status"] == "categories" and shown[1]["Referred By"] == "ignore"


def test_cancelling_the_column_mapping_imports_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog

    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda d: opened.append(d) or 0)
    window.import_export.ask_and_import([DATA / "act-export-unknown-headers.csv"])
    assert opened == [] and not window.import_export.running
    assert search_contacts(db).total == 0


def test_a_known_outlook_csv_needs_no_mapping(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog

    asked: list[object] = []
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda d: asked.append(d) or 0)
    _accept_with(monkeypatch)
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.import_export.ask_and_import([DATA / "outlook-french-semicolon.csv"])
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    assert asked == [] and done.args[0].imported >= 1


def test_mapping_samples_keep_their_direction_in_a_right_to_left_window(qtbot: QtBot) -> None:
    """A phone number shown in an Arabic window must not have its digit groups reversed."""
    from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog
    from crm_desktop.services.importing import csv_preview

    source = DATA / "act-export-unknown-headers.csv"
    preview = csv_preview(source)
    assert preview is not None
    dialog = ColumnMappingDialog(source.name, preview)
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    row = preview.headers.index("Phone")
    assert dialog._ui.columns.item(row, 1).text() == "\u2066+34 972 11 22 33\u2069"  # LRI..PDI


def test_an_unexpected_error_in_an_import_is_told_not_swallowed(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import crm_desktop.services.importing as importing

    def broken(*_args: object, **_kwargs: object) -> ImportSummary:
        raise ZeroDivisionError("a bug of ours")

    monkeypatch.setattr(importing, "import_files", broken)
    shown = told(monkeypatch, "critical")
    _accept_with(monkeypatch)
    window.import_export.ask_and_import([DATA / "vcard30-broken-card-between-good.vcf"])
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    assert len(shown) == 1 and "ZeroDivisionError: a bug of ours" in shown[0]
    assert "Traceback" in capsys.readouterr().err


def test_each_csv_file_keeps_the_mapping_chosen_for_it(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog
    from crm_desktop.services.contact_cards import get_contact

    first = tmp_path / "first.csv"
    second = tmp_path / "second.csv"
    text = (DATA / "act-export-unknown-headers.csv").read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    second.write_text(
        text.replace("Anna Serra", "Marta Vidal")
        .replace("anna@", "marta@")
        .replace("+34 972 11 22 33", "+34 972 99 88 77"),
        encoding="utf-8",
    )
    asked: list[str] = []

    def choose(dialog: ColumnMappingDialog) -> int:
        asked.append(dialog.windowTitle())
        # The first file's "Referred By" is dropped; the second file keeps it.
        dialog.set_target("Referred By", "ignore" if len(asked) == 1 else "custom")
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    _accept_with(monkeypatch)
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.import_export.ask_and_import([first, second])
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    assert len(asked) == 2
    labels = {}
    for contact_id in done.args[0].contact_ids:
        draft = get_contact(db, contact_id).draft
        labels[draft.formatted_name] = [field.label for field in draft.custom_fields]
    assert "Referred By" not in labels["Anna Serra"]
    assert "Referred By" in labels["Marta Vidal"]


def test_exporting_the_selections_activities_as_icalendar_from_the_window(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from crm_desktop.records.activities import ActivityDraft
    from crm_desktop.services.activities import create_activity

    ana, pau = add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    for contact, subject in ((ana, "Tasting at Cal Pep"), (pau, "Call about the order")):
        create_activity(db, ActivityDraft("meeting", subject, start=start, contact_ids=(contact,)))
    window._refresh("")
    window.select_row(window._model.row_of(ana) or 0)
    target = tmp_path / "ana.ics"
    with qtbot.waitSignal(window.import_export.exported, timeout=20000) as done:
        window.import_export.export_to(target, ExportScope.SELECTION, "ics", with_accounts=False)
    assert done.args == [1]
    [calendar] = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    [event] = calendar.vevent_list
    assert event.summary.value == "Tasting at Cal Pep"
    assert event.dtstart.value == start
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
