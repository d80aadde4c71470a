"""The command line's activities: ``activities``, ``log`` and ``export --format ics``."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject

from crm_desktop.cli import build_parser, parse_when, run_command
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database

ATHENS = ZoneInfo("Europe/Athens")


@pytest.fixture(autouse=True)
def _athens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Athens")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(
            db, [ContactDraft("Eleni Papadopoulou", emails=(EmailValue("eleni@aegean.example"),))]
        )
    return path


def _run(db_path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args([*argv, "--db", str(db_path)])
    return run_command(args, out), out.getvalue()


def _json(db_path: Path, *argv: str) -> object:
    status, text = _run(db_path, *argv, "--json")
    assert status == 0
    return json.loads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", datetime(2026, 10, 24, 9, 0, tzinfo=ATHENS)),
        ("tomorrow", datetime(2026, 10, 25, 9, 0, tzinfo=ATHENS)),
        ("+3d", datetime(2026, 10, 27, 9, 0, tzinfo=ATHENS)),
        ("2026-12-03", datetime(2026, 12, 3, 9, 0, tzinfo=ATHENS)),
        ("2026-12-03T14:30", datetime(2026, 12, 3, 14, 30, tzinfo=ATHENS)),
        ("2026-12-03T14:30+00:00", datetime(2026, 12, 3, 14, 30, tzinfo=UTC)),
    ],
)
def test_when_takes_iso_dates_and_words_in_local_time(text: str, expected: datetime) -> None:
    now = datetime(2026, 10, 23, 22, 30, tzinfo=UTC)  # 01:30 on 24 October in Athens
    assert parse_when(text, now, ATHENS) == expected


def test_a_bad_when_is_a_usage_error(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["log", "1", "--kind", "call", "--subject", "x", "--due", "soon"])
    assert caught.value.code == 2
    assert "'soon' is not a date or time" in capsys.readouterr().err


def test_log_without_due_records_a_done_activity_now(db_path: Path) -> None:
    before = datetime.now(UTC)
    activity = _json(db_path, "log", "1", "--kind", "call", "--subject", "Called about prices")
    assert isinstance(activity, dict)
    assert (activity["kind"], activity["status"], activity["contact_ids"]) == ("call", "done", [1])
    completed = datetime.fromisoformat(activity["completed_at"])
    assert completed.utcoffset() in (timedelta(hours=2), timedelta(hours=3))  # Athens
    assert before - timedelta(seconds=1) <= completed <= datetime.now(UTC)
    assert _json(db_path, "activities", "--due", "done")[0]["subject"] == "Called about prices"  # type: ignore[index]
    assert _json(db_path, "activities") == []


def test_log_with_due_schedules_an_open_one_listed_under_its_day(db_path: Path) -> None:
    status, line = _run(
        db_path, "log", "1", "--kind", "task", "--subject", "Send the quote", "--due", "today"
    )
    assert status == 0 and "\tSend the quote\tEleni Papadopoulou" in line
    _run(db_path, "log", "1", "--kind", "meeting", "--subject", "Visit", "--due", "+3d")
    today = _json(db_path, "activities", "--due", "today")
    assert isinstance(today, list) and [a["subject"] for a in today] == ["Send the quote"]
    task = today[0]
    assert set(task) == {
        "id", "kind", "subject", "details", "start", "due", "duration_minutes", "location",
        "priority", "status", "outcome", "completed_at", "contact_ids", "account_id",
    }  # fmt: skip
    assert task["due"].endswith(("T09:00:00+02:00", "T09:00:00+03:00")) and task["start"] is None
    week = _json(db_path, "activities", "--due", "week")
    assert [a["subject"] for a in week] == ["Send the quote", "Visit"]  # type: ignore[union-attr]
    assert week[1]["start"] is not None and week[1]["due"] is None  # type: ignore[index]
    assert _json(db_path, "activities", "--due", "overdue") == []
    status, text = _run(db_path, "activities")
    assert status == 0 and len(text.splitlines()) == 2


def test_log_for_an_unknown_contact_fails_with_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run(db_path, "log", "99", "--kind", "call", "--subject", "x")
    assert status == 1
    assert capsys.readouterr().err == "crm-desktop: no contact with id 99\n"


def test_export_ics_writes_the_activities(db_path: Path, tmp_path: Path) -> None:
    _run(db_path, "log", "1", "--kind", "meeting", "--subject", "Visit", "--due", "tomorrow")
    _run(db_path, "log", "1", "--kind", "task", "--subject", "Quote", "--due", "today")
    status, text = _run(db_path, "export", "--format", "ics")
    assert status == 0
    calendar = vobject.readOne(text)
    assert [e.summary.value for e in calendar.vevent_list] == ["Visit"]
    assert [t.summary.value for t in calendar.vtodo_list] == ["Quote"]
    assert calendar.vevent_list[0].attendee.value == "mailto:eleni@aegean.example"
    out = tmp_path / "out.ics"
    assert _run(db_path, "export", "--format", "ics", "-o", str(out))[0] == 0
    assert out.read_text(encoding="utf-8").replace("\r\n", "\n").count("BEGIN:V") == 3
    status, text = _run(db_path, "export", "--format", "ics", "nobody-matches-this")
    assert "BEGIN:VEVENT" not in text and "BEGIN:VCALENDAR" in text
