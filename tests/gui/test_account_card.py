"""The account card: what its website link opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.gui.account_card import AccountCardView, web_address
from crm_desktop.records.ids import AccountId
from crm_desktop.services.accounts import AccountCard


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
