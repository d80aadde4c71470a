"""Two-way sync of the activities with one CalDAV calendar: meetings and calls as events,
tasks as to-dos (our iCalendar writer and reader), by the same rules as the contacts
(``sync_contacts``): pull then push, only changed members downloaded, ``If-Match`` /
``If-None-Match`` on every write, a field-by-field merge of changes on both sides, a
conflict kept for the user, deletions through the Trash, and each record written in one
transaction with its sync state. So a to-do ticked on the phone is done here, and the
phone's calendar shows tomorrow's meetings.

The calendar goes through the maintained ``caldav`` library (``interop.caldav_client``:
discovery, calendar listing and creation, sync-collection, calendar-multiget, and the
conditional writes through its request methods); the address book through our own WebDAV
layer (``interop.webdav``), as no maintained CardDAV client exists. Both raise the same
``SyncError``, so the messages a user reads are the same on either side.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from sqlalchemy.orm import Session

from crm_desktop.interop.caldav_client import CalDavClient
from crm_desktop.interop.icalendar import (
    CalendarItem,
    ReadItem,
    calendar_text,
    is_exported,
    read_calendar_text,
)
from crm_desktop.interop.webdav import InvalidTokenError, SyncError, SyncProblem
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.sync import SyncCounts
from crm_desktop.services.activities import apply_draft, check_draft
from crm_desktop.services.calendar_files import calendar_item
from crm_desktop.services.database import Database
from crm_desktop.services.schedule_rows import activity_rows, local_zone
from crm_desktop.services.sync_contacts import BATCH, Progress, _file_name
from crm_desktop.services.sync_merge import merge3
from crm_desktop.store import activity_queries as queries
from crm_desktop.store import sync_state
from crm_desktop.store.base import utc_now
from crm_desktop.store.folding import fold
from crm_desktop.store.models import Activity
from crm_desktop.store.sync_state import ItemRow
from crm_desktop.store.times import utc_text
from crm_desktop.store.transactions import raw

_STAMP = datetime(2000, 1, 1, tzinfo=UTC)  # a fixed DTSTAMP: the hash is of the content
# What goes to the calendar: meetings, calls and tasks still open, or of the last 90 days
# and later (a phone's calendar has no use for ten years of done calls), and whatever the
# calendar already holds.
RECENT_DAYS = 90
CALENDAR = "calendar"


def item_text(item: CalendarItem, stamp: datetime | None = None) -> str:
    return "".join(calendar_text([item], stamp))


def item_hash(item: CalendarItem) -> str:
    return hashlib.sha256(item_text(replace(item, modified=None), _STAMP).encode()).hexdigest()


def read_item(text: str, where: str) -> CalendarItem | str:
    for read in read_calendar_text(text, where, local_zone()):
        if isinstance(read, ReadItem):
            return read.item
        return str(read) if not hasattr(read, "entry") else "a journal entry"
    return "no event or to-do in it"


def _normalized(item: CalendarItem) -> CalendarItem:
    read = read_item(item_text(item, _STAMP), "")
    return read if isinstance(read, CalendarItem) else item


def merge_items(base_text: str, local: CalendarItem, remote: CalendarItem
                ) -> tuple[CalendarItem, tuple[str, ...]]:  # fmt: skip
    mine = _normalized(local)
    base = read_item(base_text, "") if base_text else None
    if not isinstance(base, CalendarItem):
        base = mine
    merged, conflicts = merge3(
        replace(base, modified=None), replace(mine, modified=None), replace(remote, modified=None)
    )  # type: ignore[type-var]
    return merged, conflicts


class ActivitySync:
    def __init__(
        self,
        db: Database,
        client: CalDavClient,
        account_id: int,
        calendar: str,
        progress: Progress | None = None,
    ) -> None:
        self.db = db
        self.client = client
        self.account_id = account_id
        self.calendar = calendar if calendar.endswith("/") else calendar + "/"
        self.progress = progress
        self.counts = SyncCounts()
        self.problems: list[str] = []
        with db.raw_reading() as connection:
            self.items = sync_state.items(connection, account_id, CALENDAR)
            self.token = sync_state.calendar_token(connection, account_id)

    def run(self) -> SyncCounts:
        self.pull()
        self.push()
        return self.counts

    # Local ------------------------------------------------------------------------------

    def _local(self, ids: Sequence[int]) -> dict[int, CalendarItem]:
        found: dict[int, CalendarItem] = {}
        with self.db.raw_reading() as connection:
            trashed = sync_state.trashed(connection, "activities", list(ids))
            for start in range(0, len(ids), 1000):
                rows = activity_rows(
                    connection, queries.activities_by_id(connection, ids[start : start + 1000])
                )
                emails = queries.first_emails(
                    connection, sorted({c for row in rows for c in row.contact_ids})
                )
                for row in rows:
                    if row.id not in trashed:
                        found[int(row.id)] = calendar_item(row, emails)
        return found

    def _store(
        self, session: Session, emails: dict[str, int], activity_id: int | None, item: CalendarItem
    ) -> int:
        """Write ``item`` over activity ``activity_id`` (or as a new one) on the caller's
        transaction; its id. The contacts of an activity stay, and attendees who are contacts
        (``emails``: folded address -> contact) are added."""
        activity = session.get(Activity, activity_id) if activity_id else None
        contacts = [ContactId(c.id) for c in activity.contacts] if activity else []
        for attendee in item.attendees:
            found = emails.get(fold(attendee.email.strip())) if attendee.email else None
            if found is not None and found not in contacts:
                contacts.append(ContactId(found))
        draft = ActivityDraft(
            kind=item.kind, subject=item.subject, details=item.details, start=item.start,
            due=item.due, duration_minutes=item.duration_minutes, location=item.location,
            priority=item.priority, status=item.status, outcome=item.outcome,
            reminder=item.reminder, contact_ids=tuple(contacts),
            account_id=AccountId(activity.account_id)
            if activity is not None and activity.account_id else None,
            time_zone=item.time_zone, completed_at=item.completed_at,
            calendar_kept="\n".join(item.kept),
        )  # fmt: skip
        check_draft(draft)
        if activity is None:
            activity = Activity(uid=item.uid, created_at=utc_now())
            apply_draft(session, activity, draft, utc_now())
            session.add(activity)
        else:
            apply_draft(session, activity, draft, utc_now())
        session.flush()
        return int(activity.id)

    def _save(self, item: ItemRow) -> None:
        with self.db.raw_writing() as connection:
            item.id = sync_state.save_item(connection, self.account_id, item)
        self.items[item.href] = item

    # Pull -------------------------------------------------------------------------------

    def pull(self) -> None:
        try:
            changes = self.client.changes(self.calendar, self.token)
        except InvalidTokenError:
            changes = self.client.changes(self.calendar, None)
        token = changes.token
        if changes.full:
            token = self.client.current_token(self.calendar)
            gone = [href for href in self.items if href not in changes.changed]
        else:
            gone = [href for href in changes.deleted if href in self.items]
        wanted = [
            href
            for href, etag in changes.changed.items()
            if href not in self.items
            or (self.items[href].etag != etag and self.items[href].conflict_etag != etag)
        ]
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            self._came_down(self.client.multiget(self.calendar, batch))
        for href in gone:
            self._gone_there(self.items[href])
        with self.db.raw_writing() as connection:
            sync_state.set_calendar_token(connection, self.account_id, token)
        self.token = token

    def _came_down(self, fetched: dict[str, tuple[str, str]]) -> None:
        """Members of the calendar new or changed there, applied in one transaction (with
        their sync state); the hash of the records they made is taken once it is committed
        (``_rehash``: a cut before that only means one needless upload)."""
        remotes = []
        for href, (etag, text) in fetched.items():
            remote = read_item(text, href)
            if not isinstance(remote, CalendarItem):
                self.problems.append(f"{href}: {remote}")
                continue
            remotes.append((href, etag, text, remote))
        if not remotes:
            return
        known = [self.items[r[0]].activity_id for r in remotes if r[0] in self.items]
        local = self._local([i for i in known if i is not None])
        rehash: list[ItemRow] = []
        with self.db.writing() as session:
            connection = raw(session)
            emails = sync_state.contact_emails(connection)
            for href, etag, text, remote in remotes:
                item = self.items.get(href)
                if item is None or item.activity_id not in local:
                    same = sync_state.activity_by_uid(connection, remote.uid)
                    if same is not None and any(
                        i.activity_id == same and i.href != href for i in self.items.values()
                    ):
                        same = None  # another member of the calendar stands for it already
                    activity_id = self._store(session, emails, same, remote)
                    self.counts.downloaded += 1
                    item = ItemRow(0, href, etag, remote.uid, None, None, "", text, "", "", "",
                                   activity_id, CALENDAR)  # fmt: skip
                    rehash.append(item)
                else:
                    assert item.activity_id is not None
                    mine = local[item.activity_id]
                    changed_here = item_hash(mine) != item.local_hash
                    merged, conflicts = merge_items(item.base, mine, remote)
                    if item_hash(merged) != item_hash(mine):
                        self._store(session, emails, item.activity_id, merged)
                        self.counts.updated += 1
                    if conflicts:
                        item.conflict, item.conflict_etag = text, etag
                        item.conflict_fields = ",".join(conflicts)
                        self.counts.conflicts += 1
                    else:
                        item.etag, item.base = etag, text
                        item.local_hash = ""  # changed here too: the merge goes up
                        if not changed_here:
                            rehash.append(item)
                item.id = sync_state.save_item(connection, self.account_id, item)
                self.items[href] = item
        self._rehash(rehash)

    def _rehash(self, items: list[ItemRow]) -> None:
        """The local hash of the records just written from the server's members."""
        found = self._local([i.activity_id for i in items if i.activity_id is not None])
        with self.db.raw_writing() as connection:
            for item in items:
                if item.activity_id in found:
                    item.local_hash = item_hash(found[item.activity_id])
                    sync_state.save_item(connection, self.account_id, item)

    def _gone_there(self, item: ItemRow) -> None:
        local = self._local([item.activity_id]) if item.activity_id else {}
        with self.db.raw_writing() as connection:
            if item.activity_id in local and item_hash(local[item.activity_id]) == item.local_hash:
                assert item.activity_id is not None
                sync_state.move_to_trash(connection, "activities", item.activity_id)
                self.counts.deleted += 1
            sync_state.drop_item(connection, item.id)
        del self.items[item.href]

    # Push -------------------------------------------------------------------------------

    def push(self) -> None:
        linked = [i.activity_id for i in self.items.values() if i.activity_id is not None]
        with self.db.raw_reading() as connection:
            trashed = sync_state.trashed(connection, "activities", linked)
        for item in [i for i in list(self.items.values()) if i.activity_id in trashed]:
            try:
                self.client.delete(item.href, item.etag or None)
            except SyncError as exc:
                if exc.problem is not SyncProblem.CHANGED:
                    raise
                with self.db.raw_writing() as connection:  # changed there: back, with it
                    assert item.activity_id is not None
                    sync_state.bring_back(connection, "activities", item.activity_id)
                item.local_hash = "?"  # compared afresh: the server's version comes down
                fetched = self.client.multiget(self.calendar, [item.href])
                if item.href in fetched:
                    self._came_down({item.href: fetched[item.href]})
                continue
            with self.db.raw_writing() as connection:
                sync_state.drop_item(connection, item.id)
            del self.items[item.href]
            self.counts.deleted += 1
        since = utc_text(utc_now() - timedelta(days=RECENT_DAYS))
        with self.db.raw_reading() as connection:
            wanted = sync_state.calendar_candidates(connection, since)
            # Only what changed since the last upload is compared (the triggers' marks).
            seen = sync_state.contacts_seen(connection, self.account_id, "calendar_seen")
            newest = sync_state.last_change(connection)
            marked = None if seen is None else sync_state.changed_since(connection, seen)
        wanted = sorted(set(wanted) | {i for i in linked if i not in trashed})
        by_activity = {i.activity_id: i for i in self.items.values()}
        if marked is not None:
            changed = {record_id for kind, record_id in marked if kind == "activities"}
            wanted = [
                i
                for i in wanted
                if i not in by_activity or i in changed or by_activity[i].local_hash in ("", "?")
            ]
        local = {i: it for i, it in self._local(wanted).items() if is_exported(it)}
        total = len(local)
        for done, (activity_id, here) in enumerate(local.items(), 1):
            known = by_activity.get(activity_id)
            if known is None:
                self._create_there(activity_id, here)
            elif not known.conflict and item_hash(here) != known.local_hash:
                self._update_there(known, here)
            if self.progress is not None and done % BATCH == 0:
                self.progress("upload", done, total)
        # Everything up to ``newest`` is agreed now (a cut before this compares it again).
        with self.db.raw_writing() as connection:
            sync_state.set_contacts_seen(connection, self.account_id, newest, "calendar_seen")

    def _create_there(self, activity_id: int, item: CalendarItem) -> None:
        if item.uid.startswith("crm-desktop-activity-"):
            with self.db.raw_writing() as connection:  # kept, so a retry finds its own copy
                sync_state.set_uid(connection, "activities", activity_id, item.uid)
        href = self.calendar + quote(_file_name(item.uid)) + ".ics"
        text = item_text(item)
        try:
            self.client.put(href, text, None)
        except SyncError as exc:
            if exc.problem is not SyncProblem.CHANGED:
                raise
            # There already (a cut sync wrote it): agreed as a first meeting, merged.
            fetched = self.client.multiget(self.calendar, [href])
            if href in fetched:
                etag, there = fetched[href]
                self.items[href] = ItemRow(0, href, etag, item.uid, None, None, "", "", "", "",
                                           "", activity_id, CALENDAR)  # fmt: skip
                self._came_down({href: (etag, there)})
            return
        self._agreed(href, activity_id, item, text)

    def _update_there(self, known: ItemRow, item: CalendarItem) -> None:
        text = item_text(item)
        try:
            self.client.put(known.href, text, known.etag or None)
        except SyncError as exc:
            if exc.problem is not SyncProblem.CHANGED:
                raise
            fetched = self.client.multiget(self.calendar, [known.href])
            if known.href in fetched:
                known.local_hash = "?"
                self._came_down({known.href: fetched[known.href]})
            return
        assert known.activity_id is not None
        self._agreed(known.href, known.activity_id, item, text)

    def _agreed(self, href: str, activity_id: int, item: CalendarItem, text: str) -> None:
        stored = self.client.multiget(self.calendar, [href])
        etag, there = stored.get(href, ("", text))
        self._save(ItemRow(self.items[href].id if href in self.items else 0, href, etag,
                           item.uid, None, None, item_hash(item), there, "", "", "",
                           activity_id, CALENDAR))  # fmt: skip
        self.counts.uploaded += 1
