"""An import's progress (issue 20): shown at once, with its total, the share done, the pace and
the time left in the user's digits, and Cancel that leaves nothing imported."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog
from crm_desktop.gui.import_progress import ImportPace, ImportProgressDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.importing import DuplicatePolicy, ImportSummary
from crm_desktop.services.cancel import CancelToken
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.exporting import export_vcards
from crm_desktop.services.importing import expected_records, import_files
from crm_desktop.services.sample_data import generate_contacts
from tests.gui.import_preview_driver import answer_previews
from tests.gui.message_boxes import told

CARDS = 3000


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    with open_database(folder / "other.sqlite3", "en") as other:
        add_contacts(other, generate_contacts(CARDS))
        export_vcards(other, folder / "big.vcf", ordered_contact_ids(other), with_accounts=False)
    return folder / "big.vcf"


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _in_locale(name: str) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def arabic() -> Iterator[None]:
    yield from _in_locale("ar_EG")


@pytest.fixture
def english() -> Iterator[None]:
    yield from _in_locale("en_GB")


def test_the_pace_says_how_many_of_how_many_the_share_the_rate_and_the_time_left(
    english: None,
) -> None:
    clock = Clock()
    pace = ImportPace(clock)
    assert pace.headline() == "Importing: reading the files…"
    pace.total = 10_000
    pace.update(0)
    assert pace.headline() == "Importing 0 of 10,000 (0%)" and pace.pace() == ""
    clock.now += 4.0
    pace.update(2_000)
    assert pace.headline() == "Importing 2,000 of 10,000 (20%)"
    assert pace.pace().startswith("500 a second · about 16 second")  # (s): no English .qm here
    clock.now += 4.0
    pace.update(4_000)
    assert pace.seconds_left() == 12
    assert pace.time_left(600).startswith("about 10 minute")


def test_the_pace_speaks_in_the_users_digits(arabic: None) -> None:
    clock = Clock()
    pace = ImportPace(clock)
    pace.total = 10_000
    clock.now += 4.0
    pace.update(2_000)
    locale = QLocale()
    assert locale.toString(2000) in pace.headline() and locale.toString(10000) in pace.headline()
    assert locale.toString(20) + locale.percent() in pace.headline()
    assert locale.toString(500) in pace.pace()
    assert "2,000" not in pace.headline()  # not the Latin digits


def test_the_total_counts_every_card_without_importing(big_file: Path, db: Database) -> None:
    assert expected_records([big_file]) == CARDS
    summary = import_files(db, [big_file], dry_run=True)
    assert summary.imported + summary.merged + summary.failed + summary.skipped == CARDS


def test_a_csv_total_counts_quoted_line_breaks_as_one_row(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text(
        'First Name,Last Name,Notes\nEleni,Papadopoulou,"one\ntwo\nthree"\n\nJordi,Puig,x\n',
        encoding="utf-8",
    )
    assert expected_records([path]) == 2
    utf16 = tmp_path / "cards.vcf"
    utf16.write_text("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n" * 3, encoding="utf-16")
    assert expected_records([utf16]) == 3


def test_the_import_progress_shows_at_once_with_its_total_and_cancel_imports_nothing(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    big_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    add_contacts(db, [ContactDraft(formatted_name="Already Here")])
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    answer_previews(monkeypatch, qtbot)
    said = told(monkeypatch, "information")
    window.import_export.ask_and_import([big_file])
    [progress] = window.findChildren(ImportProgressDialog)
    assert progress.isVisible()  # at once: no wait before the first cards are counted
    qtbot.waitUntil(lambda: progress.maximum() == CARDS, timeout=10000)
    assert f"of {CARDS:,}" in progress.labelText()
    with qtbot.waitSignal(window.import_export.task_ended, timeout=30000):
        [cancel] = progress.findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()
    assert said == ["Cancelled: nothing was changed."]
    assert [row.name for row in search_contacts(db).rows] == ["Already Here"]


def test_the_preview_counts_the_files_and_measures_its_reading_against_them(
    qtbot: QtBot, db: Database, big_file: Path, english: None
) -> None:
    def preview(
        policy: DuplicatePolicy, progress: Callable[[int], None], cancel: CancelToken
    ) -> ImportSummary:
        return import_files(
            db, [big_file], duplicates=policy, progress=progress, cancel=cancel, dry_run=True
        )

    dialog = ImportPreviewDialog(
        preview, DuplicatePolicy.MERGE, count=lambda: expected_records([big_file])
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: f"of {CARDS:,} (" in dialog._ui.status.text(), timeout=10000)
    assert dialog._ui.busy.maximum() == CARDS
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert dialog.summary is not None and dialog.summary.imported == CARDS
    assert search_contacts(db).total == 0  # a dry run
