"""Two-way sync of the contacts and accounts with one CardDAV address book.

One pass: **pull** (what changed on the server since our sync token, or a full listing of
ETags when there is no token or the server forgot it; only members whose ETag differs from
the one agreed are downloaded, by multiget), then **push** (records trashed here are
deleted there with ``If-Match``; new records are written with ``If-None-Match: *`` at
``<UID>.vcf``; changed ones with ``If-Match``). Every record written here is written in one
small transaction together with its ``sync_items`` row, so a sync cut at any moment resumes
without doubling or losing anything: a card already applied has its ETag agreed; a card
already written there (its reply lost) is found at the same href by the next create (412)
and merged.

Changes both sides made since the last sync are merged field by field (``sync_merge``); the
same single field changed to different values on both sides is a conflict: the local value
stays, the server's card is kept on the item, and the record is not written there until the
user decides (``resolve_conflict``). Deleted on the server: to the Trash here (restorable);
deleted here: deleted there, unless the server's card changed meanwhile (then it comes back
here from the Trash, with the server's values).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from crm_desktop.interop.webdav import DavClient, InvalidTokenError, SyncError, SyncProblem
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.sync import SyncCounts
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.database import Database, system_locale_name
from crm_desktop.services.exporting import accounts_by_id
from crm_desktop.services.import_matching import ImportMatcher, Outcome
from crm_desktop.services.matching import region_of_locale
from crm_desktop.services.relationships import related_values, store_related
from crm_desktop.services.sync_merge import (
    ReadCard,
    apply_merge,
    card_hash,
    card_text,
    read_card,
)
from crm_desktop.store import sync_state
from crm_desktop.store.contact_merge import merge_into_contacts
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.identities import add_possible_duplicates
from crm_desktop.store.search_index import reindex
from crm_desktop.store.sync_state import ItemRow
from crm_desktop.store.transactions import RawConnection

BATCH = 100  # server members applied per local transaction
Record = ContactDraft | AccountDraft
Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass(slots=True)
class _Local:
    """The local records as cards: by (table, id) the draft and its hash."""

    drafts: dict[tuple[str, int], Record]
    hashes: dict[tuple[str, int], str]


def _key(item: ItemRow) -> tuple[str, int] | None:
    if item.contact_id is not None:
        return ("contacts", item.contact_id)
    if item.record_account_id is not None:
        return ("accounts", item.record_account_id)
    return None


def _load_local(db: Database, contact_ids: Sequence[int], account_ids: Sequence[int]) -> _Local:
    drafts: dict[tuple[str, int], Record] = {}
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        related = related_values(db, chunk)  # relationships go up as the export writes them
        for card in get_contacts(db, chunk):
            draft = card.draft
            if card.id in related:
                draft = dataclasses.replace(draft, related=related[card.id])
            drafts[("contacts", int(card.id))] = draft
    if account_ids:
        for account_id, account in accounts_by_id(db, account_ids):
            drafts[("accounts", account_id)] = account
    return _Local(drafts, {key: card_hash(record) for key, record in drafts.items()})


class ContactSync:
    """One sync of one account's address book (see the module's doc)."""

    def __init__(
        self,
        db: Database,
        client: DavClient,
        account_id: int,
        book: str,
        version: str,
        progress: Progress | None = None,
        region: str | None = None,  # national phone numbers' country (None: the locale's)
    ) -> None:
        self.db = db
        self.region = region or region_of_locale(system_locale_name())
        self.client = client
        self.account_id = account_id
        self.book = book if book.endswith("/") else book + "/"
        self.version = version
        self.progress = progress
        self.counts = SyncCounts()
        self.problems: list[str] = []
        self._unhashed: list[ItemRow] = []
        # Who the cards coming down are: built once per sync (it reads every stored UID,
        # e-mail and phone), told of each record written since.
        self._matcher: ImportMatcher | None = None
        with db.raw_reading() as connection:
            self.items = sync_state.items(connection, account_id)
            self.token = sync_state.contacts_token(connection, account_id)

    # The whole pass ---------------------------------------------------------------------

    def run(self) -> SyncCounts:
        self.pull()
        self.push()
        return self.counts

    def _report(self, phase: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(phase, done, total)

    # Pull -------------------------------------------------------------------------------

    def pull(self) -> None:
        try:
            changes = self.client.changes(self.book, self.token)
        except InvalidTokenError:
            changes = self.client.changes(self.book, None)
        token = changes.token
        if changes.full:
            token = self.client.current_token(self.book)
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
            fetched = self.client.multiget(self.book, wanted[start : start + BATCH])
            self._apply(fetched)
            self._hash_new()
            self._report("download", min(start + BATCH, len(wanted)), len(wanted))
        if gone:
            self._gone(gone)
        with self.db.raw_writing() as connection:
            sync_state.set_contacts_token(connection, self.account_id, token)
        self.token = token

    def _cards(self, fetched: dict[str, tuple[str, str]]) -> list[tuple[str, str, str, Record]]:
        cards = []
        for href, (etag, text) in fetched.items():
            read = read_card(text, href)
            if not isinstance(read, ReadCard):
                self.problems.append(f"{href}: {read}")
                continue
            if read.record is None:
                continue  # a group card: categories are carried on the people
            cards.append((href, etag, text, read.record))
        return cards

    def _apply(self, fetched: dict[str, tuple[str, str]]) -> None:
        cards = self._cards(fetched)
        known = [self.items[href] for href, *_ in cards if href in self.items]
        local = _load_local(
            self.db,
            [i.contact_id for i in known if i.contact_id is not None],
            [i.record_account_id for i in known if i.record_account_id is not None],
        )
        with self.db.raw_writing() as connection:
            writer = ContactWriter(connection, self.db.sort_language)
            for href, etag, text, record in cards:
                item = self.items.get(href)
                key = _key(item) if item is not None else None
                if item is not None and key is not None and key in local.drafts:
                    self._update(connection, writer, item, local, key, etag, text, record)
                    continue
                self._new_here(connection, writer, self._matcher_on(connection), href, etag,
                               text, record)  # fmt: skip

    def _matcher_on(self, connection: RawConnection) -> ImportMatcher:
        if self._matcher is None:
            self._matcher = ImportMatcher(connection, self.region)
        else:
            self._matcher.rebind(connection)
        return self._matcher

    def _update(
        self,
        connection: RawConnection,
        writer: ContactWriter,
        item: ItemRow,
        local: _Local,
        key: tuple[str, int],
        etag: str,
        text: str,
        remote: Record,
    ) -> None:
        """The server's card of a record here changed: merged into it."""
        mine = local.drafts[key]
        merged, conflicts = apply_merge(item.base, mine, remote, self.version)  # type: ignore[type-var]
        changed_here = local.hashes[key] != item.local_hash
        if merged != mine:
            self._rewrite(connection, writer, key, merged)
            if conflicts or not changed_here:
                self.counts.updated += 1
        if conflicts:
            item.conflict, item.conflict_etag = text, etag
            item.conflict_fields = ",".join(conflicts)
            self.counts.conflicts += 1
        else:
            item.etag, item.base = etag, text
            item.conflict = item.conflict_etag = item.conflict_fields = ""
            # Changed on both sides without overlap: the merge still has to go up.
            new_hash = card_hash(merged)
            item.local_hash = "" if changed_here else new_hash
        sync_state.save_item(connection, self.account_id, item)

    def _rewrite(
        self, connection: RawConnection, writer: ContactWriter, key: tuple[str, int], record: Record
    ) -> None:
        table, record_id = key
        if table == "contacts":
            assert isinstance(record, ContactDraft)
            writer.rewrite(record_id, record)
            if record.related:  # the server's related people (those already here kept once)
                store_related(connection, [(record_id, record.related)])
        else:
            assert isinstance(record, AccountDraft)
            writer.rewrite_account(record_id, record)
            reindex(connection, sync_state.contacts_of_account(connection, record_id))

    def _new_here(
        self,
        connection: RawConnection,
        writer: ContactWriter,
        matcher: ImportMatcher,
        href: str,
        etag: str,
        text: str,
        record: Record,
    ) -> None:
        """A card new to this account: the same person as a record here (the import's
        identity rules: same UID, or a shared e-mail or phone with a compatible name), whose
        missing values it fills, or somebody new."""
        if isinstance(record, AccountDraft):
            table = "accounts"
            found = sync_state.account_by_uid(connection, record.uid) if record.uid else None
            found = found or writer.find_account(record.name)
            if found is not None and not self._linked(table, found):
                record_id = found  # kept as it is: its missing values come on the next edit
            else:
                record_id = writer.write_account(record)
                self.counts.downloaded += 1
        else:
            table = "contacts"
            person, match = matcher.decide(record, (href, 0))
            ref = match.target if match.outcome is Outcome.SAME else None
            target = None if ref is None else _contact_of(matcher, ref)
            if ref is not None and target is not None and not self._linked(table, target):
                record_id = target
                merge_into_contacts(connection, writer, [(target, record)])
                reindex(connection, [target])
                matcher.absorb(ref, person)
                self.counts.updated += 1
            else:
                [new_id] = writer.write([record])
                reindex(connection, [new_id])
                record_id = int(new_id)
                person.contact_id = record_id
                if ref is None:
                    matcher.add(person, record)
                else:  # its person stands for another member already: not matched again
                    matcher.add_apart(person)
                self.counts.downloaded += 1
                # Somebody sharing a key but not a name: both kept, the pair for review.
                pairs = [(_contact_of(matcher, other), why) for other, why in match.possible]
                add_possible_duplicates(
                    connection, [(record_id, other, why) for other, why in pairs if other]
                )
        if isinstance(record, ContactDraft) and record.related:
            store_related(connection, [(record_id, record.related)])
        # The local hash is the stored record's, read once this transaction is committed
        # (``_hash_new``); a cut before that only means one needless upload.
        item = ItemRow(
            0, href, etag, _uid_of(record), record_id if table == "contacts" else None,
            record_id if table == "accounts" else None, "", text, "", "", "",
        )  # fmt: skip
        item.id = sync_state.save_item(connection, self.account_id, item)
        self.items[href] = item
        self._unhashed.append(item)

    def _linked(self, table: str, record_id: int) -> bool:
        """Whether another member of this address book stands for that record already (read
        only when a card matched one: most cards coming down are nobody here)."""
        return any(_key(item) == (table, record_id) for item in self.items.values())

    def _hash_new(self) -> None:
        """The local hash of the records just made or linked from the server's cards."""
        items, self._unhashed = self._unhashed, []
        if not items:
            return
        local = _load_local(
            self.db,
            [i.contact_id for i in items if i.contact_id is not None],
            [i.record_account_id for i in items if i.record_account_id is not None],
        )
        with self.db.raw_writing() as connection:
            for item in items:
                key = _key(item)
                if key in local.hashes:
                    item.local_hash = local.hashes[key]
                    sync_state.save_item(connection, self.account_id, item)

    def _gone(self, hrefs: list[str]) -> None:
        """Members deleted on the server: their records to the Trash here (unless changed
        here since: then they stay, and go up again as new)."""
        items = [self.items[h] for h in hrefs]
        local = _load_local(
            self.db,
            [i.contact_id for i in items if i.contact_id is not None],
            [i.record_account_id for i in items if i.record_account_id is not None],
        )
        with self.db.raw_writing() as connection:
            for item in items:
                key = _key(item)
                if key in local.drafts and local.hashes[key] == item.local_hash:
                    assert key is not None
                    sync_state.move_to_trash(connection, key[0], key[1])
                    if key[0] == "contacts":
                        reindex(connection, [key[1]])
                    self.counts.deleted += 1
                sync_state.drop_item(connection, item.id)
                del self.items[item.href]

    # Push -------------------------------------------------------------------------------

    def push(self) -> None:
        with self.db.raw_reading() as connection:
            contact_ids = sync_state.live_contact_ids(connection)
            account_ids = sync_state.live_account_ids(connection)
            linked_ids = [i.contact_id for i in self.items.values() if i.contact_id is not None]
            linked_accounts = [
                i.record_account_id for i in self.items.values() if i.record_account_id
            ]
            trashed = {("contacts", i) for i in sync_state.trashed(connection, "contacts",
                                                                    linked_ids)}  # fmt: skip
            trashed |= {("accounts", i) for i in sync_state.trashed(connection, "accounts",
                                                                     linked_accounts)}  # fmt: skip
            # Only what changed since the last upload is compared (the triggers' marks):
            # hashing every card was a whole export of the address book at each sync.
            seen = sync_state.contacts_seen(connection, self.account_id)
            newest = sync_state.last_change(connection)
            marked = None if seen is None else sync_state.changed_since(connection, seen)
        self._delete_there([i for i in list(self.items.values()) if _key(i) in trashed])
        by_key = {_key(i): i for i in self.items.values()}
        if marked is not None:
            live = {("contacts", i) for i in contact_ids} | {("accounts", i) for i in account_ids}
            wanted = {key for key in live if key not in by_key}  # new here
            wanted |= {key for key in marked if key in live}  # changed here
            wanted |= {key for key, i in by_key.items() if key in live and not i.local_hash}
            contact_ids = sorted(i for table, i in wanted if table == "contacts")
            account_ids = sorted(i for table, i in wanted if table == "accounts")
        local = _load_local(self.db, contact_ids, account_ids)
        new = [key for key in local.drafts if key not in by_key]
        changed = [
            by_key[key]
            for key in local.drafts
            if key in by_key
            and not by_key[key].conflict
            and local.hashes[key] != by_key[key].local_hash
        ]
        total = len(new) + len(changed)
        done = 0
        for start in range(0, len(new), BATCH):
            self._create_there(new[start : start + BATCH], local)
            done += len(new[start : start + BATCH])
            self._report("upload", done, total)
        for start in range(0, len(changed), BATCH):
            self._update_there(changed[start : start + BATCH], local)
            done += len(changed[start : start + BATCH])
            self._report("upload", done, total)
        # Everything up to ``newest`` is agreed now (a cut before this compares it again).
        with self.db.raw_writing() as connection:
            sync_state.set_contacts_seen(connection, self.account_id, newest)

    def _delete_there(self, items: list[ItemRow]) -> None:
        for item in items:
            try:
                self.client.delete(item.href, item.etag or None)
            except SyncError as exc:
                if exc.problem is not SyncProblem.CHANGED:
                    raise
                self._came_back(item)
                continue
            with self.db.raw_writing() as connection:
                sync_state.drop_item(connection, item.id)
            del self.items[item.href]
            self.counts.deleted += 1

    def _came_back(self, item: ItemRow) -> None:
        """Deleted here, changed there meanwhile: back from the Trash with the server's values
        (nothing the other side wrote is lost)."""
        key = _key(item)
        fetched = self.client.multiget(self.book, [item.href])
        if key is None or item.href not in fetched:
            return
        with self.db.raw_writing() as connection:
            sync_state.bring_back(connection, key[0], key[1])
            if key[0] == "contacts":
                reindex(connection, [key[1]])
        local = _load_local(
            self.db,
            [key[1]] if key[0] == "contacts" else [],
            [key[1]] if key[0] == "accounts" else [],
        )
        etag, text = fetched[item.href]
        read = read_card(text, item.href)
        if isinstance(read, ReadCard) and read.record is not None and key in local.drafts:
            with self.db.raw_writing() as connection:
                writer = ContactWriter(connection, self.db.sort_language)
                self._update(connection, writer, item, local, key, etag, text, read.record)

    def _create_there(self, keys: list[tuple[str, int]], local: _Local) -> None:
        # Each record gets its UID here first (kept with it, so that a retry after a cut
        # writes the same href and finds its own card there).
        drafts: dict[tuple[str, int], Record] = {}
        with self.db.raw_writing() as connection:
            for key in keys:
                draft = local.drafts[key]
                if not draft.uid:
                    uid = str(uuid.uuid4()).upper()
                    sync_state.set_uid(connection, key[0], key[1], uid)
                    draft = _with_uid(draft, uid)
                drafts[key] = draft
        sent: dict[tuple[str, int], tuple[str, str, str | None]] = {}
        taken: list[tuple[str, int]] = []
        for key, draft in drafts.items():
            href = self.book + quote(_file_name(_uid_of(draft))) + ".vcf"
            text = card_text(draft, self.version)
            try:
                etag = self.client.put(href, text, "text/vcard", None)
            except SyncError as exc:
                if exc.problem is not SyncProblem.CHANGED:
                    raise
                taken.append(key)  # there already: written by a sync that was cut, or a clash
                sent[key] = (href, text, None)
                continue
            sent[key] = (href, text, etag)
        self._agree(sent, drafts, taken)

    def _agree(
        self,
        sent: dict[tuple[str, int], tuple[str, str, str | None]],
        drafts: dict[tuple[str, int], Record],
        taken: list[tuple[str, int]],
    ) -> None:
        """Record what went up. The server may store a card otherwise than sent (Radicale
        re-writes it): its own bytes and ETag are read back and agreed on."""
        hrefs = [href for href, _text, _etag in sent.values()]
        stored = self.client.multiget(self.book, hrefs) if hrefs else {}
        local = _Local(drafts, {key: card_hash(d) for key, d in drafts.items()})
        with self.db.raw_writing() as connection:
            writer = ContactWriter(connection, self.db.sort_language)
            for key, (href, text, _etag) in sent.items():
                etag, server_text = stored.get(href, ("", text))
                item = ItemRow(
                    0, href, etag, _uid_of(drafts[key]),
                    key[1] if key[0] == "contacts" else None,
                    key[1] if key[0] == "accounts" else None,
                    local.hashes[key], server_text, "", "", "",
                )  # fmt: skip
                if key in taken:
                    # Not ours to overwrite blindly: merged as a first meeting, and the
                    # merge goes up with the next push (local hash left empty).
                    item.base = ""
                    item.local_hash = ""
                    read = read_card(server_text, href)
                    if isinstance(read, ReadCard) and read.record is not None:
                        self._update(connection, writer, item, local, key, etag, server_text,
                                     read.record)  # fmt: skip
                        item.local_hash = ""
                else:
                    self.counts.uploaded += 1
                item.id = sync_state.save_item(connection, self.account_id, item)
                self.items[href] = item

    def _update_there(self, items: list[ItemRow], local: _Local) -> None:
        sent: dict[tuple[str, int], tuple[str, str, str | None]] = {}
        drafts: dict[tuple[str, int], Record] = {}
        for item in items:
            key = _key(item)
            assert key is not None
            draft = local.drafts[key]
            text = card_text(draft, self.version)
            try:
                self.client.put(item.href, text, "text/vcard", item.etag or None)
            except SyncError as exc:
                if exc.problem is not SyncProblem.CHANGED:
                    raise
                # Changed there between our read and our write: merged now, up next sync.
                self._refetch_and_merge(item, key, draft)
                continue
            sent[key] = (item.href, text, None)
            drafts[key] = draft
        if sent:
            stored = self.client.multiget(self.book, [h for h, _t, _e in sent.values()])
            with self.db.raw_writing() as connection:
                for key, (href, text, _etag) in sent.items():
                    item = self.items[href]
                    item.etag, item.base = stored.get(href, (item.etag, text))
                    item.local_hash = card_hash(drafts[key])
                    sync_state.save_item(connection, self.account_id, item)
                    self.counts.uploaded += 1

    def _refetch_and_merge(self, item: ItemRow, key: tuple[str, int], draft: Record) -> None:
        fetched = self.client.multiget(self.book, [item.href])
        if item.href not in fetched:
            # Gone there meanwhile: written again as a new member.
            with self.db.raw_writing() as connection:
                sync_state.drop_item(connection, item.id)
            del self.items[item.href]
            return
        etag, text = fetched[item.href]
        read = read_card(text, item.href)
        if not isinstance(read, ReadCard) or read.record is None:
            self.problems.append(f"{item.href}: {read}")
            return
        local = _Local({key: draft}, {key: card_hash(draft)})
        with self.db.raw_writing() as connection:
            writer = ContactWriter(connection, self.db.sort_language)
            self._update(connection, writer, item, local, key, etag, text, read.record)


def _contact_of(matcher: ImportMatcher, ref: int) -> int | None:
    """The contact a matcher's reference stands for (> 0 a stored one; else a card of this
    sync, written already)."""
    return ref if ref > 0 else matcher.person(ref).contact_id


def _uid_of(record: Record) -> str:
    return record.uid or ""


def _with_uid(record: Record, uid: str) -> Record:
    return dataclasses.replace(record, uid=uid)


def _file_name(uid: str) -> str:
    """A member name from a UID (``urn:uuid:`` and characters a path cannot hold dropped)."""
    name = uid.removeprefix("urn:uuid:")
    cleaned = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in name)
    return cleaned or str(uuid.uuid4())


def settle_with_server(db: Database, connection: RawConnection, item: ItemRow) -> None:
    """The server's values of a conflict's fields replace the record's here (on the caller's
    transaction)."""
    key = _key(item)
    read = read_card(item.conflict, item.href)
    if key is None or not isinstance(read, ReadCard) or read.record is None:
        return
    local = _load_local(
        db,
        [key[1]] if key[0] == "contacts" else [],
        [key[1]] if key[0] == "accounts" else [],
    )
    if key not in local.drafts:
        return
    remote = read.record
    merged, _conflicts = apply_merge(item.base, local.drafts[key], remote, "3.0")  # type: ignore[type-var]
    fields = [f for f in item.conflict_fields.split(",") if f]
    merged = dataclasses.replace(merged, **{f: getattr(remote, f) for f in fields})
    writer = ContactWriter(connection, db.sort_language)
    table, record_id = key
    if table == "contacts":
        assert isinstance(merged, ContactDraft)
        writer.rewrite(record_id, merged)
    else:
        assert isinstance(merged, AccountDraft)
        writer.rewrite_account(record_id, merged)
