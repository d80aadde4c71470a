"""``crm-desktop import`` of CSV files whose columns it is not sure of, and ``--mapping``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.paths import DATA


def _run(*argv: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1"),
    )


def test_an_uncertain_column_is_kept_and_reported_naming_file_column_and_mapping(
    tmp_path: Path,
) -> None:
    db = tmp_path / "crm.sqlite3"
    source = DATA / "act-contact-and-title-job-title.csv"
    result = _run("import", str(source), db=db)
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2
    assert warnings[0].startswith(f'{source.name}:1: warning: column "ID/Status" ')
    assert warnings[1].startswith(f'{source.name}:1: warning: column "Last Results" ')
    assert all("--mapping FILE" in line for line in warnings)
    assert "imported 2" in result.stdout
    anna = json.loads(_run("show", "1", "--json", db=db).stdout)
    assert anna["title"] == "Purchasing Manager" and anna["prefix"] == ""
    assert {"label": "ID/Status", "value": "Customer"} in anna["custom_fields"]


def test_the_json_summary_carries_the_warning(tmp_path: Path) -> None:
    source = DATA / "act-export-unknown-headers.csv"
    result = _run("import", str(source), "--json", db=tmp_path / "crm.sqlite3")
    assert result.returncode == 0, result.stderr
    [problem] = json.loads(result.stdout)["problems"]
    assert (problem["file"], problem["line"]) == (source.name, 1)
    assert problem["message"].startswith('warning: column "ID/Status"')
    assert "--mapping" in problem["message"]


def test_a_mapping_for_the_uncertain_column_silences_its_warning(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    mapping = tmp_path / "act.json"
    mapping.write_text(
        json.dumps({"ID/Status": "categories", "Last Results": "note"}), encoding="utf-8"
    )
    source = DATA / "act-contact-and-title-job-title.csv"
    result = _run("import", str(source), "--mapping", str(mapping), db=db)
    assert result.returncode == 0 and result.stderr == ""
    anna = json.loads(_run("show", "1", "--json", db=db).stdout)
    assert anna["categories"] == ["Customer"] and anna["note"] == "Sent the price list"


def test_a_mapping_naming_an_unknown_field_is_refused_listing_the_fields(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    mapping = tmp_path / "typo.json"
    mapping.write_text(json.dumps({"ID/Status": "categorys"}), encoding="utf-8")
    result = _run(
        "import", str(DATA / "act-export-unknown-headers.csv"), "--mapping", str(mapping), db=db
    )
    assert result.returncode == 1
    [line] = result.stderr.splitlines()  # one clear line
    assert str(mapping) in line and 'unknown field "categorys"' in line
    assert '"ID/Status"' in line and "given, family" in line and "categories" in line
    assert _run("contacts", "--json", db=db).stdout.strip() in ("", "[]")  # nothing imported


def test_linkedins_connections_csv_is_imported(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    result = _run("import", str(DATA / "linkedin-connections-notes-preamble.csv"), db=db)
    assert result.returncode == 0 and result.stderr == ""
    listed = json.loads(_run("contacts", "--json", db=db).stdout)
    assert sorted(c["formatted_name"] for c in listed) == ["Eleni Papadopoulou", "Jordi Puig"]
