"""relate, unrelate, relationship-types and referrals on the command line; show lists a
contact's relationships (README's JSON shape)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.records.sales import DealContact, DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.deals import create_deal, win_deal
from tests.cli.conftest import Cli


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(formatted_name=n) for n in ("Ana Puig", "Joan Roca")])
        acme = create_account(db, AccountDraft("Acme S.A."))
        deal = create_deal(
            db, DealDraft("Oil", acme, Decimal("1200.50"), "EUR",
                          contacts=(DealContact(ContactId(1)),)),
        )  # fmt: skip
        win_deal(db, deal.id)
    return path


def test_relate_then_show_lists_it_on_both_contacts(cli: Cli, db_path: Path) -> None:
    db = ("--db", str(db_path))
    made = cli("relate", "1", "referred-by", "2", "--json", *db).json()
    assert made == {
        "id": 1, "type": "Referred by", "type_id": 5, "key": "referred-by",
        "other_kind": "contact", "other_id": 2, "other_name": "Joan Roca",
    }  # fmt: skip
    assert cli("show", "2", "--json", *db).json()["relationships"] == [
        {"id": 1, "type": "Referred", "type_id": 5, "key": "referred-by",
         "other_kind": "contact", "other_id": 1, "other_name": "Ana Puig"}
    ]  # fmt: skip
    assert cli("show", "2", *db).out.splitlines()[-1] == "Referred: Ana Puig (contact 1)"


def test_relate_to_an_account_or_a_name_and_unrelate(cli: Cli, db_path: Path) -> None:
    db = ("--db", str(db_path))
    assert cli("relate", "1", "former employee of", "1", "--account", *db).out == (
        "Former employee of: Acme S.A. (account 1)\n"
    )
    assert cli("relate", "1", "spouse", "--name", "Pere Soler", *db).out == "Spouse: Pere Soler\n"
    assert cli("unrelate", "1", "spouse", "--name", "Pere Soler", *db).status == 0
    assert [r["type"] for r in cli("show", "1", "--json", *db).json()["relationships"]] == [
        "Former employee of"
    ]
    missing = cli("unrelate", "1", "spouse", "2", *db)
    assert missing.status == 1 and "relationship" in missing.error


def test_an_unknown_type_or_record_is_one_line_and_status_1(cli: Cli, db_path: Path) -> None:
    db = ("--db", str(db_path))
    unknown = cli("relate", "1", "nemesis", "2", *db)
    assert unknown.status == 1 and "nemesis" in unknown.error
    gone = cli("relate", "1", "friend", "99", *db)
    assert gone.status == 1 and gone.error == "crm-desktop: no contact with id 99"


def test_relationship_types_lists_and_adds_types_with_their_inverse(
    cli: Cli, db_path: Path
) -> None:
    db = ("--db", str(db_path))
    types = cli("relationship-types", "--add", "Mentor", "--inverse", "Mentee", "--json", *db)
    assert {"id": 11, "name": "Mentor", "inverse": "Mentee", "key": None} in types.json()
    assert cli("relate", "2", "mentee", "1", *db).out == "Mentee: Ana Puig (contact 1)\n"
    assert cli("relationship-types", "--remove", "Mentor", *db).status == 1  # in use


def test_referrals_gives_the_referrers_people_and_won_totals(cli: Cli, db_path: Path) -> None:
    db = ("--db", str(db_path))
    cli("relate", "1", "referred-by", "2", *db)
    cli("relate", "2", "referred by", "--name", "Pere Soler", *db)
    assert cli("referrals", "--json", *db).json() == [
        {"referrer": {"kind": "contact", "id": 2, "name": "Joan Roca"}, "referred": 1,
         "won": [{"currency": "EUR", "deals": 1, "amount": "1200.50"}]},
        {"referrer": {"kind": "name", "id": None, "name": "Pere Soler"}, "referred": 1,
         "won": []},
    ]  # fmt: skip
    assert cli("referrals", *db).out.splitlines() == [
        "Joan Roca (contact 2)\t1 referred\t1 won, 1200.50 EUR",
        "Pere Soler\t1 referred\tno won deals",
    ]
