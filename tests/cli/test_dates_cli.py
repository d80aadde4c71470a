"""The command line and the years 1000 to 9998: a date outside them is a usage error or a
problem at its file and line, never a row no command can read afterwards; a database an
older version damaged so opens repaired; a year-9998 event lists east of UTC."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from tests.store.test_database import _database_at_revision


def _run(*argv: str, db: Path, zone: str = "Europe/Athens") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1", TZ=zone),
    )


def _activities(db: Path) -> int:
    with sqlite3.connect(db) as raw:
        count = int(raw.execute("SELECT count(*) FROM activities").fetchone()[0])
    raw.close()
    return count


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as database:
        add_contacts(
            database,
            [ContactDraft("Eleni Papadopoulou", emails=(EmailValue("eleni@aegean.example"),))],
        )
    return path


@pytest.mark.parametrize("when", ["0226-12-03", "9999-12-31", "0999-12-31T23:00+00:00"])
def test_log_with_a_due_date_outside_the_years_is_a_usage_error_writing_nothing(
    db: Path, when: str
) -> None:
    result = _run("log", "1", "--kind", "task", "--subject", "x", "--due", when, db=db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"crm-desktop log: error: argument --due: {when!r} is outside the dates CRM Desktop "
        "keeps (the years 1000 to 9998)"
    )
    assert _activities(db) == 0
    assert _run("contacts", db=db).returncode == 0


def _event(uid: str, start: str, subject: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:{start}\r\n"
        f"SUMMARY:{subject}\r\nATTENDEE;CN=Eleni:mailto:eleni@aegean.example\r\nEND:VEVENT\r\n"
    )


def _calendar(path: Path, *events: str) -> Path:
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


def test_an_ics_event_outside_the_years_is_a_problem_at_its_line_and_the_rest_imports(
    db: Path, tmp_path: Path
) -> None:
    ics = _calendar(
        tmp_path / "old.ics",
        _event("a", "20261203T100000Z", "Kept"),
        _event("b", "09991231T100000Z", "Year 999"),  # its DTSTART is line 14
        _event("c", "99991231T200000Z", "Year 9999"),  # line 21
    )
    result = _run("import", str(ics), "--json", db=db)
    assert result.returncode == 1, result.stderr  # some items failed: status 1, the rest kept
    summary = json.loads(result.stdout)
    assert (summary["imported"], summary["failed"]) == (1, 2)
    assert [(p["file"], p["line"]) for p in summary["problems"]] == [
        ("old.ics", 14),
        ("old.ics", 21),
    ]
    assert (
        "DTSTART 0999-12-31T10:00:00+00:00 is outside the years 1000 to 9998"
        in (summary["problems"][0]["message"])
    )
    listed = _run("activities", db=db)
    assert listed.returncode == 0 and listed.stdout.count("\n") == 1


def test_the_last_supported_year_lists_east_and_west_of_utc(db: Path, tmp_path: Path) -> None:
    ics = _calendar(tmp_path / "late.ics", _event("late", "99981231T200000Z", "New year 9999"))
    assert _run("import", str(ics), db=db).returncode == 0
    for zone, shown in (
        ("Asia/Tokyo", "9999-01-01T05:00:00+09:00"),
        ("Pacific/Kiritimati", "9999-01-01T10:00:00+14:00"),
        ("America/Los_Angeles", "9998-12-31T12:00:00-08:00"),
    ):
        result = _run("activities", "--json", db=db, zone=zone)
        assert result.returncode == 0, result.stderr
        assert [row["start"] for row in json.loads(result.stdout)] == [shown]
        assert _run("contacts", db=db, zone=zone).returncode == 0


def test_a_database_an_older_version_damaged_opens_repaired_for_every_command(
    tmp_path: Path,
) -> None:
    """What ``log --due 0226-12-03`` and an .ics with a year-9999 event left before 0005."""
    db = tmp_path / "crm.sqlite3"
    _database_at_revision(db, "0004")  # contact 1, Ana Puig
    with sqlite3.connect(db) as raw:
        raw.executemany(
            "INSERT INTO activities (id, kind, subject, start_at, due_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '2026-12-01T00:00:00.000000Z', '2026-12-01T00:00:00.000000Z')",
            [
                (1, "task", "x", None, "226-12-03T09:00:00.000000Z"),
                (2, "meeting", "y", "9999-12-31T20:00:00.000000Z", None),
            ],
        )
        raw.execute("INSERT INTO activity_contacts VALUES (1, 1), (2, 1)")
    raw.close()
    for argv in (("contacts",), ("activities",), ("check",), ("show", "1", "--json")):
        result = _run(*argv, db=db, zone="Asia/Tokyo")
        assert result.returncode == 0, (argv, result.stderr)
        assert "Traceback" not in result.stderr
    rows = json.loads(_run("activities", "--json", db=db).stdout)
    assert [(r["due"], r["start"]) for r in rows] == [(None, None), (None, None)]
    assert "due 226-12-03T09:00:00.000000Z" in rows[0]["details"]


def test_check_names_each_row_with_a_bad_time_and_fails(db: Path) -> None:
    assert _run("check", db=db).returncode == 0
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE contacts SET created_at = '226-12-03T09:00:00.000000Z' WHERE id = 1")
        raw.execute("UPDATE contacts SET birthday = '0226-12-03' WHERE id = 1")
    raw.close()
    result = _run("check", db=db)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{db}: contacts 1 created_at: '226-12-03T09:00:00.000000Z' is not a time in the years "
        "1000 to 9998",
        f"{db}: contacts 1 birthday: '0226-12-03' is not a date in the years 1000 to 9998",
    ]
    assert _run("contacts", db=db).returncode == 0  # and the lists still work
