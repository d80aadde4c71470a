"""Bulk actions: categories added or removed, a field set (account, keep-in-touch interval,
lead status, a custom field), one activity logged for each, on many contacts; each in one
transaction that writes its own undo record (no whole-database backup), undone in one step,
also from the record after a restart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.contacts import ContactSort
from crm_desktop.records.drafts import AccountDraft, AccountLinkDraft, ContactDraft, CustomValue
from crm_desktop.records.sales import LeadStatus
from crm_desktop.records.search import ContactFilter
from crm_desktop.records.vocabulary import ActivityKind
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.activities import get_activities
from crm_desktop.services.backups import list_backups
from crm_desktop.services.bulk_actions import (
    bulk_changes,
    categorize,
    log_for_each,
    set_account,
    set_custom_field_value,
    set_keep_in_touch_days,
    set_lead_statuses,
    undo_bulk,
    undo_last_bulk,
)
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_edits import contact_draft, trash_contacts
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.leads import list_leads, mark_lead


def _people(db: Database, count: int) -> list[int]:
    drafts = [
        ContactDraft(given_name=f"Person{i}", family_name="Test",
                     categories=("Customer",) if i % 2 else ())
        for i in range(count)
    ]  # fmt: skip
    return list(add_contacts(db, drafts))


def _in(db: Database, *names: str) -> list[int]:
    return ordered_contact_ids(
        db, filters=ContactFilter(categories=names), sort=ContactSort.CREATED
    )


def test_adding_a_category_to_many_and_its_undo(db: Database) -> None:
    ids = _people(db, 6)
    undo = categorize(db, ids[:4], ["Christmas card", "customer"])
    assert _in(db, "Christmas card") == ids[:4]
    assert _in(db, "Customer") == [ids[0], ids[1], ids[2], ids[3], ids[5]]
    assert sorted(undo.changes.contacts_changed) == ids[:4]
    assert ordered_contact_ids(db, "christmas") == ids[:4]  # the search index follows
    undo_bulk(db, undo)
    assert _in(db, "Christmas card") == []
    assert _in(db, "Customer") == [ids[1], ids[3], ids[5]]  # those it had stay
    assert ordered_contact_ids(db, "christmas") == []


def test_removing_a_category_from_many_and_its_undo(db: Database) -> None:
    ids = _people(db, 6)
    undo = categorize(db, ids, ["Customer"], remove=True)
    assert _in(db, "Customer") == []
    assert [c for c, _ in undo.removed] == [ids[1], ids[3], ids[5]]
    undo_bulk(db, undo)
    assert _in(db, "Customer") == [ids[1], ids[3], ids[5]]


def test_a_trashed_contact_is_left_alone(db: Database) -> None:
    ids = _people(db, 3)
    trash_contacts(db, [ids[0]])
    undo = categorize(db, ids, ["VIP"])
    assert [c for c, _ in undo.added] == ids[1:]


def test_setting_keep_in_touch_on_many_and_its_undo(db: Database) -> None:
    first, second = add_contacts(
        db,
        [ContactDraft(given_name="Ana", keep_in_touch_days=7), ContactDraft(given_name="Pau")],
    )
    undo = set_keep_in_touch_days(db, [first, second], 30)
    assert [contact_draft(db, i).keep_in_touch_days for i in (first, second)] == [30, 30]
    undo_bulk(db, undo)
    assert [contact_draft(db, i).keep_in_touch_days for i in (first, second)] == [7, None]


def test_a_bulk_change_takes_no_backup_and_writes_its_undo_record(db: Database) -> None:
    ids = _people(db, 11)
    undo = categorize(db, ids, ["Partner"])
    assert list_backups(db.path) == ()  # the undo record, committed with it, replaces it
    [change] = bulk_changes(db)
    assert (change.id, change.action, change.contacts, change.undone) == (
        undo.journal,
        "add-category",
        11,
        False,
    )
    undo_bulk(db, undo)
    assert bulk_changes(db)[0].undone


def test_the_newest_bulk_change_is_undone_from_its_record_after_a_restart(db: Database) -> None:
    ids = _people(db, 4)
    categorize(db, ids[:2], ["VIP"])
    set_keep_in_touch_days(db, ids, 14)  # the newest: undone first
    assert undo_last_bulk(db).action == "set-keep-in-touch"
    assert [contact_draft(db, i).keep_in_touch_days for i in ids] == [None] * 4
    assert _in(db, "VIP") == ids[:2]
    assert undo_last_bulk(db).action == "add-category"
    assert _in(db, "VIP") == []
    with pytest.raises(NotFoundError):
        undo_last_bulk(db)


def _linked(db: Database, contact_id: int) -> list[tuple[str, bool]]:
    return sorted((link.name, link.primary) for link in get_contact(db, contact_id).accounts)


def test_setting_the_account_of_many_and_its_undo(db: Database) -> None:
    create_account(db, AccountDraft("Aegean Foods"))
    first, second = add_contacts(db, [
        ContactDraft(given_name="Ana", accounts=(AccountLinkDraft("Olive Co", primary=True),)),
        ContactDraft(given_name="Pau"),
    ])  # fmt: skip
    undo = set_account(db, [first, second], "aegean foods")
    assert _linked(db, first) == [("Aegean Foods", True), ("Olive Co", False)]
    assert _linked(db, second) == [("Aegean Foods", True)]
    assert ordered_contact_ids(db, "aegean", sort=ContactSort.CREATED) == [first, second]
    undo_bulk(db, undo)
    assert _linked(db, first) == [("Olive Co", True)]
    assert _linked(db, second) == []
    assert ordered_contact_ids(db, "aegean") == []


def test_setting_an_account_that_does_not_exist_changes_nothing(db: Database) -> None:
    ids = _people(db, 2)
    with pytest.raises(InvalidValueError):
        set_account(db, ids, "Nobody Ltd")
    assert bulk_changes(db) == []


def test_setting_the_lead_status_of_many_and_its_undo(db: Database) -> None:
    first, second = _people(db, 2)
    mark_lead(db, contact_id=first)
    undo = set_lead_statuses(db, [first, second], LeadStatus.QUALIFIED)
    leads = {lead.contact_id: lead.status for lead in list_leads(db)}
    assert leads == {first: LeadStatus.QUALIFIED, second: LeadStatus.QUALIFIED}
    undo_bulk(db, undo)
    assert {lead.contact_id: lead.status for lead in list_leads(db)} == {first: LeadStatus.NEW}


def test_setting_a_custom_field_on_many_and_its_undo(db: Database) -> None:
    first, second = add_contacts(db, [
        ContactDraft(given_name="Ana", custom_fields=(CustomValue("Region", "Attica"),)),
        ContactDraft(given_name="Pau", custom_fields=(CustomValue("Shoe size", "42"),)),
    ])  # fmt: skip
    undo = set_custom_field_value(db, [first, second], "region", "Catalonia")
    assert contact_draft(db, first).custom_fields == (CustomValue("Region", "Catalonia"),)
    assert contact_draft(db, second).custom_fields == (
        CustomValue("Shoe size", "42"),
        CustomValue("region", "Catalonia"),
    )
    assert ordered_contact_ids(db, "catalonia", sort=ContactSort.CREATED) == [first, second]
    undo_bulk(db, undo)
    assert contact_draft(db, first).custom_fields == (CustomValue("Region", "Attica"),)
    assert contact_draft(db, second).custom_fields == (CustomValue("Shoe size", "42"),)
    assert ordered_contact_ids(db, "catalonia") == []


def test_logging_an_activity_for_each_and_its_undo(db: Database) -> None:
    ids = _people(db, 3)
    trash_contacts(db, [ids[2]])
    sent = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    undo = log_for_each(db, ids, ActivityKind.LETTER, "Sent Christmas card", sent)
    logged = get_activities(db, undo.activities)
    assert [(a.kind, a.subject, str(a.status), a.contact_ids) for a in logged] == [
        (ActivityKind.LETTER, "Sent Christmas card", "done", (ids[0],)),
        (ActivityKind.LETTER, "Sent Christmas card", "done", (ids[1],)),
    ]
    assert ordered_contact_ids(db, "christmas", sort=ContactSort.CREATED) == ids[:2]
    after = ContactFilter(last_contact_after=datetime(2026, 12, 1, tzinfo=UTC))
    assert ordered_contact_ids(db, filters=after, sort=ContactSort.CREATED) == ids[:2]
    undo_bulk(db, undo)
    assert get_activities(db, undo.activities) == []
    assert ordered_contact_ids(db, "christmas") == []
    assert ordered_contact_ids(db, filters=after) == []


@pytest.mark.parametrize("days", [0, -3])
def test_a_keep_in_touch_interval_under_one_day_is_refused(db: Database, days: int) -> None:
    ids = _people(db, 1)
    with pytest.raises(InvalidValueError):
        set_keep_in_touch_days(db, ids, days)


def test_a_log_without_a_subject_is_refused(db: Database) -> None:
    with pytest.raises(InvalidValueError):
        log_for_each(db, _people(db, 1), ActivityKind.CALL, " ", datetime.now(UTC))
