"""What the contact's card reads through the services: its next activity, and an address
alone as a postal block (the labels' rules, without the envelope's capitals)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.activities import (
    complete_activity,
    create_activity,
    next_activity,
    trash_activities,
)
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.labels import postal_block

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def _task(db: Database, contact: int, subject: str, due: datetime | None) -> int:
    draft = ActivityDraft("task", subject, due=due, contact_ids=(ContactId(contact),))
    return create_activity(db, draft, now=NOW).id


def test_the_next_activity_is_the_earliest_open_one_outside_the_trash(db: Database) -> None:
    ana, jordi = add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Jordi Vila")])
    assert next_activity(db, ana) is None
    _task(db, ana, "Some day", None)  # no time: after those with one
    later = _task(db, ana, "Visit the cellar", NOW + timedelta(days=5))
    done = _task(db, ana, "Send the price list", NOW - timedelta(days=2))
    trashed = _task(db, ana, "Call about the invoice", NOW - timedelta(days=1))
    _task(db, jordi, "Jordi's own", NOW - timedelta(days=9))  # another contact's
    complete_activity(db, done, "sent", NOW)
    trash_activities(db, [trashed])
    upcoming = next_activity(db, ana)
    assert upcoming is not None and upcoming.id == later
    complete_activity(db, later, "visited", NOW)
    upcoming = next_activity(db, ana)
    assert upcoming is not None and upcoming.subject == "Some day"


def test_an_address_alone_is_a_postal_block_without_capitals_or_home_country() -> None:
    london = AddressValue(("work",), street="10 Downing Street", locality="London",
                          postal_code="SW1A 2AA", country="United Kingdom")  # fmt: skip
    assert postal_block(london, home_country="GB") == ("10 Downing Street", "London", "SW1A 2AA")
    assert postal_block(london, home_country="GR", language="el") == (
        "10 Downing Street", "London", "SW1A 2AA", "Ηνωμένο Βασίλειο",
    )  # fmt: skip
