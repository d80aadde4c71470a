"""Bulk actions: categories added or removed and the keep-in-touch interval set on many
contacts, each in one transaction, backed up first past 10 contacts, undone in one step."""

from __future__ import annotations

from crm_desktop.records.contacts import ContactSort
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.search import ContactFilter
from crm_desktop.services.backups import list_backups
from crm_desktop.services.bulk_actions import categorize, set_keep_in_touch_days, undo_bulk
from crm_desktop.services.contact_edits import contact_draft, trash_contacts
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database


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


def test_more_than_ten_contacts_are_backed_up_first_and_ten_are_not(db: Database) -> None:
    ids = _people(db, 11)
    categorize(db, ids[:10], ["VIP"])
    assert list_backups(db.path) == ()
    categorize(db, ids, ["Partner"])
    assert [b.reason for b in list_backups(db.path)] == ["before-bulk-edit"]
