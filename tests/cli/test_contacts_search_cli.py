"""``crm-desktop contacts``: search over the history with ``matched``, filters, --folder."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.records.search import ContactFilter
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.smart_folders import save_smart_folder


def _run(db_path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args([*argv, "--db", str(db_path)])
    return run_command(args, out), out.getvalue()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        _, nikos, _ = add_contacts(
            db,
            [
                ContactDraft(given_name="Ελένη", family_name="Παπαδοπούλου",
                             categories=("VIP", "Customer"),
                             addresses=(AddressValue(locality="Marousi"),)),
                ContactDraft(given_name="Nikos", family_name="Vlachos", categories=("Customer",),
                             addresses=(AddressValue(locality="Athina"),)),
                ContactDraft(given_name="Anna", family_name="Ferrer", categories=("VIP",)),
            ],
        )  # fmt: skip
        create_activity(db, ActivityDraft("meeting", "Trade show stand visit",
                                          contact_ids=(nikos,)))  # fmt: skip
        save_smart_folder(db, "Greek VIPs", "", ContactFilter(categories=("VIP", "Customer")))
    return path


def test_json_says_where_a_contact_matched_outside_its_name(db_path: Path) -> None:
    status, out = _run(db_path, "contacts", "trade", "show", "--json")
    assert status == 0
    [found] = json.loads(out)
    assert found["formatted_name"] == "Nikos Vlachos"
    assert found["matched"] == [{"field": "activity", "text": "Trade show stand visit"}]


def test_json_has_no_matched_when_the_name_matched(db_path: Path) -> None:
    status, out = _run(db_path, "contacts", "papadopoulou", "--json")
    assert status == 0
    [found] = json.loads(out)
    assert found["formatted_name"] == "Ελένη Παπαδοπούλου" and "matched" not in found


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["--category", "vip", "--category", "customer"], ["Ελένη Παπαδοπούλου"]),
        (["--category", "vip", "--category", "customer", "--any-category"],
         ["Anna Ferrer", "Nikos Vlachos", "Ελένη Παπαδοπούλου"]),
        (["--city", "athina"], ["Nikos Vlachos"]),
        (["vla", "--category", "customer"], ["Nikos Vlachos"]),
        (["--open-activities"], ["Nikos Vlachos"]),
        (["--folder", "greek vips"], ["Ελένη Παπαδοπούλου"]),
    ],
)  # fmt: skip
def test_filters_and_folders_from_the_command_line(
    db_path: Path, argv: list[str], names: list[str]
) -> None:
    status, out = _run(db_path, "contacts", *argv)
    assert status == 0
    assert sorted(line.split("\t")[1] for line in out.splitlines()) == sorted(names)


def test_an_unknown_folder_is_one_clear_line_and_status_1(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run(db_path, "contacts", "--folder", "Nothing")
    assert status == 1
    assert "smart folder: 'Nothing'" in capsys.readouterr().err
