"""Importing a calendar says what it has to say in our words: no log line of the library
that parses it (vobject wrote "ERROR:root:'/Europe/Athens'" for a zone it then read)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def test_a_slash_tzid_imports_without_a_library_log_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "crm_desktop",
            "import",
            str(DATA / "google-slash-tzid-no-vtimezone.ics"),
            "--db",
            str(tmp_path / "crm.sqlite3"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout
    assert "ERROR:root" not in result.stderr
    assert "Traceback" not in result.stderr
