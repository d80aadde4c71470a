"""Sync accounts (a CardDAV/CalDAV server and user), their passwords, and running a sync.

The password is kept in the operating system's keyring (``keyring``), never in our files or
database; where no keyring exists (a server, the tests) ``CRM_DESKTOP_SYNC_PASSWORD`` may
supply it, and saying so is the clear message a user gets. Adding an account discovers the
server (the well-known URIs, the principal, the home sets), checks the password, and picks
the address book (the one named, the first one, or a new "CRM Desktop" book).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable

from crm_desktop.errors import InvalidValueError
from crm_desktop.interop.caldav_client import CalDavClient
from crm_desktop.interop.webdav import Collection, DavClient
from crm_desktop.interop.webdav import SyncError as SyncError
from crm_desktop.interop.webdav import SyncProblem as SyncProblem
from crm_desktop.records.sync import SyncAccountInfo, SyncConflict, SyncResult
from crm_desktop.services.database import Database
from crm_desktop.services.sync_activities import ActivitySync
from crm_desktop.services.sync_contacts import ContactSync, Progress, settle_with_server
from crm_desktop.store import sync_state

PASSWORD_VARIABLE = "CRM_DESKTOP_SYNC_PASSWORD"
KEYRING_SERVICE = "CRM Desktop sync"
NEW_BOOK = ("crm-desktop", "CRM Desktop")
NEW_CALENDAR = ("crm-desktop-calendar", "CRM Desktop")

# How a client is made: (url, username, password) -> DavClient for the address book (our
# httpx layer) or CalDavClient for the calendar (the caldav library); the benchmark and the
# tests count and watch requests through them.
ClientFactory = Callable[[str, str, str], DavClient]
CalendarClientFactory = Callable[[str, str, str], CalDavClient]


def _keyring_user(account: str, username: str) -> str:
    return f"{account}:{username}"


def store_password(account: str, username: str, password: str) -> bool:
    """Keep the password in the keyring; False where no keyring exists (then only
    ``CRM_DESKTOP_SYNC_PASSWORD`` can give it)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    key = _keyring_user(account, username)
    try:
        keyring.set_password(KEYRING_SERVICE, key, password)
        # Some backends drop what they are given without a word (the null keyring).
        return keyring.get_password(KEYRING_SERVICE, key) == password
    except NoKeyringError:
        return False
    except KeyringError as exc:
        raise SyncError(SyncProblem.NO_KEYRING, account, str(exc)) from exc


def forget_password(account: str, username: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(account, username))


def password_of(account: str, username: str) -> str:
    """The account's password: ``CRM_DESKTOP_SYNC_PASSWORD`` if set, else the keyring's."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        found = keyring.get_password(KEYRING_SERVICE, _keyring_user(account, username))
    except NoKeyringError as exc:
        raise SyncError(
            SyncProblem.NO_KEYRING, account, f"set {PASSWORD_VARIABLE} to give the password"
        ) from exc
    except KeyringError as exc:
        raise SyncError(SyncProblem.NO_KEYRING, account, str(exc)) from exc
    if not found:
        raise SyncError(
            SyncProblem.NO_PASSWORD, account, f"add the account again or set {PASSWORD_VARIABLE}"
        )
    return found


def _client(url: str, username: str, password: str) -> DavClient:
    return DavClient(url, username, password)


def _calendar_client(url: str, username: str, password: str) -> CalDavClient:
    return CalDavClient(url, username, password)


def list_sync_accounts(db: Database) -> list[SyncAccountInfo]:
    with db.raw_reading() as connection:
        return sync_state.accounts(connection)


def sync_account(db: Database, name: str) -> SyncAccountInfo:
    for account in list_sync_accounts(db):
        if account.name == name:
            return account
    raise InvalidValueError("sync account", name, "the name of a sync account (see: sync list)")


def _pick_book(books: list[Collection], wanted: str | None) -> Collection | None:
    if wanted:
        for book in books:
            if wanted in (book.name, book.url) or book.url.rstrip("/").endswith("/" + wanted):
                return book
        return None
    return books[0] if books else None


def add_sync_account(
    db: Database,
    name: str,
    url: str,
    username: str,
    password: str,
    *,
    address_book: str | None = None,
    calendar: str | None = None,
    client_factory: ClientFactory = _client,
    calendar_factory: CalendarClientFactory = _calendar_client,
) -> tuple[SyncAccountInfo, bool]:
    """Discover the server, check the password, choose the address book (created when the
    user has none), and keep the account; (it, whether the keyring holds the password)."""
    name = name.strip()
    if not name:
        raise InvalidValueError("name", name, "a name for the sync account")
    if any(a.name == name for a in list_sync_accounts(db)):
        raise InvalidValueError("name", name, "a name no other sync account has")
    with client_factory(url, username, password) as client:
        book_home, _ = client.homes()
        if book_home is None:
            raise SyncError(SyncProblem.NO_ADDRESS_BOOK, url)
        found = client.collections(book_home)
        books = [c for c in found if not c.components]
        book = _pick_book(books, address_book)
        if book is None and address_book:
            raise SyncError(SyncProblem.NO_ADDRESS_BOOK, url, f"none named {address_book}")
        if book is None:
            book_url = client.make_address_book(book_home, *NEW_BOOK)
            versions: tuple[str, ...] = ("3.0",)
        else:
            book_url, versions = book.url, book.versions
    calendar_url = _choose_calendar(calendar_factory(url, username, password), url, calendar)
    # vCard 4.0 only where the server says it takes it (macOS Contacts refuses 4.0 written to
    # a server that advertised it; most servers advertise 3.0 alone).
    version = "4.0" if "4.0" in versions and "3.0" not in versions else "3.0"
    with db.raw_writing() as connection:
        sync_state.add_account(connection, name, url, username, book_url, calendar_url, version)
    in_keyring = store_password(name, username, password)
    return sync_account(db, name), in_keyring


def _choose_calendar(client: CalDavClient, url: str, wanted: str | None) -> str | None:
    """The calendar to sync (the one named, the first for events or to-dos, or a new one),
    found or made through the caldav library; None where the server has no calendars."""
    with client:
        if client.calendar_home() is None:
            return None
        calendars = [c for c in client.calendars()
                     if "VTODO" in c.components or "VEVENT" in c.components]  # fmt: skip
        chosen = _pick_book(calendars, wanted)
        if chosen is None and wanted:
            raise SyncError(SyncProblem.NOT_FOUND, url, f"no calendar named {wanted}")
        return chosen.url if chosen is not None else client.make_calendar(*NEW_CALENDAR)


def remove_sync_account(db: Database, name: str) -> None:
    account = sync_account(db, name)
    with db.raw_writing() as connection:
        sync_state.remove_account(connection, account.id)
    forget_password(account.name, account.username)


def run_sync(
    db: Database,
    name: str,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    client_factory: ClientFactory = _client,
    region: str | None = None,
    calendar_factory: CalendarClientFactory = _calendar_client,
) -> SyncResult:
    """One two-way sync of the account ``name``. A failure is recorded on the account (the
    status line shows it) and raised; what was agreed before it stays agreed. ``region``:
    the country national phone numbers of the cards coming down are read in (None: the
    locale's)."""
    account = sync_account(db, name)
    secret = password if password is not None else password_of(account.name, account.username)
    result = SyncResult(account.name)
    client = client_factory(account.url, account.username, secret)
    calendar_client: CalDavClient | None = None
    try:
        if account.address_book_url:
            run = ContactSync(
                db, client, account.id, account.address_book_url, account.vcard_version,
                progress, region,
            )  # fmt: skip
            result.contacts = run.run()
            result.problems.extend(run.problems)
        if account.calendar_url:
            calendar_client = calendar_factory(account.url, account.username, secret)
            calendar = ActivitySync(db, calendar_client, account.id, account.calendar_url,
                                    progress)  # fmt: skip
            result.activities = calendar.run()
            result.problems.extend(calendar.problems)
    except SyncError as exc:
        with db.raw_writing() as connection:
            sync_state.record_outcome(connection, account.id, "", str(exc))
        raise
    finally:
        result.requests = client.requests
        client.close()
        if calendar_client is not None:
            result.requests += calendar_client.requests
            calendar_client.close()
    with db.raw_writing() as connection:
        sync_state.record_outcome(connection, account.id, summary_text(result), "")
    return result


def summary_text(result: SyncResult) -> str:
    parts = []
    for label, c in (("contacts", result.contacts), ("activities", result.activities)):
        parts.append(
            f"{label}: {c.uploaded} up, {c.downloaded} down, {c.updated} updated, "
            f"{c.deleted} deleted, {c.conflicts} conflicts"
        )
    return "; ".join(parts)


def conflicts(db: Database) -> list[SyncConflict]:
    """Records changed on both sides in the same field, waiting for the user."""
    with db.raw_reading() as connection:
        return sync_state.conflicts(connection)


def resolve_conflict(db: Database, item_id: int, keep: str) -> None:
    """Settle a conflict: ``keep`` "mine" (the record here goes up over the server's
    version at the next sync) or "server" (the server's values of the conflicting fields
    replace ours here now). Either way the other version is not kept afterwards."""
    if keep not in ("mine", "server"):
        raise InvalidValueError("keep", keep, "mine or server")
    found = [c for c in conflicts(db) if c.item_id == item_id]
    if not found:
        raise InvalidValueError(
            "conflict", str(item_id), "the id of a conflict (see: sync conflicts)"
        )
    with db.raw_writing() as connection:
        item = sync_state.item_by_id(connection, item_id)
        assert item is not None
        if keep == "server":
            settle_with_server(db, connection, item)
        item.etag, item.base = item.conflict_etag, item.conflict
        item.conflict = item.conflict_etag = item.conflict_fields = ""
        item.local_hash = ""  # whatever the record is now goes up at the next sync
        sync_state.save_item(connection, sync_state.item_account(connection, item_id), item)
