"""Three-way merge of a record changed on both sides since the last sync.

``base`` is the card as last agreed, ``local`` the record here now and ``remote`` the
server's card now, all as drafts read the same way. Field by field: a field changed on one
side only takes that side's value; a list (e-mails, phones, addresses, categories...) takes
both sides' additions and removals; a single value changed on both sides to different values
is a conflict: the local value stays and the field is named, so that the server's version is
kept for the user to choose (never silently lost).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
from typing import Any, TypeVar

from crm_desktop.interop.vcard_export import account_card, contact_card
from crm_desktop.interop.vcard_import import ReadCard as ReadCard
from crm_desktop.interop.vcard_import import read_vcard_stream
from crm_desktop.records.drafts import AccountDraft, ContactDraft

Draft = ContactDraft | AccountDraft
D = TypeVar("D", ContactDraft, AccountDraft)
# Never compared: the card's identity, and a photo's bytes compare as a whole value.
_IDENTITY = frozenset({"uid"})


def card_text(record: Draft, version: str) -> str:
    if isinstance(record, AccountDraft):
        return account_card(record, version) + "\r\n"
    return contact_card(record, version) + "\r\n"


def card_hash(record: Draft) -> str:
    """What says whether a record changed: the hash of its card (one fixed version)."""
    return hashlib.sha256(card_text(record, "4.0").encode("utf-8")).hexdigest()


def read_card(text: str, where: str) -> ReadCard | str:
    """The one card of a server member, or why it cannot be read."""
    for item in read_vcard_stream(io.BytesIO(text.encode("utf-8")), where):
        if isinstance(item, ReadCard):
            return item
        return str(item)
    return "no card in it"


def normalized(record: D, version: str) -> D:
    """``record`` as a card of ``version`` reads back (so that the three sides compare alike)."""
    read = read_card(card_text(record, version), "")
    if isinstance(read, ReadCard) and isinstance(read.record, type(record)):
        return read.record
    return record


def _merge_list(base: tuple[object, ...], local: tuple[object, ...],
                remote: tuple[object, ...]) -> tuple[object, ...]:  # fmt: skip
    added = [x for x in remote if x not in base]
    removed = [x for x in base if x not in remote]
    kept = [x for x in local if x not in removed]
    return tuple(kept + [x for x in added if x not in kept])


def merge3(base: D, local: D, remote: D) -> tuple[D, tuple[str, ...]]:
    """The merged record and the fields in conflict (their local value kept)."""
    values: dict[str, Any] = {}
    conflicts: list[str] = []
    for f in dataclasses.fields(local):
        name = f.name
        b, mine, theirs = getattr(base, name), getattr(local, name), getattr(remote, name)
        if name in _IDENTITY or mine == theirs or theirs == b:
            values[name] = mine
        elif mine == b:
            values[name] = theirs
        elif isinstance(mine, tuple) and isinstance(theirs, tuple) and isinstance(b, tuple):
            values[name] = _merge_list(b, mine, theirs)
        else:
            values[name] = mine
            conflicts.append(name)
    return dataclasses.replace(local, **values), tuple(conflicts)


def merge_first(local: D, remote: D) -> tuple[D, tuple[str, ...]]:
    """Two records met for the first time (no agreed card): the server's values fill what
    the local lacks, lists are joined, and different single values are conflicts."""
    values: dict[str, Any] = {}
    conflicts: list[str] = []
    for f in dataclasses.fields(local):
        name = f.name
        mine, theirs = getattr(local, name), getattr(remote, name)
        if name in _IDENTITY or mine == theirs or not theirs:
            values[name] = mine
        elif not mine:
            values[name] = theirs
        elif isinstance(mine, tuple) and isinstance(theirs, tuple):
            values[name] = mine + tuple(x for x in theirs if x not in mine)
        else:
            values[name] = mine
            conflicts.append(name)
    return dataclasses.replace(local, **values), tuple(conflicts)


def apply_merge(base_text: str, local: D, remote: D, version: str) -> tuple[D, tuple[str, ...]]:
    """Merge ``remote`` into the stored record ``local`` against the agreed card
    ``base_text`` (empty: none agreed yet, the remote side fills what the local lacks).

    The comparison is made on the three as cards read back; a field the merge leaves at
    the local value keeps the stored record's own value (and what no card carries stays)."""
    local_read = normalized(local, version)
    base_read = read_card(base_text, "") if base_text else None
    if isinstance(base_read, ReadCard) and isinstance(base_read.record, type(local)):
        merged, conflicts = merge3(base_read.record, local_read, remote)
    else:
        merged, conflicts = merge_first(local_read, remote)
    values: dict[str, Any] = {
        f.name: getattr(local, f.name)
        if getattr(merged, f.name) == getattr(local_read, f.name)
        else getattr(merged, f.name)
        for f in dataclasses.fields(local)
    }
    return dataclasses.replace(local, **values), conflicts
