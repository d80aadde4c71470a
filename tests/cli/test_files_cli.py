"""`crm-desktop attach`, `files` and `file save|remove|restore`."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.sales import DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.deals import create_deal
from tests.cli.conftest import Cli


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(given_name="Ana", family_name="Serra")])  # id 1
        account = create_account(db, AccountDraft("Aegean Foods"))  # id 1
        create_deal(db, DealDraft("Olive oil", account, Decimal(100)))  # id 1
    return path


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_attach_keeps_the_files_and_files_lists_them(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    offer = _file(tmp_path, "offer.pdf", b"%PDF offer")
    terms = _file(tmp_path, "terms.txt", b"terms")
    ran = cli("attach", "1", str(offer), str(terms), "--json", "--db", str(db_path))
    added = ran.json()
    assert [f["file_name"] for f in added] == ["offer.pdf", "terms.txt"]
    assert added[0]["record"] == {"kind": "contact", "id": 1}
    assert (added[0]["size"], added[0]["media_type"]) == (10, "application/pdf")
    listed = cli("files", "1", "--json", "--db", str(db_path)).json()
    assert {f["id"] for f in listed} == {f["id"] for f in added}
    lines = cli("files", "1", "--db", str(db_path)).out.splitlines()
    assert sorted(line.split("\t")[3] for line in lines) == ["offer.pdf", "terms.txt"]
    assert cli("files", "1", "--deal", "--db", str(db_path)).out == ""


@pytest.mark.parametrize("kind", ["account", "deal"])
def test_attach_to_an_account_or_a_deal(cli: Cli, db_path: Path, tmp_path: Path, kind: str) -> None:
    plan = _file(tmp_path, "plan.txt", b"plan")
    [added] = cli("attach", "1", str(plan), f"--{kind}", "--json", "--db", str(db_path)).json()
    assert added["record"] == {"kind": kind, "id": 1}
    assert cli("files", "1", "--db", str(db_path)).out == ""  # not the contact's
    [listed] = cli("files", "1", f"--{kind}", "--json", "--db", str(db_path)).json()
    assert listed["id"] == added["id"]


def test_a_file_that_cannot_be_read_fails_the_attach_naming_it(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    good = _file(tmp_path, "good.txt", b"good")
    missing = tmp_path / "missing.txt"
    ran = cli("attach", "1", str(good), str(missing), "--db", str(db_path))
    assert ran.status == 1
    assert ran.error.startswith(f"crm-desktop: {missing}: ")
    assert cli("files", "1", "--db", str(db_path)).out == ""


def test_attach_to_no_such_record_fails(cli: Cli, db_path: Path, tmp_path: Path) -> None:
    ran = cli("attach", "9", str(_file(tmp_path, "a.txt", b"a")), "--db", str(db_path))
    assert (ran.status, ran.error) == (1, "crm-desktop: no contact with id 9")


def test_file_save_remove_and_restore(cli: Cli, db_path: Path, tmp_path: Path) -> None:
    content = os.urandom(5000)
    scan = _file(tmp_path, "scan.png", content)
    [added] = cli("attach", "1", str(scan), "--json", "--db", str(db_path)).json()
    out = tmp_path / "saved.png"
    saved = cli("file", "save", str(added["id"]), "--out", str(out), "--db", str(db_path))
    assert saved.status == 0, saved.err
    assert out.read_bytes() == content
    assert cli("file", "remove", str(added["id"]), "--db", str(db_path)).status == 0
    assert cli("files", "1", "--db", str(db_path)).out == ""
    refused = cli("file", "remove", str(added["id"]), "--db", str(db_path))
    assert (refused.status, refused.error) == (1, f"crm-desktop: no file with id {added['id']}")
    assert cli("file", "restore", str(added["id"]), "--db", str(db_path)).status == 0
    assert [f["id"] for f in cli("files", "1", "--json", "--db", str(db_path)).json()] == [
        added["id"]
    ]
    refused = cli("file", "restore", str(added["id"]), "--db", str(db_path))
    assert refused.status == 1


def test_a_file_over_100_mb_is_refused_by_the_command_as_a_process(
    db_path: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.iso"
    with huge.open("wb") as out:
        out.truncate((100 << 20) + 1)  # sparse
    ran = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "attach", "1", str(huge), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1"),
    )
    assert ran.returncode == 1
    assert ran.stderr.strip() == (
        f"crm-desktop: {huge}: the file is larger than 100 MB "
        "(the most a file on a record may be); nothing was attached"
    )
