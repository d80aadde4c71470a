"""``crm-desktop duplicates`` and ``crm-desktop merge``: DESIGN.md's shapes and exit statuses."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    ContactDraft,
    EmailValue,
    PhoneValue,
)
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database


def _run(db_path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args([*argv, "--db", str(db_path)])
    return run_command(args, out), out.getvalue()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Eleni twice (one e-mail, her name in two spellings), Nikos on the same switchboard."""
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(
            db,
            [
                ContactDraft(
                    given_name="Eleni", family_name="Papadopoulou",
                    emails=(EmailValue("eleni@aegean.example"),),
                    phones=(PhoneValue("+30 210 555 0100"),),
                    accounts=(AccountLinkDraft("Aegean Foods", "Buyer", True),),
                ),
                ContactDraft(
                    given_name="Nikos", family_name="Georgiou",
                    phones=(PhoneValue("+30 210 555 0100"),),
                ),
                ContactDraft(
                    given_name="Ελένη", family_name="Παπαδοπούλου", note="Met in Thessaloniki.",
                    emails=(EmailValue("Eleni@Aegean.example"), EmailValue("eleni@home.example")),
                ),
            ],
        )  # fmt: skip
        create_account(db, AccountDraft("Aegean Foods S.A.", website="aegean.example"))
        create_account(db, AccountDraft("Aegean Foods SA", website="https://www.aegean.example"))
    return path


def test_duplicates_json_gives_groups_with_reasons_and_a_score(db_path: Path) -> None:
    status, out = _run(db_path, "duplicates", "--json")
    assert status == 0
    [group] = json.loads(out)
    assert group["ids"] == [1, 3]
    assert group["reasons"] == ["email", "transliteration"]
    assert 0.5 < group["score"] <= 1.0


def test_duplicates_lists_one_group_a_line(db_path: Path) -> None:
    status, out = _run(db_path, "duplicates")
    assert status == 0
    ids, reasons, score = out.rstrip("\n").split("\t")
    assert (ids, reasons) == ("1 3", "email, transliteration")
    assert float(score) > 0.5


def test_duplicates_of_accounts(db_path: Path) -> None:
    status, out = _run(db_path, "duplicates", "--accounts", "--json")
    assert status == 0
    assert [(g["ids"], g["reasons"]) for g in json.loads(out)] == [([2, 3], ["website", "name"])]


def test_merge_prints_the_kept_contact_with_every_value(db_path: Path) -> None:
    status, out = _run(db_path, "merge", "1", "3", "--json")
    assert status == 0
    kept = json.loads(out)
    assert kept["id"] == 1
    assert [e["value"] for e in kept["emails"]] == ["eleni@aegean.example", "eleni@home.example"]
    assert kept["note"] == "Met in Thessaloniki."
    assert kept["organization"] == "Aegean Foods"
    assert _run(db_path, "duplicates", "--json") == (0, "[]\n")
    assert _run(db_path, "contacts") == (
        0,
        "2\tNikos Georgiou\t\t\t+30 210 555 0100\n"
        "1\tEleni Papadopoulou\tAegean Foods\teleni@aegean.example\t+30 210 555 0100\n",
    )


def test_merge_into_itself_is_a_usage_error(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "merge", "1", "1") == (2, "")
    assert "KEEP_ID" in capsys.readouterr().err


def test_merge_of_an_unknown_contact_fails_and_changes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "merge", "1", "99") == (1, "")
    assert capsys.readouterr().err == "crm-desktop: no contact with id 99\n"
    status, out = _run(db_path, "duplicates", "--json")
    assert (status, [g["ids"] for g in json.loads(out)]) == (0, [[1, 3]])
