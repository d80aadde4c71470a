"""Accounts: the list, searching it, and an account's card with its contacts."""

from __future__ import annotations

import pytest

from crm_desktop.errors import NotFoundError
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database


def test_accounts_list_counts_their_contacts_and_searches_by_name(db: Database) -> None:
    ids = add_contacts(
        db,
        [
            ContactDraft("Ana Puig", accounts=(AccountLinkDraft("Vilaseca Vins", "CEO", True),)),
            ContactDraft("Pau Serra", accounts=(AccountLinkDraft("VILASECA VINS"),)),
            ContactDraft("Eleni", accounts=(AccountLinkDraft("Αιγαίο Τρόφιμα"),)),
        ],
    )
    rows = account_rows(db)
    assert [(r.name, r.contacts) for r in rows] == [("Vilaseca Vins", 2), ("Αιγαίο Τρόφιμα", 1)]
    assert [r.name for r in account_rows(db, "αιγαιο")] == ["Αιγαίο Τρόφιμα"]
    trash_contacts(db, [ids[1]])
    assert account_rows(db, "vins")[0].contacts == 1
    card = get_account(db, rows[0].id)
    assert [c.name for c in card.contacts] == ["Ana Puig"]


def test_an_unknown_account_is_reported(db: Database) -> None:
    with pytest.raises(NotFoundError):
        get_account(db, 99)


def test_an_account_name_is_one_per_company(db: Database) -> None:
    from crm_desktop.errors import InvalidValueError
    from crm_desktop.records.drafts import AccountDraft
    from crm_desktop.services.account_edits import create_account, update_account

    first = create_account(db, AccountDraft("Cal Pep"))
    second = create_account(db, AccountDraft("Vilaseca"))
    with pytest.raises(InvalidValueError):
        create_account(db, AccountDraft("CAL PEP"))
    with pytest.raises(InvalidValueError):
        update_account(db, second, AccountDraft("cal pep"))
    update_account(db, first, AccountDraft("Cal Pep Distribucions"))
    assert [r.name for r in account_rows(db)] == ["Cal Pep Distribucions", "Vilaseca"]
