"""The record commands as a script runs them, in processes of their own: every one has its
``--help``, a write is read back by the next process, and a failure is one line on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database

COMMANDS = [
    ("accounts",),
    ("account", "show"),
    ("account", "add"),
    ("account", "edit"),
    ("account", "delete"),
    ("account", "restore"),
    ("contact", "add"),
    ("contact", "edit"),
    ("contact", "delete"),
    ("contact", "restore"),
    ("note", "add"),
    ("activity", "done"),
    ("activity", "reschedule"),
    ("activity", "cancel"),
]


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1"),
    )


def test_the_top_level_help_names_every_record_command() -> None:
    ran = _run("--help")
    assert ran.returncode == 0
    for word in ("accounts", "account", "contact", "note", "activity"):
        assert f"\n    {word} " in ran.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_record_command_says_what_it_does_in_its_help(command: tuple[str, ...]) -> None:
    ran = _run(*command, "--help")
    assert ran.returncode == 0
    assert ran.stdout.startswith(f"usage: crm-desktop {' '.join(command)} ")
    assert "--db PATH" in ran.stdout


def test_a_script_adds_a_contact_and_the_next_process_reads_it(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    with open_database(db, "en") as database:
        add_contacts(database, [ContactDraft("Eleni Papadopoulou")])
    added = _run("contact", "add", "--name", "Ana Serra", "--email", "ana@serra.example",
                 "--db", str(db))  # fmt: skip
    assert (added.returncode, added.stderr) == (0, "")
    assert added.stdout == "2\tAna Serra\t\tana@serra.example\t\n"
    listed = _run("contacts", "serra", "--db", str(db))
    assert listed.stdout == added.stdout


def test_an_unknown_id_in_a_process_is_status_1_and_one_line(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    open_database(db, "en").close()
    ran = _run("activity", "done", "4", "--db", str(db))
    assert (ran.returncode, ran.stdout, ran.stderr) == (
        1, "", "crm-desktop: no activity with id 4\n",
    )  # fmt: skip
