"""``crm-desktop import --dry-run``: who would be merged into whom, written nowhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _run(*argv: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1"),
    )


def _card(*lines: str) -> str:
    return "".join(f"{line}\r\n" for line in ("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"))


def test_dry_run_prints_the_merges_and_possible_duplicates_and_writes_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "crm.sqlite3"
    first = tmp_path / "eleni.vcf"
    first.write_text(_card("FN:Eleni Nikolaou", "EMAIL:eleni@example.gr"), encoding="utf-8")
    assert _run("import", str(first), db=db).returncode == 0
    path = tmp_path / "more.vcf"
    path.write_text(
        _card("FN:Ελένη Νικολάου", "EMAIL:ELENI@example.gr")
        + _card("FN:Kostas Georgiou", "EMAIL:eleni@example.gr"),
        encoding="utf-8",
    )
    preview = _run("import", "--dry-run", "--json", str(path), db=db)
    assert preview.returncode == 0, preview.stderr
    predicted = json.loads(preview.stdout)
    assert predicted["dry_run"] is True
    assert predicted["merges"] == [
        {
            "file": "more.vcf",
            "line": 1,
            "name": "Ελένη Νικολάου",
            "contact_id": 1,
            "contact_name": "Eleni Nikolaou",
            "reasons": ["email", "transliteration"],
        }
    ]
    assert predicted["possible_duplicates"] == [
        {
            "file": "more.vcf",
            "line": 6,
            "name": "Kostas Georgiou",
            "contact_id": 1,
            "contact_name": "Eleni Nikolaou",
            "reasons": ["email", "name_conflict"],
        }
    ]
    assert _run("contacts", db=db).stdout.splitlines() == [
        "1\tEleni Nikolaou\t\teleni@example.gr\t"
    ]
    text = _run("import", "--dry-run", str(path), db=db)
    assert text.stdout == (
        "merged more.vcf:1: Ελένη Νικολάου -> Eleni Nikolaou (contact 1): email, transliteration\n"
        "possible duplicate more.vcf:6: Kostas Georgiou -> Eleni Nikolaou (contact 1): email, "
        "name_conflict\n"
        "dry run, nothing written: would have imported 1, merged 1, skipped 0, failed 0, "
        "possible duplicates 1\n"
    )
    done = _run("import", "--json", str(path), db=db)
    assert json.loads(done.stdout) == dict(predicted, dry_run=False)
    assert len(_run("contacts", db=db).stdout.splitlines()) == 2
