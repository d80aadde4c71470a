"""Activities exported to an .ics file and imported from one, as a whole import."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject

from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.records.importing import DuplicatePolicy
from crm_desktop.services.activities import (
    complete_activity,
    create_activity,
    due_activities,
    get_activity,
    trash_activities,
)
from crm_desktop.services.calendar_files import calendar_activity_ids, export_icalendar
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import ImportAborted, import_files

ATHENS = ZoneInfo("Europe/Athens")
DATA = Path(__file__).resolve().parent.parent / "data"
OUTLOOK = DATA / "outlook-gtb-zone-event-broken-event-and-todo.ics"


@pytest.fixture(autouse=True)
def _athens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Athens")  # floating and all-day times are local


def _eleni(db: Database) -> int:
    [eleni] = add_contacts(
        db,
        [ContactDraft("Eleni Papadopoulou", emails=(EmailValue("Eleni@Aegean.example"),))],
    )
    return eleni


def test_export_writes_every_activity_outside_the_trash_with_uids_and_attendees(
    db: Database, tmp_path: Path
) -> None:
    eleni = _eleni(db)
    meeting = create_activity(
        db,
        ActivityDraft(
            "meeting",
            "Review",
            start=datetime(2026, 11, 5, 10, tzinfo=ATHENS),
            duration_minutes=60,
            contact_ids=(eleni,),
        ),
    )
    task = create_activity(
        db, ActivityDraft("task", "Quote", due=datetime(2026, 11, 6, 9, tzinfo=ATHENS))
    )
    gone = create_activity(
        db, ActivityDraft("call", "Gone", start=datetime(2026, 1, 1, tzinfo=UTC))
    )
    trash_activities(db, [gone.id])
    path = tmp_path / "activities.ics"
    assert export_icalendar(db, path, calendar_activity_ids(db)) == 2
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    [event] = calendar.vevent_list
    [todo] = calendar.vtodo_list
    assert (event.uid.value, todo.uid.value) == (meeting.uid, task.uid)
    assert event.dtstart.value == datetime(2026, 11, 5, 8, tzinfo=UTC)
    assert event.attendee.value == "mailto:Eleni@Aegean.example"
    assert event.attendee.params["CN"] == ["Eleni Papadopoulou"]
    assert calendar_activity_ids(db, [eleni]) == [meeting.id]


def test_importing_our_export_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    eleni = _eleni(db)
    row = create_activity(
        db,
        ActivityDraft(
            "call", "Prices", start=datetime(2026, 3, 2, 9, tzinfo=ATHENS), contact_ids=(eleni,)
        ),
    )
    complete_activity(db, row.id, "Wants a discount", datetime(2026, 3, 2, 9, 20, tzinfo=ATHENS))
    before = get_activity(db, row.id)
    path = tmp_path / "again.ics"
    export_icalendar(db, path, calendar_activity_ids(db))
    summary = import_files(db, [path])
    assert (summary.imported, summary.merged, summary.failed) == (0, 1, 0)
    assert get_activity(db, row.id) == before


def test_an_outlook_file_becomes_activities_linked_by_email_with_the_broken_event_reported(
    db: Database,
) -> None:
    eleni = _eleni(db)
    summary = import_files(db, [OUTLOOK])
    assert (summary.imported, summary.failed) == (2, 1)
    [problem] = summary.problems
    assert (problem.file, problem.line) == (OUTLOOK.name, 41)
    meeting, todo = (get_activity(db, i) for i in summary.activity_ids)
    assert meeting.kind == "meeting" and meeting.contact_ids == (eleni,)
    assert meeting.start == datetime(2026, 11, 5, 10, tzinfo=ATHENS)
    assert meeting.uid == "040000008200E00074C5B7101A82E00800000000F0C2A2E8B1"
    assert meeting.details.endswith("Attendees: Stranger <stranger@elsewhere.example>")
    assert todo.due == datetime(2026, 11, 10, 0, 0, tzinfo=ATHENS)
    again = import_files(db, [OUTLOOK])
    assert (again.imported, again.merged) == (0, 2)
    assert len(due_activities(db, Due.ALL, zone=ATHENS)) == 2
    skipped = import_files(db, [OUTLOOK], duplicates=DuplicatePolicy.SKIP)
    assert (skipped.imported, skipped.skipped) == (0, 2)


def test_a_strict_import_of_a_calendar_with_a_broken_event_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    copy = tmp_path / "calendar.txt"  # told apart by content, not by name
    shutil.copy(OUTLOOK, copy)
    with pytest.raises(ImportAborted) as caught:
        import_files(db, [copy], strict=True)
    assert caught.value.problem.line == 41
    assert due_activities(db, Due.ALL, zone=ATHENS) == []


def test_contacts_and_their_meetings_import_together_in_one_go(
    db: Database, tmp_path: Path
) -> None:
    card = tmp_path / "eleni.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eleni Papadopoulou\r\n"
        "EMAIL:eleni@aegean.example\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    summary = import_files(db, [card, OUTLOOK])
    assert summary.imported == 3
    meeting = get_activity(db, summary.activity_ids[0])
    assert meeting.contact_names == ("Eleni Papadopoulou",)
