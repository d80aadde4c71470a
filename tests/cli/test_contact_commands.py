"""``contact add|edit|delete|restore`` through the command line: the options, the account
given by name or id, the contact editor's rules, the Trash, the exit statuses and their one
line, each write seen through the services the window reads."""

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
from crm_desktop.services.account_edits import create_account, trash_accounts
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.trash import trash_items
from tests.cli.conftest import Cli

ELENI = ContactDraft(
    "Eleni Papadopoulou",
    given_name="Eleni",
    family_name="Papadopoulou",
    title="Buyer",
    categories=("Customer",),
    emails=(EmailValue("eleni@aegean.example", ("work",)),),
    phones=(PhoneValue("+30 210 555 0101", ("work",)),),
    accounts=(AccountLinkDraft("Aegean Foods S.A.", "Buyer", True),),
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        create_account(db, AccountDraft(name="Aegean Foods S.A."))  # id 1
        create_account(db, AccountDraft(name="Nova Co"))  # id 2
        add_contacts(db, [ELENI, ContactDraft("Jordi Puig")])  # ids 1, 2
    return path


def _names(db_path: Path) -> list[str]:
    with open_database(db_path, "en") as db:
        return sorted(row.name for row in search_contacts(db).rows)


def _draft(db_path: Path, contact_id: int) -> ContactDraft:
    with open_database(db_path, "en") as db:
        return get_contact(db, contact_id).draft


def test_contact_add_json_is_the_contact_shape_of_show(cli: Cli, db_path: Path) -> None:
    added = cli(
        "contact", "add", "--given", "Ana", "--family", "Serra", "--email", "ana@serra.example",
        "--phone", "+34 93 555 0102", "--account", "nova co", "--title", "Owner",
        "--department", "Sales", "--category", "Prospect", "--birthday", "1981-05-02",
        "--note", "Met at the fair", "--json", "--db", str(db_path),
    ).json()  # fmt: skip
    assert added == cli("show", str(added["id"]), "--json", "--db", str(db_path)).json()
    assert added["id"] == 3
    assert added["formatted_name"] == "Ana Serra"  # made of the names, as the editor does
    assert added["accounts"] == [{"id": 2, "name": "Nova Co", "title": "Owner", "primary": True}]
    assert added["organization"] == "Nova Co"
    assert (added["title"], added["department"]) == ("Owner", "Sales")
    assert added["emails"] == [{"value": "ana@serra.example", "types": [], "preferred": False}]
    assert added["phones"] == [{"value": "+34 93 555 0102", "types": [], "preferred": False}]
    assert added["categories"] == ["Prospect"]
    assert (added["birthday"], added["note"]) == ("1981-05-02", "Met at the fair")


def test_contact_add_prints_its_list_line_and_the_window_lists_it(cli: Cli, db_path: Path) -> None:
    ran = cli("contact", "add", "--name", "Pau Vila", "--account", "1", "--db", str(db_path))
    assert (ran.status, ran.err) == (0, "")
    assert ran.out == "3\tPau Vila\tAegean Foods S.A.\t\t\n"
    assert _names(db_path) == ["Eleni Papadopoulou", "Jordi Puig", "Pau Vila"]


def test_an_account_name_no_account_has_makes_one_as_the_editor_does_and_says_so(
    cli: Cli, db_path: Path
) -> None:
    ran = cli("contact", "add", "--name", "Pau Vila", "--account", "Vila SL", "--db", str(db_path))
    assert ran.status == 0
    assert ran.err == "crm-desktop: made the account 'Vila SL' (id 3)\n"
    with open_database(db_path, "en") as db:
        assert [row.name for row in account_rows(db)] == ["Aegean Foods S.A.", "Nova Co", "Vila SL"]
        assert [a.name for a in get_contact(db, 3).accounts] == ["Vila SL"]


def test_an_account_id_in_the_trash_is_refused_and_nothing_is_written(
    cli: Cli, db_path: Path
) -> None:
    with open_database(db_path, "en") as db:
        trash_accounts(db, [2])
    ran = cli("contact", "add", "--name", "Pau Vila", "--account", "2", "--db", str(db_path))
    assert (ran.status, ran.out) == (1, "")
    assert ran.err == "crm-desktop: --account: '2' is not an account outside the Trash\n"
    assert "Pau Vila" not in _names(db_path)


def test_contact_add_without_a_name_an_email_or_a_phone_is_a_usage_error(
    cli: Cli, db_path: Path
) -> None:
    ran = cli("contact", "add", "--title", "Buyer", "--db", str(db_path))
    assert ran.status == 2
    assert (
        ran.err == "crm-desktop contact add: error: give the contact a name, an email or a phone\n"
    )
    assert len(_names(db_path)) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--email", "eleni.aegean"), "argument --email: 'eleni.aegean' is not an email address"),
        (("--phone", "ask Eleni"), "argument --phone: 'ask Eleni' is not a phone number (digits, "
                                   "spaces, + ( ) - . /)"),
        (("--birthday", "1980-02-30"), "argument --birthday: '1980-02-30' is not a date such as "
                                       "1980-04-15 or --04-15"),
        (("--birthday", "0980-02-03"), "argument --birthday: '0980-02-03' is not a date in the years "
                                       "1000 to 9998"),
    ],
)  # fmt: skip
def test_a_value_of_the_wrong_form_is_a_usage_error_in_one_line_writing_nothing(
    cli: Cli, db_path: Path, argv: tuple[str, ...], message: str
) -> None:
    before = _draft(db_path, 1)
    for action in (("add", "--name", "Pau Vila"), ("edit", "1")):
        ran = cli("contact", *action, *argv, "--db", str(db_path))
        assert ran.status == 2
        assert ran.error == f"crm-desktop contact {action[0]}: error: {message}"
    assert _draft(db_path, 1) == before
    assert len(_names(db_path)) == 2


def test_contact_edit_replaces_adds_and_removes_what_the_options_say(
    cli: Cli, db_path: Path
) -> None:
    ran = cli(
        "contact", "edit", "1", "--given", "Helen", "--remove-email", "ELENI@aegean.example",
        "--email", "helen@aegean.example", "--remove-phone", "+302105550101",
        "--phone", "+30 697 555 0101", "--remove-category", "customer", "--category", "Vendor",
        "--title", "Head buyer", "--birthday=--04-15", "--db", str(db_path),
    )  # fmt: skip
    assert (ran.status, ran.err) == (0, "")
    assert (
        ran.out
        == "1\tHelen Papadopoulou\tAegean Foods S.A.\thelen@aegean.example\t+30 697 555 0101\n"
    )
    d = _draft(db_path, 1)
    assert (d.formatted_name, d.given_name, d.family_name) == (
        "Helen Papadopoulou", "Helen", "Papadopoulou",
    )  # fmt: skip
    assert [e.value for e in d.emails] == ["helen@aegean.example"]
    assert [p.value for p in d.phones] == ["+30 697 555 0101"]
    assert d.categories == ("Vendor",)
    assert d.title == "Head buyer" and d.birthday == "--04-15"
    assert d.accounts == (AccountLinkDraft("Aegean Foods S.A.", "Head buyer", True),)


def test_contact_edit_moves_the_contact_to_another_account_or_none(cli: Cli, db_path: Path) -> None:
    moved = cli("contact", "edit", "1", "--account", "2", "--json", "--db", str(db_path)).json()
    assert moved["accounts"] == [{"id": 2, "name": "Nova Co", "title": "Buyer", "primary": True}]
    none = cli("contact", "edit", "1", "--account", "", "--json", "--db", str(db_path)).json()
    assert none["accounts"] == [] and none["organization"] == ""


def test_a_name_written_by_hand_stays_when_the_given_name_changes(cli: Cli, db_path: Path) -> None:
    cli("contact", "edit", "1", "--name", "Dr. Eleni P.", "--db", str(db_path))
    shown = cli("contact", "edit", "1", "--given", "Helen", "--json", "--db", str(db_path)).json()
    assert (shown["formatted_name"], shown["given_name"]) == ("Dr. Eleni P.", "Helen")


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--remove-email", "nobody@x.example", "one of contact 1's email addresses"),
        ("--remove-phone", "+1 555 0100", "one of contact 1's phone numbers"),
        ("--remove-category", "Vendor", "one of contact 1's categories"),
    ],
)
def test_removing_a_value_the_contact_does_not_have_is_status_1_writing_nothing(
    cli: Cli, db_path: Path, option: str, value: str, expected: str
) -> None:
    ran = cli("contact", "edit", "1", "--title", "Changed", option, value, "--db", str(db_path))
    assert (ran.status, ran.out) == (1, "")
    assert ran.err == f"crm-desktop: {option}: {value!r} is not {expected}\n"
    assert _draft(db_path, 1).title == "Buyer"


def test_contact_delete_moves_contacts_to_the_trash_and_restore_brings_them_back(
    cli: Cli, db_path: Path
) -> None:
    ran = cli("contact", "delete", "1", "2", "--db", str(db_path))
    assert (ran.status, ran.err) == (0, "")
    assert ran.out.splitlines() == [
        "contact 1 (Eleni Papadopoulou): moved to the Trash",
        "contact 2 (Jordi Puig): moved to the Trash",
    ]
    assert _names(db_path) == []
    with open_database(db_path, "en") as db:
        assert sorted((i.kind.value, i.id) for i in trash_items(db)) == [
            ("contact", 1), ("contact", 2),
        ]  # fmt: skip
    again = cli("contact", "delete", "2", "--db", str(db_path))
    assert again.out == "contact 2 (Jordi Puig): was in the Trash already\n"
    ran = cli("contact", "restore", "2", "--db", str(db_path))
    assert ran.out == "contact 2 (Jordi Puig): restored from the Trash\n"
    assert _names(db_path) == ["Jordi Puig"]
    assert cli("contacts", "jordi", "--db", str(db_path)).out.startswith("2\tJordi Puig")


@pytest.mark.parametrize(
    "argv",
    [
        ("contact", "edit", "9", "--title", "x"),
        ("contact", "delete", "1", "9"),
        ("contact", "restore", "9"),
        ("show", "9"),
    ],
)
def test_an_unknown_contact_is_status_1_in_one_line_and_nothing_is_written(
    cli: Cli, db_path: Path, argv: tuple[str, ...]
) -> None:
    ran = cli(*argv, "--db", str(db_path))
    assert (ran.status, ran.out, ran.err) == (1, "", "crm-desktop: no contact with id 9\n")
    assert _names(db_path) == ["Eleni Papadopoulou", "Jordi Puig"]  # 1 was not deleted
