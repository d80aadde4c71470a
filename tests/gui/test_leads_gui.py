"""The Leads folder: the leads listed with their status, a status changed from the card,
and Convert turning a qualified lead into a contact under an account with an opening deal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.lead_list import ConvertDialog
from crm_desktop.gui.view_state import Folder
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.sales import DealFilter, LeadStatus
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database
from crm_desktop.services.deals import list_deals
from crm_desktop.services.leads import list_leads, mark_lead
from crm_desktop.services.notes import add_note, timeline


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    [lead, _other] = add_contacts(
        db, [ContactDraft(formatted_name="Νίκος Αλεξίου"), ContactDraft(formatted_name="Anna")]
    )
    mark_lead(db, contact_id=lead, status=LeadStatus.QUALIFIED, source="web")
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _open_leads(window: MainWindow) -> None:
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    [row] = [r for r in range(nav.count()) if nav.item(r).text() == "Leads (1)"]
    nav.setCurrentRow(row)
    assert window._state.folder is Folder.LEADS


def test_the_leads_folder_lists_the_leads(window: MainWindow) -> None:
    _open_leads(window)
    model = window.leads.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Νίκος Αλεξίου"
    assert model.data(model.index(0, 2)) == "Qualified"


def test_convert_makes_a_contact_at_an_account_with_an_opening_deal(
    window: MainWindow, db: Database
) -> None:
    _open_leads(window)
    lead = window.leads.pane.shown
    assert lead is not None and lead.contact_id is not None

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConvertDialog)
        account = dialog.findChild(QLineEdit, "convertAccount")
        title = dialog.findChild(QLineEdit, "convertDealTitle")
        amount = dialog.findChild(QLineEdit, "convertAmount")
        assert account is not None and title is not None and amount is not None
        account.setText("Αλεξίου Ο.Ε.")
        dialog.findChild(QCheckBox).setChecked(True)
        title.setText("Πρώτη παραγγελία")
        amount.setText("1500")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.leads.pane.convert.click()
    card = get_contact(db, lead.contact_id)
    assert [link.name for link in card.accounts] == ["Αλεξίου Ο.Ε."]
    [deal] = list_deals(db, DealFilter())
    assert deal.title == "Πρώτη παραγγελία" and str(deal.amount) == "1500.00"
    assert list_leads(db) == []
    assert window.leads.model.rowCount() == 0


def test_convert_makes_an_account_lead_a_qualified_account_with_an_opening_deal(
    qtbot: QtBot, db: Database
) -> None:
    account = create_account(db, AccountDraft("شركة الزيتون الذهبي"))
    add_note(db, "التقينا في المعرض", account_id=account)
    mark_lead(db, account_id=account, status=LeadStatus.CONTACTED, source="web")
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    _open_leads(window)
    lead = window.leads.pane.shown
    assert lead is not None and lead.account_id == account
    assert window.leads.pane.convert.isEnabled()
    seen: list[tuple[str, bool]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConvertDialog)
        name = dialog.findChild(QLineEdit, "convertAccount")
        title = dialog.findChild(QLineEdit, "convertDealTitle")
        amount = dialog.findChild(QLineEdit, "convertAmount")
        assert name is not None and title is not None and amount is not None
        seen.append((name.text(), name.isReadOnly()))  # its own account, not another
        dialog.findChild(QCheckBox).setChecked(True)
        title.setText("زيت الزيتون 2027")
        amount.setText("2500")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.leads.pane.convert.click()
    assert seen == [("شركة الزيتون الذهبي", True)]
    assert list_leads(db) == []
    [deal] = list_deals(db, DealFilter())
    assert (deal.account_id, deal.title, str(deal.amount)) == (
        account, "زيت الزيتون 2027", "2500.00",
    )  # fmt: skip
    assert [i.note.body for i in timeline(db, account_id=account) if i.note] == [
        "التقينا في المعرض"
    ]
    assert window.leads.model.rowCount() == 0
    window.close_database()


def test_mark_as_lead_makes_the_selected_contact_a_lead_and_undo_takes_it_back(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.message_boxes import answer

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    [row] = [r for r in range(window._table.model().rowCount())
             if window._table.model().index(r, 0).data() == "Anna"]  # fmt: skip
    window.select_row(row)
    window._actions["mark_lead"].trigger()
    assert len(asked) == 1 and "1 contact" in asked[0].text()
    assert sorted(lead.name for lead in list_leads(db)) == ["Anna", "Νίκος Αλεξίου"]
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    assert "Leads (2)" in [nav.item(r).text() for r in range(nav.count())]
    window._undo.undo()
    assert [lead.name for lead in list_leads(db)] == ["Νίκος Αλεξίου"]
    assert "Leads (1)" in [nav.item(r).text() for r in range(nav.count())]
