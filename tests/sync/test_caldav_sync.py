"""Two-way CalDAV sync of the activities against a real Radicale server: meetings and calls
as events, tasks as to-dos."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import caldav
import httpx
import icalendar
import pytest

from crm_desktop.interop.caldav_client import CalDavClient
from crm_desktop.interop.webdav import DavClient, InvalidTokenError, SyncError, SyncProblem
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services import sync
from crm_desktop.services.activities import (
    create_activity,
    get_activity,
    trash_activities,
    update_activity,
)
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.database import Database, open_database
from tests.sync.radicale_server import PASSWORD, USER, Radicale
from tests.sync.test_carddav_sync import put_plain

TOMORROW = (datetime.now(UTC) + timedelta(days=1)).replace(hour=9, minute=0, second=0,
                                                           microsecond=0)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "crm.db")
    yield database
    database.close()


def calendar_of(db: Database) -> str:
    url = sync.sync_account(db, "home").calendar_url
    assert url is not None
    return url


def members(radicale: Radicale, calendar: str) -> dict[str, tuple[str, str]]:
    with DavClient(radicale.url, USER, PASSWORD) as client:
        return client.multiget(calendar, list(client.etags(calendar)), True)


def components(radicale: Radicale, calendar: str) -> list[icalendar.cal.Component]:
    """What is on the server, read by an independent parser."""
    found = []
    for _etag, text in members(radicale, calendar).values():
        for part in icalendar.Calendar.from_ical(text).walk():
            if part.name in ("VEVENT", "VTODO"):
                found.append(part)
    return found


def meeting(subject: str, **more: object) -> ActivityDraft:
    return ActivityDraft(kind="meeting", subject=subject, start=TOMORROW, duration_minutes=60,
                         **more)  # type: ignore[arg-type]  # fmt: skip


def run(db: Database) -> sync.SyncResult:
    return sync.run_sync(db, "home", password=PASSWORD)


def start(db: Database, radicale: Radicale) -> None:
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)


def test_meetings_and_tasks_go_up_and_events_come_down(db: Database, radicale: Radicale) -> None:
    ann = create_contact(db, ContactDraft(formatted_name="Ann Smith", given_name="Ann",
                                          emails=(EmailValue("ann@example.org"),)))  # fmt: skip
    create_activity(db, meeting("Quarterly review", location="Athens", contact_ids=(ann,)))
    create_activity(db, ActivityDraft(kind="task", subject="Send the offer", due=TOMORROW))
    create_activity(db, ActivityDraft(kind="email", subject="Thanks", status="done",
                                      completed_at=TOMORROW - timedelta(days=2)))  # fmt: skip
    start(db, radicale)
    calendar = calendar_of(db)
    put_plain(radicale, calendar + "phone-1.ics",
              "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\n"
              "UID:phone-1\r\nDTSTAMP:20261201T100000Z\r\n"
              f"DTSTART:{TOMORROW:%Y%m%dT150000Z}\r\nDTEND:{TOMORROW:%Y%m%dT160000Z}\r\n"
              "SUMMARY:Lunch with Ann\r\nATTENDEE;CN=Ann:mailto:ann@example.org\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n")  # fmt: skip

    first = run(db)

    assert first.activities.uploaded == 2 and first.activities.downloaded == 1
    found = {str(c.get("SUMMARY")): c.name for c in components(radicale, calendar)}
    assert found == {"Quarterly review": "VEVENT", "Send the offer": "VTODO",
                     "Lunch with Ann": "VEVENT"}  # fmt: skip
    lunch = get_activity(db, 4)
    assert lunch.subject == "Lunch with Ann" and lunch.contact_ids == (ann,)
    again = run(db)
    assert again.activities.as_dict() == {
        "uploaded": 0, "downloaded": 0, "updated": 0, "deleted": 0, "conflicts": 0,
    }  # fmt: skip


def test_a_task_ticked_on_the_phone_is_done_here(db: Database, radicale: Radicale) -> None:
    task = create_activity(db, ActivityDraft(kind="task", subject="Call back", due=TOMORROW))
    start(db, radicale)
    run(db)
    calendar = calendar_of(db)
    [(href, (etag, text))] = members(radicale, calendar).items()
    ticked = text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED").replace(
        "END:VTODO", "COMPLETED:20261202T100000Z\r\nEND:VTODO"
    )
    assert ticked != text
    put_plain(radicale, href, ticked, etag)

    result = run(db)

    assert result.activities.updated == 1
    assert get_activity(db, task.id).status == "done"
    assert run(db).activities.uploaded == 0


def test_changes_merge_and_a_clash_is_kept(db: Database, radicale: Radicale) -> None:
    row = create_activity(db, meeting("Demo"))
    start(db, radicale)
    run(db)
    calendar = calendar_of(db)
    update_activity(db, row.id, dataclasses.replace(row.to_draft(), location="Piraeus"))
    [(href, (etag, text))] = members(radicale, calendar).items()
    put_plain(radicale, href, text.replace("END:VEVENT", "DESCRIPTION:bring samples\r\nEND:VEVENT"),
              etag)  # fmt: skip

    merged = run(db)

    assert merged.activities.conflicts == 0
    here = get_activity(db, row.id)
    assert (here.location, here.details) == ("Piraeus", "bring samples")
    [there] = components(radicale, calendar)
    assert str(there.get("LOCATION")) == "Piraeus" and "samples" in str(there.get("DESCRIPTION"))

    update_activity(db, row.id, dataclasses.replace(here.to_draft(), subject="Demo (ours)"))
    [(href, (etag, text))] = members(radicale, calendar).items()
    put_plain(radicale, href, text.replace("SUMMARY:Demo", "SUMMARY:Demo (theirs)"), etag)

    clash = run(db)

    assert clash.activities.conflicts == 1
    assert get_activity(db, row.id).subject == "Demo (ours)"
    [conflict] = sync.conflicts(db)
    assert conflict.fields == ("subject",) and "Demo (theirs)" in conflict.server_card
    [there] = components(radicale, calendar)
    assert str(there.get("SUMMARY")) == "Demo (theirs)"  # not overwritten either


def test_deletes_both_ways_go_through_the_trash(db: Database, radicale: Radicale) -> None:
    ours = create_activity(db, meeting("Ours"))
    theirs = create_activity(db, meeting("Theirs"))
    start(db, radicale)
    run(db)
    calendar = calendar_of(db)
    trash_activities(db, [ours.id])
    href, (etag, _text) = next(
        (h, v) for h, v in members(radicale, calendar).items() if "Theirs" in v[1]
    )
    with DavClient(radicale.url, USER, PASSWORD) as client:
        client.delete(href, etag)

    result = run(db)

    assert result.activities.deleted == 2
    assert members(radicale, calendar) == {}
    with db.raw_reading() as connection:
        trashed = connection.execute(
            "SELECT id FROM activities WHERE deleted_at IS NOT NULL ORDER BY id"
        ).fetchall()
    assert [r[0] for r in trashed] == [ours.id, theirs.id]


def test_a_cut_calendar_sync_resumes_without_doubling(db: Database, radicale: Radicale) -> None:
    for n in range(120):
        create_activity(db, meeting(f"Meeting {n}"))
    start(db, radicale)
    calendar = calendar_of(db)

    def cut(phase: str, done: int, total: int) -> None:
        if phase == "upload" and done >= 100:
            radicale.stop()

    with pytest.raises(SyncError):
        sync.run_sync(db, "home", password=PASSWORD, progress=cut)
    radicale.start()
    run(db)

    assert len(members(radicale, calendar)) == 120
    with db.raw_reading() as connection:
        assert connection.execute("SELECT count(*) FROM activities").fetchone()[0] == 120
    assert run(db).activities.uploaded == 0


class Recording(CalDavClient):
    """Our client, keeping what it downloaded and wrote (the last one made)."""

    last: Recording | None = None

    def __init__(self, url: str, username: str, password: str) -> None:
        super().__init__(url, username, password)
        self.fetched: list[str] = []
        self.written: list[str] = []
        Recording.last = self

    def multiget(self, collection: str, hrefs: Sequence[str]) -> dict[str, tuple[str, str]]:
        self.fetched.extend(hrefs)
        return super().multiget(collection, hrefs)

    def put(self, href: str, text: str, etag: str | None) -> str | None:
        self.written.append(href)
        return super().put(href, text, etag)


def recorded_run(db: Database) -> tuple[sync.SyncResult, Recording]:
    result = sync.run_sync(db, "home", password=PASSWORD, calendar_factory=Recording)
    assert Recording.last is not None
    return result, Recording.last


def _server_item(n: int) -> str:
    """An event (even n) or a to-do (odd n) another client wrote, as a phone's calendar does."""
    when = f"{TOMORROW + timedelta(hours=n % 48):%Y%m%dT%H%M%SZ}"
    body = (
        f"BEGIN:VEVENT\r\nUID:phone-{n}\r\nDTSTAMP:20261201T100000Z\r\nDTSTART:{when}\r\n"
        f"DURATION:PT30M\r\nSUMMARY:Visit {n}\r\nEND:VEVENT\r\n"
        if n % 2 == 0
        else f"BEGIN:VTODO\r\nUID:phone-{n}\r\nDTSTAMP:20261201T100000Z\r\nDUE:{when}\r\n"
        f"SUMMARY:Task {n}\r\nSTATUS:NEEDS-ACTION\r\nEND:VTODO\r\n"
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\n{body}END:VCALENDAR\r\n"


def test_a_thousand_calendar_items_both_ways_then_only_changes_move(
    db: Database, radicale: Radicale
) -> None:
    ours = [create_activity(db, meeting(f"Ours {n}")) for n in range(10)]
    start(db, radicale)
    calendar = calendar_of(db)
    radicale.stop()  # a thousand items laid in the server's folder (1,000 PUTs take minutes)
    folder = radicale.book_folder("crm-desktop-calendar")
    for n in range(1000):
        (folder / f"phone-{n}.ics").write_text(_server_item(n), encoding="utf-8")
    radicale.start()

    first, _client = recorded_run(db)

    assert (first.activities.downloaded, first.activities.uploaded) == (1000, 10)
    with db.raw_reading() as connection:
        kinds = dict(connection.execute(
            "SELECT kind, count(*) FROM activities WHERE deleted_at IS NULL GROUP BY kind"))  # fmt: skip
    assert kinds == {"meeting": 510, "task": 500}
    there = members(radicale, calendar)
    assert len(there) == 1010

    # Three changed on the phone, two here: only those five move.
    changed_there = [f"{calendar}phone-{n}.ics" for n in (3, 500, 998)]
    for href in changed_there:
        etag, text = there[href]
        put_plain(radicale, href, text.replace("SUMMARY:", "SUMMARY:Moved "), etag)
    for row in ours[:2]:
        update_activity(db, row.id, dataclasses.replace(row.to_draft(), location="Patras"))

    second, client = recorded_run(db)

    assert (second.activities.updated, second.activities.uploaded) == (3, 2)
    assert sorted(client.fetched[:3]) == sorted(changed_there)  # then each upload read back
    assert len(client.fetched) == 3 + 2 and len(client.written) == 2
    with db.raw_reading() as connection:
        moved = connection.execute(
            "SELECT count(*) FROM activities WHERE subject LIKE 'Moved %'"
        ).fetchone()[0]
    assert moved == 3
    located = [str(c.get("LOCATION")) for c in components(radicale, calendar) if c.get("LOCATION")]
    assert located == ["Patras", "Patras"]

    third, client = recorded_run(db)

    assert third.activities.as_dict() == {
        "uploaded": 0, "downloaded": 0, "updated": 0, "deleted": 0, "conflicts": 0,
    }  # fmt: skip
    assert client.fetched == [] and client.written == []


def test_a_calendar_etag_mismatch_at_write_time_merges_instead_of_overwriting(
    db: Database, radicale: Radicale
) -> None:
    row = create_activity(db, meeting("Demo"))
    start(db, radicale)
    run(db)
    calendar = calendar_of(db)
    update_activity(db, row.id, dataclasses.replace(row.to_draft(), location="Piraeus"))

    class Racing(CalDavClient):
        """Our client; another one changes the event between our read and our write."""

        refused = 0
        raced = False

        def put(self, href: str, text: str, etag: str | None) -> str | None:
            if etag is not None and not Racing.raced:
                Racing.raced = True
                [(server_etag, server_text)] = members(radicale, calendar).values()
                put_plain(radicale, href, server_text.replace(
                    "END:VEVENT", "DESCRIPTION:bring samples\r\nEND:VEVENT"), server_etag)  # fmt: skip
            try:
                return super().put(href, text, etag)
            except SyncError as exc:
                Racing.refused += exc.problem is SyncProblem.CHANGED
                raise

    sync.run_sync(db, "home", password=PASSWORD, calendar_factory=Racing)
    sync.run_sync(db, "home", password=PASSWORD, calendar_factory=Racing)

    assert Racing.raced and Racing.refused == 1  # If-Match refused (412), nothing overwritten
    here = get_activity(db, row.id)
    assert (here.location, here.details) == ("Piraeus", "bring samples")
    [there] = components(radicale, calendar)
    assert str(there.get("LOCATION")) == "Piraeus"
    assert str(there.get("DESCRIPTION")) == "bring samples"
    assert sync.conflicts(db) == []


APPLE_EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//iOS 18.1//EN\r\n"
    "CALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\nUID:5F1C7A2E-apple\r\nDTSTAMP:20261201T100000Z\r\n"
    "CREATED:20261201T095900Z\r\nLAST-MODIFIED:20261201T100000Z\r\nSEQUENCE:0\r\n"
    "DTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:Site visit\r\nLOCATION:Marousi\r\n"
    "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\r\n"
    "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Marousi:geo:38.05,23.80\r\n"
    "CATEGORIES:Customer\r\nTRANSP:OPAQUE\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-PT15M\r\n"
    "X-WR-ALARMUID:0C0E-alarm\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_event_from_another_client_comes_down_whole_and_goes_back_whole(
    db: Database, radicale: Radicale
) -> None:
    """An iPhone's event, with Apple's own properties and an alarm: what we do not show is
    kept, and a change made here goes back with all of it."""
    start(db, radicale)
    calendar = calendar_of(db)
    put_plain(
        radicale,
        calendar + "apple.ics",
        APPLE_EVENT.format(
            start=f"{TOMORROW:%Y%m%dT%H%M%SZ}",
            end=f"{TOMORROW + timedelta(hours=1):%Y%m%dT%H%M%SZ}",
        ),
    )
    # What the server keeps of it (Radicale rewrites items through vobject, which cuts the
    # structured location at its comma): what any other client reads back.
    [served] = components(radicale, calendar)

    first = run(db)

    assert first.activities.downloaded == 1
    [row] = [get_activity(db, 1)]
    assert (row.kind, row.subject, row.location) == ("meeting", "Site visit", "Marousi")
    assert row.start == TOMORROW
    update_activity(db, row.id, dataclasses.replace(row.to_draft(), subject="Site visit (2)"))

    second = run(db)

    assert second.activities.uploaded + second.activities.updated >= 1
    [there] = components(radicale, calendar)
    assert str(there.get("SUMMARY")) == "Site visit (2)"
    assert str(there.get("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR")) == "AUTOMATIC"
    assert str(there.get("X-APPLE-STRUCTURED-LOCATION")) == str(
        served.get("X-APPLE-STRUCTURED-LOCATION")
    )
    assert str(there.get("CATEGORIES").to_ical(), "utf-8") == "Customer"
    [alarm] = [part for part in there.walk() if part.name == "VALARM"]
    assert str(alarm.get("TRIGGER").to_ical(), "ascii") == "-PT15M"
    assert str(there.get("UID")) == "5F1C7A2E-apple"  # the same event, not a new one
    assert len(members(radicale, calendar)) == 1


def test_a_wrong_password_leaves_the_activities_and_the_calendar_as_they_were(
    db: Database, radicale: Radicale
) -> None:
    row = create_activity(db, meeting("Demo"))
    start(db, radicale)
    run(db)
    calendar = calendar_of(db)
    update_activity(db, row.id, dataclasses.replace(row.to_draft(), subject="Demo (moved)"))
    before = members(radicale, calendar)

    with pytest.raises(SyncError) as refused:
        sync.run_sync(db, "home", password="not-it")

    assert refused.value.problem is SyncProblem.UNAUTHORIZED
    assert get_activity(db, row.id).subject == "Demo (moved)"
    assert members(radicale, calendar) == before
    # The right password then sends the change that waited.
    assert run(db).activities.uploaded == 1  # the one change that waited
    [there] = components(radicale, calendar)
    assert str(there.get("SUMMARY")) == "Demo (moved)"


class Watching(DavClient):
    """The address-book client, keeping every URL it asked (the last one made)."""

    last: Watching | None = None

    def __init__(self, url: str, username: str, password: str) -> None:
        super().__init__(url, username, password)
        self.asked: list[str] = []
        Watching.last = self

    def request(self, method: str, url: str, **more: Any) -> httpx.Response:
        self.asked.append(self.absolute(url))
        return super().request(method, url, **more)


def test_the_calendar_goes_through_the_caldav_library(db: Database, radicale: Radicale) -> None:
    """The calendar is found or made, read and written by caldav's DAVClient (its session
    counts the requests); our httpx layer never touches it; and caldav's own principal
    listing finds the calendar the first sync made, with our meeting in it."""
    create_activity(db, meeting("Quarterly review"))
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD, client_factory=Watching)
    calendar = calendar_of(db)

    result, client = recorded_run(db)
    watching = sync.run_sync(db, "home", password=PASSWORD, client_factory=Watching)

    assert isinstance(client.dav, caldav.DAVClient)
    assert result.activities.uploaded == 1 and client.requests >= 3
    assert client.waited > 0
    assert watching.requests > 0 and Watching.last is not None and Watching.last.asked
    assert not [u for u in Watching.last.asked if u.startswith(calendar)]
    with caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD) as other:
        found = {str(c.url): c for c in other.principal().get_calendars()}
        assert calendar in found and found[calendar].get_display_name() == "CRM Desktop"
        [event] = found[calendar].search(event=True)
        assert "Quarterly review" in event.data


def test_calendar_writes_are_conditional(db: Database, radicale: Radicale) -> None:
    """A create never replaces a member that is there (If-None-Match: *), and an update or a
    delete of a version that changed meanwhile is refused (If-Match): 412, nothing lost."""
    start(db, radicale)
    calendar = calendar_of(db)
    href = calendar + "phone-1.ics"
    put_plain(radicale, href, _server_item(1))
    [(etag, theirs)] = members(radicale, calendar).values()

    with CalDavClient(radicale.url, USER, PASSWORD) as client:
        for attempt in (
            lambda: client.put(href, _server_item(3).replace("phone-3", "phone-1"), None),
            lambda: client.put(href, _server_item(3).replace("phone-3", "phone-1"), '"stale"'),
            lambda: client.delete(href, '"stale"'),
        ):
            with pytest.raises(SyncError) as refused:
                attempt()
            assert refused.value.problem is SyncProblem.CHANGED
            assert "changed meanwhile (412)" in str(refused.value)
        assert members(radicale, calendar) == {href: (etag, theirs)}
        new_etag = client.put(href, theirs.replace("Task 1", "Task one"), etag)
        assert new_etag and new_etag != etag
        client.delete(href, new_etag)
    assert members(radicale, calendar) == {}


def test_calendar_failures_are_one_clear_sync_error(
    db: Database, radicale: Radicale, tmp_path: Path
) -> None:
    start(db, radicale)
    calendar = calendar_of(db)

    def refused(client: CalDavClient, where: str = calendar) -> SyncError:
        with client, pytest.raises(SyncError) as caught:
            client.changes(where, None)
        return caught.value

    wrong = refused(CalDavClient(radicale.url, USER, "not-it"))
    assert wrong.problem is SyncProblem.UNAUTHORIZED and "(401)" in str(wrong)
    other = refused(CalDavClient(radicale.url, USER, PASSWORD), radicale.url + "bob/")
    assert other.problem is SyncProblem.FORBIDDEN and "(403)" in str(other)
    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        there = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        late = refused(CalDavClient(there, USER, PASSWORD, timeout=0.5), there + "cal/")
    assert late.problem is SyncProblem.TIMEOUT and "did not answer in time" in str(late)
    (tmp_path / "tls").mkdir()
    secure = Radicale(tmp_path / "tls", tls=True).start()
    try:
        untrusted = refused(CalDavClient(secure.url, USER, PASSWORD), secure.url + "cal/")
    finally:
        secure.stop()
    assert untrusted.problem is SyncProblem.TLS and "certificate" in str(untrusted)
    radicale.stop()
    offline = refused(CalDavClient(radicale.url, USER, PASSWORD))
    assert offline.problem is SyncProblem.OFFLINE and "cannot be reached" in str(offline)
    with pytest.raises(SyncError) as plain:
        CalDavClient("http://calendar.example.org/", USER, PASSWORD)
    assert plain.value.problem is SyncProblem.BAD_URL


def test_the_calendar_home_is_found_through_the_well_known_address(radicale: Radicale) -> None:
    """An address that is not the server's root: caldav's principal is then asked at
    /.well-known/caldav (the server redirects it; the PROPFIND stays a PROPFIND)."""
    with CalDavClient(radicale.url + "nowhere/", USER, PASSWORD) as client:
        home = client.calendar_home()
        assert home == f"{radicale.url}{USER}/"
        assert client.make_calendar("elsewhere", "Elsewhere") == f"{home}elsewhere/"
        [made] = client.calendars()
    assert (made.name, set(made.components)) == ("Elsewhere", {"VEVENT", "VTODO"})


def test_a_forgotten_calendar_token_means_a_full_listing(db: Database, radicale: Radicale) -> None:
    """The server no longer knows our sync token (RFC 6578 valid-sync-token): caldav's refusal
    is told apart from a real 403, and the next sync lists the calendar afresh, losing
    nothing."""
    create_activity(db, meeting("Demo"))
    start(db, radicale)
    run(db)
    calendar = calendar_of(db)
    with CalDavClient(radicale.url, USER, PASSWORD) as client:
        token = client.current_token(calendar)
        assert token and client.changes(calendar, token).changed == {}
        with pytest.raises(InvalidTokenError):
            client.changes(calendar, "http://radicale.org/ns/sync/" + "0" * 64)
    with db.raw_writing() as connection:
        connection.execute("UPDATE sync_accounts SET calendar_token = ?",
                           ("http://radicale.org/ns/sync/" + "0" * 64,))  # fmt: skip

    again = run(db)

    assert again.activities.as_dict() == {
        "uploaded": 0, "downloaded": 0, "updated": 0, "deleted": 0, "conflicts": 0,
    }  # fmt: skip
    assert len(members(radicale, calendar)) == 1
