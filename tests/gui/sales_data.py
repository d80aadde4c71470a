"""Deals for the GUI tests: accounts (one in the Competitor category) and open deals in
several stages and currencies, through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.pipeline.board_model import deals_mime
from crm_desktop.records.drafts import AccountDraft
from crm_desktop.records.ids import AccountId
from crm_desktop.records.sales import Deal, DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal

GREEK_ACCOUNT = "Αιγαίο Τρόφιμα Α.Ε."
ARABIC_ACCOUNT = "شركة الزيتون الذهبي"


@dataclass
class SalesData:
    account: AccountId
    other: AccountId
    competitor: AccountId
    deals: dict[str, Deal] = field(default_factory=dict)


def seed_deals(db: Database) -> SalesData:
    """Two accounts and a competitor; four open deals: "Olive oil" (Proposal, 30,000 EUR),
    "Feta" (Prospecting, 5,000 EUR), "Dates" (Proposal, 12,000 USD), "Saffron" (Negotiation,
    8,000 EUR, overdue)."""
    account = create_account(db, AccountDraft(name=GREEK_ACCOUNT))
    other = create_account(db, AccountDraft(name=ARABIC_ACCOUNT))
    competitor = create_account(db, AccountDraft(name="Rival Foods", categories=("Competitor",)))
    data = SalesData(account, other, competitor)
    for title, account_id, amount, currency, stage, close in (
        ("Olive oil", account, "30000", "EUR", "Proposal", date(2027, 1, 31)),
        ("Feta", account, "5000", "EUR", "Prospecting", date(2027, 2, 15)),
        ("Dates", other, "12000", "USD", "Proposal", date(2027, 1, 10)),
        ("Saffron", other, "8000", "EUR", "Negotiation", date(2020, 5, 1)),
    ):
        draft = DealDraft(title, account_id, Decimal(amount), currency, stage, close_date=close)
        data.deals[title] = create_deal(db, draft)
    return data


def drop_deal_on(target: QWidget, deal_id: int) -> None:
    """Drop a dragged card on ``target`` as Qt delivers it: enter, move, drop."""
    mime = deals_mime([deal_id])
    point = target.rect().center()
    actions = Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(QPoint(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)


class Errors(list[CrmError]):
    def __call__(self, error: CrmError) -> None:
        self.append(error)


ShowError = Callable[[CrmError], None]
