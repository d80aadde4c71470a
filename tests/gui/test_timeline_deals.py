"""The timeline bar offers the open deals of the contact or account shown (none chosen by
default): an activity or a note logged about one shows on the deal's card timeline, and the
deal's next activity on its board card (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.records.sales import DealContact, DealDraft
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import deal_timeline, open_deals_for
from crm_desktop.services.deals import create_deal, win_deal


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    """Ana Puig at Aegean Foods with two open deals (one with her on it) and a won one;
    Pau Serra at no account, with no deal."""
    ana, _pau = add_contacts(
        db,
        [
            ContactDraft("Ana Puig", accounts=(AccountLinkDraft("Aegean Foods", "Buyer", True),)),
            ContactDraft("Pau Serra"),
        ],
    )
    [account] = account_rows(db)
    for title, close, on in (
        ("Olive oil", date(2027, 3, 1), (DealContact(ContactId(ana)),)),
        ("Feta", date(2027, 1, 15), ()),
        ("Old order", date(2026, 1, 1), ()),
    ):
        deal = create_deal(
            db, DealDraft(title, account.id, Decimal(100), "EUR", close_date=close, contacts=on)
        )
    win_deal(db, deal.id)  # the won one is not offered
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main
    main.close_database()


def test_the_bar_offers_the_open_deals_and_links_what_is_logged_to_the_chosen_one(
    window: MainWindow, db: Database
) -> None:
    window.select_row(0)  # Ana Puig's card
    bar = window._card.timeline
    combo = bar.quick_deal
    assert combo.isVisibleTo(bar)
    assert [combo.itemText(row) for row in range(combo.count())] == [
        "No deal", "Feta", "Olive oil",  # soonest close first
    ]  # fmt: skip
    assert combo.currentIndex() == 0
    [(feta, _), (oil, _)] = open_deals_for(db, contact_id=window._card.card.shown.id)  # type: ignore[union-attr]
    # A task about the olive oil deal: on the deal's timeline, and its next activity.
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("task"))
    combo.setCurrentIndex(combo.findData(oil))
    bar.quick_text.setText("Send the price list")
    bar.quick_add.click()
    assert combo.currentIndex() == 0  # back to none for the next one
    # A note about Feta; a call about no deal.
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("note"))
    combo.setCurrentIndex(combo.findData(feta))
    bar.quick_text.setText("Wants a smaller first order")
    bar.quick_add.click()
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("call"))
    bar.quick_text.setText("Small talk")
    bar.quick_add.click()
    assert [item.text for item in deal_timeline(db, oil) if item.kind != "stage"] == [
        "Send the price list"
    ]
    assert [item.text for item in deal_timeline(db, feta) if item.kind != "stage"] == [
        "Wants a smaller first order"
    ]
    view = window.sales.show_pipeline()
    next_one = view.board.next_activity(oil)
    assert next_one is not None and next_one.subject == "Send the price list"
    assert view.board.next_activity(feta) is None  # a note is no activity
    # The deal's own card shows it on its timeline.
    [deal] = [d for c in view.board.columns for d in c.model.deals() if d.id == oil]
    view.show_deal(deal)
    shown = [view.card.timeline.item(row).text() for row in range(view.card.timeline.count())]
    assert any("Send the price list" in line for line in shown)


def test_the_bar_hides_the_deal_choice_when_there_is_no_open_deal(window: MainWindow) -> None:
    window.select_row(1)  # Pau Serra: no account, no deal
    bar = window._card.timeline
    assert not bar.quick_deal.isVisibleTo(bar)
    assert bar.quick_deal.count() == 1
