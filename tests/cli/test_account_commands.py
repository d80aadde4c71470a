"""``accounts``, ``account show|add|edit|delete|restore`` through the command line: the
documented shapes, the exit statuses and their one line, and each write seen through the
services the window reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    ContactDraft,
    EmailValue,
    PhoneValue,
)
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.trash import trash_items
from tests.cli.conftest import Cli

AEGEAN = AccountDraft(
    name="Aegean Foods S.A.",
    website="https://aegean.example",
    industry="Food",
    note="Pays on time",
    categories=("Customer",),
    emails=(EmailValue("info@aegean.example", ("work",), True),),
    phones=(PhoneValue("+30 210 555 0100", ("work",)),),
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        create_account(db, AEGEAN)  # id 1
        create_account(db, AccountDraft(name="Nova Co"))  # id 2
        link = AccountLinkDraft("Aegean Foods S.A.", "Buyer", True)
        add_contacts(
            db,
            [
                ContactDraft("Eleni Papadopoulou", title="Buyer", accounts=(link,)),  # id 1
                ContactDraft("Andreas Nikolaou", title="Buyer", accounts=(link,)),  # id 2
            ],
        )
    return path


def test_account_show_json_gives_the_contact_fields_that_apply_and_contact_ids(
    cli: Cli, db_path: Path
) -> None:
    shown = cli("account", "show", "1", "--json", "--db", str(db_path)).json()
    assert shown.pop("created_at").endswith("Z")
    assert shown.pop("updated_at").endswith("Z")
    assert shown == {
        "id": 1,
        "name": "Aegean Foods S.A.",
        "website": "https://aegean.example",
        "industry": "Food",
        "emails": [{"value": "info@aegean.example", "types": ["work"], "preferred": True}],
        "phones": [{"value": "+30 210 555 0100", "types": ["work"], "preferred": False}],
        "addresses": [],
        "urls": [],
        "categories": ["Customer"],
        "note": "Pays on time",
        "contact_ids": [2, 1],  # in name order: Andreas, Eleni
    }


def test_account_show_prints_the_account_and_its_contacts(cli: Cli, db_path: Path) -> None:
    ran = cli("account", "show", "1", "--db", str(db_path))
    assert ran.status == 0
    assert ran.out.splitlines() == [
        "Aegean Foods S.A.",
        "Website: https://aegean.example",
        "Industry: Food",
        "Categories: Customer",
        "Email (work): info@aegean.example",
        "Phone (work): +30 210 555 0100",
        "",
        "Pays on time",
        "",
        "Contacts:",
        "  2\tAndreas Nikolaou\tBuyer",
        "  1\tEleni Papadopoulou\tBuyer",
    ]


def test_accounts_lists_one_per_line_and_searches_by_name(cli: Cli, db_path: Path) -> None:
    ran = cli("accounts", "--db", str(db_path))
    assert ran.status == 0
    assert ran.out.splitlines() == [
        "1\tAegean Foods S.A.\thttps://aegean.example\t+30 210 555 0100\t"
        "info@aegean.example\t2 contacts",
        "2\tNova Co\t\t\t\t0 contacts",
    ]
    assert cli("accounts", "nova", "--db", str(db_path)).out.startswith("2\tNova Co\t")
    added = cli("contact", "add", "--name", "Marta Puig", "--account", "2", "--db", str(db_path))
    assert added.status == 0
    assert cli("accounts", "nova", "--db", str(db_path)).out.endswith("\t1 contact\n")


def test_accounts_json_is_an_array_of_the_account_shape(cli: Cli, db_path: Path) -> None:
    listed = cli("accounts", "--json", "--db", str(db_path)).json()
    assert [a["name"] for a in listed] == ["Aegean Foods S.A.", "Nova Co"]
    shown = cli("account", "show", "1", "--json", "--db", str(db_path)).json()
    assert listed[0] == shown
    assert listed[1]["contact_ids"] == []


def test_account_add_creates_it_in_one_write_and_prints_it(cli: Cli, db_path: Path) -> None:
    ran = cli(
        "account", "add", "--name", "Costa Oils", "--website", "https://costa.example",
        "--industry", "Oil", "--email", "sales@costa.example", "--phone", "+30 2810 555 000",
        "--json", "--db", str(db_path),
    )  # fmt: skip
    added = ran.json()
    assert added["id"] == 3 and added["name"] == "Costa Oils"
    with open_database(db_path, "en") as db:
        card = get_account(db, 3)
    assert (card.website, card.industry) == ("https://costa.example", "Oil")
    assert [e.value for e in card.emails] == ["sales@costa.example"]
    assert [p.value for p in card.phones] == ["+30 2810 555 000"]


def test_account_add_with_a_name_another_account_has_is_refused(cli: Cli, db_path: Path) -> None:
    ran = cli("account", "add", "--name", "nova co", "--db", str(db_path))
    assert ran.status == 1
    assert ran.err == "crm-desktop: name: 'nova co' is not a name no other account has\n"
    with open_database(db_path, "en") as db:
        assert len(account_rows(db)) == 2


def test_account_edit_replaces_what_is_given_adds_and_removes_details(
    cli: Cli, db_path: Path
) -> None:
    ran = cli(
        "account", "edit", "1", "--name", "Aegean Foods", "--remove-email", "INFO@aegean.example",
        "--email", "orders@aegean.example", "--remove-phone", "+302105550100",
        "--db", str(db_path),
    )  # fmt: skip
    assert ran.status == 0, ran.err
    assert ran.out.startswith("1\tAegean Foods\thttps://aegean.example\t\torders@aegean.example")
    with open_database(db_path, "en") as db:
        card = get_account(db, 1)
    assert card.name == "Aegean Foods" and card.industry == "Food"  # not given: kept
    assert [e.value for e in card.emails] == ["orders@aegean.example"]
    assert card.phones == ()
    assert len(card.contacts) == 2  # its contacts stay


def test_account_edit_removing_an_email_it_does_not_have_writes_nothing(
    cli: Cli, db_path: Path
) -> None:
    ran = cli(
        "account", "edit", "1", "--name", "Changed", "--remove-email", "nobody@x.example",
        "--db", str(db_path),
    )  # fmt: skip
    assert ran.status == 1
    assert ran.err == (
        "crm-desktop: --remove-email: 'nobody@x.example' is not one of account 1's email "
        "addresses\n"
    )
    with open_database(db_path, "en") as db:
        assert get_account(db, 1).name == "Aegean Foods S.A."


def test_account_delete_moves_it_to_the_trash_and_restore_brings_it_back(
    cli: Cli, db_path: Path
) -> None:
    ran = cli("account", "delete", "2", "--db", str(db_path))
    assert (ran.status, ran.out) == (0, "account 2 (Nova Co): moved to the Trash\n")
    with open_database(db_path, "en") as db:
        assert [row.name for row in account_rows(db)] == ["Aegean Foods S.A."]
        assert [(item.kind.value, item.id) for item in trash_items(db)] == [("account", 2)]
    ran = cli("account", "restore", "2", "--db", str(db_path))
    assert (ran.status, ran.out) == (0, "account 2 (Nova Co): restored from the Trash\n")
    with open_database(db_path, "en") as db:
        assert [row.name for row in account_rows(db)] == ["Aegean Foods S.A.", "Nova Co"]


@pytest.mark.parametrize(
    "argv",
    [
        ("account", "show", "9"),
        ("account", "edit", "9", "--industry", "x"),
        ("account", "delete", "2", "9"),
        ("account", "restore", "9"),
    ],
)
def test_an_unknown_account_is_status_1_in_one_line_and_nothing_is_written(
    cli: Cli, db_path: Path, argv: tuple[str, ...]
) -> None:
    ran = cli(*argv, "--db", str(db_path))
    assert (ran.status, ran.out, ran.err) == (1, "", "crm-desktop: no account with id 9\n")
    with open_database(db_path, "en") as db:
        assert len(account_rows(db)) == 2  # account 2 was not deleted either


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--email", "info-at-costa", "argument --email: 'info-at-costa' is not an email address"),
        ("--phone", "call me", "argument --phone: 'call me' is not a phone number (digits, "
                               "spaces, + ( ) - . /)"),
        ("--name", " ", "argument --name: an empty text"),
    ],
)  # fmt: skip
def test_a_value_of_the_wrong_form_is_a_usage_error_writing_nothing(
    cli: Cli, db_path: Path, option: str, value: str, message: str
) -> None:
    argv = ["account", "add", "--name", "Costa Oils", option, value] if option != "--name" else [
        "account", "add", option, value]  # fmt: skip
    ran = cli(*argv, "--db", str(db_path))
    assert ran.status == 2
    assert ran.error == f"crm-desktop account add: error: {message}"
    with open_database(db_path, "en") as db:
        assert len(account_rows(db)) == 2
