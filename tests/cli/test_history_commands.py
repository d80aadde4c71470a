"""``note add``, ``activity done|reschedule|cancel`` and ``show --timeline`` through the
command line: the shapes, the exit statuses and their one line, and each write seen through
the services the window reads (the timeline, last contact, keeping in touch)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.activities import (
    contacts_due_for_contact,
    create_activity,
    get_activity,
    set_keep_in_touch,
    timeline,
)
from crm_desktop.services.contact_list import contact_rows
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from tests.cli.conftest import Cli

ATHENS = ZoneInfo("Europe/Athens")
ELENI = ContactId(1)
# December of next year: the meeting and the task stay in the future whenever the tests run, so
# a note written now is the oldest item of the timeline (a fixed year went stale on its own day).
YEAR = datetime.now(ATHENS).year + 1


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Eleni (at Aegean Foods, account 1) with a meeting on 10 December next year at 10:30 in
    Athens (activity 1, a reminder 15 minutes before) and a task due on 4 December (activity 2)."""
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(
            db,
            [ContactDraft("Eleni Papadopoulou", accounts=(AccountLinkDraft("Aegean Foods"),))],
        )
        meeting = datetime(YEAR, 12, 10, 10, 30, tzinfo=ATHENS)
        create_activity(
            db,
            ActivityDraft(
                "meeting",
                "Visit",
                start=meeting,
                reminder=datetime(YEAR, 12, 10, 10, 15, tzinfo=ATHENS),
                contact_ids=(ELENI,),
                time_zone="Europe/Athens",
            ),
        )
        task = datetime(YEAR, 12, 4, 9, 0, tzinfo=ATHENS)
        create_activity(
            db, ActivityDraft("task", "Send the prices", due=task, contact_ids=(ELENI,))
        )
    return path


def test_note_add_writes_a_note_on_the_contact_s_timeline(cli: Cli, db_path: Path) -> None:
    note = cli(
        "note", "add", "--contact", "1", "Prefers e-mail", "--pinned", "--json", "--db", str(db_path)
    ).json()  # fmt: skip
    assert note.pop("created_at").endswith("Z") and note.pop("updated_at").endswith("Z")
    assert note == {
        "id": 1, "body": "Prefers e-mail", "pinned": True, "contact_id": 1, "account_id": None,
    }  # fmt: skip
    with open_database(db_path, "en") as db:
        [first, *_] = timeline(db, contact_id=1)
    assert first.note is not None and first.note.body == "Prefers e-mail" and first.pinned


def test_note_add_about_an_account_prints_its_line(cli: Cli, db_path: Path) -> None:
    ran = cli("note", "add", "--account", "1", "Big customer", "--db", str(db_path))
    assert ran.status == 0
    note_id, _when, kind, pinned, text, who = ran.out.rstrip("\n").split("\t")
    assert (note_id, kind, pinned, text, who) == ("1", "note", "", "Big customer", "")
    with open_database(db_path, "en") as db:
        notes = [item.note for item in timeline(db, account_id=1) if item.note]
    assert [(n.body, n.account_id, n.contact_id) for n in notes] == [("Big customer", 1, None)]


@pytest.mark.parametrize(
    ("argv", "status", "error"),
    [
        (("--contact", "9", "x"), 1, "crm-desktop: no contact with id 9"),
        (("--account", "9", "x"), 1, "crm-desktop: no account with id 9"),
        (("--contact", "1", "  "), 2, "crm-desktop note add: error: argument TEXT: an empty text"),
        (("x",), 2, "crm-desktop note add: error: one of the arguments --contact --account is "
                    "required"),
    ],
)  # fmt: skip
def test_a_note_that_cannot_be_added_says_why_in_one_line(
    cli: Cli, db_path: Path, argv: tuple[str, ...], status: int, error: str
) -> None:
    ran = cli("note", "add", *argv, "--db", str(db_path))
    assert (ran.status, ran.error, ran.out) == (status, error, "")
    with open_database(db_path, "en") as db:
        assert not [item for item in timeline(db, contact_id=1) if item.note]


def test_activity_done_records_the_outcome_and_moves_the_last_contact(
    cli: Cli, db_path: Path
) -> None:
    with open_database(db_path, "en") as db:
        set_keep_in_touch(db, ELENI, 30)
        assert [row.contact_id for row in contacts_due_for_contact(db)] == [ELENI]
    before = datetime.now(UTC)
    done = cli("activity", "done", "2", "--outcome", "Sent", "--json", "--db", str(db_path)).json()
    assert (done["id"], done["status"], done["outcome"]) == (2, "done", "Sent")
    completed = datetime.fromisoformat(done["completed_at"])
    assert before.replace(microsecond=0) <= completed <= datetime.now(UTC)
    with open_database(db_path, "en") as db:
        [row] = contact_rows(db, [ELENI])
        assert row.last_contact is not None and row.last_contact >= before.replace(microsecond=0)
        assert contacts_due_for_contact(db) == []  # in touch again, as after the window's Done


def test_activity_reschedule_to_a_day_keeps_its_time_of_day_and_its_reminder_before(
    cli: Cli, db_path: Path
) -> None:
    ran = cli("activity", "reschedule", "1", f"{YEAR}-12-15", "--db", str(db_path))
    assert ran.status == 0, ran.err
    with open_database(db_path, "en") as db:
        row = get_activity(db, 1)
    assert row.start == datetime(YEAR, 12, 15, 10, 30, tzinfo=ATHENS)
    assert row.reminder == datetime(YEAR, 12, 15, 10, 15, tzinfo=ATHENS)


def test_activity_reschedule_to_a_date_and_time_sets_that_time(cli: Cli, db_path: Path) -> None:
    moved = cli(
        "activity", "reschedule", "1", f"{YEAR}-12-11T16:00+02:00", "--json", "--db", str(db_path)
    ).json()  # fmt: skip
    assert datetime.fromisoformat(moved["start"]) == datetime(YEAR, 12, 11, 16, 0, tzinfo=ATHENS)
    with open_database(db_path, "en") as db:
        row = get_activity(db, 1)
    assert row.reminder == datetime(YEAR, 12, 11, 15, 45, tzinfo=ATHENS)


def test_activity_cancel_marks_it_cancelled_and_keeps_the_rest(cli: Cli, db_path: Path) -> None:
    with open_database(db_path, "en") as db:
        before = get_activity(db, 1)
    ran = cli("activity", "cancel", "1", "--db", str(db_path))
    assert ran.status == 0
    assert ran.out.split("\t")[2:5] == ["meeting", "cancelled", "Visit"]
    with open_database(db_path, "en") as db:
        after = get_activity(db, 1)
    assert after.status == "cancelled"
    assert (after.start, after.reminder, after.contact_ids) == (
        before.start, before.reminder, before.contact_ids,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "status", "error"),
    [
        (("done", "9"), 1, "crm-desktop: no activity with id 9"),
        (("cancel", "9"), 1, "crm-desktop: no activity with id 9"),
        (("reschedule", "9", "tomorrow"), 1, "crm-desktop: no activity with id 9"),
        (("reschedule", "1", "someday"), 2, "crm-desktop activity reschedule: error: argument "
         "WHEN: 'someday' is not a date or time (2026-12-03, 2026-12-03T14:30, today, tomorrow, "
         "+3d)"),
        (("reschedule", "1", "0999-12-01"), 2, "crm-desktop activity reschedule: error: argument "
         "WHEN: '0999-12-01' is outside the dates CRM Desktop keeps (the years 1000 to 9998)"),
    ],
)  # fmt: skip
def test_an_activity_that_cannot_be_changed_says_why_in_one_line_and_stays(
    cli: Cli, db_path: Path, argv: tuple[str, ...], status: int, error: str
) -> None:
    with open_database(db_path, "en") as db:
        before = get_activity(db, 1)
    ran = cli("activity", *argv, "--db", str(db_path))
    assert (ran.status, ran.error, ran.out) == (status, error, "")
    with open_database(db_path, "en") as db:
        assert get_activity(db, 1) == before


def test_show_timeline_json_adds_the_activities_and_notes_newest_first(
    cli: Cli, db_path: Path
) -> None:
    cli("note", "add", "--contact", "1", "First note", "--pinned", "--db", str(db_path))
    cli("note", "add", "--contact", "1", "Second note", "--db", str(db_path))
    shown = cli("show", "1", "--timeline", "--json", "--db", str(db_path)).json()
    plain = cli("show", "1", "--json", "--db", str(db_path)).json()
    assert {key: shown[key] for key in plain} == plain
    assert set(shown) - set(plain) == {"activities", "notes"}
    assert [a["subject"] for a in shown["activities"]] == ["Visit", "Send the prices"]
    assert shown["activities"][0] == cli("activities", "--json", "--db", str(db_path)).json()[1]
    assert [(n["body"], n["pinned"]) for n in shown["notes"]] == [
        ("Second note", False), ("First note", True),
    ]  # fmt: skip


def test_show_timeline_prints_the_timeline_under_the_card_newest_first(
    cli: Cli, db_path: Path
) -> None:
    cli("note", "add", "--contact", "1", "A note", "--db", str(db_path))
    lines = cli("show", "1", "--timeline", "--db", str(db_path)).out.splitlines()
    blank = lines.index("")
    assert lines[:blank] == cli("show", "1", "--db", str(db_path)).out.splitlines()
    rows = [line.split("\t") for line in lines[blank + 1 :]]
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("1", "meeting", "Visit"), ("2", "task", "Send the prices"), ("1", "note", "A note"),
    ]  # fmt: skip
