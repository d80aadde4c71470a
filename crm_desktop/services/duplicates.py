"""Finding the contacts (and accounts) that are probably one, remembering "not a duplicate",
and merging duplicates keeping every value, undoably.

A pair is probably one person when the same-person rules of ``matching`` say so (same UID; a
shared e-mail or phone with compatible names), when they have the same folded name (or a
clear variant of it) at the same account, or the same name in another script with no other
account; pairs an import recorded (shared key, conflicting names) are listed too, lowest.
Pairs are never formed all against all: only within blocks (the holders of one e-mail, phone
or UID; one name in Latin letters) and in a sorted neighbourhood (window ``WINDOW``) over
account and name, then joined into groups. Accounts are the same with the same folded name or
website domain. ``rapidfuzz`` similarity only orders the list.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from urllib.parse import urlsplit

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import BackupEntry, Changes, ContactCard
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ActivityId, ContactId, NoteId
from crm_desktop.services.backups import BEFORE_MERGE, backup_before
from crm_desktop.services.cancel import Cancelled, CancelToken
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.contact_combine import combined_draft
from crm_desktop.services.database import Database, system_locale_name
from crm_desktop.services.matching import (
    Identity,
    IdentityIndex,
    IdentityKeys,
    NameRelation,
    PhoneKeys,
    name_relation,
    pair_reasons,
    region_of_locale,
    similarity,
)
from crm_desktop.store.contact_moves import (
    AccountLinkRow,
    MovedRows,
    account_links,
    move_back,
    move_to,
    set_account_links,
    trash,
    untrash,
)
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.folding import fold
from crm_desktop.store.identities import (
    account_identities,
    add_not_duplicate_pairs,
    contact_identities,
    not_duplicate_pairs,
    possible_duplicates,
    remove_not_duplicate_pairs,
)
from crm_desktop.store.search_index import reindex
from crm_desktop.store.transactions import raw as raw_connection

WINDOW = 6  # the sorted neighbourhood: each contact against the next WINDOW - 1
BLOCK_LIMIT = 12  # a key held by more contacts is paired only among equal names
_BASE = {
    NameRelation.EQUAL: 0.95,
    NameRelation.TRANSLITERATION: 0.9,
    NameRelation.VARIANT: 0.85,
    NameRelation.ONE_NAMELESS: 0.8,
    NameRelation.BOTH_NAMELESS: 0.8,
}
_UID_SCORE = 1.0
_SAME_ACCOUNT = {
    NameRelation.EQUAL: 0.8,
    NameRelation.TRANSLITERATION: 0.8,
    NameRelation.VARIANT: 0.7,
}
_NAME_REASON = {
    NameRelation.TRANSLITERATION: "transliteration",
    NameRelation.VARIANT: "name_variant",
}
_OTHER_SCRIPT = 0.75
_RECORDED = 0.5
_REASON_ORDER = (
    "uid", "email", "phone", "website", "name", "transliteration", "name_variant",
    "one_nameless", "nameless", "account", "name_conflict", "shared_value",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Records that are probably one: their ids (ascending), why, and how sure (0..1)."""

    ids: tuple[int, ...]
    reasons: tuple[str, ...]
    score: float


def default_region() -> str | None:
    """The country national phone numbers are read in: the user's locale's."""
    return region_of_locale(system_locale_name())


def _ordered_reasons(reasons: Iterable[str]) -> tuple[str, ...]:
    unique = set(reasons)
    return tuple(r for r in _REASON_ORDER if r in unique) + tuple(
        sorted(unique - set(_REASON_ORDER))
    )


class _Pairs:
    """Candidate pairs, each once, smaller id first."""

    def __init__(self, excluded: set[tuple[int, int]]) -> None:
        self.excluded = excluded
        self.seen: set[tuple[int, int]] = set()

    def add(self, a: int, b: int) -> None:
        pair = (a, b) if a < b else (b, a)
        if a != b and pair not in self.excluded:
            self.seen.add(pair)

    def block(self, ids: Sequence[int]) -> None:
        for a, b in combinations(ids, 2):
            self.add(a, b)


def _candidates(
    index: IdentityIndex, entries: Sequence[IdentityKeys], excluded: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    pairs = _Pairs(excluded)
    for ids in index.blocks():
        if len(ids) <= BLOCK_LIMIT:
            pairs.block(ids)
        else:  # a switchboard or a role address: only equal names can be one person there
            by_name: dict[str, list[int]] = defaultdict(list)
            for contact_id in ids:
                by_name[index.entry(contact_id).name.key].append(contact_id)
            for same in by_name.values():
                pairs.block(same[:BLOCK_LIMIT])
    by_latin: dict[str, list[IdentityKeys]] = defaultdict(list)
    for entry in entries:
        if not entry.name.empty:
            by_latin[entry.name.key].append(entry)
    for named in by_latin.values():  # one name in two scripts
        scripts = {e.name.latin_script for e in named}
        if len(scripts) > 1 and len(named) <= BLOCK_LIMIT:
            pairs.block([e.identity.id for e in named])
    ordered = sorted(
        (e for e in entries if e.account and not e.name.empty),
        key=lambda e: (e.account, e.name.key),
    )
    for i, entry in enumerate(ordered):  # the same account, names that sort together
        for other in ordered[i + 1 : i + WINDOW]:
            if other.account != entry.account:
                break
            if entry.name.latin_set & other.name.latin_set:
                pairs.add(entry.identity.id, other.identity.id)
    return pairs.seen


def _judge(
    a: IdentityKeys, b: IdentityKeys, index: IdentityIndex
) -> tuple[float, tuple[str, ...]] | None:
    """The score and reasons of a probable pair; None when it is not one."""
    if a.keys & b.keys:
        relation, reasons = pair_reasons(a, b, index.is_shared)
        if relation is None:
            return None
        base = _UID_SCORE if "uid" in reasons else _BASE[relation]
        return base, reasons
    if not a.name.latin_set & b.name.latin_set:
        return None
    account_a, account_b = a.account, b.account
    relation = name_relation(a.name, b.name)
    if account_a and account_a == account_b and relation in _SAME_ACCOUNT:
        return _SAME_ACCOUNT[relation], (_NAME_REASON.get(relation, "name"), "account")
    if relation is NameRelation.TRANSLITERATION and not (account_a and account_b):
        return _OTHER_SCRIPT, ("transliteration",)
    return None


def _groups(
    edges: dict[tuple[int, int], tuple[float, tuple[str, ...]]],
) -> list[DuplicateGroup]:
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[root(a)] = root(b)
    members: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in edges:
        members[root(pair[0])].append(pair)
    groups = []
    for pairs in members.values():
        ids = tuple(sorted({i for pair in pairs for i in pair}))
        scores = [edges[p][0] for p in pairs]
        reasons = _ordered_reasons(r for p in pairs for r in edges[p][1])
        groups.append(DuplicateGroup(ids, reasons, round(sum(scores) / len(scores), 2)))
    groups.sort(key=lambda g: (-g.score, g.ids))
    return groups


Progress = Callable[[int], None]
_STEP = 2000  # contacts (or candidate pairs) between two progress reports and cancel checks


class _Steps:
    """Progress in percent over the three stages (read, index, judge), and the cancel check."""

    def __init__(self, progress: Progress | None, cancel: CancelToken | None) -> None:
        self._progress = progress
        self._cancel = cancel
        self._last = -1

    def at(self, percent: float) -> None:
        if self._cancel is not None and self._cancel.cancelled:
            raise Cancelled
        whole = min(100, int(percent))
        if self._progress is not None and whole != self._last:
            self._last = whole
            self._progress(whole)


def find_duplicates(
    db: Database,
    *,
    region: str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> tuple[DuplicateGroup, ...]:
    """Groups of contacts (outside the Trash) that are probably one person, the surest first;
    pairs marked "not a duplicate" are never joined. ``region``: the country national phone
    numbers are read in (default: the user's locale's). ``progress`` is told the percent
    done now and then; ``cancel`` set raises ``Cancelled`` at the next report."""
    steps = _Steps(progress, cancel)
    steps.at(0)
    with db.raw_reading() as connection:
        rows = list(contact_identities(connection))
        excluded = not_duplicate_pairs(connection, "contact")
        recorded = possible_duplicates(connection)
    steps.at(10)
    index = IdentityIndex(PhoneKeys(region if region is not None else default_region()))
    entries = []
    for number, row in enumerate(rows, 1):
        entries.append(index.add(Identity(*row)))
        if number % _STEP == 0:
            steps.at(10 + 60 * number / len(rows))
    del rows
    steps.at(70)
    candidates = _candidates(index, entries, excluded)
    steps.at(80)
    edges: dict[tuple[int, int], tuple[float, tuple[str, ...]]] = {}
    for number, (a, b) in enumerate(candidates, 1):
        if number % _STEP == 0:
            steps.at(80 + 19 * number / len(candidates))
        judged = _judge(index.entry(a), index.entry(b), index)
        if judged is not None:
            base, reasons = judged
            edges[(a, b)] = (_ranked(base, index.entry(a), index.entry(b)), reasons)
    for pair, reasons in recorded.items():
        if pair not in edges and pair not in excluded:
            edges[pair] = (_ranked(_RECORDED, index.entry(pair[0]), index.entry(pair[1])), reasons)
    groups = tuple(_groups(edges))
    steps.at(100)
    return groups


def _ranked(base: float, a: IdentityKeys, b: IdentityKeys) -> float:
    """``base`` lowered a little by how unlike the names look: it orders, never decides."""
    return base - 0.05 * (1.0 - similarity(a.name, b.name))


_NOT_WORD = re.compile(r"[^\w]+")


def _domain(url: str) -> str:
    text = url.strip().casefold()
    if not text:
        return ""
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    return host.removeprefix("www.")


def account_name_key(name: str) -> str:
    """What two account names must share to be one company by the name rule: folded, with
    every character that is no letter or digit dropped ("S.A." and "SA" alike)."""
    return _NOT_WORD.sub("", fold(name))


def find_duplicate_accounts(db: Database) -> tuple[DuplicateGroup, ...]:
    """Groups of accounts (outside the Trash) with the same folded name or website domain."""
    with db.raw_reading() as connection:
        rows = list(account_identities(connection))
        excluded = not_duplicate_pairs(connection, "account")
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in rows:
        name = account_name_key(row.name)
        if name:
            blocks[("name", name)].append(row.id)
        domains = {_domain(url) for url in (row.website, *row.urls)} - {""}
        for domain in domains:
            blocks[("website", domain)].append(row.id)
    reasons: dict[tuple[int, int], set[str]] = defaultdict(set)
    for (reason, _), ids in blocks.items():
        for a, b in combinations(sorted(set(ids)), 2):
            if (a, b) not in excluded:
                reasons[(a, b)].add(reason)
    edges = {
        pair: (1.0 if len(why) > 1 else 0.9, _ordered_reasons(why)) for pair, why in reasons.items()
    }
    return tuple(_groups(edges))


def _pairs_of(ids: Sequence[int]) -> Iterator[tuple[int, int]]:
    return combinations(sorted(set(ids)), 2)


def mark_not_duplicate(
    db: Database, ids: Sequence[int], *, accounts: bool = False
) -> tuple[tuple[int, int], ...]:
    """Remember that these contacts (or ``accounts``) are not one, pair by pair, so that the
    duplicates list never joins them again; the pairs that were new (what undo forgets)."""
    with db.writing() as session:
        raw = raw_connection(session)
        return tuple(
            add_not_duplicate_pairs(raw, "account" if accounts else "contact", _pairs_of(ids))
        )


def forget_not_duplicate(
    db: Database, pairs: Sequence[tuple[int, int]], *, accounts: bool = False
) -> None:
    """Undo ``mark_not_duplicate``."""
    with db.writing() as session:
        raw = raw_connection(session)
        remove_not_duplicate_pairs(raw, "account" if accounts else "contact", pairs)


@dataclass(frozen=True, slots=True)
class MergeUndo:
    """What ``unmerge_contacts`` needs to put a merge back exactly."""

    keep_id: ContactId
    other_ids: tuple[ContactId, ...]
    kept_before: ContactDraft
    activities: tuple[tuple[int, int, bool], ...]  # (activity, from contact, new for the kept)
    notes: tuple[tuple[int, int], ...]  # (note, from contact)
    kept_links: tuple[tuple[int, str, bool, int], ...]  # (account, title, primary, position)
    # (deal, from contact, role, position, new for the kept)
    deals: tuple[tuple[int, int, str, int, bool], ...] = ()
    files: tuple[tuple[int, int], ...] = ()  # (kept file, from contact)
    relationships: tuple[tuple[int, int, int | None], ...] = ()  # (row, contact, other contact)


@dataclass(frozen=True, slots=True)
class Merged:
    """A merge done: what changed, the backup taken first, and how to undo it."""

    changes: Changes
    backup: BackupEntry | None
    undo: MergeUndo


def _activity_ids(moved: Sequence[tuple[int, int, bool]]) -> tuple[ActivityId, ...]:
    return tuple(ActivityId(a) for a in dict.fromkeys(a for a, _, _ in moved))


_LIST_FIELDS = (
    "emails", "phones", "addresses", "urls", "impp", "categories", "custom_fields", "extra",
)  # fmt: skip


def _with_values_added_since(
    draft: ContactDraft, seen: Mapping[int, ContactDraft], cards: Mapping[ContactId, ContactCard]
) -> ContactDraft:
    """``draft`` and the values of list fields that the contacts gained since ``seen``."""
    changes: dict[str, tuple[object, ...]] = {}
    for name in _LIST_FIELDS:
        values: list[object] = list(getattr(draft, name))
        for contact_id, before in seen.items():
            card = cards.get(ContactId(contact_id))
            if card is None:
                continue
            known = set(getattr(before, name))
            values += [
                value
                for value in getattr(card.draft, name)
                if value not in known and value not in values
            ]
        if len(values) != len(getattr(draft, name)):
            changes[name] = tuple(values)
    return dataclasses.replace(draft, **changes) if changes else draft  # type: ignore[arg-type]


def merge_contacts(
    db: Database,
    keep_id: int,
    other_ids: Sequence[int],
    *,
    draft: ContactDraft | None = None,
    primary_account: int | None = None,
    seen: Mapping[int, ContactDraft] | None = None,
) -> Merged:
    """Merge ``other_ids`` into ``keep_id`` keeping every value of all (``combined_draft``),
    or the kept contact written as ``draft`` (what the user chose in the duplicates window;
    its ``accounts`` are ignored: links move). Their activities, follow-ups, notes and account
    links move to the kept contact, whose primary account becomes ``primary_account`` when
    given (one of the accounts of any of them); they go to the Trash (restorable). One
    transaction, after a backup.

    ``seen``: the contacts as they were when ``draft`` was made from them, by id; an e-mail,
    phone, address... one of them gained since (an import, an edit) is added to ``draft``,
    not lost.

    Raises ``NotFoundError`` when a contact is missing or already in the Trash, ``ValueError``
    when nothing is to be merged or ``primary_account`` is none of their accounts.
    """
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    if not others:
        raise ValueError("merge needs at least one contact besides the one kept")
    cards = {card.id: card for card in get_contacts(db, [keep_id, *others])}
    for contact_id in (keep_id, *others):
        card = cards.get(ContactId(contact_id))
        if card is None or card.deleted_at is not None:
            raise NotFoundError("contact", contact_id)
    kept = cards[ContactId(keep_id)]
    if primary_account is not None and all(
        link.id != primary_account for card in cards.values() for link in card.accounts
    ):
        raise ValueError(f"account {primary_account} is none of the merged contacts' accounts")
    combined = (
        draft
        if draft is not None
        else combined_draft(kept.draft, [cards[ContactId(i)].draft for i in others])
    )
    backup = backup_before(db, BEFORE_MERGE)
    with db.writing() as session:
        # Read again under the write lock: what an import or an edit added since (the backup
        # took time) is in what is kept.
        cards = {card.id: card for card in get_contacts(db, [keep_id, *others])}
        for contact_id in (keep_id, *others):
            card = cards.get(ContactId(contact_id))
            if card is None or card.deleted_at is not None:
                raise NotFoundError("contact", contact_id)
        kept = cards[ContactId(keep_id)]
        if draft is None:
            combined = combined_draft(kept.draft, [cards[ContactId(i)].draft for i in others])
        elif seen is not None:
            combined = _with_values_added_since(draft, seen, cards)
        raw = raw_connection(session)
        links_before = account_links(raw, keep_id)
        ContactWriter(raw, db.sort_language).rewrite(
            keep_id, dataclasses.replace(combined, accounts=())
        )
        moved = move_to(raw, keep_id, others, links_before)
        if primary_account is not None:
            set_account_links(
                raw,
                keep_id,
                [
                    dataclasses.replace(link, primary=link.account_id == primary_account)
                    for link in account_links(raw, keep_id)
                ],
            )
        trash(raw, others)
        reindex(raw, [keep_id, *others])
    undo = MergeUndo(
        ContactId(keep_id),
        tuple(ContactId(i) for i in others),
        kept.draft,
        moved.activities,
        moved.notes,
        tuple((k.account_id, k.title, k.primary, k.position) for k in moved.kept_links),
        moved.deals,
        moved.files,
        moved.relationships,
    )
    changes = Changes(
        contacts_changed=(ContactId(keep_id),),
        contacts_removed=undo.other_ids,
        activities_changed=tuple(
            ActivityId(a) for a in dict.fromkeys(a for a, _, _ in moved.activities)
        ),
        notes_changed=tuple(NoteId(n) for n, _ in moved.notes),
    )
    return Merged(changes, backup, undo)


def unmerge_contacts(db: Database, undo: MergeUndo) -> Changes:
    """Put a merge back: the kept contact as it was, the merged ones out of the Trash with
    their activities, notes and links. One transaction."""
    with db.writing() as session:
        raw = raw_connection(session)
        ContactWriter(raw, db.sort_language).rewrite(
            undo.keep_id, dataclasses.replace(undo.kept_before, accounts=())
        )
        move_back(
            raw,
            undo.keep_id,
            MovedRows(
                undo.activities,
                undo.notes,
                tuple(AccountLinkRow(*link) for link in undo.kept_links),
                undo.deals,
                undo.files,
                undo.relationships,
            ),
        )
        untrash(raw, undo.other_ids)
        reindex(raw, [undo.keep_id, *undo.other_ids])
    return Changes(
        contacts_added=undo.other_ids,
        contacts_changed=(undo.keep_id,),
        activities_changed=tuple(
            ActivityId(a) for a in dict.fromkeys(a for a, _, _ in undo.activities)
        ),
        notes_changed=tuple(NoteId(n) for n, _ in undo.notes),
    )
