"""The stages and sources the user edits, leads and converting them, and deals following
merges of accounts and contacts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.errors import InvalidValueError
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import AccountDraft, AccountLinkDraft, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.records.sales import DealContact, DealDraft, LeadStatus
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.account_merge import merge_accounts, unmerge_accounts
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal, get_deal, stage_history
from crm_desktop.services.duplicates import merge_contacts, unmerge_contacts
from crm_desktop.services.leads import (
    convert_account_lead,
    convert_lead,
    list_leads,
    mark_lead,
    set_lead_status,
    unmark_lead,
)
from crm_desktop.services.notes import add_note, timeline
from crm_desktop.services.stages import (
    add_stage,
    edit_stage,
    list_sources,
    list_stages,
    remove_stage,
    reorder_stages,
    set_sources,
)


def test_a_new_database_has_the_four_default_stages_and_sources(db: Database) -> None:
    assert [(s.name, s.probability) for s in list_stages(db)] == [
        ("Prospecting", 10),
        ("Qualification", 20),
        ("Proposal", 50),
        ("Negotiation", 80),
    ]
    assert list_sources(db)[:4] == ["referral", "web", "trade show", "campaign"]


def test_stages_are_added_renamed_reordered_and_refuse_a_bad_probability_or_name(
    db: Database,
) -> None:
    demo = add_stage(db, "Demo", 40, position=2)
    assert [s.name for s in list_stages(db)] == [
        "Prospecting", "Qualification", "Demo", "Proposal", "Negotiation",
    ]  # fmt: skip
    assert edit_stage(db, demo.id, "Live demo", 45).probability == 45
    with pytest.raises(InvalidValueError):
        add_stage(db, "Proposal", 10)
    with pytest.raises(InvalidValueError):
        edit_stage(db, demo.id, "Live demo", 120)
    ids = [s.id for s in list_stages(db)]
    reordered = reorder_stages(db, list(reversed(ids)))
    assert reordered[0].name == "Negotiation"
    with pytest.raises(InvalidValueError):
        reorder_stages(db, ids[:-1])


def test_removing_a_stage_moves_its_deals_recording_it_and_is_refused_without_a_target(
    db: Database,
) -> None:
    account = create_account(db, AccountDraft("Aegean Foods"))
    deal = create_deal(db, DealDraft("Oil", account, Decimal("10"), "EUR", "Qualification"))
    stages = {s.name: s.id for s in list_stages(db)}
    with pytest.raises(InvalidValueError):
        remove_stage(db, stages["Qualification"])
    left = remove_stage(db, stages["Qualification"], move_to=stages["Proposal"])
    assert "Qualification" not in [s.name for s in left]
    moved = get_deal(db, deal.id)
    assert (moved.stage, moved.probability) == ("Proposal", 50)
    assert stage_history(db, deal.id)[-1].from_stage == "Qualification"
    assert [s.position for s in left] == [0, 1, 2]


def test_the_sources_list_is_replaced_whole_in_order(db: Database) -> None:
    assert set_sources(db, ["web", " fair ", "", "web", "referral"]) == ["web", "fair", "referral"]


def test_a_contact_marked_as_lead_is_listed_with_its_status_and_disqualifying_needs_a_reason(
    db: Database,
) -> None:
    [eleni, pau] = add_contacts(
        db,
        [
            ContactDraft("Eleni", accounts=(AccountLinkDraft("Aegean Foods", primary=True),)),
            ContactDraft("Pau"),
        ],
    )
    mark_lead(db, contact_id=eleni, source="trade show")
    mark_lead(db, contact_id=pau, status=LeadStatus.CONTACTED)
    leads = list_leads(db)
    assert [(x.name, x.account_name, x.status, x.source) for x in leads] == [
        ("Eleni", "Aegean Foods", LeadStatus.NEW, "trade show"),
        ("Pau", "", LeadStatus.CONTACTED, ""),
    ]
    with pytest.raises(InvalidValueError):
        set_lead_status(db, contact_id=pau, status=LeadStatus.DISQUALIFIED)
    out = set_lead_status(db, contact_id=pau, status=LeadStatus.DISQUALIFIED, reason="no budget")
    assert (out.status, out.reason) == (LeadStatus.DISQUALIFIED, "no budget")
    with pytest.raises(InvalidValueError):
        convert_lead(db, pau, account_name="Serra SL")
    unmark_lead(db, contact_id=pau)
    assert [x.name for x in list_leads(db)] == ["Eleni"]


def test_an_account_can_be_a_lead_too(db: Database) -> None:
    account = create_account(db, AccountDraft("Vilaseca Vins"))
    mark_lead(db, account_id=account, source="web")
    [lead] = list_leads(db, status=LeadStatus.NEW)
    assert (lead.account_id, lead.contact_id, lead.name) == (account, None, "Vilaseca Vins")


def test_converting_a_lead_matches_the_account_by_the_duplicate_rules_and_opens_a_deal(
    db: Database,
) -> None:
    existing = create_account(db, AccountDraft("Aegean Foods S.A."))
    [eleni] = add_contacts(db, [ContactDraft("Eleni Papadopoulou")])
    create_activity(db, ActivityDraft("call", "First call", contact_ids=(ContactId(eleni),)))
    mark_lead(db, contact_id=eleni, status=LeadStatus.QUALIFIED, source="referral")
    done = convert_lead(
        db, eleni, account_name="AEGEAN FOODS SA", deal_title="Olive oil", amount=Decimal("500")
    )
    assert (done.account_id, done.account_created) == (existing, False)
    assert list_leads(db) == []
    card = get_account(db, existing)
    assert [c.name for c in card.contacts] == ["Eleni Papadopoulou"]
    assert done.deal_id is not None
    deal = get_deal(db, done.deal_id)
    assert (deal.account_id, deal.source, deal.origin_contact_id) == (existing, "referral", eleni)
    assert [c.contact_id for c in deal.contacts] == [eleni]
    # The lead's history is kept: its call shows on its account's timeline.
    assert [i.activity.subject for i in timeline(db, account_id=existing) if i.activity] == [
        "First call"
    ]


def test_converting_an_account_lead_makes_a_qualified_account_keeping_its_history_and_a_deal(
    db: Database,
) -> None:
    account = create_account(db, AccountDraft("Vilaseca Vins"))
    [joan] = add_contacts(db, [ContactDraft("Joan Vila", accounts=(AccountLinkDraft(
        "Vilaseca Vins"),))])  # fmt: skip
    add_note(db, "Met at the wine fair", account_id=account)
    mark_lead(db, account_id=account, status=LeadStatus.CONTACTED, source="trade show")
    done = convert_account_lead(
        db, account, deal_title="Cava 2027", amount=Decimal("4200.50"), currency="EUR"
    )
    assert (done.contact_id, done.account_id, done.account_created) == (None, account, False)
    assert list_leads(db) == []
    card = get_account(db, account)
    assert [c.id for c in card.contacts] == [joan]
    assert [i.note.body for i in timeline(db, account_id=account) if i.note] == [
        "Met at the wine fair"
    ]
    assert done.deal_id is not None
    deal = get_deal(db, done.deal_id)
    assert (deal.title, deal.account_id, deal.amount, deal.source) == (
        "Cava 2027", account, Decimal("4200.50"), "trade show",
    )  # fmt: skip
    assert deal.origin_contact_id is None
    with pytest.raises(InvalidValueError):
        convert_account_lead(db, account)  # no lead any more


def test_a_disqualified_account_lead_is_not_converted(db: Database) -> None:
    account = create_account(db, AccountDraft("Rival Foods"))
    mark_lead(db, account_id=account)
    set_lead_status(db, account_id=account, status=LeadStatus.DISQUALIFIED, reason="Competitor")
    with pytest.raises(InvalidValueError):
        convert_account_lead(db, account, deal_title="X", amount=Decimal(1))
    [lead] = list_leads(db)
    assert (lead.account_id, lead.status) == (account, LeadStatus.DISQUALIFIED)


def test_converting_a_lead_with_a_new_company_creates_the_account(db: Database) -> None:
    [pau] = add_contacts(db, [ContactDraft("Pau Serra")])
    mark_lead(db, contact_id=pau)
    with pytest.raises(InvalidValueError):
        convert_lead(db, pau)  # no company to put it under
    done = convert_lead(db, pau, account_name="Serra Vins")
    assert done.account_created and done.deal_id is None
    assert [r.name for r in account_rows(db)] == ["Serra Vins"]
    with pytest.raises(InvalidValueError):
        convert_lead(db, pau, account_name="Serra Vins")  # no lead any more


def test_merging_accounts_moves_their_deals_and_undoing_moves_them_back(db: Database) -> None:
    keep = create_account(db, AccountDraft("Aegean Foods"))
    other = create_account(db, AccountDraft("Aegean Foods S.A."))
    deal = create_deal(db, DealDraft("Oil", other, Decimal("10"), "EUR"))
    merged = merge_accounts(db, keep, [other])
    assert get_deal(db, deal.id).account_id == keep
    unmerge_accounts(db, merged.undo)
    assert get_deal(db, deal.id).account_id == other


def test_merging_contacts_moves_their_places_on_deals_and_undoing_moves_them_back(
    db: Database,
) -> None:
    account = create_account(db, AccountDraft("Aegean Foods"))
    keep, other = add_contacts(db, [ContactDraft("Eleni P."), ContactDraft("Eleni Papa")])
    link = DealContact(ContactId(other), role="decision maker")
    deal = create_deal(db, DealDraft("Oil", account, Decimal("10"), "EUR", contacts=(link,)))
    merged = merge_contacts(db, keep, [other])
    assert [(c.contact_id, c.role) for c in get_deal(db, deal.id).contacts] == [
        (keep, "decision maker")
    ]
    unmerge_contacts(db, merged.undo)
    assert [c.contact_id for c in get_deal(db, deal.id).contacts] == [other]
