"""Merging what new cards know into contacts already there: add what is missing, never
overwrite what the user has.

Merges come in batches (an import's matched cards): the contacts' rows and details are read
with a few set-based queries on the transaction's ``sqlite3`` connection, the additions
computed in Python, and written with ``executemany`` with the search documents, in the
caller's transaction.
The ORM's loading costs ~50-100 ms per contact; this costs well under one (performance.md).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.partial_dates import month_day, normalize_partial_date
from crm_desktop.store.bulk import insert_many
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.folding import fold, phone_digits
from crm_desktop.store.search_index import reindex
from crm_desktop.store.times import utc_now, utc_text
from crm_desktop.store.type_lists import types_text

_SCALARS = (
    "prefix", "given_name", "additional_names", "family_name", "suffix", "formatted_name",
    "nickname", "title", "department", "role", "gender", "note", "uid",
)  # fmt: skip
# What a merge may change in a contact's own row (every merged contact gets all of them).
_UPDATED = (
    *_SCALARS, "birthday", "birthday_md", "anniversary", "keep_in_touch_days", "photo",
    "photo_media_type", "photo_uri", "sort_key", "updated_at",
)  # fmt: skip
_READ = (*_UPDATED[:-2],)  # sort_key and updated_at are computed, never read
_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postal_code", "country")
_OWNED = ("contact_id", "account_id", "position")
_EMAIL_COLUMNS = (*_OWNED, "value", "value_fold", "types", "preferred", "custom_label")
_PHONE_COLUMNS = (*_OWNED, "value", "digits", "types", "preferred", "custom_label")
_ADDRESS_COLUMNS = (
    *_OWNED, "types", "preferred", *_ADDRESS_PARTS, "label", "custom_label",
)  # fmt: skip
_URL_COLUMNS = (*_OWNED, "value", "types", "custom_label")
_IMPP_COLUMNS = (*_OWNED, "value", "types", "preferred", "custom_label")
_CUSTOM_COLUMNS = (*_OWNED, "label", "value")
_EXTRA_COLUMNS = (*_OWNED, "group", "name", "params", "value")
_LINK_COLUMNS = ("contact_id", "account_id", "title", "is_primary", "position")
_CHUNK = 500  # contact ids per IN (...) list (SQLite caps the parameters of a statement)


def _address_key(
    po_box: str, extended: str, street: str, locality: str, region: str, postal: str, country: str
) -> tuple[str, ...]:
    """An address as compared: the street and the extended address as one run of lines (a
    format with one multi-line street, Outlook's, gives the extended address back as its
    last line)."""
    lines = "\n".join(line.strip() for line in f"{street}\n{extended}".split("\n") if line.strip())
    return tuple(fold(part.strip()) for part in (po_box, lines, locality, region, postal, country))


@dataclass
class _Details:
    """One kind of detail of a contact: the keys it has (duplicates), how many rows, and
    the indexed texts of its rows by position (for the search document)."""

    keys: set[Any] = field(default_factory=set)
    count: int = 0
    texts: list[tuple[int, str]] = field(default_factory=list)

    def load(self, key: Any, position: int, text: str = "") -> None:
        self.keys.add(key)
        self.count += 1
        self.texts.append((position, text))

    def ordered_texts(self) -> list[str]:
        # Stable: rows of one position keep the order they were read (by id), new ones last.
        return [text for _, text in sorted(self.texts, key=lambda pair: pair[0])]


@dataclass
class ContactState:
    """A stored contact as the merges of one batch see it, and what they add to it."""

    row: dict[str, Any]
    emails: _Details = field(default_factory=_Details)
    phones: _Details = field(default_factory=_Details)
    addresses: _Details = field(default_factory=_Details)
    urls: _Details = field(default_factory=_Details)
    impp: _Details = field(default_factory=_Details)
    custom: _Details = field(default_factory=_Details)
    extra: _Details = field(default_factory=_Details)
    categories: set[str] = field(default_factory=set)
    category_ids: set[int] = field(default_factory=set)
    accounts: _Details = field(default_factory=_Details)


def _chunks(ids: Sequence[int]) -> Iterator[tuple[str, Sequence[int]]]:
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        yield ", ".join("?" for _ in part), part


def _load(raw: sqlite3.Connection, ids: Sequence[int]) -> dict[int, ContactState]:
    """The contacts ``ids`` and their details, in a few queries per chunk of ids."""
    states: dict[int, ContactState] = {}
    columns = ", ".join(f'"{c}"' for c in _READ)
    for marks, part in _chunks(ids):
        for row in raw.execute(f"SELECT id, {columns} FROM contacts WHERE id IN ({marks})", part):
            states[row[0]] = ContactState(dict(zip(_READ, row[1:], strict=True)))

        def rows(sql: str, part: Sequence[int] = part, marks: str = marks) -> Any:
            return raw.execute(sql.format(marks=marks), part)

        order = "ORDER BY contact_id, position, id"
        for cid, position, value, value_fold in rows(
            f"SELECT contact_id, position, value, value_fold FROM emails "
            f"WHERE contact_id IN ({{marks}}) {order}"
        ):
            states[cid].emails.load(value_fold, position, value)
        for cid, position, digits in rows(
            f"SELECT contact_id, position, digits FROM phones WHERE contact_id IN ({{marks}}) "
            f"{order}"
        ):
            states[cid].phones.load(digits, position, digits)
        parts = ", ".join(_ADDRESS_PARTS)
        for cid, position, *address in rows(
            f"SELECT contact_id, position, {parts} FROM addresses "
            f"WHERE contact_id IN ({{marks}}) {order}"
        ):
            states[cid].addresses.load(_address_key(*address), position)
        for cid, position, value in rows(
            f"SELECT contact_id, position, value FROM urls WHERE contact_id IN ({{marks}}) {order}"
        ):
            states[cid].urls.load(value, position)
        for cid, position, value in rows(
            f"SELECT contact_id, position, value FROM impp WHERE contact_id IN ({{marks}}) {order}"
        ):
            states[cid].impp.load(value, position)
        for cid, position, label, value in rows(
            f"SELECT contact_id, position, label, value FROM custom_fields "
            f"WHERE contact_id IN ({{marks}}) {order}"
        ):
            states[cid].custom.load((label, value), position, value)
        for cid, position, group, name, value in rows(
            f'SELECT contact_id, position, "group", name, value FROM extra_properties '
            f"WHERE contact_id IN ({{marks}}) {order}"
        ):
            states[cid].extra.load((group, name.upper(), value), position)
        for cid, category_id, name in rows(
            "SELECT cc.contact_id, cc.category_id, g.name FROM contact_categories cc "
            "JOIN categories g ON g.id = cc.category_id WHERE cc.contact_id IN ({marks})"
        ):
            states[cid].categories.add(fold(name))
            states[cid].category_ids.add(category_id)
        for cid, account_id, position, name in rows(
            "SELECT l.contact_id, l.account_id, l.position, a.name FROM contact_accounts l "
            "JOIN accounts a ON a.id = l.account_id WHERE l.contact_id IN ({marks}) "
            "ORDER BY l.contact_id, l.position"
        ):
            states[cid].accounts.load(account_id, position, name)
    return states


@dataclass
class _Rows:
    """The rows a batch of merges adds, as tuples for ``executemany``."""

    emails: list[tuple[Any, ...]] = field(default_factory=list)
    phones: list[tuple[Any, ...]] = field(default_factory=list)
    addresses: list[tuple[Any, ...]] = field(default_factory=list)
    urls: list[tuple[Any, ...]] = field(default_factory=list)
    impp: list[tuple[Any, ...]] = field(default_factory=list)
    custom: list[tuple[Any, ...]] = field(default_factory=list)
    extra: list[tuple[Any, ...]] = field(default_factory=list)
    categories: list[tuple[Any, ...]] = field(default_factory=list)
    links: list[tuple[Any, ...]] = field(default_factory=list)


def _merge_one(
    writer: ContactWriter, cid: int, state: ContactState, draft: ContactDraft, rows: _Rows
) -> None:
    """Add to ``state`` (and to ``rows``) what ``draft`` has and the contact lacks."""
    row = state.row
    for name in _SCALARS:
        if not row[name] and getattr(draft, name):
            row[name] = getattr(draft, name)
    if row["birthday"] is None and draft.birthday:
        row["birthday"] = normalize_partial_date(draft.birthday, "birthday")
        row["birthday_md"] = month_day(row["birthday"])
    if row["anniversary"] is None and draft.anniversary:
        row["anniversary"] = normalize_partial_date(draft.anniversary, "anniversary")
    if row["keep_in_touch_days"] is None:
        row["keep_in_touch_days"] = draft.keep_in_touch_days
    if row["photo"] is None and not row["photo_uri"] and draft.photo is not None:
        row["photo"] = draft.photo.data
        row["photo_media_type"] = draft.photo.media_type
        row["photo_uri"] = draft.photo.uri
    have = state.emails
    for e in draft.emails:
        key = fold(e.value.strip())
        if key not in have.keys:
            rows.emails.append(
                (cid, None, have.count, e.value, key, types_text(e.types),
                 e.preferred and not have.count, e.custom_label)
            )  # fmt: skip
            have.load(key, have.count, e.value)
    have = state.phones
    for p in draft.phones:
        digits = phone_digits(p.value)
        if digits not in have.keys:
            rows.phones.append(
                (cid, None, have.count, p.value, digits, types_text(p.types),
                 p.preferred and not have.count, p.custom_label)
            )  # fmt: skip
            have.load(digits, have.count, digits)
    have = state.addresses
    for a in draft.addresses:
        address = _address_key(a.po_box, a.extended, a.street, a.locality, a.region,
                               a.postal_code, a.country)  # fmt: skip
        if address not in have.keys:
            rows.addresses.append(
                (cid, None, have.count, types_text(a.types), False, a.po_box, a.extended, a.street,
                 a.locality, a.region, a.postal_code, a.country, a.label, a.custom_label)
            )  # fmt: skip
            have.load(address, have.count)
    have = state.urls
    for u in draft.urls:
        if u.value not in have.keys:
            rows.urls.append((cid, None, have.count, u.value, types_text(u.types), u.custom_label))
            have.load(u.value, have.count)
    have = state.impp
    for i in draft.impp:
        if i.value not in have.keys:
            rows.impp.append(
                (cid, None, have.count, i.value, types_text(i.types), False, i.custom_label)
            )
            have.load(i.value, have.count)
    have = state.custom
    for c in draft.custom_fields:
        if (c.label, c.value) not in have.keys:
            rows.custom.append((cid, None, have.count, c.label, c.value))
            have.load((c.label, c.value), have.count, c.value)
    have = state.extra
    for x in draft.extra:
        extra = (x.group, x.name.upper(), x.value)
        if extra not in have.keys:
            params = json.dumps({k: list(v) for k, v in x.params}, ensure_ascii=False)
            rows.extra.append((cid, None, have.count, x.group, x.name, params, x.value))
            have.load(extra, have.count)
    for name in draft.categories:
        key = fold(name.strip())
        if key not in state.categories and name.strip():
            category_id = writer.category_id(name)
            state.categories.add(key)
            if category_id not in state.category_ids:
                state.category_ids.add(category_id)
                rows.categories.append((cid, category_id))
    have = state.accounts
    for link in draft.accounts:
        if not link.name.strip():
            continue
        account_id = writer.account_id(link.name)
        if account_id not in have.keys:
            rows.links.append((cid, account_id, link.title, not have.count, have.count))
            have.load(account_id, have.count, link.name.strip())


def load_states(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, ContactState]:
    """The contacts ``ids`` with every value they hold, as a merge sees them."""
    return _load(connection, ids)


# The name: the caller compares it by the same-person rules (a name written "Given Family"
# in one file and as a formatted name alone in another is one name).
_NAME_PARTS = frozenset(
    ("prefix", "given_name", "additional_names", "family_name", "suffix", "formatted_name")
)


def holds_every_value(state: ContactState, draft: ContactDraft) -> bool:
    """Whether the contact already has every value of ``draft`` but its name, which the
    caller compares (a merge would add nothing but name parts the contact lacks)."""
    row = state.row
    if any(
        getattr(draft, n) and getattr(draft, n) != row[n] for n in _SCALARS if n not in _NAME_PARTS
    ):
        return False
    for name in ("birthday", "anniversary"):
        value = getattr(draft, name)
        if value and normalize_partial_date(value, name) != row[name]:
            return False
    if draft.photo is not None and row["photo"] is None and not row["photo_uri"]:
        return False
    addresses = (
        _address_key(a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code,
                     a.country) for a in draft.addresses
    )  # fmt: skip
    accounts = {fold(text) for text in state.accounts.ordered_texts()}
    return (
        all(fold(e.value.strip()) in state.emails.keys for e in draft.emails)
        and all(phone_digits(p.value) in state.phones.keys for p in draft.phones)
        and all(key in state.addresses.keys for key in addresses)
        and all(u.value in state.urls.keys for u in draft.urls)
        and all(i.value in state.impp.keys for i in draft.impp)
        and all((c.label, c.value) in state.custom.keys for c in draft.custom_fields)
        and all((x.group, x.name.upper(), x.value) in state.extra.keys for x in draft.extra)
        and all(fold(n.strip()) in state.categories for n in draft.categories if n.strip())
        and all(fold(a.name.strip()) in accounts for a in draft.accounts if a.name.strip())
    )


def merge_into_contacts(
    connection: sqlite3.Connection,
    writer: ContactWriter,
    merges: Sequence[tuple[int, ContactDraft]],
) -> None:
    """Merge each ``(contact id, draft)`` in turn: add to the contact what the draft has and
    it lacks (no e-mail, phone, address... twice), fill its empty fields only, add its
    categories and accounts. A contact may come more than once (the same card twice)."""
    if not merges:
        return
    raw = connection
    states = _load(raw, list(dict.fromkeys(cid for cid, _ in merges)))
    rows = _Rows()
    for cid, draft in merges:
        _merge_one(writer, cid, states[cid], draft, rows)
    now = utc_text(utc_now())
    for state in states.values():
        row = state.row
        row["sort_key"] = writer.sort_key_of(
            row["family_name"], row["given_name"], row["additional_names"], row["formatted_name"]
        )
        row["updated_at"] = now
    assignments = ", ".join(f'"{c}" = ?' for c in _UPDATED)
    raw.executemany(
        f"UPDATE contacts SET {assignments} WHERE id = ?",
        [(*(state.row[c] for c in _UPDATED), cid) for cid, state in states.items()],
    )
    insert_many(connection, "emails", _EMAIL_COLUMNS, rows.emails)
    insert_many(connection, "phones", _PHONE_COLUMNS, rows.phones)
    insert_many(connection, "addresses", _ADDRESS_COLUMNS, rows.addresses)
    insert_many(connection, "urls", _URL_COLUMNS, rows.urls)
    insert_many(connection, "impp", _IMPP_COLUMNS, rows.impp)
    insert_many(connection, "custom_fields", _CUSTOM_COLUMNS, rows.custom)
    insert_many(connection, "extra_properties", _EXTRA_COLUMNS, rows.extra)
    insert_many(connection, "contact_categories", ("contact_id", "category_id"), rows.categories)
    insert_many(connection, "contact_accounts", _LINK_COLUMNS, rows.links)
    reindex(raw, states)  # from the merged rows: every field the document holds
