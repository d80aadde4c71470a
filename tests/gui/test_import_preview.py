"""File > Import's preview: what the import will do, shown before anything is written, with
each merge switchable to "create" and the policy switchable (pytest-qt, offscreen)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QSize, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.app import install_translators
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.import_match_model import ImportMatchModel
from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog, Preview
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.records.ids import ContactId
from crm_desktop.records.importing import DuplicatePolicy, ImportMatch, ImportSummary
from crm_desktop.services.cancel import CancelToken
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import import_files
from tests.gui.import_preview_driver import answer_previews
from tests.paths import DATA


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """The English translation, which holds the plural forms ("1 card", "2 cards")."""
    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _dry_run(db: Database, files: Sequence[Path]) -> Preview:
    """The preview as File > Import runs it: the import of ``files``, not written."""

    def preview(
        policy: DuplicatePolicy, progress: Callable[[int], None], cancel: CancelToken
    ) -> ImportSummary:
        return import_files(
            db, files, duplicates=policy, dry_run=True, progress=progress, cancel=cancel
        )

    return preview


def _previewed(
    qtbot: QtBot,
    db: Database,
    files: Sequence[Path],
    policy: DuplicatePolicy = DuplicatePolicy.MERGE,
) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(_dry_run(db, files), policy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.summary is not None and not dialog.running, timeout=20000)
    return dialog


def _contacts(db: Database) -> list[str]:
    return sorted(row.name for row in search_contacts(db).rows)


def _plain(text: str) -> str:
    """``text`` without its bidi isolates (what a left-to-right reader sees)."""
    return text.translate(dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069")))


def _column(model: ImportMatchModel, shown: int) -> list[str]:
    column = model.column_of(shown)
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


@pytest.fixture
def known(db: Database) -> Database:
    """A database holding two people of the corpus's gmail-list.vcf: Arnold Smith with his
    e-mail address, and someone else who shares Doug White's."""
    add_contacts(
        db,
        [
            ContactDraft(
                "Arnold Smith",
                given_name="Arnold",
                family_name="Smith",
                emails=(EmailValue("asmithk@gmail.com"),),
            ),
            ContactDraft(
                "Maria Lopez",
                given_name="Maria",
                family_name="Lopez",
                emails=(EmailValue("dwhite@gmail.com"),),
            ),
        ],
    )
    return db


def _match(line: int, name: str, contact: str, *reasons: str) -> ImportMatch:
    return ImportMatch("a.vcf", line, name, ContactId(7), contact, reasons)


def test_the_match_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    for choosable in (True, False):
        model = ImportMatchModel(choosable)
        model.set_matches(
            [
                _match(1, "Ana Puig", "Ana Puig", "email", "name"),
                _match(9, "", "Pau Serra", "phone", "one_nameless"),
            ]
        )
        qtmodeltester.check(model, force_py=True)


def test_unticking_a_merge_switches_that_card_to_create() -> None:
    model = ImportMatchModel(choosable=True)
    model.set_matches([_match(1, "Ana Puig", "Ana Puig", "email"), _match(9, "Pau", "Pau", "uid")])
    assert model.kept_apart() == frozenset()
    assert model.setData(
        model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.kept_apart() == {("a.vcf", 9)}
    assert model.data(model.index(1, 0)) == "Create new"
    assert model.data(model.index(0, 0)) == "Merge"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )


def test_a_card_switched_to_create_stays_so_when_the_preview_is_run_again() -> None:
    model = ImportMatchModel(choosable=True)
    cards = [_match(1, "Ana Puig", "Ana Puig", "email"), _match(9, "Pau", "Pau", "uid")]
    model.set_matches(cards)
    model.set_merged(0, False)
    model.set_matches([])
    assert model.kept_apart() == frozenset()  # only listed cards are kept apart
    model.set_matches(cards)
    assert model.kept_apart() == {("a.vcf", 1)}


def test_the_possible_duplicates_list_has_no_choice_column() -> None:
    model = ImportMatchModel(choosable=False)
    model.set_matches([_match(3, "Doug White", "Maria Lopez", "email", "name_conflict")])
    assert model.column_of(0) == -1
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(
        model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.data(model.index(0, model.columnCount() - 1)) == (
        "same e-mail address, different names"
    )


def test_markup_in_a_card_is_shown_as_text_even_in_a_tool_tip() -> None:
    model = ImportMatchModel(choosable=True)
    model.set_matches([_match(1, "<b>Ana</b> & Co", "<i>Ana</i>", "email")])
    card, contact = model.column_of(1), model.column_of(4)
    assert _plain(model.data(model.index(0, card))) == "<b>Ana</b> & Co"
    for column, text in ((card, "<b>Ana</b> & Co"), (contact, "<i>Ana</i>")):
        tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
        assert html.escape(text) in tip  # escaped into rich text, shown as those characters
        document = QTextDocument()
        document.setHtml(tip)
        assert document.toPlainText() == text


def test_a_match_with_an_earlier_card_of_the_import_names_its_line() -> None:
    model = ImportMatchModel(choosable=True)
    model.set_matches(
        [ImportMatch("b.csv", 14, "Ana Puig", None, "Ana Puig", ("email",), ("b.csv", 1200))]
    )
    line = QLocale().toString(1200)
    assert _plain(_column(model, 4)[0]) == f"Ana Puig (new, line {line} of b.csv)"


def test_the_preview_shows_the_counts_and_merges_of_a_real_file_and_cancel_writes_nothing(
    qtbot: QtBot, known: Database, corpus: Path
) -> None:
    before = _contacts(known)
    dialog = _previewed(qtbot, known, [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    counts = dialog._ui.counts.text().splitlines()
    assert counts == [
        "2 cards to add as new",
        "1 card to merge into a contact",
        "1 possible duplicate to review later",
    ]
    merges = dialog.merges_model()
    assert _column(merges, 1) == ["Arnold Smith"]
    assert _column(merges, 2) == ["gmail-list.vcf"]
    assert _column(merges, 4) == ["Arnold Smith"]
    assert "same e-mail address" in _column(merges, 5)[0]
    duplicates = dialog.duplicates_model()
    assert _column(duplicates, 1) == ["Doug White"]
    assert _column(duplicates, 4) == ["Maria Lopez"]
    tabs = dialog._ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Merges (1)",
        "Possible duplicates (1)",
        "Problems (0)",
    ]
    dialog._ui.buttons.button(dialog._ui.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _contacts(known) == before


def test_switching_a_merge_to_create_makes_the_import_create_that_contact(
    qtbot: QtBot, known: Database, corpus: Path
) -> None:
    files = [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"]
    dialog = _previewed(qtbot, known, files)
    dialog.merges_model().set_merged(0, False)
    assert dialog._ui.counts.text().splitlines()[:2] == [
        "3 cards to add as new",
        "0 cards to merge into a contact",
    ]
    dialog._import.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    summary = import_files(known, files, duplicates=dialog.policy, keep_apart=dialog.kept_apart)
    assert (summary.imported, summary.merged) == (3, 0)
    assert _contacts(known).count("Arnold Smith") == 2


def test_the_import_after_the_preview_does_what_the_preview_said(
    qtbot: QtBot, known: Database, corpus: Path
) -> None:
    files = [
        corpus / "vcard" / "ez-vcard" / "gmail-list.vcf",
        DATA / "vcard30-broken-card-between-good.vcf",
    ]
    dialog = _previewed(qtbot, known, files)
    said = dialog.summary
    assert said is not None and said.dry_run
    dialog._import.click()
    done = import_files(known, files, duplicates=dialog.policy, keep_apart=dialog.kept_apart)
    assert (done.imported, done.merged, done.skipped, done.failed) == (
        said.imported,
        said.merged,
        said.skipped,
        said.failed,
    )
    assert done.problems == said.problems
    assert [(m.file, m.line, m.contact_id) for m in done.merges] == [
        (m.file, m.line, m.contact_id) for m in said.merges
    ]
    assert len(_contacts(known)) == 2 + said.imported


def test_the_problems_tab_lists_each_problem_by_file_and_line(qtbot: QtBot, db: Database) -> None:
    dialog = _previewed(qtbot, db, [DATA / "vcard30-broken-card-between-good.vcf"])
    table = dialog._ui.problems
    assert table.rowCount() == 1
    assert [table.item(0, column).text() for column in (0, 1)] == [
        "vcard30-broken-card-between-good.vcf",
        "9",
    ]
    assert "1 card that cannot be read" in dialog._ui.counts.text()
    assert dialog._ui.tabs.tabText(2) == "Problems (1)"


def test_switching_the_policy_runs_the_preview_again(
    qtbot: QtBot, known: Database, corpus: Path
) -> None:
    dialog = _previewed(qtbot, known, [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as shown:
        dialog._ui.policy.setCurrentIndex(dialog._ui.policy.findData(DuplicatePolicy.SKIP))
    assert isinstance(shown.args[0], ImportSummary) and shown.args[0].skipped == 1
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert "1 card to skip" in dialog._ui.counts.text().splitlines()
    assert dialog.policy is DuplicatePolicy.SKIP and dialog.kept_apart == frozenset()
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as shown:
        dialog.set_policy(DuplicatePolicy.CREATE)
    assert (shown.args[0].imported, shown.args[0].merged) == (3, 0)


def test_space_switches_the_current_merge_from_the_keyboard(
    qtbot: QtBot, known: Database, corpus: Path
) -> None:
    dialog = _previewed(qtbot, known, [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    view = dialog._ui.merges
    view.setCurrentIndex(dialog.merges_model().index(0, 3))  # a cell beside the box
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.kept_apart == {("gmail-list.vcf", 1)}
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.kept_apart == frozenset()


def test_the_preview_dialog_remembers_its_size(qtbot: QtBot, db: Database) -> None:
    files = [DATA / "vcard30-utf16le-bom.vcf"]
    first = _previewed(qtbot, db, files)
    first.resize(700, 450)
    first.reject()
    second = _previewed(qtbot, db, files)
    assert second.size() == QSize(700, 450)


def test_the_preview_speaks_arabic_right_to_left(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    before = qapp.layoutDirection()
    translators = set(qapp.findChildren(QTranslator))
    try:
        install_translators(qapp, QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
        dialog = _previewed(qtbot, db, [DATA / "vcard30-broken-card-between-good.vcf"])
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.windowTitle() == "معاينة الاستيراد"
        assert dialog._ui.counts.text().splitlines()[0] == "بطاقتان تُضافان جديدتين"
        assert dialog._ui.problems.item(0, 0).text() == (
            "\u2066vcard30-broken-card-between-good.vcf\u2069"  # left to right
        )
    finally:
        qapp.setLayoutDirection(before)
        for translator in set(qapp.findChildren(QTranslator)) - translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, known: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window over ``known``, its File > Import options accepted as they are."""
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    main = MainWindow(known)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _import_through(qtbot: QtBot, window: MainWindow, files: list[Path]) -> ImportSummary:
    with qtbot.waitSignal(window.import_export.imported, timeout=30000) as done:
        window.import_export.ask_and_import(files)
    qtbot.waitUntil(lambda: not window.import_export.running, timeout=5000)
    summary = done.args[0]
    assert isinstance(summary, ImportSummary) and not summary.dry_run
    return summary


def test_file_import_shows_the_preview_first_and_its_cancel_writes_nothing(
    qtbot: QtBot, window: MainWindow, known: Database, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _contacts(known)
    seen: list[list[str]] = []

    def look_and_cancel(dialog: ImportPreviewDialog) -> bool:
        seen.append(_column(dialog.merges_model(), 1))
        return False

    shown = answer_previews(monkeypatch, qtbot, look_and_cancel)
    with qtbot.assertNotEmitted(window.import_export.imported, wait=200):
        window.import_export.ask_and_import([corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    assert len(shown) == 1 and seen == [["Arnold Smith"]]
    assert not window.import_export.running
    assert _contacts(known) == before


def test_file_import_creates_the_card_the_user_switched_to_create(
    qtbot: QtBot, window: MainWindow, known: Database, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def create_arnold(dialog: ImportPreviewDialog) -> bool:
        dialog.merges_model().set_merged(0, False)
        return True

    answer_previews(monkeypatch, qtbot, create_arnold)
    summary = _import_through(qtbot, window, [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    assert (summary.imported, summary.merged, summary.merges) == (3, 0, ())
    assert _contacts(known).count("Arnold Smith") == 2


def test_file_import_uses_the_policy_chosen_in_the_preview(
    qtbot: QtBot, window: MainWindow, known: Database, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def skip(dialog: ImportPreviewDialog) -> bool:
        with qtbot.waitSignal(dialog.previewed, timeout=20000):
            dialog.set_policy(DuplicatePolicy.SKIP)
        return True

    answer_previews(monkeypatch, qtbot, skip)
    summary = _import_through(qtbot, window, [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    assert (summary.imported, summary.merged, summary.skipped) == (2, 0, 1)


def test_the_import_report_says_who_was_merged_into_whom(
    qtbot: QtBot, window: MainWindow, known: Database, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_previews(monkeypatch, qtbot)
    summary = _import_through(qtbot, window, [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    assert (summary.imported, summary.merged) == (2, 1)
    box = window.import_export.last_message
    assert box is not None
    assert "1 possible duplicate created and recorded for you to review." in box.text()
    details = _plain(box.detailedText()).splitlines()
    assert "gmail-list.vcf, line 1: Arnold Smith merged into Arnold Smith" in details
    assert "gmail-list.vcf, line 13: Doug White is perhaps Maria Lopez" in details


def test_cancel_while_the_preview_runs_stops_it_and_writes_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from crm_desktop.services.contact_list import ordered_contact_ids
    from crm_desktop.services.database import open_database
    from crm_desktop.services.exporting import export_vcards
    from crm_desktop.services.sample_data import generate_contacts

    add_contacts(db, [ContactDraft("Already Here")])
    with open_database(tmp_path / "other.sqlite3", "en") as other:
        add_contacts(other, generate_contacts(1000))
        export_vcards(other, tmp_path / "big.vcf", ordered_contact_ids(other), with_accounts=False)
    dialog = ImportPreviewDialog(_dry_run(db, [tmp_path / "big.vcf"]), DuplicatePolicy.MERGE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.running and not dialog._import.isEnabled()
    with qtbot.assertNotEmitted(dialog.previewed, wait=100):
        dialog._ui.buttons.button(dialog._ui.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.summary is None
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert _contacts(db) == ["Already Here"]


def test_a_policy_chosen_while_the_preview_runs_is_the_one_shown(
    qtbot: QtBot, known: Database, corpus: Path
) -> None:
    preview = _dry_run(known, [corpus / "vcard" / "ez-vcard" / "gmail-list.vcf"])
    dialog = ImportPreviewDialog(preview, DuplicatePolicy.MERGE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.running
    dialog.set_policy(DuplicatePolicy.CREATE)  # the first preview is stopped, then run again
    qtbot.waitUntil(lambda: dialog.summary is not None and not dialog.running, timeout=20000)
    summary = dialog.summary
    assert summary is not None and (summary.imported, summary.merged) == (3, 0)
    assert dialog.merges_model().rowCount() == 0 and dialog._import.isEnabled()
