"""The command line's sales layer: deals, deal add|move|won|lost, forecast, leads, convert
and export --format deals-csv."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.records.sales import LeadStatus
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.leads import mark_lead


@pytest.fixture(autouse=True)
def _greek_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new deal's currency is the locale's: euros here."""
    monkeypatch.setenv("LC_ALL", "el_GR.UTF-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Eleni at Aegean Foods S.A. (account 1), and Pau, a qualified lead with no company."""
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        _, pau = add_contacts(
            db,
            [
                ContactDraft(
                    "Eleni Papadopoulou", accounts=(AccountLinkDraft("Aegean Foods S.A."),)
                ),
                ContactDraft("Pau Serra"),
            ],
        )
        mark_lead(db, contact_id=pau, status=LeadStatus.QUALIFIED, source="web")
    return path


def _run(db_path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args([*argv, "--db", str(db_path)])
    return run_command(args, out), out.getvalue()


def _json(db_path: Path, *argv: str) -> object:
    status, text = _run(db_path, *argv, "--json")
    assert status == 0
    return json.loads(text)


def _add(db_path: Path, *argv: str) -> dict[str, object]:
    deal = _json(db_path, "deal", "add", *argv)
    assert isinstance(deal, dict)
    return deal


def test_deal_add_prints_the_deal_with_amounts_as_decimal_strings(db_path: Path) -> None:
    deal = _add(
        db_path, "--title", "Olive oil, 2027 season", "--account", "aegean foods sa",
        "--amount", "30000", "--currency", "EUR", "--stage", "Proposal",
        "--close", "2027-01-31", "--contact", "1",
    )  # fmt: skip
    assert {k: deal[k] for k in ("id", "title", "account_id", "contact_ids", "stage")} == {
        "id": 1,
        "title": "Olive oil, 2027 season",
        "account_id": 1,
        "contact_ids": [1],
        "stage": "Proposal",
    }
    assert {k: deal[k] for k in ("amount", "currency", "probability", "close_date", "status")} == {
        "amount": "30000.00",
        "currency": "EUR",
        "probability": 50,
        "close_date": "2027-01-31",
        "status": "open",
    }
    assert deal["lost_reason"] is None


def test_deal_add_takes_the_account_by_id_and_refuses_an_unknown_one(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(db_path, "--title", "X", "--account", "1", "--amount", "5")["account_id"] == 1
    status, _ = _run(db_path, "deal", "add", "--title", "Y", "--account", "Nobody", "--amount", "5")
    assert status == 1
    assert "'Nobody' is not the name or id of an account" in capsys.readouterr().err
    assert len(_json(db_path, "deals")) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ("--amount", "1,000"),
        ("--amount", "12", "--probability", "120"),
        ("--amount", "12", "--close", "31/01/2027"),
    ],
)
def test_a_malformed_amount_probability_or_date_is_a_usage_error(
    db_path: Path, argv: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["deal", "add", "--title", "X", "--account", "1", *argv])
    assert exited.value.code == 2


def test_deal_move_won_and_lost_change_the_deal_and_deals_filters_by_status_and_stage(
    db_path: Path,
) -> None:
    first = _add(db_path, "--title", "Oil", "--account", "1", "--amount", "100")
    second = _add(db_path, "--title", "Wine", "--account", "1", "--amount", "200")
    status, line = _run(db_path, "deal", "move", str(first["id"]), "Negotiation")
    assert status == 0
    assert line.split("\t")[3:7] == ["Negotiation", "100.00", "EUR", "80%"]
    assert [d["id"] for d in _json(db_path, "deals", "--stage", "Negotiation")] == [first["id"]]
    won = _json(db_path, "deal", "won", str(first["id"]))
    assert won["status"] == "won"
    lost = _json(db_path, "deal", "lost", str(second["id"]), "--reason", "price too high")
    assert (lost["status"], lost["lost_reason"]) == ("lost", "price too high")
    assert [d["id"] for d in _json(db_path, "deals", "--status", "open")] == []
    assert [d["id"] for d in _json(db_path, "deals", "--status", "lost")] == [second["id"]]
    status, _ = _run(db_path, "deal", "move", str(second["id"]), "Proposal")
    assert status == 1  # a lost deal does not move


def test_forecast_json_is_one_row_per_month_and_currency_over_open_deals(db_path: Path) -> None:
    _add(db_path, "--title", "A", "--account", "1", "--amount", "10000", "--currency", "EUR",
         "--stage", "Proposal", "--close", "2027-01-10")  # fmt: skip
    _add(db_path, "--title", "B", "--account", "1", "--amount", "20000", "--currency", "EUR",
         "--probability", "35", "--close", "2027-01-31")  # fmt: skip
    _add(db_path, "--title", "C", "--account", "1", "--amount", "700", "--currency", "USD",
         "--close", "2027-01-20")  # fmt: skip
    lost = _add(db_path, "--title", "D", "--account", "1", "--amount", "5000",
                "--currency", "EUR", "--close", "2027-01-05")  # fmt: skip
    _run(db_path, "deal", "lost", str(lost["id"]), "--reason", "gone")
    assert _json(db_path, "forecast") == [
        # 10000 x 50% + 20000 x 35% = 12000; the lost deal is left out; USD apart
        {"month": "2027-01", "currency": "EUR", "count": 2, "amount": "30000.00",
         "weighted": "12000.00"},
        {"month": "2027-01", "currency": "USD", "count": 1, "amount": "700.00",
         "weighted": "70.00"},
    ]  # fmt: skip


def test_forecast_json_runs_as_its_own_process(db_path: Path) -> None:
    _add(db_path, "--title", "A", "--account", "1", "--amount", "10", "--close", "2027-03-01")
    done = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "forecast", "--json", "--db", str(db_path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["month"] == "2027-03"


def test_leads_lists_the_lead_and_convert_puts_it_under_an_account_with_a_deal(
    db_path: Path,
) -> None:
    [lead] = _json(db_path, "leads")
    assert (lead["contact_id"], lead["name"], lead["status"], lead["source"]) == (
        2, "Pau Serra", "qualified", "web",
    )  # fmt: skip
    done = _json(
        db_path, "convert", "2", "--account", "Serra Vins", "--deal", "First order",
        "--amount", "1500", "--currency", "EUR",
    )  # fmt: skip
    assert isinstance(done, dict)
    assert (done["contact_id"], done["account_created"]) == (2, True)
    assert done["deal"]["title"] == "First order"
    assert done["deal"]["account_id"] == done["account_id"]
    assert done["deal"]["contact_ids"] == [2]
    assert _json(db_path, "leads") == []


def test_convert_refuses_a_contact_that_is_no_lead(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run(db_path, "convert", "1")
    assert status == 1
    assert "is not a lead" in capsys.readouterr().err


def test_export_deals_csv_writes_every_deal_with_formulas_neutralized(
    db_path: Path, tmp_path: Path
) -> None:
    _add(db_path, "--title", '=HYPERLINK("http://x")', "--account", "1", "--amount", "1234.5")
    target = tmp_path / "deals.csv"
    status, _ = _run(db_path, "export", "--format", "deals-csv", "-o", str(target))
    assert status == 0
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["Id", "Title", "Account"]
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Title"] == '\'=HYPERLINK("http://x")'
    assert (row["Amount"], row["Currency"], row["Account"]) == (
        "1234.50", "EUR", "Aegean Foods S.A.",
    )  # fmt: skip


def test_the_status_choices_are_the_deal_statuses() -> None:
    from crm_desktop.cli import sales_parser
    from crm_desktop.records import sales

    assert sales_parser.DEAL_STATUSES == sales.DEAL_STATUSES


def test_lead_mark_status_and_unmark_make_the_leads_convert_takes(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marked = _json(db_path, "lead", "mark", "--contact", "1", "--source", "Trade show")
    assert isinstance(marked, dict)
    assert (marked["contact_id"], marked["status"], marked["source"]) == (1, "new", "Trade show")
    status, text = _run(db_path, "lead", "status", "--contact", "1", "contacted")
    assert (status, text) == (
        0,
        "contact 1\tEleni Papadopoulou\tAegean Foods S.A.\tcontacted\tTrade show\n",
    )
    # Disqualifying needs the reason; nothing changes without it.
    assert _run(db_path, "lead", "status", "--contact", "1", "disqualified")[0] == 1
    assert "reason" in capsys.readouterr().err
    gone = _json(
        db_path, "lead", "status", "--contact", "1", "disqualified", "--reason", "No budget"
    )
    assert isinstance(gone, dict) and (gone["status"], gone["reason"]) == (
        "disqualified",
        "No budget",
    )
    assert [lead["contact_id"] for lead in _json(db_path, "leads")] == [1, 2]  # type: ignore[index, union-attr]
    assert _run(db_path, "lead", "unmark", "--contact", "1") == (0, "no lead any more\n")
    assert [lead["contact_id"] for lead in _json(db_path, "leads")] == [2]  # type: ignore[index, union-attr]
    assert _run(db_path, "lead", "mark", "--contact", "9")[0] == 1
    assert "no contact with id 9" in capsys.readouterr().err


def test_deal_delete_and_restore_move_a_deal_through_the_trash_and_its_account_takes_its_deals(
    db_path: Path,
) -> None:
    oil = _add(
        db_path, "--title", "Oil", "--account", "1", "--amount", "100", "--close", "2027-01-31"
    )
    wine = _add(db_path, "--title", "Wine", "--account", "1", "--amount", "200")
    assert _run(db_path, "deal", "delete", str(oil["id"])) == (
        0,
        f"deal {oil['id']} (Oil): moved to the Trash\n",
    )
    assert [d["id"] for d in _json(db_path, "deals")] == [wine["id"]]
    assert [row["month"] for row in _json(db_path, "forecast")] == [None]  # type: ignore[index, union-attr]
    assert _run(db_path, "deal", "delete", str(oil["id"]))[1].endswith("was in the Trash already\n")
    # The account in the Trash takes its deals with it, and brings them back.
    assert _run(db_path, "account", "delete", "1")[0] == 0
    assert _json(db_path, "deals") == []
    assert _json(db_path, "forecast") == []
    status, text = _run(db_path, "deal", "restore", str(oil["id"]))
    assert (status, text) == (
        0,
        f"deal {oil['id']} (Oil): stays in the Trash: its account 1 is in the Trash\n",
    )
    assert _run(db_path, "account", "restore", "1")[0] == 0
    assert [d["id"] for d in _json(db_path, "deals")] == [wine["id"]]
    assert _run(db_path, "deal", "restore", str(oil["id"])) == (
        0,
        f"deal {oil['id']} (Oil): restored from the Trash\n",
    )
    assert [d["id"] for d in _json(db_path, "deals")] == [oil["id"], wine["id"]]
    assert _run(db_path, "deal", "restore", str(oil["id"]))[1].endswith("was not in the Trash\n")


def test_deal_delete_of_an_unknown_id_deletes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    oil = _add(db_path, "--title", "Oil", "--account", "1", "--amount", "100")
    assert _run(db_path, "deal", "delete", str(oil["id"]), "99")[0] == 1
    assert "no deal with id 99" in capsys.readouterr().err
    assert [d["id"] for d in _json(db_path, "deals")] == [oil["id"]]


def test_convert_account_lead_makes_a_qualified_account_with_an_opening_deal(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "lead", "mark", "--account", "1", "--source", "web")[0] == 0
    done = _json(
        db_path, "convert", "--account-lead", "1", "--deal", "Oil", "--amount", "900",
        "--currency", "EUR",
    )  # fmt: skip
    assert isinstance(done, dict)
    assert (done["contact_id"], done["account_id"], done["account_created"]) == (None, 1, False)
    assert (done["deal"]["title"], done["deal"]["amount"], done["deal"]["account_id"]) == (
        "Oil", "900.00", 1,
    )  # fmt: skip
    assert [lead["contact_id"] for lead in _json(db_path, "leads")] == [2]  # type: ignore[index, union-attr]
    assert _run(db_path, "convert", "--account-lead", "1")[0] == 1  # no lead any more
    assert "is not a lead" in capsys.readouterr().err


def test_convert_takes_a_contact_or_an_account_lead_not_both() -> None:
    for argv in (["convert"], ["convert", "2", "--account-lead", "1"]):
        with pytest.raises(SystemExit) as exited:
            build_parser().parse_args(argv)
        assert exited.value.code == 2
