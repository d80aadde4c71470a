"""Editing, trashing and restoring contacts; sorting by every column; the Rolodex counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.records.contacts import ContactSort
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft, EmailValue, PhoneValue
from crm_desktop.services.contact_edits import (
    delete_contacts_for_good,
    restore_contacts,
    trash_contacts,
    update_contact,
)
from crm_desktop.services.contact_list import (
    category_counts,
    ordered_contact_ids,
    record_counts,
    search_contacts,
)
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database, open_database


def test_an_edit_replaces_the_details_and_keeps_notes_and_creation_time(db: Database) -> None:
    [contact_id] = add_contacts(
        db,
        [
            ContactDraft(
                "Ana Puig", emails=(EmailValue("old@puig.example"),), categories=("Customer",)
            )
        ],
    )
    before = get_contact(db, contact_id)
    with sqlite3.connect(db.path) as raw:
        raw.execute(
            "INSERT INTO notes (contact_id, body, pinned, created_at, updated_at) VALUES (?, 'met', 0, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')",
            (contact_id,),
        )
    draft = ContactDraft(
        "Ana Puig i Serra",
        family_name="Puig",
        emails=(EmailValue("new@puig.example", ("work",), True),),
        phones=(PhoneValue("+34 972 000 111"),),
        accounts=(AccountLinkDraft("Vilaseca Vins", "CEO", True),),
        title="CEO",
    )
    changes = update_contact(db, contact_id, draft)
    assert changes.contacts_changed == (contact_id,)
    after = get_contact(db, contact_id)
    assert after.draft == draft
    assert after.created_at == before.created_at and after.updated_at > before.updated_at
    assert search_contacts(db, "old@puig").total == 0
    assert search_contacts(db, "972000111").total == 1
    assert search_contacts(db, "vilaseca").total == 1
    with sqlite3.connect(db.path) as raw:
        assert raw.execute("SELECT count(*) FROM notes").fetchone()[0] == 1  # not cascaded away


def test_trash_and_restore_take_contacts_out_of_the_lists_and_back(db: Database) -> None:
    ids = add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    removed = trash_contacts(db, [ids[0]])
    assert removed.contacts_removed == (ids[0],)
    assert [row.name for row in search_contacts(db).rows] == ["Pau Serra"]
    assert search_contacts(db, "puig").total == 0
    assert [row.name for row in search_contacts(db, trashed=True).rows] == ["Ana Puig"]
    assert search_contacts(db, "ana", trashed=True).total == 1
    assert record_counts(db).trashed == 1
    restored = restore_contacts(db, [ids[0]])
    assert restored.contacts_added == (ids[0],)
    assert search_contacts(db, "puig").total == 1
    assert get_contact(db, ids[0]).deleted_at is None


def test_trashing_twice_or_restoring_a_live_contact_changes_nothing(db: Database) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("Ana Puig")])
    assert restore_contacts(db, [contact_id]).contacts_added == ()
    trash_contacts(db, [contact_id])
    assert trash_contacts(db, [contact_id]).contacts_removed == ()


def test_delete_for_good_removes_the_contact(db: Database) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("Ana Puig")])
    delete_contacts_for_good(db, [contact_id])
    assert search_contacts(db).total == 0 and search_contacts(db, trashed=True).total == 0


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (ContactSort.TITLE, ["Γιάννης", "Ana", "Pau"]),  # "" < "buyer" < "ceo"
        (ContactSort.ACCOUNT, ["Γιάννης", "Pau", "Ana"]),  # none < "Àlfa" < "Zeta"
        (ContactSort.EMAIL, ["Γιάννης", "Pau", "Ana"]),
        (ContactSort.PHONE, ["Ana", "Γιάννης", "Pau"]),
    ],
)
def test_every_column_sorts(db: Database, sort: ContactSort, expected: list[str]) -> None:
    add_contacts(
        db,
        [
            ContactDraft("Ana", title="Buyer", accounts=(AccountLinkDraft("Zeta"),),
                         emails=(EmailValue("z@x.example"),)),
            ContactDraft("Pau", title="CEO", accounts=(AccountLinkDraft("Àlfa"),),
                         emails=(EmailValue("a@x.example"),), phones=(PhoneValue("+34 9"),)),
            ContactDraft("Γιάννης", phones=(PhoneValue("+30 1"),)),
        ],
    )  # fmt: skip
    names = [row.name for row in search_contacts(db, sort=sort).rows]
    assert names == expected
    assert [row.name for row in search_contacts(db, sort=sort, descending=True).rows] == expected[
        ::-1
    ]


def test_arabic_titles_sort_in_arabic_order_and_persian_in_persian(tmp_path: Path) -> None:
    titles = ["وكيل", "هندسة"]
    for locale, expected in (("ar_EG", ["هندسة", "وكيل"]), ("fa_IR", ["وكيل", "هندسة"])):
        with open_database(tmp_path / f"{locale}.sqlite3", locale) as db:
            add_contacts(db, [ContactDraft(f"N{i}", title=t) for i, t in enumerate(titles)])
            rows = search_contacts(db, sort=ContactSort.TITLE).rows
            assert [row.title for row in rows] == expected


def test_a_category_filter_combines_with_the_search(db: Database) -> None:
    add_contacts(
        db,
        [
            ContactDraft("Ana Puig", categories=("Customer",)),
            ContactDraft("Anna Serra", categories=("Prospect",)),
            ContactDraft("Pau Puig", categories=("Customer", "Partner")),
        ],
    )
    counts = {c.name: c.count for c in category_counts(db)}
    assert (counts["Customer"], counts["Prospect"], counts["Partner"], counts["Vendor"]) == (
        2,
        1,
        1,
        0,
    )
    customer = next(c.id for c in category_counts(db) if c.name == "Customer")
    assert [r.name for r in search_contacts(db, "puig", category=customer).rows] == [
        "Ana Puig",
        "Pau Puig",
    ]
    assert [r.name for r in search_contacts(db, "ana", category=customer).rows] == ["Ana Puig"]
    assert len(ordered_contact_ids(db, category=customer)) == 2


def test_last_contact_and_next_activity_come_from_the_activities(db: Database) -> None:
    ana, pau, _joan = add_contacts(
        db, [ContactDraft("Ana"), ContactDraft("Pau"), ContactDraft("Joan")]
    )
    rows = [
        ("call", "done", "2026-11-01T09:00:00.000000Z", None, ana),
        ("meeting", "done", "2026-11-20T09:00:00.000000Z", None, ana),
        ("task", "open", None, "2026-12-01T08:00:00.000000Z", ana),
        ("task", "open", None, "2026-11-25T08:00:00.000000Z", pau),
        ("email", "cancelled", "2026-11-22T08:00:00.000000Z", None, pau),
    ]
    with sqlite3.connect(db.path) as raw:
        for number, (kind, status, done, due, contact) in enumerate(rows, start=1):
            raw.execute(
                "INSERT INTO activities (id, kind, status, completed_at, due_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')",
                (number, kind, status, done, due),
            )
            raw.execute("INSERT INTO activity_contacts VALUES (?, ?)", (number, contact))
    by_name = {row.name: row for row in search_contacts(db).rows}
    assert by_name["Ana"].last_contact is not None and by_name["Ana"].last_contact.day == 20
    assert by_name["Ana"].next_activity is not None and by_name["Ana"].next_activity.month == 12
    assert by_name["Pau"].last_contact is None  # a cancelled email is no contact
    assert by_name["Joan"].next_activity is None
    soonest = [row.name for row in search_contacts(db, sort=ContactSort.NEXT_ACTIVITY).rows]
    assert soonest == ["Pau", "Ana", "Joan"]  # nothing planned: last
    latest = [
        row.name for row in search_contacts(db, sort=ContactSort.LAST_CONTACT, descending=True).rows
    ]
    assert latest[0] == "Ana"
    # Nothing planned, nothing done: last, whichever way the list is sorted.
    for descending in (False, True):
        planned = search_contacts(db, sort=ContactSort.NEXT_ACTIVITY, descending=descending)
        assert [row.name for row in planned.rows][-1] == "Joan"
        done = search_contacts(db, sort=ContactSort.LAST_CONTACT, descending=descending)
        assert [row.name for row in done.rows][1:] in (["Pau", "Joan"], ["Joan", "Pau"])
    latest_first = search_contacts(db, sort=ContactSort.NEXT_ACTIVITY, descending=True)
    assert [row.name for row in latest_first.rows] == ["Ana", "Pau", "Joan"]
