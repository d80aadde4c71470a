"""Two-way CardDAV sync against a real Radicale server (started by the fixture)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from crm_desktop.interop.webdav import DavClient, SyncError, SyncProblem
from crm_desktop.records.drafts import ContactDraft, EmailValue, PhoneValue
from crm_desktop.services import sync
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.contact_edits import contact_draft, trash_contacts, update_contact
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.database import Database, open_database
from tests.sync.radicale_server import PASSWORD, USER, Radicale


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "crm.db")
    yield database
    database.close()


def person(given: str, family: str, email: str = "", phone: str = "") -> ContactDraft:
    return ContactDraft(
        formatted_name=f"{given} {family}",
        given_name=given,
        family_name=family,
        emails=(EmailValue(email),) if email else (),
        phones=(PhoneValue(phone),) if phone else (),
    )


def server(radicale: Radicale) -> DavClient:
    return DavClient(radicale.url, USER, PASSWORD)


def book_of(db: Database) -> str:
    url = sync.sync_account(db, "home").address_book_url
    assert url is not None
    return url


def server_cards(radicale: Radicale, book: str) -> dict[str, tuple[str, str]]:
    with server(radicale) as client:
        return client.multiget(book, list(client.etags(book)))


def live_names(db: Database) -> list[str]:
    with db.raw_reading() as connection:
        rows = connection.execute(
            "SELECT formatted_name FROM contacts WHERE deleted_at IS NULL ORDER BY formatted_name"
        ).fetchall()
    return [r[0] for r in rows]


def add_home(db: Database, radicale: Radicale) -> None:
    sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)


def run(db: Database) -> sync.SyncResult:
    return sync.run_sync(db, "home", password=PASSWORD)


def put_plain(radicale: Radicale, url: str, text: str, etag: str | None = None) -> None:
    """Another client writing a card with plain HTTP."""
    headers = {"Content-Type": "text/vcard; charset=utf-8"}
    headers["If-Match" if etag else "If-None-Match"] = etag or "*"
    reply = httpx.put(url, content=text.encode(), headers=headers, auth=(USER, PASSWORD))
    assert reply.status_code in (201, 204), reply.text


def test_first_sync_goes_both_ways_and_doubles_nothing(db: Database, radicale: Radicale) -> None:
    create_contact(db, person("Ann", "Smith", "ann@example.org"))
    create_contact(db, person("Νίκος", "Παπαδόπουλος", phone="+30 210 1234567"))
    add_home(db, radicale)
    book = book_of(db)
    put_plain(radicale, book + "bob.vcf",
              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bob-1\r\nFN:Bob Jones\r\nN:Jones;Bob;;;\r\n"
              "EMAIL;TYPE=WORK:bob@example.org\r\nEND:VCARD\r\n")  # fmt: skip
    # The same person on both sides before the first sync: matched, not doubled.
    put_plain(radicale, book + "ann-server.vcf",
              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ann-server\r\nFN:Ann Smith\r\n"
              "N:Smith;Ann;;;\r\nEMAIL:ann@example.org\r\nTITLE:Buyer\r\nEND:VCARD\r\n")  # fmt: skip

    first = run(db)

    assert first.contacts.downloaded == 1 and first.contacts.updated == 1
    assert live_names(db) == ["Ann Smith", "Bob Jones", "Νίκος Παπαδόπουλος"]
    ann = next(c for c in get_contacts(db, [1, 2, 3]) if c.draft.given_name == "Ann")
    assert ann.draft.title == "Buyer"  # the server's value filled what the local lacked
    texts = [text for _etag, text in server_cards(radicale, book).values()]
    assert len(texts) == 3 and sum("Παπαδόπουλος" in t for t in texts) == 1
    again = run(db)
    assert again.contacts.as_dict() == {
        "uploaded": 0, "downloaded": 0, "updated": 0, "deleted": 0, "conflicts": 0,
    }  # fmt: skip
    assert again.requests <= 2  # one sync-collection report: nothing unchanged downloaded


@pytest.mark.parametrize(("region", "people"), [("GR", 1), ("US", 2)])
def test_a_national_number_coming_down_is_read_in_the_region_given(
    db: Database, radicale: Radicale, region: str, people: int
) -> None:
    """The window passes the region of its Preferences: a Greek national number on the server
    is the same phone as the international one here only when the region is Greece."""
    create_contact(db, person("Νίκος", "Παπαδόπουλος", phone="+30 210 1234567"))
    add_home(db, radicale)
    put_plain(radicale, book_of(db) + "nikos.vcf",
              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nikos-phone\r\nFN:Νίκος Παπαδόπουλος\r\n"
              "N:Παπαδόπουλος;Νίκος;;;\r\nTEL:210 1234567\r\nTITLE:Buyer\r\nEND:VCARD\r\n")  # fmt: skip
    sync.run_sync(db, "home", password=PASSWORD, region=region)
    assert live_names(db) == ["Νίκος Παπαδόπουλος"] * people


def test_a_change_on_each_side(db: Database, radicale: Radicale) -> None:
    ann = create_contact(db, person("Ann", "Smith", "ann@example.org"))
    bob = create_contact(db, person("Bob", "Jones", "bob@example.org"))
    add_home(db, radicale)
    run(db)
    book = book_of(db)
    update_contact(db, ann, dataclasses.replace(contact_draft(db, ann), title="Director"))
    cards = server_cards(radicale, book)
    href, (etag, text) = next((h, v) for h, v in cards.items() if "Bob" in v[1])
    put_plain(radicale, href, text.replace("END:VCARD", "NOTE:met at the fair\r\nEND:VCARD"), etag)

    result = run(db)

    assert (result.contacts.uploaded, result.contacts.updated) == (1, 1)
    assert contact_draft(db, bob).note == "met at the fair"
    ann_text = next(t for _e, t in server_cards(radicale, book).values() if "Ann" in t)
    assert "TITLE:Director" in ann_text


def test_a_delete_on_each_side_goes_through_the_trash(db: Database, radicale: Radicale) -> None:
    ann = create_contact(db, person("Ann", "Smith", "ann@example.org"))
    bob = create_contact(db, person("Bob", "Jones", "bob@example.org"))
    add_home(db, radicale)
    run(db)
    book = book_of(db)
    trash_contacts(db, [ann])
    href, (etag, _text) = next(
        (h, v) for h, v in server_cards(radicale, book).items() if "Bob" in v[1]
    )
    with server(radicale) as client:
        client.delete(href, etag)

    result = run(db)

    assert result.contacts.deleted == 2
    assert live_names(db) == []
    assert server_cards(radicale, book) == {}
    with db.raw_reading() as connection:  # in the Trash, restorable: not gone
        trashed = connection.execute(
            "SELECT id FROM contacts WHERE deleted_at IS NOT NULL ORDER BY id"
        ).fetchall()
    assert [r[0] for r in trashed] == [ann, bob]


def test_different_fields_changed_on_both_sides_are_merged(
    db: Database, radicale: Radicale
) -> None:
    ann = create_contact(db, person("Ann", "Smith", "ann@example.org"))
    add_home(db, radicale)
    run(db)
    book = book_of(db)
    update_contact(db, ann, dataclasses.replace(contact_draft(db, ann), title="Director"))
    href, (etag, text) = next(iter(server_cards(radicale, book).items()))
    put_plain(radicale, href, text.replace("END:VCARD", "NOTE:vegetarian\r\nEND:VCARD"), etag)

    result = run(db)

    assert result.contacts.conflicts == 0
    here = contact_draft(db, ann)
    assert (here.title, here.note) == ("Director", "vegetarian")
    [(_etag, there)] = server_cards(radicale, book).values()
    assert "TITLE:Director" in there and "NOTE:vegetarian" in there
    assert run(db).contacts.uploaded == 0


def test_the_same_field_changed_on_both_sides_is_kept_for_the_user(
    db: Database, radicale: Radicale
) -> None:
    ann = create_contact(db, person("Ann", "Smith", "ann@example.org"))
    add_home(db, radicale)
    run(db)
    book = book_of(db)
    update_contact(db, ann, dataclasses.replace(contact_draft(db, ann), title="Director"))
    href, (etag, text) = next(iter(server_cards(radicale, book).items()))
    put_plain(radicale, href, text.replace("END:VCARD", "TITLE:Owner\r\nEND:VCARD"), etag)

    result = run(db)

    assert result.contacts.conflicts == 1
    assert contact_draft(db, ann).title == "Director"  # ours stays until the user decides
    [conflict] = sync.conflicts(db)
    assert conflict.fields == ("title",) and "TITLE:Owner" in conflict.server_card
    [(_e, there)] = server_cards(radicale, book).values()
    assert "TITLE:Owner" in there  # and theirs is not overwritten meanwhile
    assert run(db).contacts.uploaded == 0

    sync.resolve_conflict(db, conflict.item_id, "server")
    assert contact_draft(db, ann).title == "Owner"
    assert sync.conflicts(db) == []
    run(db)
    [(_e, there)] = server_cards(radicale, book).values()
    assert "TITLE:Owner" in there and "Director" not in there


def test_keeping_mine_in_a_conflict_writes_it_over_the_server(
    db: Database, radicale: Radicale
) -> None:
    ann = create_contact(db, person("Ann", "Smith", "ann@example.org"))
    add_home(db, radicale)
    run(db)
    book = book_of(db)
    update_contact(db, ann, dataclasses.replace(contact_draft(db, ann), title="Director"))
    href, (etag, text) = next(iter(server_cards(radicale, book).items()))
    put_plain(radicale, href, text.replace("END:VCARD", "TITLE:Owner\r\nEND:VCARD"), etag)
    run(db)
    [conflict] = sync.conflicts(db)

    sync.resolve_conflict(db, conflict.item_id, "mine")
    run(db)

    [(_e, there)] = server_cards(radicale, book).values()
    assert "TITLE:Director" in there and "Owner" not in there


APPLE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "UID:apple-1\r\nN:Δημητρίου;Ελένη;;;\r\nFN:Ελένη Δημητρίου\r\nORG:Acme Ltd;\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:eleni@example.gr\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+30 697 123 4567\r\n"
    "item2.X-ABRELATEDNAMES;type=pref:Γιώργος\r\nitem2.X-ABLabel:_$!<Spouse>!$_\r\n"
    "X-SOCIALPROFILE;type=twitter:https://twitter.com/eleni\r\n"
    "X-GOOGLE-TALK:eleni.d\r\nEND:VCARD\r\n"
)


def test_a_card_from_another_client_comes_down_whole(db: Database, radicale: Radicale) -> None:
    add_home(db, radicale)
    book = book_of(db)
    put_plain(radicale, book + "apple-1.vcf", APPLE_CARD)

    assert run(db).contacts.downloaded == 1

    [card] = get_contacts(db, [1])
    assert card.draft.formatted_name == "Ελένη Δημητρίου"
    from crm_desktop.interop.vcard_export import contact_card
    from crm_desktop.services.relationships import related_values

    related = related_values(db, [1])[1]  # the spouse: a relationship kept by name
    written = contact_card(dataclasses.replace(card.draft, related=related), "3.0")
    for kept in ("Γιώργος", "_$!<Spouse>!$_", "X-SOCIALPROFILE", "eleni.d", "Acme Ltd",
                 "+30 697 123 4567", "eleni@example.gr"):  # fmt: skip
        assert kept in written, kept
    assert run(db).contacts.uploaded == 0  # coming down is not a change to send back


def test_a_thousand_cards_come_down_and_then_cost_nothing(db: Database, radicale: Radicale) -> None:
    add_home(db, radicale)
    book = book_of(db)
    radicale.stop()  # a thousand cards laid in the server's folder (1,000 PUTs take 30 s)
    folder = radicale.book_folder("crm-desktop")
    for n in range(1000):
        (folder / f"p{n}.vcf").write_text(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:p{n}\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
            f"EMAIL:p{n}@example.org\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
    radicale.start()

    first = run(db)

    assert first.contacts.downloaded == 1000
    assert len(live_names(db)) == 1000
    assert len(server_cards(radicale, book)) == 1000
    again = run(db)
    assert again.contacts.as_dict()["downloaded"] == 0 and again.contacts.uploaded == 0
    assert again.requests <= 2


def test_a_sync_cut_by_the_network_resumes_without_doubling(
    db: Database, radicale: Radicale
) -> None:
    for n in range(150):
        create_contact(db, person(f"Person{n}", "Cut", f"cut{n}@example.org"))
    add_home(db, radicale)
    book = book_of(db)

    def stop_after_first_batch(phase: str, done: int, total: int) -> None:
        if phase == "upload" and done >= 100:
            radicale.stop()

    with pytest.raises(SyncError) as cut:
        sync.run_sync(db, "home", password=PASSWORD, progress=stop_after_first_batch)
    assert cut.value.problem is SyncProblem.OFFLINE
    assert "cannot be reached" in str(cut.value)
    assert sync.sync_account(db, "home").last_error  # the status line says so
    assert len(live_names(db)) == 150  # nothing here lost or changed

    radicale.start()
    run(db)

    assert len(live_names(db)) == 150
    cards = server_cards(radicale, book)
    assert len(cards) == 150
    assert run(db).contacts.as_dict() == {
        "uploaded": 0, "downloaded": 0, "updated": 0, "deleted": 0, "conflicts": 0,
    }  # fmt: skip


def test_a_wrong_password_says_so_and_changes_nothing(db: Database, radicale: Radicale) -> None:
    create_contact(db, person("Ann", "Smith", "ann@example.org"))
    with pytest.raises(SyncError) as wrong:
        sync.add_sync_account(db, "home", radicale.url, USER, "not-it")
    assert wrong.value.problem is SyncProblem.UNAUTHORIZED
    assert sync.list_sync_accounts(db) == []
    add_home(db, radicale)
    with pytest.raises(SyncError) as refused:
        sync.run_sync(db, "home", password="not-it")
    assert "401" in str(refused.value)
    assert live_names(db) == ["Ann Smith"]


def test_an_etag_mismatch_at_write_time_merges_instead_of_overwriting(
    db: Database, radicale: Radicale
) -> None:
    ann = create_contact(db, person("Ann", "Smith", "ann@example.org"))
    add_home(db, radicale)
    run(db)
    book = book_of(db)
    update_contact(db, ann, dataclasses.replace(contact_draft(db, ann), title="Director"))

    class Racing(DavClient):
        """Our client; another one writes the same card between our read and our write."""

        raced = False

        def put(self, href: str, text: str, content_type: str, etag: str | None) -> str | None:
            if etag is not None and not Racing.raced:
                Racing.raced = True
                [(server_etag, server_text)] = server_cards(radicale, book).values()
                put_plain(radicale, href,
                          server_text.replace("END:VCARD", "NOTE:changed meanwhile\r\nEND:VCARD"),
                          server_etag)  # fmt: skip
            return super().put(href, text, content_type, etag)

    sync.run_sync(db, "home", password=PASSWORD, client_factory=Racing)
    sync.run_sync(db, "home", password=PASSWORD, client_factory=Racing)

    assert Racing.raced
    here = contact_draft(db, ann)
    assert (here.title, here.note) == ("Director", "changed meanwhile")
    [(_e, there)] = server_cards(radicale, book).values()
    assert "TITLE:Director" in there and "NOTE:changed meanwhile" in there


def test_plain_http_only_to_this_machine(db: Database) -> None:
    with pytest.raises(SyncError) as refused:
        sync.add_sync_account(db, "far", "http://example.com/dav/", USER, PASSWORD)
    assert refused.value.problem is SyncProblem.BAD_URL
    assert "https" in str(refused.value)


def test_accounts_go_up_as_organisation_cards_each_with_its_own(
    db: Database, radicale: Radicale
) -> None:
    from crm_desktop.records.drafts import AccountLinkDraft
    from crm_desktop.services.exporting import accounts_by_id

    for given, company in (("Ann", "Zeta Foods"), ("Bob", "Alpha Oils"), ("Cy", "Mu Wines")):
        create_contact(db, dataclasses.replace(person(given, "X", f"{given}@example.org"),
                                               accounts=(AccountLinkDraft(company),)))  # fmt: skip
    add_home(db, radicale)
    first = run(db)
    assert first.contacts.uploaded == 6  # three people, three companies
    book = book_of(db)
    cards = server_cards(radicale, book)
    orgs = {h: t for h, (_e, t) in cards.items() if "X-ABSHOWAS:COMPANY" in t.upper()}
    assert len(orgs) == 3
    href, text = next((h, t) for h, t in orgs.items() if "Mu Wines" in t)
    etag = cards[href][0]
    put_plain(radicale, href, text.replace("END:VCARD", "NOTE:family winery\r\nEND:VCARD"), etag)

    second = run(db)

    assert second.contacts.uploaded == 0 and second.contacts.updated == 1
    notes = {draft.name: draft.note for _id, draft in accounts_by_id(db)}
    assert notes == {"Alpha Oils": "", "Mu Wines": "family winery", "Zeta Foods": ""}


def test_a_certificate_that_cannot_be_verified_is_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    folder = tmp_path / "tls"
    folder.mkdir()
    secure = Radicale(folder, tls=True).start()
    try:
        with pytest.raises(SyncError) as refused:
            sync.add_sync_account(db, "home", secure.url, USER, PASSWORD)
    finally:
        secure.stop()
    assert refused.value.problem is SyncProblem.TLS
    assert "certificate" in str(refused.value)
    assert sync.list_sync_accounts(db) == []


def test_a_server_that_does_not_answer_times_out(db: Database) -> None:
    import socket

    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        with pytest.raises(SyncError) as late:
            sync.add_sync_account(db, "home", url, USER, PASSWORD,
                                  client_factory=lambda u, n, p: DavClient(u, n, p, timeout=0.5))  # fmt: skip
    assert late.value.problem is SyncProblem.TIMEOUT
    assert "did not answer in time" in str(late.value)


def test_another_users_address_book_is_forbidden(db: Database, radicale: Radicale) -> None:
    with server(radicale) as client, pytest.raises(SyncError) as refused:
        client.etags(radicale.url + "bob/")
    assert refused.value.problem is SyncProblem.FORBIDDEN
    assert "403" in str(refused.value)


def test_a_card_that_cannot_be_read_is_named_and_the_rest_come_down(
    db: Database, radicale: Radicale
) -> None:
    create_contact(db, person("Ann", "Smith", "ann@example.org"))
    add_home(db, radicale)
    book = book_of(db)
    put_plain(radicale, book + "good.vcf",
              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:good\r\nFN:Bob Jones\r\nN:Jones;Bob;;;\r\n"
              "END:VCARD\r\n")  # fmt: skip
    # Another client's card of more properties than a card may hold: refused, by name.
    notes = "".join(f"X-NOTE-{n}:x\r\n" for n in range(10_001))
    put_plain(radicale, book + "huge.vcf",
              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:huge\r\nFN:Cy Big\r\nN:Big;Cy;;;\r\n"
              f"{notes}END:VCARD\r\n")  # fmt: skip

    result = run(db)

    assert live_names(db) == ["Ann Smith", "Bob Jones"]
    assert len(result.problems) == 1 and "huge.vcf" in result.problems[0]
    assert result.contacts.downloaded == 1 and result.contacts.uploaded == 1
