"""Merging duplicate accounts: every value kept, contacts, activities and notes moved, the
others in the Trash; undo puts everything back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crm_desktop.errors import NotFoundError
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    EmailValue,
    PhoneValue,
)
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.services.account_edits import create_account, trash_accounts, update_account
from crm_desktop.services.account_merge import merge_accounts, unmerge_accounts
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.activities import create_activity, get_activity
from crm_desktop.services.backups import list_backups
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_combine import ALSO_KNOWN_AS
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.exporting import account_drafts
from crm_desktop.services.notes import add_note, get_note

WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _accounts(db: Database) -> tuple[int, int]:
    """Aegean Foods twice: one with a phone, the other with a website, an address and an
    e-mail; a contact at each, one contact at both."""
    add_contacts(
        db,
        [
            ContactDraft("Eleni Vlachou", accounts=(AccountLinkDraft("Aegean Foods", "Buyer", True),)),
            ContactDraft("Nikos Georgiou", accounts=(AccountLinkDraft("Aegean Foods S.A.", "CEO", True),)),
            ContactDraft(
                "Maria Ioannou",
                accounts=(
                    AccountLinkDraft("Aegean Foods", "", False),
                    AccountLinkDraft("Aegean Foods S.A.", "Sales", True),
                ),
            ),
        ],
    )  # fmt: skip
    ids = {row.name: row.id for row in account_rows(db)}
    first, second = ids["Aegean Foods"], ids["Aegean Foods S.A."]
    update_account(
        db, first, AccountDraft("Aegean Foods", phones=(PhoneValue("+30 210 555 0100"),))
    )
    update_account(
        db,
        second,
        AccountDraft("Aegean Foods S.A.", website="https://aegean.example",
                     emails=(EmailValue("info@aegean.example"),)),
    )  # fmt: skip
    return first, second


def _links(db: Database, contact_id: int) -> list[tuple[str, str, bool]]:
    return [(a.name, a.title, a.primary) for a in get_contact(db, contact_id).accounts]


def test_merge_keeps_every_value_and_moves_contacts_activities_and_notes(db: Database) -> None:
    keep, other = _accounts(db)
    activity = create_activity(
        db, ActivityDraft("meeting", "Tasting", due=WHEN, account_id=AccountId(other))
    )
    note = add_note(db, "Pays in 60 days.", account_id=other)
    merged = merge_accounts(db, keep, [other])
    card = get_account(db, keep)
    assert card.website == "https://aegean.example"
    assert [p.value for p in card.phones] == ["+30 210 555 0100"]
    assert [e.value for e in card.emails] == ["info@aegean.example"]
    [draft] = account_drafts(db, [keep])
    assert (ALSO_KNOWN_AS, "Aegean Foods S.A.") in [(c.label, c.value) for c in draft.custom_fields]
    assert sorted(c.name for c in card.contacts) == [
        "Eleni Vlachou",
        "Maria Ioannou",
        "Nikos Georgiou",
    ]
    assert _links(db, 2) == [("Aegean Foods", "CEO", True)]
    assert _links(db, 3) == [("Aegean Foods", "", True)]  # the merged link was the primary
    assert get_activity(db, activity.id).account_id == keep
    assert get_note(db, note.id).account_id == keep
    assert [row.id for row in account_rows(db)] == [keep]
    assert [row.id for row in account_rows(db, trashed=True)] == [other]
    assert merged.backup is not None and merged.backup in list_backups(db.path)
    assert search_contacts(db, "Nikos").total == 1
    assert merged.changes.contacts_changed == (ContactId(2), ContactId(3))


def test_unmerge_puts_every_account_link_activity_and_note_back(db: Database) -> None:
    keep, other = _accounts(db)
    before = {i: account_drafts(db, [i])[0] for i in (keep, other)}
    links = {i: _links(db, i) for i in (1, 2, 3)}
    activity = create_activity(
        db, ActivityDraft("meeting", "Tasting", due=WHEN, account_id=AccountId(other))
    )
    note = add_note(db, "Pays in 60 days.", account_id=other)
    merged = merge_accounts(db, keep, [other])
    changes = unmerge_accounts(db, merged.undo)
    assert changes.accounts_added == (other,)
    assert {i: account_drafts(db, [i])[0] for i in (keep, other)} == before
    assert {i: _links(db, i) for i in (1, 2, 3)} == links
    assert get_activity(db, activity.id).account_id == other
    assert get_note(db, note.id).account_id == other
    assert sorted(row.id for row in account_rows(db)) == [keep, other]


def test_an_address_survives_a_merge_and_its_undo(db: Database) -> None:
    keep, _ = _accounts(db)
    third = create_account(
        db,
        AccountDraft(
            "Aegean", addresses=(AddressValue(("work",), street="Odos 1", locality="Athina"),)
        ),
    )
    merged = merge_accounts(db, keep, [third])
    assert [a.street for a in get_account(db, keep).addresses] == ["Odos 1"]
    unmerge_accounts(db, merged.undo)
    assert get_account(db, keep).addresses == ()
    assert [a.street for a in get_account(db, third).addresses] == ["Odos 1"]


@pytest.mark.parametrize("others", [[], [1]])
def test_merging_accounts_needs_another_one(db: Database, others: list[int]) -> None:
    _accounts(db)
    with pytest.raises(ValueError, match="at least one"):
        merge_accounts(db, 1, others)


def test_merging_refuses_a_missing_or_trashed_account(db: Database) -> None:
    keep, other = _accounts(db)
    trash_accounts(db, [other])
    with pytest.raises(NotFoundError):
        merge_accounts(db, keep, [other])
    with pytest.raises(NotFoundError):
        merge_accounts(db, keep, [99])
