"""The pseudo-translated pass (``CRM_DESKTOP_PSEUDO=1``) over the sales windows: every word
they show goes through the translation (it carries the pseudo markers: no English left
outside ``[...]``), and no button or one-line label of a dialog is narrower than its words.
The data here is Greek and Arabic, so any Latin word on screen is one of ours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_desktop.gui.language import install_translators
from crm_desktop.gui.mail_people_dialog import MailPeopleDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.close_dialog import DealCloseDialog
from crm_desktop.gui.pipeline.lead_list import ConvertDialog
from crm_desktop.gui.preferences_dialog import PreferencesDialog
from crm_desktop.gui.pseudo import PSEUDO_VARIABLE
from crm_desktop.gui.reports.report_figures import Report
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.importing import UnknownPerson
from crm_desktop.records.sales import Deal, DealDraft, DealFilter, LeadStatus
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import (
    create_deal,
    deal_draft,
    list_deals,
    lose_deal,
    win_deal,
)
from crm_desktop.services.leads import list_leads, mark_lead


@pytest.fixture(autouse=True)
def _pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, QLocale(QLocale.Language.English))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    account = create_account(db, AccountDraft(name="Αιγαίο Τρόφιμα"))
    [person, other] = add_contacts(
        db, [ContactDraft(formatted_name="Νίκος Αλεξίου"), ContactDraft(formatted_name="سارا")]
    )
    mark_lead(db, contact_id=person, status=LeadStatus.QUALIFIED)
    mark_lead(db, contact_id=other)
    for number, title in enumerate(("Ελαιόλαδο", "Φέτα", "تمور", "زعفران")):
        draft = DealDraft(title, account, Decimal(1000 * (number + 1)), "EUR",
                          close_date=date(2027, number + 1, 10))  # fmt: skip
        deal = create_deal(db, draft)
        if number == 2:
            win_deal(db, deal.id, on=date(2026, 11, 2), reason="τιμή")
        if number == 3:
            lose_deal(db, deal.id, "τιμή", on=date(2026, 11, 3))
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1400, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    return main


def _first_deal(db: Database) -> Deal:
    return list_deals(db, DealFilter())[0]


# A shortcut at the end of a tooltip, "(Ctrl+Shift+N)": keys, not words to translate.
_KEYS = re.compile(r"\((?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:F\d{1,2}|Del|[^\s()+])\)$")


def _english_outside_markers(text: str) -> bool:
    outside = re.sub(r"\[[^\[\]]*\]", "", text.replace("&", ""))
    return re.search(r"[A-Za-z]{2,}", _KEYS.sub("", outside)) is not None


def _words(top: QWidget) -> list[tuple[str, str]]:
    """(widget, text) of the words shown by ``top`` and its visible children."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QTableView) and (model := widget.model()) is not None:
            found += [
                (name, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
        found.append((name + " tip", widget.toolTip()))
    return [(what, text) for what, text in found if text.strip()]


def _clipped(top: QWidget) -> list[str]:
    """The buttons and one-line labels narrower than their words."""
    return [
        widget.text()
        for widget in top.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLabel)
        and widget.isVisible()
        and widget.text()
        and not (isinstance(widget, QLabel) and widget.wordWrap())
        and widget.width() + 1 < widget.minimumSizeHint().width()
    ]


def _literal_ampersands(top: QWidget) -> list[str]:
    """Labels that show their accelerator's "&" as written (a label has one only with a
    buddy)."""
    return [
        label.text()
        for label in top.findChildren(QLabel)
        if label.isVisible()
        and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText
        and "<" not in label.text()
        and re.search(r"&[^&\s]", label.text().replace("&&", ""))
    ]


def _check(qtbot: QtBot, top: QWidget, *, dialog: bool = False) -> None:
    if dialog:
        qtbot.addWidget(top)
        top.show()
        qtbot.waitExposed(top)
    english = [(what, text) for what, text in _words(top) if _english_outside_markers(text)]
    assert english == []
    assert _literal_ampersands(top) == []
    if dialog:
        assert _clipped(top) == []


def test_the_pipeline_board_list_and_card_are_all_translated(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    view = window.sales.show_pipeline()
    view.show_deal(_first_deal(db))
    _check(qtbot, window)
    view.filters.as_list.click()  # the list of deals
    _check(qtbot, window)


def test_every_report_is_translated(qtbot: QtBot, window: MainWindow) -> None:
    window.sales.show_reports()
    for report in Report:
        window.sales.reports.show_report(report)
        _check(qtbot, window)


def test_the_leads_folder_is_translated(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from PySide6.QtWidgets import QListWidget

    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    [row] = [r for r in range(nav.count()) if nav.item(r).text().startswith("[Ļéáðš")]
    nav.setCurrentRow(row)
    window.leads.table.selectRow(0)
    _check(qtbot, window)
    lead = next(lead for lead in list_leads(db) if lead.status is LeadStatus.QUALIFIED)
    _check(qtbot, ConvertDialog(lead, window), dialog=True)


def test_the_sales_dialogs_are_translated_and_unclipped(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    view = window.sales.show_pipeline()
    deal = _first_deal(db)
    editor = view._editor(deal_draft(db, deal.id))
    assert editor is not None
    _check(qtbot, editor, dialog=True)
    for won in (True, False):
        _check(qtbot, DealCloseDialog(deal, won=won, parent=window), dialog=True)
    people = [UnknownPerson("Μαρία Παπαδοπούλου", "μαρία@παράδειγμα.ελ")]
    _check(qtbot, MailPeopleDialog(people, window), dialog=True)
    preferences = PreferencesDialog(window)
    _check(qtbot, preferences, dialog=True)


def test_the_check_finds_english_and_cut_words(qtbot: QtBot, window: MainWindow) -> None:
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    label = QLabel("Forecast", dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [text for _what, text in _words(dialog) if _english_outside_markers(text)] == [
        "Forecast"
    ]
    label.setText("[Ƒóŕéçášţ····] 12 €")
    assert not any(_english_outside_markers(text) for _what, text in _words(dialog))
    label.setFixedWidth(10)
    assert _clipped(dialog) == ["[Ƒóŕéçášţ····] 12 €"]
    label.setText("[&Ƒóŕéçášţ····]")
    assert _literal_ampersands(dialog) == ["[&Ƒóŕéçášţ····]"]
    label.setBuddy(dialog)
    assert _literal_ampersands(dialog) == []
