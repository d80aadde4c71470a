"""`crm-desktop import` of e-mail files and `crm-desktop own-addresses`, as processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.paths import DATA

REPLY = DATA / "mail-rfc2822-reply-display-name-with-colon.eml"
OUTLOOK_CONTACT = DATA / "outlook-contact-not-a-message.msg"


def _run(*argv: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1"),
    )


def test_own_addresses_are_set_then_printed(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    assert _run("own-addresses", "jdoe@machine.example", "nothing", db=db).returncode == 0
    shown = _run("own-addresses", "--json", db=db)
    assert json.loads(shown.stdout) == ["jdoe@machine.example"]


def test_an_email_import_reports_the_people_who_are_no_contacts(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    _run("own-addresses", "jdoe@machine.example", db=db)
    result = _run("import", str(REPLY), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "not a contact: Mary Smith: Personal Account <smith@home.example>",
        "imported 1, merged 0, skipped 0, failed 0, possible duplicates 0",
    ]
    again = _run("import", str(REPLY), "--json", db=db)
    summary = json.loads(again.stdout)
    assert (summary["imported"], summary["skipped"], summary["unknown_addresses"]) == (0, 1, [])
    done = _run("activities", "--due", "done", "--json", db=db)
    [email] = json.loads(done.stdout)
    assert (email["kind"], email["status"], email["subject"]) == (
        "email",
        "done",
        "Re: Saying Hello",
    )


def test_an_outlook_file_that_is_no_message_is_refused_by_name(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    result = _run("import", str(OUTLOOK_CONTACT), db=db)
    assert result.returncode == 1
    assert result.stderr == (
        f"crm-desktop: {OUTLOOK_CONTACT}: is an Outlook contact, not an e-mail\n"
    )
