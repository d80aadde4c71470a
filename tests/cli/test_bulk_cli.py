"""``crm-desktop bulk``: categorize, set a field, log for each, on the contacts chosen by
ids, a search or a smart folder; the history and the undo from the undo record."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.records.drafts import AccountDraft, ContactDraft, CustomValue
from crm_desktop.records.search import ContactFilter
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_edits import contact_draft
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.leads import list_leads
from tests.cli.conftest import Cli


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        create_account(db, AccountDraft("Aegean Foods"))
        add_contacts(db, [
            ContactDraft(given_name="Eleni", family_name="Vlachou", categories=("VIP",)),
            ContactDraft(given_name="Nikos", family_name="Vlachos"),
            ContactDraft(given_name="Anna", family_name="Ferrer", categories=("VIP",)),
        ])  # fmt: skip
    return path


def _in(path: Path, category: str) -> list[int]:
    with open_database(path, "en") as db:
        return ordered_contact_ids(db, filters=ContactFilter(categories=(category,)))


def test_categorize_by_ids_then_undo(cli: Cli, db_path: Path) -> None:
    ran = cli("bulk", "categorize", "Christmas card", "--ids", "1,2", "--db", str(db_path))
    assert ran.status == 0, ran.err
    assert "changed 2 contacts of 2 chosen" in ran.out and "bulk undo 1" in ran.out
    assert sorted(_in(db_path, "Christmas card")) == [1, 2]
    history = cli("bulk", "history", "--json", "--db", str(db_path)).json()
    assert [(h["id"], h["action"], h["contacts"], h["undone"]) for h in history] == [
        (1, "add-category", 2, False)
    ]
    ran = cli("bulk", "undo", "--db", str(db_path))
    assert ran.status == 0 and "undid bulk change 1" in ran.out
    assert _in(db_path, "Christmas card") == []
    assert cli("bulk", "undo", "--db", str(db_path)).status == 1  # nothing left to undo


def test_set_fields_on_the_contacts_a_search_or_category_finds(cli: Cli, db_path: Path) -> None:
    db = str(db_path)
    assert cli("bulk", "set-field", "--account", "aegean foods", "--query", "vlach",
               "--db", db).status == 0  # fmt: skip
    assert cli("bulk", "set-field", "--custom", "Region=Attica", "--category", "VIP",
               "--db", db).status == 0  # fmt: skip
    assert cli("bulk", "set-field", "--lead-status", "contacted", "--ids", "3",
               "--db", db).status == 0  # fmt: skip
    assert cli("bulk", "set-field", "--keep-in-touch", "30", "--all", "--db", db).status == 0
    with open_database(db_path, "en") as opened:
        assert [get_contact(opened, i).organization for i in (1, 2, 3)] == [
            "Aegean Foods", "Aegean Foods", ""
        ]  # fmt: skip
        assert contact_draft(opened, 3).custom_fields == (CustomValue("Region", "Attica"),)
        assert contact_draft(opened, 2).custom_fields == ()
        assert [(lead.contact_id, lead.status.value) for lead in list_leads(opened)] == [
            (3, "contacted")
        ]
        assert [contact_draft(opened, i).keep_in_touch_days for i in (1, 2, 3)] == [30] * 3


def test_log_for_each_on_a_day(cli: Cli, db_path: Path) -> None:
    ran = cli("bulk", "log", "--kind", "letter", "--subject", "Sent Christmas card",
              "--date", "2026-12-01", "--category", "VIP", "--db", str(db_path))  # fmt: skip
    assert ran.status == 0, ran.err
    found = cli("contacts", "christmas", "--json", "--db", str(db_path)).json()
    assert sorted(c["id"] for c in found) == [1, 3]


@pytest.mark.parametrize(
    "argv",
    [
        ["bulk", "categorize", "VIP"],  # no contacts chosen: never all by accident
        ["bulk", "set-field", "--account", "Nobody Ltd", "--all"],
        ["bulk", "set-field", "--custom", "=x", "--all"],
        ["bulk", "set-field", "--keep-in-touch", "0", "--all"],
        ["bulk", "categorize", "VIP", "--ids", "one"],
    ],
)
def test_a_bulk_change_refused_changes_nothing(cli: Cli, db_path: Path, argv: list[str]) -> None:
    ran = cli(*argv, "--db", str(db_path))
    assert ran.status in (1, 2)
    assert len(ran.error) < 200 and "Traceback" not in ran.err
    assert cli("bulk", "history", "--json", "--db", str(db_path)).json() == []
