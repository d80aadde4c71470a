"""The years 1000 to 9998: every service refuses a time or date outside them with our own
error and writes nothing, the edges themselves work in every zone, and a row another program
wrote outside them neither fails a list nor escapes ``check``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.errors import InvalidValueError
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.date_range import EARLIEST, END
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import (
    activity_days,
    complete_activity,
    create_activity,
    due_activities,
    get_activity,
    reschedule_activity,
    update_activity,
)
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.contact_list import contact_rows
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.health import check_database
from crm_desktop.services.trash import trash_items

TOKYO = ZoneInfo("Asia/Tokyo")
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14
HONOLULU = ZoneInfo("Pacific/Honolulu")


def _count(db: Database, table: str) -> int:
    with db.raw_reading() as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.mark.parametrize(
    "field",
    ["start", "due", "reminder", "completed_at"],
)
@pytest.mark.parametrize(
    "moment",
    [
        datetime(226, 12, 3, 9, tzinfo=UTC),
        datetime(999, 12, 31, 10, tzinfo=UTC),
        datetime(9999, 12, 31, 20, tzinfo=UTC),
        datetime(1000, 1, 1, 8, tzinfo=TOKYO),  # 0999-12-31T23:00Z
    ],
)
def test_an_activity_time_outside_the_years_is_refused_and_nothing_is_written(
    db: Database, field: str, moment: datetime
) -> None:
    values: dict[str, object] = {field: moment}
    if field == "completed_at":
        values["status"] = "done"
    with pytest.raises(InvalidValueError) as refused:
        create_activity(db, ActivityDraft("task", "x", **values))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert "years 1000 to 9998" in str(refused.value)
    assert _count(db, "activities") == 0


def test_a_duration_ending_after_the_years_is_refused(db: Database) -> None:
    start = datetime(9998, 12, 31, 12, tzinfo=UTC)
    with pytest.raises(InvalidValueError, match="duration"):
        create_activity(db, ActivityDraft("meeting", "x", start=start, duration_minutes=12 * 60))
    with pytest.raises(InvalidValueError, match="duration"):
        create_activity(db, ActivityDraft("meeting", "x", start=start, duration_minutes=10**15))
    assert _count(db, "activities") == 0
    kept = create_activity(db, ActivityDraft("meeting", "x", start=start, duration_minutes=60))
    assert kept.duration_minutes == 60


def test_the_first_and_last_supported_times_are_stored_and_shown_in_any_zone(
    db: Database,
) -> None:
    first = create_activity(db, ActivityDraft("task", "first", due=EARLIEST)).id
    last_moment = END - timedelta(minutes=1)
    last = create_activity(db, ActivityDraft("task", "last", due=last_moment)).id
    for zone in (TOKYO, KIRITIMATI, HONOLULU):
        rows = due_activities(db, Due.ALL, zone=zone, now=datetime(2026, 12, 3, tzinfo=UTC))
        assert [(r.id, r.due) for r in rows] == [(first, EARLIEST), (last, last_moment)]
        for row in rows:
            assert row.due is not None and row.due.astimezone(zone).year in (999, 1000, 9998, 9999)
    with db.raw_reading() as connection:
        stored = connection.execute("SELECT due_at FROM activities ORDER BY id").fetchall()
    assert [row[0] for row in stored] == [
        "1000-01-01T00:00:00.000000Z",
        "9998-12-31T23:59:00.000000Z",
    ]


def test_the_month_calendar_at_the_last_supported_month_counts_without_overflow(
    db: Database,
) -> None:
    create_activity(db, ActivityDraft("task", "x", due=datetime(9998, 12, 31, 9, tzinfo=TOKYO)))
    counts = activity_days(db, date(9998, 12, 1), date(9998, 12, 31), zone=TOKYO)
    assert counts == {date(9998, 12, 31): 1}


def test_completing_or_rescheduling_outside_the_years_is_refused_and_changes_nothing(
    db: Database,
) -> None:
    row = create_activity(db, ActivityDraft("task", "x", due=datetime(2026, 12, 3, tzinfo=UTC)))
    with pytest.raises(InvalidValueError):
        complete_activity(db, row.id, "", when=datetime(226, 1, 1, tzinfo=UTC))
    with pytest.raises(InvalidValueError):
        reschedule_activity(db, row.id, date(9999, 6, 1), zone=UTC)
    with pytest.raises(InvalidValueError):
        reschedule_activity(db, row.id, date(1, 1, 1), zone=TOKYO)  # no OverflowError
    with pytest.raises(InvalidValueError):
        update_activity(
            db, row.id, ActivityDraft("task", "x", due=datetime(9999, 6, 1, tzinfo=UTC))
        )
    assert get_activity(db, row.id) == row


@pytest.mark.parametrize(
    ("field", "value"),
    [("birthday", "0226-12-03"), ("birthday", "9999"), ("anniversary", "0000-05")],
)
def test_a_birthday_or_anniversary_outside_the_years_is_refused(
    db: Database, field: str, value: str
) -> None:
    draft = ContactDraft("Ana Puig", **{field: value})  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="years 1000 to 9998"):
        add_contacts(db, [draft])
    assert _count(db, "contacts") == 0


def _damage(db: Database, statement: str) -> None:
    """What another program (or a version before schema 0005) could leave."""
    with db.raw_writing() as connection:
        connection.execute(statement)


def test_check_names_the_table_row_and_column_of_each_bad_time_or_date(db: Database) -> None:
    [ana] = add_contacts(db, [ContactDraft("Ana Puig", birthday="1980-04-15")])
    row = create_activity(db, ActivityDraft("task", "x", due=datetime(2026, 12, 3, tzinfo=UTC)))
    assert check_database(db) == []
    _damage(db, f"UPDATE activities SET due_at = '226-12-03T09:00:00.000000Z' WHERE id = {row.id}")
    _damage(db, f"UPDATE contacts SET birthday = '0226-12-03' WHERE id = {ana}")
    _damage(db, f"UPDATE contacts SET updated_at = '2026-02-30T00:00:00.000000Z' WHERE id = {ana}")
    problems = check_database(db)
    assert f"activities {row.id} due_at: '226-12-03T09:00:00.000000Z'" in "\n".join(problems)
    assert any(
        p.startswith(f"contacts {ana} birthday: '0226-12-03' is not a date") for p in problems
    )
    assert any(p.startswith(f"contacts {ana} updated_at: '2026-02-30T") for p in problems)


def test_a_list_does_not_fail_on_a_row_another_program_wrote_outside_the_years(
    db: Database,
) -> None:
    [ana] = add_contacts(db, [ContactDraft("Ana Puig")])
    row = create_activity(
        db, ActivityDraft("task", "x", due=datetime(2026, 12, 3, tzinfo=UTC), contact_ids=(ana,))
    )
    _damage(db, f"UPDATE activities SET due_at = '9999-12-31T20:00:00.000000Z' WHERE id = {row.id}")
    _damage(
        db, f"UPDATE contacts SET next_activity_at = '226-1-1', deleted_at = 'x' WHERE id = {ana}"
    )
    [listed] = due_activities(db, Due.ALL, zone=TOKYO)
    assert listed.id == row.id and listed.due is None
    assert [r.name for r in contact_rows(db, [ana])] == ["Ana Puig"]
    assert get_contacts(db, [ana])[0].created_at is not None
    assert [item.id for item in trash_items(db)] == [ana]
    assert activity_days(db, date(2026, 12, 1), date(2026, 12, 31), zone=TOKYO) == {}
