"""What changed here since the last sync goes up, whatever way it was changed (an edit, a bulk
action, an account renamed, a relationship, a relationship type renamed), and nothing else:
an incremental sync compares only the records marked changed, never every card."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from crm_desktop.interop.caldav_client import CalDavClient
from crm_desktop.interop.webdav import DavClient
from crm_desktop.records.drafts import AccountLinkDraft, EmailValue
from crm_desktop.records.relationships import RelationDraft
from crm_desktop.services import sync
from crm_desktop.services.account_edits import account_draft, update_account
from crm_desktop.services.accounts import find_account
from crm_desktop.services.bulk_actions import categorize
from crm_desktop.services.contact_edits import contact_draft, update_contact
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.relationships import (
    edit_relationship_type,
    relate,
    relationship_types,
)
from tests.sync.radicale_server import PASSWORD, USER, Radicale
from tests.sync.test_carddav_sync import person, server_cards


class Writing(DavClient):
    """Our client, keeping the members it wrote (the last one made)."""

    last: Writing | None = None

    def __init__(self, url: str, username: str, password: str) -> None:
        super().__init__(url, username, password)
        self.written: list[str] = []
        Writing.last = self

    def put(self, href: str, text: str, content_type: str, etag: str | None) -> str | None:
        self.written.append(href)
        return super().put(href, text, content_type, etag)


class CalendarWriting(CalDavClient):
    """Our calendar client (the caldav library), keeping the members it wrote."""

    last: CalendarWriting | None = None

    def __init__(self, url: str, username: str, password: str) -> None:
        super().__init__(url, username, password)
        self.written: list[str] = []
        CalendarWriting.last = self

    def put(self, href: str, text: str, etag: str | None) -> str | None:
        self.written.append(href)
        return super().put(href, text, etag)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "crm.db")
    yield database
    database.close()


def names_written(db: Database, radicale: Radicale) -> tuple[list[str], dict[str, str]]:
    """One sync: the FN of each card it wrote, and every card on the server by FN."""
    sync.run_sync(db, "home", password=PASSWORD, client_factory=Writing)
    assert Writing.last is not None
    book = sync.sync_account(db, "home").address_book_url
    assert book is not None
    cards = server_cards(radicale, book)
    by_href = {
        href: next(line[3:] for line in text.splitlines() if line.startswith("FN:"))
        for href, (_etag, text) in cards.items()
    }
    return sorted(by_href[h] for h in Writing.last.written), {
        by_href[h]: text for h, (_e, text) in cards.items()
    }


def _edit(db: Database, ids: dict[str, int]) -> None:
    draft = contact_draft(db, ids["Cy X"])
    update_contact(db, ids["Cy X"], dataclasses.replace(
        draft, emails=(*draft.emails, EmailValue("cy@home.example")), note="new note"))  # fmt: skip


def _categorize(db: Database, ids: dict[str, int]) -> None:
    categorize(db, [ids["Bob X"]], ["Key customer"])


def _rename_account(db: Database, ids: dict[str, int]) -> None:
    acme = find_account(db, "Acme Foods")
    assert acme is not None
    update_account(db, acme, dataclasses.replace(account_draft(db, acme), name="Acme Group"))


def _relate(db: Database, ids: dict[str, int]) -> None:
    [colleague] = [t for t in relationship_types(db) if t.name.lower() == "colleague"]
    relate(db, RelationDraft(ids["Ann X"], colleague.id, other_contact_id=ids["Bob X"]))


CHANGES: list[tuple[Callable[[Database, dict[str, int]], None], Sequence[str], str, str]] = [
    (_edit, ["Cy X"], "Cy X", "cy@home.example"),
    (_categorize, ["Bob X"], "Bob X", "Key customer"),
    (_rename_account, ["Acme Group", "Ann X"], "Ann X", "Acme Group"),
    (_relate, ["Ann X", "Bob X"], "Ann X", "Bob X"),
]


@pytest.mark.parametrize(("change", "expected", "holder", "text"), CHANGES,
                         ids=["edit", "bulk-category", "account-renamed", "related"])  # fmt: skip
def test_what_changed_here_goes_up_and_nothing_else(
    db: Database,
    radicale: Radicale,
    change: Callable[[Database, dict[str, int]], None],
    expected: Sequence[str],
    holder: str,
    text: str,
) -> None:
    ids = {
        "Ann X": int(create_contact(db, dataclasses.replace(
            person("Ann", "X", "ann@example.org"), accounts=(AccountLinkDraft("Acme Foods"),)))),
        "Bob X": int(create_contact(db, person("Bob", "X", "bob@example.org"))),
        "Cy X": int(create_contact(db, person("Cy", "X", "cy@example.org"))),
    }  # fmt: skip
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)
    first, _cards = names_written(db, radicale)
    assert first == ["Acme Foods", "Ann X", "Bob X", "Cy X"]
    assert names_written(db, radicale)[0] == []

    change(db, ids)
    written, cards = names_written(db, radicale)

    if change is _relate:  # Bob's card names Ann only when the type reads both ways
        written = [n for n in written if n != "Bob X"]
        expected = [n for n in expected if n != "Bob X"]
    assert written == sorted(expected)
    assert text in cards[holder]
    assert names_written(db, radicale)[0] == []


def test_a_relationship_type_renamed_sends_up_the_cards_that_name_it(
    db: Database, radicale: Radicale
) -> None:
    ann = int(create_contact(db, person("Ann", "X", "ann@example.org")))
    bob = int(create_contact(db, person("Bob", "X", "bob@example.org")))
    create_contact(db, person("Cy", "X", "cy@example.org"))
    mentor = next(t for t in relationship_types(db) if t.name.lower() == "colleague")
    relate(db, RelationDraft(ann, mentor.id, other_contact_id=bob))
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)
    names_written(db, radicale)

    edit_relationship_type(db, mentor.id, "Co-worker", "Co-worker")
    written, cards = names_written(db, radicale)

    assert "Cy X" not in written and "Ann X" in written
    assert "co-worker" in cards["Ann X"].lower()


def test_an_attendees_new_address_sends_up_their_meetings_only(
    db: Database, radicale: Radicale
) -> None:
    from datetime import UTC, datetime, timedelta

    from crm_desktop.records.activities import ActivityDraft
    from crm_desktop.services.activities import create_activity

    ann = int(create_contact(db, person("Ann", "X", "ann@example.org")))
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    for subject, people in (("With Ann", (ann,)), ("Alone", ())):
        create_activity(db, ActivityDraft(kind="meeting", subject=subject, start=soon,
                                          duration_minutes=30, contact_ids=people))  # fmt: skip
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)
    sync.run_sync(db, "home", password=PASSWORD)

    draft = contact_draft(db, ann)
    update_contact(db, ann, dataclasses.replace(draft, emails=(EmailValue("ann@new.example"),)))
    sync.run_sync(db, "home", password=PASSWORD, calendar_factory=CalendarWriting)

    assert CalendarWriting.last is not None
    [meeting] = [h for h in CalendarWriting.last.written if h.endswith(".ics")]
    calendar = sync.sync_account(db, "home").calendar_url
    assert calendar is not None
    with DavClient(radicale.url, USER, PASSWORD) as client:
        [(_etag, text)] = client.multiget(calendar, [meeting], True).values()
    assert "With Ann" in text and "ann@new.example" in text


def test_a_card_in_a_later_batch_finds_its_person_here(db: Database, radicale: Radicale) -> None:
    """The importer's rules over every batch of cards coming down (one matcher per sync)."""
    ann = int(create_contact(db, person("Ann", "Later", "ann.later@example.org")))
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)
    radicale.stop()
    folder = radicale.book_folder("crm-desktop")
    for n in range(150):
        name, email = ("Ann;Later", "ann.later@example.org") if n == 140 else (
            f"{n};Person", f"p{n}@example.org")  # fmt: skip
        (folder / f"p{n:03d}.vcf").write_text(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:p{n}\r\nFN:{name.split(';')[1]} "
            f"{name.split(';')[0]}\r\nN:{name};;;\r\nEMAIL:{email}\r\n"
            + ("TITLE:Buyer\r\n" if n == 140 else "")
            + "END:VCARD\r\n",
            encoding="utf-8",
        )
    radicale.start()

    result = sync.run_sync(db, "home", password=PASSWORD)

    assert (result.contacts.downloaded, result.contacts.updated) == (149, 1)
    assert contact_draft(db, ann).title == "Buyer"
    with db.raw_reading() as connection:
        live = connection.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
        assert live.fetchone()[0] == 150
