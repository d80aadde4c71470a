"""Deals through the services: creating, editing, moving (history recorded), winning, losing,
reopening, the Trash, contacts in roles, links to activities and notes, the cards' totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.contacts import TrashCounts
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.records.sales import DealContact, DealDraft, DealFilter, DealStatus, MoneyTotal
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import (
    activity_deals,
    add_deal_note,
    deal_timeline,
    deal_totals,
    link_activity,
    next_activities,
    note_deals,
    open_deals_for,
)
from crm_desktop.services.deals import (
    create_deal,
    deal_draft,
    deal_ids,
    get_deal,
    list_deals,
    lose_deal,
    move_deal,
    reopen_deal,
    restore_deals,
    stage_history,
    trash_deals,
    update_deal,
    win_deal,
)
from crm_desktop.services.notes import add_note, timeline
from crm_desktop.services.trash import empty_trash, trash_counts


@pytest.fixture
def account(db: Database) -> int:
    return create_account(db, AccountDraft("Aegean Foods"))


def _draft(account: int, **changes: object) -> DealDraft:
    values: dict[str, object] = {
        "title": "Olive oil, 2027 season",
        "account_id": account,
        "amount": Decimal("30000"),
        "currency": "EUR",
    }
    values.update(changes)
    return DealDraft(**values)


def test_a_new_deal_starts_open_in_the_first_stage_with_its_probability(
    db: Database, account: int
) -> None:
    deal = create_deal(db, _draft(account, close_date=date(2027, 1, 31)))
    assert (deal.stage, deal.probability, deal.status) == ("Prospecting", 10, DealStatus.OPEN)
    assert (deal.amount, deal.currency, deal.account_name) == (
        Decimal("30000.00"),
        "EUR",
        "Aegean Foods",
    )
    assert deal.close_date == date(2027, 1, 31)
    [created] = stage_history(db, deal.id)
    assert (created.from_stage, created.to_stage, created.amount) == (
        None,
        "Prospecting",
        Decimal("30000.00"),
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"currency": "euro"}, "currency"),
        ({"amount": Decimal("12.345")}, "amount"),
        ({"amount": Decimal("-1")}, "amount"),
        ({"probability": 101}, "probability"),
        ({"stage": "Closing"}, "stage"),
    ],
)
def test_a_bad_deal_is_refused_naming_the_field_and_nothing_is_written(
    db: Database, account: int, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidValueError) as refused:
        create_deal(db, _draft(account, **changes))
    assert refused.value.field == field
    assert list_deals(db) == []


def test_a_deal_needs_an_account_that_exists(db: Database) -> None:
    with pytest.raises(NotFoundError):
        create_deal(db, _draft(99))


def test_amounts_keep_the_currencys_decimal_places(db: Database, account: int) -> None:
    yen = create_deal(db, _draft(account, amount=Decimal("1500"), currency="JPY"))
    dinar = create_deal(db, _draft(account, amount=Decimal("12.5"), currency="KWD"))
    assert (str(yen.amount), str(dinar.amount)) == ("1500", "12.500")
    with pytest.raises(InvalidValueError):
        create_deal(db, _draft(account, amount=Decimal("1.5"), currency="JPY"))


def test_moving_records_from_to_and_the_amount_and_takes_the_stages_probability(
    db: Database, account: int
) -> None:
    deal = create_deal(db, _draft(account))
    moved = move_deal(db, deal.id, "Proposal")
    assert (moved.stage, moved.probability) == ("Proposal", 50)
    update_deal(db, deal.id, _draft(account, amount=Decimal("25000"), stage="Proposal"))
    move_deal(db, deal.id, "Negotiation")
    history = [
        (c.from_stage, c.to_stage, c.amount, c.probability) for c in stage_history(db, deal.id)
    ]
    assert history == [
        (None, "Prospecting", Decimal("30000.00"), 10),
        ("Prospecting", "Proposal", Decimal("30000.00"), 50),
        ("Proposal", "Negotiation", Decimal("25000.00"), 80),
    ]


def test_a_probability_set_by_hand_survives_a_stage_change(db: Database, account: int) -> None:
    deal = create_deal(db, _draft(account, probability=35))
    assert move_deal(db, deal.id, "Negotiation").probability == 35
    assert move_deal(db, deal.id, "Proposal", probability=60).probability == 60
    assert move_deal(db, deal.id, "Qualification").probability == 60
    # An edit without a probability gives it back to the stage.
    edited = update_deal(db, deal.id, _draft(account, stage="Qualification"))
    assert (edited.probability, edited.probability_manual) == (20, False)


def test_won_and_lost_are_statuses_with_a_day_and_reason_and_reopening_clears_them(
    db: Database, account: int
) -> None:
    rival = create_account(db, AccountDraft("Rival Oils"))
    first = create_deal(db, _draft(account, stage="Proposal"))
    second = create_deal(db, _draft(account))
    won = win_deal(db, first.id, date(2026, 12, 1))
    assert (won.status, won.stage, won.closed_on) == (DealStatus.WON, "Proposal", date(2026, 12, 1))
    with pytest.raises(InvalidValueError):
        lose_deal(db, second.id, "  ")
    lost = lose_deal(db, second.id, "price", rival, date(2026, 12, 2))
    assert (lost.status, lost.close_reason, lost.competitor_name) == (
        DealStatus.LOST,
        "price",
        "Rival Oils",
    )
    with pytest.raises(InvalidValueError):
        move_deal(db, second.id, "Proposal")  # reopen first
    reopened = reopen_deal(db, second.id)
    assert (reopened.status, reopened.closed_on, reopened.close_reason) == (
        DealStatus.OPEN,
        None,
        "",
    )
    assert reopened.competitor_id is None
    statuses = [c.status for c in stage_history(db, second.id)]
    assert statuses == [DealStatus.OPEN, DealStatus.LOST, DealStatus.OPEN]
    assert [d.id for d in list_deals(db, DealFilter(status=DealStatus.WON))] == [first.id]


def test_trashed_deals_leave_the_lists_and_come_back_and_emptying_the_trash_deletes_them(
    db: Database, account: int
) -> None:
    deal = create_deal(db, _draft(account))
    assert trash_deals(db, [deal.id]).removed == (deal.id,)
    assert deal_ids(db) == []
    assert deal_ids(db, DealFilter(trashed=True)) == [deal.id]
    assert restore_deals(db, [deal.id]).restored == (deal.id,)
    assert deal_ids(db) == [deal.id]
    trash_deals(db, [deal.id])
    assert trash_counts(db) == TrashCounts(deals=1)
    empty_trash(db)
    with pytest.raises(NotFoundError):
        get_deal(db, deal.id)


def test_contacts_are_on_a_deal_with_their_roles_and_filter_the_list(
    db: Database, account: int
) -> None:
    eleni, pau = add_contacts(db, [ContactDraft("Eleni"), ContactDraft("Pau")])
    deal = create_deal(
        db,
        _draft(
            account,
            contacts=(
                DealContact(ContactId(eleni), role="decision maker"),
                DealContact(ContactId(pau), role="user"),
            ),
        ),
    )
    assert [(c.contact_id, c.name, c.role) for c in deal.contacts] == [
        (eleni, "Eleni", "decision maker"),
        (pau, "Pau", "user"),
    ]
    assert deal_ids(db, DealFilter(contact_id=pau)) == [deal.id]
    assert deal_draft(db, deal.id).contacts == deal.contacts
    with pytest.raises(NotFoundError):
        create_deal(db, _draft(account, contacts=(DealContact(ContactId(99)),)))


def test_the_list_filters_by_stage_close_period_and_amount(db: Database, account: int) -> None:
    small = create_deal(db, _draft(account, amount=Decimal("100"), close_date=date(2027, 1, 5)))
    big = create_deal(
        db, _draft(account, amount=Decimal("9000"), stage="Proposal", close_date=date(2027, 3, 1))
    )
    assert deal_ids(db, DealFilter(stage="Proposal")) == [big.id]
    assert deal_ids(db, DealFilter(close_to=date(2027, 1, 31))) == [small.id]
    assert deal_ids(db, DealFilter(min_amount=Decimal("100.01"))) == [big.id]
    assert deal_ids(db, DealFilter(max_amount=Decimal("100"))) == [small.id]


def test_activities_and_notes_linked_to_a_deal_make_its_timeline_and_next_activity(
    db: Database, account: int
) -> None:
    [eleni] = add_contacts(db, [ContactDraft("Eleni")])
    deal = create_deal(db, _draft(account))
    move_deal(db, deal.id, "Proposal")
    from datetime import UTC, datetime

    call = create_activity(
        db,
        ActivityDraft(
            "call", "Price call", start=datetime(2030, 1, 5, 9, tzinfo=UTC),
            contact_ids=(ContactId(eleni),),
        ),
    )  # fmt: skip
    link_activity(db, call.id, deal.id)
    note = add_deal_note(db, deal.id, "They want a discount")
    kinds = sorted(item.kind for item in deal_timeline(db, deal.id))
    assert kinds == ["call", "note", "stage", "stage"]
    assert [i.note_id for i in deal_timeline(db, deal.id) if i.kind == "note"] == [note]
    upcoming = next_activities(db, [deal.id])
    assert upcoming[deal.id].subject == "Price call"
    assert activity_deals(db, [call.id]) == {call.id: deal.id}
    assert note_deals(db, [note]) == {note: deal.id}
    link_activity(db, call.id, None)
    assert next_activities(db, [deal.id]) == {}
    assert activity_deals(db, [call.id]) == {}


def test_an_account_card_totals_open_won_and_lost_deals_per_currency(
    db: Database, account: int
) -> None:
    first = create_deal(db, _draft(account, amount=Decimal("100")))
    create_deal(db, _draft(account, amount=Decimal("200")))
    create_deal(db, _draft(account, amount=Decimal("50"), currency="USD"))
    won = create_deal(db, _draft(account, amount=Decimal("70"), currency="USD"))
    win_deal(db, won.id)
    totals = deal_totals(db, account_id=account)
    assert len(totals.open_deals) == 3 and first.id in totals.open_deals
    assert totals.open == (
        MoneyTotal("EUR", 2, Decimal("300.00")),
        MoneyTotal("USD", 1, Decimal("50.00")),
    )
    assert totals.won == (MoneyTotal("USD", 1, Decimal("70.00")),)
    assert totals.lost == ()


@pytest.mark.parametrize(
    ("locale_name", "currency"),
    [("el_GR.UTF-8", "EUR"), ("ca_ES", "EUR"), ("fa_IR", "IRR"), ("ar_SA", "SAR"),
     ("ar_EG", "EGP"), ("en_US.UTF-8", "USD"), ("en_GB", "GBP"), ("fa", "IRR"), ("C", "EUR")],
)  # fmt: skip
def test_a_new_deals_currency_defaults_to_the_locales(
    db: Database, account: int, monkeypatch: pytest.MonkeyPatch, locale_name: str, currency: str
) -> None:
    monkeypatch.setenv("LC_ALL", locale_name)
    assert create_deal(db, _draft(account, currency="")).currency == currency


def test_an_activity_or_a_note_made_about_a_deal_is_linked_in_its_own_transaction(
    db: Database, account: int
) -> None:
    deal = create_deal(db, _draft(account))
    other = create_deal(db, _draft(account, title="Feta", close_date=date(2027, 1, 1)))
    assert [title for _, title in open_deals_for(db, account_id=account)] == [
        "Feta", "Olive oil, 2027 season",
    ]  # fmt: skip
    call = create_activity(db, ActivityDraft("call", "Price agreed", account_id=account),
                           deal_id=deal.id)  # fmt: skip
    note = add_note(db, "Wants it by March", account_id=account, deal_id=deal.id)
    assert activity_deals(db, [call.id]) == {call.id: deal.id}
    assert note_deals(db, [note.id]) == {note.id: deal.id}
    trash_deals(db, [other.id])
    assert [d for d, _ in open_deals_for(db, account_id=account)] == [deal.id]
    # A deal in the Trash takes nothing: neither the note nor the link is written.
    with pytest.raises(NotFoundError):
        add_note(db, "Too late", account_id=account, deal_id=other.id)
    with pytest.raises(NotFoundError):
        create_activity(db, ActivityDraft("call", "Too late", account_id=account),
                        deal_id=other.id)  # fmt: skip
    texts = [
        i.note.body if i.note else i.activity.subject for i in timeline(db, account_id=account)
    ]  # type: ignore[union-attr]
    assert sorted(texts) == ["Price agreed", "Wants it by March"]
