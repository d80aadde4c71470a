"""Writes batches of new contacts inside one open transaction, with their index entries.

Used for a single new contact as for 100,000 imported ones: plain tuples through
``executemany`` on the transaction's ``sqlite3`` connection (no SQLAlchemy: an import into a
current database never loads it), accounts and categories found by their folded name or
created once, and the search documents written in the same transaction.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from crm_desktop.records.drafts import AccountDraft, ContactDraft, ImppValue, PhotoValue
from crm_desktop.records.ids import ContactId
from crm_desktop.records.naming import display_name, file_as
from crm_desktop.records.partial_dates import month_day, normalize_partial_date
from crm_desktop.store.bulk import insert_many, next_id
from crm_desktop.store.folding import fold, phone_digits, sort_key
from crm_desktop.store.search_index import (
    address_text,
    contact_document,
    insert_documents,
    is_kept_text,
    reindex,
)
from crm_desktop.store.times import utc_now, utc_text
from crm_desktop.store.type_lists import types_text

_CONTACT_COLUMNS = (
    "id", "uid", "prefix", "given_name", "additional_names", "family_name", "suffix",
    "formatted_name", "nickname", "title", "department", "role", "birthday", "birthday_md",
    "anniversary", "gender", "photo", "photo_media_type", "photo_uri", "note",
    "keep_in_touch_days", "sort_key", "created_at", "updated_at",
)  # fmt: skip
# The columns of a contact's row that most imported contacts leave NULL: such a row is
# written without them (they default to NULL). Each NULL, like each bool, that sqlite3 binds
# goes through its adapter lookup (~3,000 instructions: it formats an AttributeError and
# drops it), so rows hold ints for flags and leave out the NULLs they can.
_ABSENT_MOSTLY = ("uid", "anniversary", "photo", "keep_in_touch_days")
_PLAIN_CONTACT_COLUMNS = tuple(c for c in _CONTACT_COLUMNS if c not in _ABSENT_MOSTLY)
# A detail row starts with its owner's id (the owner column, contact_id or account_id, is
# chosen when the rows are written: the other one is left NULL) and its place in the list.
_EMAIL_COLUMNS = ("position", "value", "value_fold", "types", "preferred", "custom_label")
_PHONE_COLUMNS = ("position", "value", "digits", "types", "preferred", "custom_label")
_ADDRESS_COLUMNS = (
    "position", "types", "preferred", "po_box", "extended", "street", "locality", "region",
    "postal_code", "country", "label", "custom_label",
)  # fmt: skip
_URL_COLUMNS = ("position", "value", "types", "custom_label")
_IMPP_COLUMNS = ("position", "value", "types", "preferred", "custom_label")
_CUSTOM_COLUMNS = ("position", "label", "value")
_EXTRA_COLUMNS = ("position", "group", "name", "params", "value")
_LINK_COLUMNS = ("contact_id", "account_id", "title", "is_primary", "position")
_ACCOUNT_COLUMNS = ("id", "name", "name_fold", "sort_key", "created_at", "updated_at")


def _empty_rows() -> dict[str, list[tuple[Any, ...]]]:
    names = (
        "contacts", "plain_contacts", "emails", "phones", "addresses", "urls", "impp", "custom",
        "extra", "links", "categories", "account_categories", "docs",
    )  # fmt: skip
    return {name: [] for name in names}


class ContactWriter:
    """Adds contacts to the transaction of ``connection``; one per session of work."""

    def __init__(self, connection: sqlite3.Connection, sort_language: str) -> None:
        self._connection = connection
        self._language = sort_language
        self._next_contact = next_id(connection, "contacts")
        self._accounts: dict[str, int] | None = None
        self._next_account = 0
        self._new_accounts: list[tuple[Any, ...]] = []
        self._categories: dict[str, int] | None = None

    def _account_ids(self) -> dict[str, int]:
        if self._accounts is None:
            self._next_account = next_id(self._connection, "accounts")
            rows = self._connection.execute(
                "SELECT name_fold, id FROM accounts WHERE deleted_at IS NULL "
                "ORDER BY id DESC"  # the oldest wins where names repeat
            )
            self._accounts = {name: account_id for name, account_id in rows}
        return self._accounts

    def _category_ids(self) -> dict[str, int]:
        if self._categories is None:
            rows = self._connection.execute("SELECT name_fold, id FROM categories")
            self._categories = {name: category_id for name, category_id in rows}
        return self._categories

    def _account_id(self, name: str, now: str) -> int:
        known = self._account_ids()
        key = fold(name.strip())
        if key not in known:
            known[key] = self._new_account_id(name, now)
        return known[key]

    def _new_account_id(self, name: str, now: str) -> int:
        """A new account row of this name, even where one of that name exists already."""
        self._account_ids()  # knows the next free id
        new_id = self._next_account
        self._next_account += 1
        self._new_accounts.append(
            (new_id, name.strip(), fold(name.strip()), sort_key(name, self._language), now, now)
        )
        return new_id

    def _category_id(self, name: str) -> int:
        known = self._category_ids()
        key = fold(name.strip())
        if key not in known:
            new_id = next_id(self._connection, "categories")
            insert_many(
                self._connection,
                "categories",
                ("id", "name", "name_fold", "position", "builtin"),
                [(new_id, name.strip(), key, new_id + 100, False)],
            )
            known[key] = new_id
        return known[key]

    def account_id(self, name: str) -> int:
        """The account of this name, created (and written) now if there is none."""
        account_id = self._account_id(name, utc_text(utc_now()))
        insert_many(self._connection, "accounts", _ACCOUNT_COLUMNS, self._new_accounts)
        self._new_accounts = []
        return account_id

    def category_id(self, name: str) -> int:
        """The category of this name (case and accents ignored), created if there is none."""
        return self._category_id(name)

    def sort_key_of(self, family: str, given: str, additional: str, name: str) -> str:
        return sort_key(file_as(family, given, additional, name), self._language)

    def find_account(self, name: str) -> int | None:
        """The account of this name (case, accents and final sigma ignored), if there is one."""
        return self._account_ids().get(fold(name.strip()))

    def write_account(self, draft: AccountDraft) -> int:
        """A new account with its details (an organisation card); its id.

        Always a new row: an account of the same name already stored is left as it was
        (the import's duplicate policy decides whether this is called at all)."""
        now = utc_now()
        account_id = self._new_account_id(draft.name, utc_text(now))
        self._account_ids().setdefault(fold(draft.name.strip()), account_id)
        insert_many(self._connection, "accounts", _ACCOUNT_COLUMNS, self._new_accounts)
        self._new_accounts = []
        rows = _empty_rows()
        self._details(account_id, draft, (), rows)
        category_ids = dict.fromkeys(self._category_id(c) for c in draft.categories if c.strip())
        rows["account_categories"].extend((account_id, c) for c in category_ids)
        self._flush(rows, "account_id")
        logo = draft.logo
        self._connection.execute(
            "UPDATE accounts SET uid = ?, website = ?, industry = ?, note = ?, updated_at = ? "
            "WHERE id = ?",
            (draft.uid, draft.website, draft.industry, draft.note, utc_text(now), account_id),
        )
        if logo is not None:
            insert_many(
                self._connection,
                "extra_properties",
                ("account_id", "name", "params", "value", "position"),
                [(account_id, "PHOTO", _logo_params(logo), _logo_value(logo), len(draft.extra))],
            )
        return account_id

    def rewrite_account(self, account_id: int, draft: AccountDraft) -> None:
        """Make account ``account_id`` what ``draft`` says (a merge of duplicate accounts, or
        its undo): its row updated in place (contacts, notes and activities hang from it), its
        details and categories replaced. The caller reindexes its contacts."""
        name = draft.name.strip()
        raw = self._connection
        raw.execute(
            "UPDATE accounts SET name = ?, name_fold = ?, sort_key = ?, uid = ?, website = ?, "
            "industry = ?, note = ?, updated_at = ? WHERE id = ?",
            (
                name, fold(name), sort_key(name, self._language), draft.uid, draft.website,
                draft.industry, draft.note, utc_text(utc_now()), account_id,
            ),
        )  # fmt: skip
        for table in (
            "emails", "phones", "addresses", "urls", "custom_fields", "extra_properties",
            "account_categories",
        ):  # fmt: skip
            raw.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))
        self._accounts = None  # the name may have changed
        rows = _empty_rows()
        self._details(account_id, draft, (), rows)
        category_ids = dict.fromkeys(self._category_id(c) for c in draft.categories if c.strip())
        rows["account_categories"].extend((account_id, c) for c in category_ids)
        self._flush(rows, "account_id")
        if draft.logo is not None:
            insert_many(
                raw,
                "extra_properties",
                ("account_id", "name", "params", "value", "position"),
                [
                    (
                        account_id, "PHOTO", _logo_params(draft.logo), _logo_value(draft.logo),
                        len(draft.extra),
                    )
                ],
            )  # fmt: skip

    def rewrite(self, contact_id: int, draft: ContactDraft) -> None:
        """Make contact ``contact_id`` what ``draft`` says (an edit).

        The contact's own row is updated in place (its notes and activities hang from it);
        its details, links and categories are replaced, and it is reindexed (a contact in the
        Trash stays out of the index).
        """
        now = utc_text(utc_now())
        rows = _empty_rows()
        self._collect(contact_id, draft, now, rows, plain=False)
        [values] = rows.pop("contacts")
        rows["contacts"] = []
        kept = {"id", "created_at"}
        columns = [c for c in _CONTACT_COLUMNS if c not in kept]
        assignments = ", ".join(f'"{c}" = ?' for c in columns)
        by_name = dict(zip(_CONTACT_COLUMNS, values, strict=True))
        raw = self._connection
        raw.execute(
            f"UPDATE contacts SET {assignments} WHERE id = ?",
            [*(by_name[c] for c in columns), contact_id],
        )
        for table in (
            "emails", "phones", "addresses", "urls", "impp", "custom_fields",
            "extra_properties", "contact_accounts", "contact_categories",
        ):  # fmt: skip
            raw.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
        rows["docs"] = []  # written from what is stored, by reindex
        self._flush(rows, "contact_id")
        reindex(raw, [contact_id])

    def write(self, drafts: Sequence[ContactDraft]) -> list[ContactId]:
        """Insert ``drafts``; their new ids, in order."""
        if not drafts:
            return []
        now = utc_text(utc_now())
        rows = _empty_rows()
        ids: list[ContactId] = []
        for draft in drafts:
            contact_id = self._next_contact
            self._next_contact += 1
            ids.append(ContactId(contact_id))
            self._collect(contact_id, draft, now, rows)
        self._flush(rows, "contact_id")
        return ids

    def _flush(self, rows: dict[str, list[tuple[Any, ...]]], owner: str) -> None:
        """Write the rows gathered; ``owner`` is the column their details' owner id goes in
        ("contact_id" or "account_id")."""
        c = self._connection
        insert_many(c, "accounts", _ACCOUNT_COLUMNS, self._new_accounts)
        self._new_accounts = []
        insert_many(c, "contacts", _CONTACT_COLUMNS, rows["contacts"])
        insert_many(c, "contacts", _PLAIN_CONTACT_COLUMNS, rows["plain_contacts"])
        insert_many(c, "emails", (owner, *_EMAIL_COLUMNS), rows["emails"])
        insert_many(c, "phones", (owner, *_PHONE_COLUMNS), rows["phones"])
        insert_many(c, "addresses", (owner, *_ADDRESS_COLUMNS), rows["addresses"])
        insert_many(c, "urls", (owner, *_URL_COLUMNS), rows["urls"])
        insert_many(c, "impp", (owner, *_IMPP_COLUMNS), rows["impp"])
        insert_many(c, "custom_fields", (owner, *_CUSTOM_COLUMNS), rows["custom"])
        insert_many(c, "extra_properties", (owner, *_EXTRA_COLUMNS), rows["extra"])
        insert_many(c, "contact_accounts", _LINK_COLUMNS, rows["links"])
        insert_many(c, "contact_categories", ("contact_id", "category_id"), rows["categories"])
        insert_many(
            c, "account_categories", ("account_id", "category_id"), rows["account_categories"]
        )
        insert_documents(c, rows["docs"])

    def _details(
        self,
        owner: int,
        record: ContactDraft | AccountDraft,
        impp: Sequence[ImppValue],
        rows: dict[str, list[tuple[Any, ...]]],
    ) -> list[str]:
        """Child rows of a contact or an account; the digits of its phones (for the index)."""
        for i, e in enumerate(record.emails):
            rows["emails"].append(
                (owner, i, e.value, fold(e.value.strip()), types_text(e.types), int(e.preferred),
                 e.custom_label)
            )  # fmt: skip
        digits: list[str] = []
        for i, p in enumerate(record.phones):
            number = phone_digits(p.value)
            digits.append(number)
            rows["phones"].append(
                (owner, i, p.value, number, types_text(p.types), int(p.preferred), p.custom_label)
            )
        for i, a in enumerate(record.addresses):
            rows["addresses"].append(
                (
                    owner, i, types_text(a.types), int(a.preferred), a.po_box, a.extended, a.street,
                    a.locality, a.region, a.postal_code, a.country, a.label, a.custom_label,
                )
            )  # fmt: skip
        for i, u in enumerate(record.urls):
            rows["urls"].append((owner, i, u.value, types_text(u.types), u.custom_label))
        for i, m in enumerate(impp):
            rows["impp"].append(
                (owner, i, m.value, types_text(m.types), int(m.preferred), m.custom_label)
            )
        for i, f in enumerate(record.custom_fields):
            rows["custom"].append((owner, i, f.label, f.value))
        for i, x in enumerate(record.extra):
            params = _params_text(x.params)
            rows["extra"].append((owner, i, x.group, x.name, params, x.value))
        return digits

    def _collect(
        self,
        cid: int,
        draft: ContactDraft,
        now: str,
        rows: dict[str, list[tuple[Any, ...]]],
        plain: bool = True,
    ) -> None:
        """Gather the rows of a new contact (``plain``: its row without the columns it
        leaves NULL where it can, else always the full row)."""
        birthday = normalize_partial_date(draft.birthday, "birthday") if draft.birthday else None
        anniversary = (
            normalize_partial_date(draft.anniversary, "anniversary") if draft.anniversary else None
        )
        name = display_name(draft)
        photo = draft.photo
        key = sort_key(
            file_as(draft.family_name, draft.given_name, draft.additional_names, name),
            self._language,
        )
        md = month_day(birthday)
        if (
            plain
            and draft.uid is None
            and photo is None
            and anniversary is None
            and draft.keep_in_touch_days is None
        ):
            rows["plain_contacts"].append(
                (
                    cid, draft.prefix, draft.given_name, draft.additional_names,
                    draft.family_name, draft.suffix, name, draft.nickname, draft.title,
                    draft.department, draft.role, birthday, md, draft.gender, "", "",
                    draft.note, key, now, now,
                )
            )  # fmt: skip
        else:
            rows["contacts"].append(
                (
                    cid, draft.uid, draft.prefix, draft.given_name, draft.additional_names,
                    draft.family_name, draft.suffix, name, draft.nickname, draft.title,
                    draft.department, draft.role, birthday, md, anniversary,
                    draft.gender, photo.data if photo else None, photo.media_type if photo else "",
                    photo.uri if photo else "", draft.note, draft.keep_in_touch_days,
                    key, now, now,
                )
            )  # fmt: skip
        digits = self._details(cid, draft, draft.impp, rows)
        has_primary = any(link.primary for link in draft.accounts)
        linked: set[int] = set()
        for i, link in enumerate(draft.accounts):
            if not link.name.strip():
                continue
            account_id = self._account_id(link.name, now)
            if account_id in linked:
                continue
            linked.add(account_id)
            primary = link.primary if has_primary else i == 0
            rows["links"].append((cid, account_id, link.title, int(primary), i))
        category_ids = dict.fromkeys(self._category_id(c) for c in draft.categories if c.strip())
        rows["categories"].extend((cid, category_id) for category_id in category_ids)
        kept = [m.value for m in draft.impp]
        kept += [x.value for x in draft.extra if is_kept_text(x.value, _params_text(x.params))]
        rows["docs"].append(
            (
                cid,
                contact_document(
                    formatted_name=name, prefix=draft.prefix, given_name=draft.given_name,
                    additional_names=draft.additional_names, family_name=draft.family_name,
                    suffix=draft.suffix, nickname=draft.nickname, title=draft.title,
                    department=draft.department,
                    accounts=(link.name for link in draft.accounts),
                    emails=(e.value for e in draft.emails), phone_digits=digits,
                    note=draft.note, custom_values=(f.value for f in draft.custom_fields),
                    addresses=[
                        address_text((a.street, a.extended, a.po_box, a.locality, a.region,
                                      a.postal_code, a.country))
                        for a in draft.addresses
                    ],
                    urls=(u.value for u in draft.urls),
                    kept_values=kept,
                ),
            )
        )  # fmt: skip


def _params_text(params: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    return json.dumps({key: list(values) for key, values in params}, ensure_ascii=False)


def _logo_params(logo: PhotoValue) -> str:
    if logo.data is not None:
        return json.dumps({"ENCODING": ["b"], "TYPE": [logo.media_type]})
    return json.dumps({"VALUE": ["uri"]})


def _logo_value(logo: PhotoValue) -> str:
    return base64.b64encode(logo.data).decode("ascii") if logo.data is not None else logo.uri
