"""``log --repeat RULE`` (issue 19): a repeating activity from the command line, listed by
``activities`` at its next occurrence; a bad rule or one without --due is a usage error."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import get_activity
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from tests.cli.conftest import Cli


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TZ", "Europe/Athens")
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as database:
        add_contacts(database, [ContactDraft("Eleni Papadopoulou")])
    return path


def test_a_repeating_task_is_listed_at_its_next_occurrence_after_one_is_done(
    cli: Cli, db: Path
) -> None:
    logged = cli(
        "--db",
        str(db),
        "log",
        "1",
        "--kind",
        "task",
        "--subject",
        "Weekly report",
        "--due",
        "2030-01-07T17:00",
        "--repeat",
        "freq=weekly;byday=mo",
        "--json",
    ).json()
    with open_database(db, "en") as database:  # the JSON shape is DESIGN's: no rule in it
        assert get_activity(database, logged["id"]).recurrence == "FREQ=WEEKLY;BYDAY=MO"
    assert logged["due"] == "2030-01-07T17:00:00+02:00"
    done = cli("--db", str(db), "activity", "done", str(logged["id"]), "--json").json()
    assert done["status"] == "done" and done["id"] != logged["id"]
    [listed] = cli("--db", str(db), "activities", "--json").json()
    assert listed["id"] == logged["id"]
    assert listed["due"] == "2030-01-14T17:00:00+02:00"
    assert [
        d["due"] for d in cli("--db", str(db), "activities", "--due", "done", "--json").json()
    ] == ["2030-01-07T17:00:00+02:00"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--due", "2030-01-07", "--repeat", "FREQ=FORTNIGHTLY"], "FREQ=FORTNIGHTLY is not a"),
        (["--repeat", "FREQ=DAILY"], "--repeat needs --due"),
    ],
)
def test_a_bad_repeat_is_a_usage_error_writing_nothing(
    cli: Cli, db: Path, extra: list[str], message: str
) -> None:
    result = cli("--db", str(db), "log", "1", "--kind", "task", "--subject", "x", *extra)
    assert result.status == 2
    assert message in result.error
    assert cli("--db", str(db), "activities", "--json").json() == []
