"""The account card: what its website link opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.gui.account_card import AccountCardView, web_address
from crm_desktop.services.accounts import AccountCard
from crm_desktop.services.records import AccountId


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
