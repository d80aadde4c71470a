"""The demo's activities fall in business hours on working days (issue 20: they fell at the
hour the demo was made, 3:58 in the morning)."""

from __future__ import annotations

import pytest

from crm_desktop.records.activities import Due
from crm_desktop.services.activities import due_activities
from crm_desktop.services.database import Database
from crm_desktop.services.demo import fill_demo_data
from crm_desktop.services.schedule_rows import local_zone


@pytest.mark.parametrize("zone", ["Europe/Athens", "Asia/Tehran", "America/New_York"])
def test_demo_activities_are_on_working_days_between_nine_and_six(
    db: Database, monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    monkeypatch.setenv("TZ", zone)
    fill_demo_data(db, contacts=40)
    rows = [*due_activities(db, Due.ALL), *due_activities(db, Due.DONE)]
    assert len(rows) > 20
    for row in rows:
        moment = row.start or row.due
        assert moment is not None
        local = moment.astimezone(local_zone())
        assert local.weekday() < 5, (row.subject, local)
        assert 9 <= local.hour <= 17 and local.minute in (0, 15, 30, 45), (row.subject, local)
