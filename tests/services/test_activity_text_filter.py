"""The Activities view's search (issue 20): ``due_activity_ids(text=...)`` keeps the
activities holding every word, wherever it is (subject, details, place, outcome, account, the
people's names), accents and case aside, in every list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.records.ids import ActivityId
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.activities import complete_activity, create_activity, due_activity_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

NOW = datetime(2026, 12, 1, 10, tzinfo=UTC)


@pytest.fixture
def three(db: Database) -> list[ActivityId]:
    [eleni] = add_contacts(
        db,
        [
            ContactDraft(
                given_name="Ελένη",
                family_name="Παπαδοπούλου",
                accounts=(AccountLinkDraft("Aegean Foods", "", True),),
            )
        ],
    )
    [account] = account_rows(db)
    drafts = [
        ActivityDraft("task", "Send the price list", due=NOW + timedelta(days=1)),
        ActivityDraft(
            "call",
            "Catch up",
            start=NOW + timedelta(days=2),
            contact_ids=(eleni,),
            details="About the olive oil 50% promotion",
        ),
        ActivityDraft(
            "meeting",
            "Visit",
            start=NOW + timedelta(days=3),
            location="Πειραιάς",
            account_id=account.id,
        ),
    ]
    return [create_activity(db, draft).id for draft in drafts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [0, 1, 2]),
        ("PRICE list", [0]),
        ("olive", [1]),
        ("παπαδοπουλου", [1]),  # the contact's name, without its accent
        ("aegean", [2]),  # the account
        ("πειραιας", [2]),  # the place
        ("50%", [1]),  # a wildcard of LIKE is a character here
        ("_", []),
        ("visit olive", []),  # every word
    ],
)
def test_the_search_keeps_the_activities_holding_every_word(
    db: Database, three: list[ActivityId], text: str, expected: list[int]
) -> None:
    found = due_activity_ids(db, Due.ALL, now=NOW, text=text)
    assert found == [three[i] for i in expected]


def test_the_done_list_is_searched_too(db: Database, three: list[ActivityId]) -> None:
    complete_activity(db, three[1], "Ordered 200 litres")
    assert due_activity_ids(db, Due.DONE, now=NOW, text="litres") == [three[1]]
    assert due_activity_ids(db, Due.DONE, now=NOW, text="price") == []
