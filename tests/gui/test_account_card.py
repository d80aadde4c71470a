"""The account card: what its website link opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.gui.account_card import AccountCardView, web_address
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.records.drafts import AccountDraft, AddressValue, ContactDraft
from crm_desktop.records.ids import AccountId
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.accounts import AccountCard, get_account
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database


@pytest.mark.parametrize(
    ("written", "opened"),
    [
        ("www.vilaseca.example", "https://www.vilaseca.example"),
        ("https://vilaseca.example/vins?lang=ca", "https://vilaseca.example/vins?lang=ca"),
        ("vilaseca.example:8080/shop", "https://vilaseca.example:8080/shop"),
        ("file:///etc/passwd", None),
        ("javascript:alert(1)", None),
        ("ftp://vilaseca.example", None),
        ("Vilaseca Vins", None),
    ],
)
def test_a_website_opens_only_as_a_web_address(written: str, opened: str | None) -> None:
    assert web_address(written) == opened


def _card(website: str) -> AccountCard:
    return AccountCard(AccountId(1), "Vilaseca Vins", website, "", "", (), (), (), (), ())


@pytest.mark.parametrize(
    ("website", "linked"), [("www.vilaseca.example", True), ("file:///etc/passwd", False)]
)
def test_the_card_links_only_a_web_address(qtbot: QtBot, website: str, linked: bool) -> None:
    view = AccountCardView()
    qtbot.addWidget(view)
    view.show_card(_card(website))
    labels = view.findChildren(QLabel)
    [shown] = [label for label in labels if website in label.text()]
    assert (shown.textFormat() == Qt.TextFormat.RichText) is linked
    if linked:
        assert 'href="https://www.vilaseca.example"' in shown.text()


def test_accounts_keep_their_direction_in_a_right_to_left_window(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    from crm_desktop.gui.account_table_model import AccountTableModel
    from crm_desktop.services.accounts import AccountRow

    model = AccountTableModel()
    model.set_rows([AccountRow(AccountId(1), "Acme Corp.", "acme.example", "+1 555 0100", "", 3)])
    qtmodeltester.check(model)
    before = qapp.layoutDirection()
    try:
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        name = model.data(model.index(0, 0))
        phone = model.data(model.index(0, 2))
    finally:
        qapp.setLayoutDirection(before)
    assert name == "\u2068Acme Corp.\u2069"  # first-strong: a Latin name stays left-to-right
    assert phone == "\u2066+1 555 0100\u2069"
    assert model.data(model.index(0, 0)) == "Acme Corp."  # left-to-right: untouched


def _form_rows(view: QWidget) -> list[tuple[str, str]]:
    [form] = view.widget().findChildren(QFormLayout)
    rows = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is not None and field is not None:
            texts = [w.text() for w in (label.widget(), field.widget()) if isinstance(w, QLabel)]
            rows.append((texts[0], texts[1]))
    return rows


def test_both_cards_show_an_address_with_its_own_label_and_label_text(
    qtbot: QtBot, db: Database
) -> None:
    addresses = (
        AddressValue(("work",), street="Carrer Major 1", locality="Girona", custom_label="Cellar"),
        AddressValue(("home",), label="Mas Vilaseca\nSant Sadurní"),  # LABEL only, no parts
        AddressValue(("other",)),  # nothing to show
    )
    account_id = create_account(db, AccountDraft("Vilaseca Vins", addresses=addresses))
    [contact_id] = add_contacts(db, [ContactDraft("Ana Puig", addresses=addresses)])
    account_view, contact_view = AccountCardView(), ContactCardView()
    for view in (account_view, contact_view):
        qtbot.addWidget(view)
    account_view.show_card(get_account(db, account_id))
    contact_view.show_card(get_contact(db, contact_id))
    expected = [
        ("Cellar", "Carrer Major 1\nGirona"),
        ("Home address", "Mas Vilaseca\nSant Sadurní"),  # its type
    ]
    assert _form_rows(account_view) == expected
    assert [row for row in _form_rows(contact_view) if row in expected] == expected
