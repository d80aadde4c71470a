"""Filters alone and combined with the text search, and smart folders with a live count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import AccountLinkDraft, AddressValue, ContactDraft
from crm_desktop.records.search import ContactFilter
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contact_edits import contact_draft, trash_contacts, update_contact
from crm_desktop.services.contact_list import ordered_contact_ids, search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.smart_folders import (
    folder_contact_ids,
    remove_folder,
    rename_folder,
    save_smart_folder,
    smart_folder,
    smart_folders,
)


def _at(city: str, country: str = "Greece") -> tuple[AddressValue, ...]:
    return (AddressValue(locality=city, country=country),)


PEOPLE = (
    ContactDraft(given_name="Eleni", family_name="Vlachou", categories=("VIP", "Customer"),
                 addresses=_at("Αθήνα"), accounts=(AccountLinkDraft("Aegean Foods"),)),
    ContactDraft(given_name="Nikos", family_name="Vlachos", categories=("Customer",),
                 addresses=_at("Athina")),
    ContactDraft(given_name="Anna", family_name="Ferrer", categories=("VIP",),
                 addresses=_at("Girona", "Spain"), keep_in_touch_days=30),
    ContactDraft(given_name="Joan", family_name="Vila", categories=("VIP", "Customer", "Partner"),
                 addresses=_at("Thessaloniki")),
)  # fmt: skip


@pytest.fixture
def ids(db: Database) -> list[int]:
    return list(add_contacts(db, PEOPLE))


def _names(db: Database, query: str = "", **filters: object) -> list[str]:
    found = ordered_contact_ids(db, query, filters=ContactFilter(**filters))  # type: ignore[arg-type]
    page = search_contacts(db, query, filters=ContactFilter(**filters), limit=100)  # type: ignore[arg-type]
    assert page.total == len(found)
    return sorted(row.name for row in page.rows)


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"categories": ("vip", "CUSTOMER")}, ["Eleni Vlachou", "Joan Vila"]),
        ({"categories": ("VIP", "Partner"), "any_category": True},
         ["Anna Ferrer", "Eleni Vlachou", "Joan Vila"]),
        ({"categories": ("VIP", "Nonexistent")}, []),
        ({"city": "αθηνα"}, ["Eleni Vlachou"]),
        ({"city": "Athina"}, ["Nikos Vlachos"]),
        ({"country": "spain"}, ["Anna Ferrer"]),
        ({"account": "aegean foods"}, ["Eleni Vlachou"]),
        ({"keep_in_touch_overdue": True}, ["Anna Ferrer"]),
        ({"categories": ("VIP", "Customer"), "city": "Thessaloniki"}, ["Joan Vila"]),
    ],
)  # fmt: skip
def test_each_filter_alone_and_combined(
    db: Database, ids: list[int], filters: dict[str, object], names: list[str]
) -> None:
    assert _names(db, **filters) == names


def test_filters_combine_with_the_text_search(db: Database, ids: list[int]) -> None:
    assert _names(db, "vlach", categories=("Customer",)) == ["Eleni Vlachou", "Nikos Vlachos"]
    assert _names(db, "vlach", categories=("VIP",)) == ["Eleni Vlachou"]


def test_open_activities_and_last_contact_filters(db: Database, ids: list[int]) -> None:
    done = datetime.now(UTC) - timedelta(days=3)
    create_activity(db, ActivityDraft("call", "Called", status="done", start=done,
                                      completed_at=done, contact_ids=(ids[0],)))  # fmt: skip
    create_activity(db, ActivityDraft("task", "Send offer", due=datetime.now(UTC) + timedelta(days=1),
                                      contact_ids=(ids[1],)))  # fmt: skip
    assert _names(db, open_activities=True) == ["Nikos Vlachos"]
    week_ago = datetime.now(UTC) - timedelta(days=7)
    assert _names(db, last_contact_after=week_ago) == ["Eleni Vlachou"]
    assert _names(db, last_contact_before=week_ago) == []
    assert _names(db, last_contact_before=datetime.now(UTC)) == ["Eleni Vlachou"]


def test_a_smart_folders_count_follows_edits(db: Database, ids: list[int]) -> None:
    folder = save_smart_folder(db, "Athens VIPs", "", ContactFilter(categories=("VIP",),
                                                                     country="Greece"))  # fmt: skip
    assert [(f.name, f.count) for f in smart_folders(db)] == [("Athens VIPs", 2)]
    nikos = contact_draft(db, ids[1])
    update_contact(db, ids[1], ContactDraft(**{**_fields(nikos), "categories": ("VIP",)}))
    assert smart_folders(db)[0].count == 3
    trash_contacts(db, [ids[0]])
    assert smart_folders(db)[0].count == 2
    assert sorted(folder_contact_ids(db, smart_folder(db, "athens vips"))) == [ids[1], ids[3]]
    assert folder.filters == smart_folders(db)[0].filters


def _fields(draft: ContactDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in draft.__slots__}  # type: ignore[attr-defined]


def test_a_smart_folder_is_renamed_and_removed(db: Database, ids: list[int]) -> None:
    folder = save_smart_folder(db, "Customers", "vlach", ContactFilter(categories=("Customer",)))
    save_smart_folder(db, "Partners", "", ContactFilter(categories=("Partner",)))
    with pytest.raises(InvalidValueError):
        save_smart_folder(db, "customers", "", ContactFilter())
    with pytest.raises(InvalidValueError):
        rename_folder(db, folder.id, "PARTNERS")
    rename_folder(db, folder.id, "Greek customers")
    assert [(f.name, f.query, f.count) for f in smart_folders(db)] == [
        ("Greek customers", "vlach", 2), ("Partners", "", 1),
    ]  # fmt: skip
    remove_folder(db, folder.id)
    assert [f.name for f in smart_folders(db)] == ["Partners"]
    with pytest.raises(NotFoundError):
        remove_folder(db, folder.id)


def test_the_lead_status_and_deal_stage_filters(db: Database, ids: list[int]) -> None:
    from decimal import Decimal

    from crm_desktop.records.sales import DealContact, DealDraft, LeadStatus
    from crm_desktop.services.deals import create_deal, lose_deal
    from crm_desktop.services.leads import account_by_name, mark_lead, set_lead_status

    mark_lead(db, contact_id=ids[0])
    mark_lead(db, contact_id=ids[2])
    set_lead_status(db, contact_id=ids[2], status=LeadStatus.QUALIFIED)
    assert _names(db, lead_status="qualified") == ["Anna Ferrer"]
    assert _names(db, lead_status="new") == ["Eleni Vlachou"]
    account = account_by_name(db, "Aegean Foods")
    assert account is not None
    on = (DealContact(ids[1]),)
    proposal = DealDraft("Oil", account, Decimal(100), "EUR", "Proposal", contacts=on)
    create_deal(db, proposal)
    lost = create_deal(db, DealDraft("Old", account, Decimal(5), "EUR", "Negotiation",
                                     contacts=(DealContact(ids[3]),)))  # fmt: skip
    lose_deal(db, lost.id, "price")
    assert _names(db, deal_stage="Proposal") == ["Nikos Vlachos"]
    assert _names(db, deal_stage="Negotiation") == []  # a lost deal is at no stage
    assert _names(db, "vlach", deal_stage="Proposal", lead_status="new") == []
