"""Anniversaries (vCard ANNIVERSARY, stored since the first schema) are listed with the
upcoming birthdays, told apart, with their years (issue 19)."""

from __future__ import annotations

from datetime import date

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import upcoming_birthdays
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database


def test_anniversaries_come_with_birthdays_by_day_with_their_years(db: Database) -> None:
    [eleni, pau, _far, gone] = add_contacts(
        db,
        [
            ContactDraft("Eleni Papadopoulou", anniversary="2016-12-05", birthday="1980-12-04"),
            ContactDraft("Pau Serra", anniversary="--01-02"),
            ContactDraft("Far Away", anniversary="2000-06-01"),
            ContactDraft("In the Trash", anniversary="2010-12-04"),
        ],
    )
    trash_contacts(db, [gone])
    rows = upcoming_birthdays(db, date(2026, 12, 3), 14)
    assert [(r.contact_id, r.kind, r.day, r.age) for r in rows] == [
        (eleni, "birthday", date(2026, 12, 4), 46),
        (eleni, "anniversary", date(2026, 12, 5), 10),
    ]
    across = upcoming_birthdays(db, date(2026, 12, 28), 14)
    assert [(r.contact_id, r.kind, r.day, r.age) for r in across] == [
        (pau, "anniversary", date(2027, 1, 2), None),
    ]
