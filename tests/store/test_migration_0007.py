"""Migration 0007 (the sales layer): a database of revision 0006 with a contact, an account,
an activity and a note opens with every row kept, no contact or account a lead, the default
stages and sources in place, the activities' triggers kept, and deals to be written."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date
from decimal import Decimal
from pathlib import Path

from crm_desktop.records.sales import DealDraft
from crm_desktop.services.activities import get_activity, reschedule_activity
from crm_desktop.services.database import open_database
from crm_desktop.services.deal_links import link_activity, link_note
from crm_desktop.services.deals import create_deal
from crm_desktop.services.health import check_database
from crm_desktop.services.leads import list_leads
from crm_desktop.services.notes import get_note
from crm_desktop.services.stages import list_sources, list_stages
from crm_desktop.store.schema import SCHEMA_REVISION
from tests.store.test_database import _database_at_revision

_GOOD = "2026-01-01T00:00:00.000000Z"


def test_a_0006_database_keeps_its_rows_and_gains_stages_leads_and_deals(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0006")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO accounts (id, name, name_fold, created_at, updated_at)"
            f" VALUES (1, 'Aegean Foods', 'aegean foods', '{_GOOD}', '{_GOOD}')"
        )
        raw.execute(
            "INSERT INTO activities (id, kind, subject, start_at, status, created_at, updated_at)"
            f" VALUES (1, 'meeting', 'Review', '2026-11-05T08:00:00.000000Z', 'open', '{_GOOD}',"
            f" '{_GOOD}')"
        )
        raw.execute("INSERT INTO activity_contacts VALUES (1, 1)")
        raw.execute(
            "INSERT INTO notes (id, contact_id, body, created_at, updated_at)"
            f" VALUES (1, 1, 'Likes olives', '{_GOOD}', '{_GOOD}')"
        )
    raw.close()
    with open_database(path, "en") as db:
        assert check_database(db) == []
        assert get_activity(db, 1).subject == "Review"
        assert get_note(db, 1).body == "Likes olives"
        assert list_leads(db) == []
        assert [s.name for s in list_stages(db)] == [
            "Prospecting", "Qualification", "Proposal", "Negotiation",
        ]  # fmt: skip
        assert "referral" in list_sources(db)
        deal = create_deal(
            db, DealDraft("Oil", 1, Decimal("10"), "EUR", close_date=date(2027, 1, 1))
        )
        link_activity(db, 1, deal.id)
        link_note(db, 1, deal.id)
        reschedule_activity(db, 1, date(2026, 11, 6), UTC)
    with sqlite3.connect(path) as raw:
        [(revision,)] = raw.execute("SELECT version_num FROM alembic_version")
        assert revision == SCHEMA_REVISION  # upgraded to the newest revision
        [(formatted, is_lead)] = raw.execute("SELECT formatted_name, is_lead FROM contacts")
        assert (formatted, is_lead) == ("Ana Puig", 0)
        # The triggers of 0003 still keep the contact's next activity.
        [(next_at,)] = raw.execute("SELECT next_activity_at FROM contacts WHERE id = 1")
        assert next_at == "2026-11-06T08:00:00.000000Z"
    raw.close()
