"""Our own Outlook and Google CSV exports, read back by our import through the command line:
phone numbers and a yearless birthday written as they are, a typed leading apostrophe kept."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import DATA

CARD = DATA / "vcard40-typed-apostrophe-formula-plus-phones-yearless-birthday.vcf"


def _run(*argv: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1"),
    )


def _show(db: Path) -> dict[str, object]:
    shown = json.loads(_run("show", "1", "--json", db=db).stdout)
    assert isinstance(shown, dict)
    return shown


@pytest.mark.parametrize(
    ("style", "cells", "birthday"),
    [
        (
            "outlook-csv",
            {"Last Name": "''=1+1", "Business Phone": "+49 30 1234567",
             "Mobile Phone": "+1 (555) 010-0199"},
            None,  # Outlook's CSV has no birthday without a year
        ),
        (
            "google-csv",
            {"Last Name": "''=1+1", "Phone 1 - Value": "+49 30 1234567",
             "Phone 2 - Value": "+1 (555) 010-0199", "Birthday": "--04-15"},
            "--04-15",
        ),
    ],
)  # fmt: skip
def test_a_csv_export_reads_back_with_every_value_as_typed(
    tmp_path: Path, style: str, cells: dict[str, str], birthday: str | None
) -> None:
    db = tmp_path / "crm.sqlite3"
    assert _run("import", str(CARD), db=db).returncode == 0
    first = _show(db)
    out = tmp_path / f"{style}.csv"
    assert _run("export", "--format", style, "-o", str(out), db=db).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert {name: row[name] for name in cells} == cells
    assert row["Notes"] == "''+49 is how she writes her number, apostrophe and all"
    again = tmp_path / f"{style}.sqlite3"
    result = _run("import", str(out), db=again)
    assert result.returncode == 0 and result.stderr == ""
    second = _show(again)
    for key in ("given_name", "family_name", "note"):
        assert second[key] == first[key]
    assert second["family_name"] == "'=1+1"
    phones = second["phones"]
    assert isinstance(phones, list)
    assert [p["value"] for p in phones] == ["+49 30 1234567", "+1 (555) 010-0199"]
    assert second["birthday"] == birthday
