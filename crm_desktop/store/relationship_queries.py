"""Relationships' rows (migration 0012), by plain SQL: the types, a record's relationships
from its side (those with a record in the Trash left out), the links an import makes, and
the referrals report's rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.records.relationships import RelationDraft
from crm_desktop.store.times import utc_now, utc_text

# A contact's name as lists show it: its formatted name, else its parts.
CONTACT_NAME = (
    "CASE WHEN trim({t}.formatted_name) != '' THEN {t}.formatted_name ELSE "
    "trim(trim({t}.given_name || ' ' || {t}.additional_names) || ' ' || {t}.family_name) END"
)
_C = CONTACT_NAME.format(t="c")
_O = CONTACT_NAME.format(t="o")


@dataclass(frozen=True, slots=True)
class TypeRow:
    id: int
    key: str | None
    name: str
    inverse_name: str


@dataclass(frozen=True, slots=True)
class RelationRow:
    """One relationship seen from one record: the other end, and the word from this side."""

    id: int
    type_id: int
    key: str | None
    label: str
    other_kind: str  # "contact", "account" or "name"
    other_id: int | None
    other_name: str
    other_uid: str | None
    draft: RelationDraft


def type_rows(connection: sqlite3.Connection) -> list[TypeRow]:
    return [
        TypeRow(int(r[0]), r[1], str(r[2]), str(r[3]))
        for r in connection.execute(
            "SELECT id, key, name, inverse_name FROM relationship_types ORDER BY position, id"
        )
    ]


def add_type(connection: sqlite3.Connection, name: str, inverse_name: str) -> int:
    cursor = connection.execute(
        "INSERT INTO relationship_types (name, inverse_name, position) VALUES (?, ?, "
        "(SELECT coalesce(max(position), -1) + 1 FROM relationship_types))",
        (name, inverse_name),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def rename_type(connection: sqlite3.Connection, type_id: int, name: str, inverse: str) -> bool:
    cursor = connection.execute(
        "UPDATE relationship_types SET name = ?, inverse_name = ? WHERE id = ?",
        (name, inverse, type_id),
    )
    return cursor.rowcount > 0


def type_uses(connection: sqlite3.Connection, type_id: int) -> int:
    """How many relationships (the Trash's included) are of this type."""
    return int(
        connection.execute(
            "SELECT count(*) FROM relationships WHERE type_id = ?", (type_id,)
        ).fetchone()[0]
    )


def remove_type(connection: sqlite3.Connection, type_id: int) -> bool:
    cursor = connection.execute("DELETE FROM relationship_types WHERE id = ?", (type_id,))
    return cursor.rowcount > 0


def live_contact(connection: sqlite3.Connection, contact_id: int) -> bool:
    return (
        connection.execute(
            "SELECT 1 FROM contacts WHERE id = ? AND deleted_at IS NULL", (contact_id,)
        ).fetchone()
        is not None
    )


def live_account(connection: sqlite3.Connection, account_id: int) -> bool:
    return (
        connection.execute(
            "SELECT 1 FROM accounts WHERE id = ? AND deleted_at IS NULL", (account_id,)
        ).fetchone()
        is not None
    )


def existing_relationship(connection: sqlite3.Connection, draft: RelationDraft) -> int | None:
    """The id of a relationship that says what ``draft`` says (from either side), if any."""
    sql = (
        "SELECT id FROM relationships WHERE contact_id = ? AND type_id = ? AND reverse = ? "
        "AND other_contact_id IS ? AND other_account_id IS ? AND other_name = ?"
    )
    found = connection.execute(
        sql,
        (draft.contact_id, draft.type_id, int(draft.reverse), draft.other_contact_id,
         draft.other_account_id, draft.other_name),
    ).fetchone()  # fmt: skip
    if found is None and draft.other_contact_id is not None:
        found = connection.execute(
            sql,
            (draft.other_contact_id, draft.type_id, int(not draft.reverse), draft.contact_id,
             None, ""),
        ).fetchone()  # fmt: skip
    if found is None and draft.other_contact_id is not None:  # a symmetric type: either way
        symmetric = connection.execute(
            "SELECT 1 FROM relationship_types WHERE id = ? AND name = inverse_name",
            (draft.type_id,),
        ).fetchone()
        if symmetric is not None:
            found = connection.execute(
                "SELECT id FROM relationships WHERE type_id = ? AND ((contact_id = ? AND "
                "other_contact_id = ?) OR (contact_id = ? AND other_contact_id = ?))",
                (draft.type_id, draft.contact_id, draft.other_contact_id,
                 draft.other_contact_id, draft.contact_id),
            ).fetchone()  # fmt: skip
    return None if found is None else int(found[0])


def insert_relationship(connection: sqlite3.Connection, draft: RelationDraft) -> int:
    cursor = connection.execute(
        "INSERT INTO relationships (contact_id, type_id, reverse, other_contact_id, "
        "other_account_id, other_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (draft.contact_id, draft.type_id, int(draft.reverse), draft.other_contact_id,
         draft.other_account_id, draft.other_name, utc_text(utc_now())),
    )  # fmt: skip
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def delete_relationship(connection: sqlite3.Connection, relation_id: int) -> RelationDraft | None:
    """Delete one relationship; what it was (None: there was none)."""
    row = connection.execute(
        "SELECT contact_id, type_id, reverse, other_contact_id, other_account_id, other_name "
        "FROM relationships WHERE id = ?",
        (relation_id,),
    ).fetchone()
    if row is None:
        return None
    connection.execute("DELETE FROM relationships WHERE id = ?", (relation_id,))
    return RelationDraft(int(row[0]), int(row[1]), bool(row[2]), row[3], row[4], str(row[5]))


_SELECT = (
    "SELECT r.id, r.type_id, t.key, t.name, t.inverse_name, r.reverse, r.contact_id, "
    "r.other_contact_id, r.other_account_id, r.other_name, "
    f"{_C}, c.uid, {_O}, o.uid, a.name "
    "FROM relationships r JOIN relationship_types t ON t.id = r.type_id "
    "JOIN contacts c ON c.id = r.contact_id "
    "LEFT JOIN contacts o ON o.id = r.other_contact_id "
    "LEFT JOIN accounts a ON a.id = r.other_account_id "
    "WHERE c.deleted_at IS NULL AND o.deleted_at IS NULL AND a.deleted_at IS NULL "
)


def _row(r: sqlite3.Row | tuple[object, ...], from_start: bool) -> RelationRow:
    (rid, type_id, key, name, inverse, reverse, contact_id, other_contact, other_account,
     other_name, contact_name, contact_uid, o_name, o_uid, a_name) = tuple(r)  # fmt: skip
    draft = RelationDraft(
        int(str(contact_id)), int(str(type_id)), bool(reverse),
        None if other_contact is None else int(str(other_contact)),
        None if other_account is None else int(str(other_account)), str(other_name),
    )  # fmt: skip
    if from_start:  # this record is the contact the link starts from
        label = inverse if reverse else name
        if other_contact is not None:
            kind, other_id, shown, uid = "contact", other_contact, o_name, o_uid
        elif other_account is not None:
            kind, other_id, shown, uid = "account", other_account, a_name, None
        else:
            kind, other_id, shown, uid = "name", None, other_name, None
    else:
        label = name if reverse else inverse
        kind, other_id, shown, uid = "contact", contact_id, contact_name, contact_uid
    return RelationRow(
        int(str(rid)), int(str(type_id)), None if key is None else str(key), str(label), kind,
        None if other_id is None else int(str(other_id)), str(shown or ""),
        None if uid is None else str(uid), draft,
    )  # fmt: skip


def contact_relations(connection: sqlite3.Connection, contact_id: int) -> list[RelationRow]:
    """A live contact's relationships, from its side, oldest first."""
    rows = [
        _row(r, True)
        for r in connection.execute(_SELECT + "AND r.contact_id = ? ORDER BY r.id", (contact_id,))
    ]
    rows += [
        _row(r, False)
        for r in connection.execute(
            _SELECT + "AND r.other_contact_id = ? ORDER BY r.id", (contact_id,)
        )
    ]
    return sorted(rows, key=lambda row: row.id)


def account_relations(connection: sqlite3.Connection, account_id: int) -> list[RelationRow]:
    """A live account's relationships (from contacts to it), from its side."""
    return [
        _row(r, False)
        for r in connection.execute(
            _SELECT + "AND r.other_account_id = ? ORDER BY r.id", (account_id,)
        )
    ]


def contacts_relations(
    connection: sqlite3.Connection, contact_ids: Sequence[int]
) -> dict[int, list[RelationRow]]:
    """Each of these contacts' relationships, from its side, oldest first (for an export
    and ``contacts --json``): two queries per 500 contacts."""
    found: dict[int, list[RelationRow]] = {}
    for start in range(0, len(contact_ids), 500):
        chunk = list(contact_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for column, from_start in (("contact_id", True), ("other_contact_id", False)):
            for r in connection.execute(
                _SELECT + f"AND r.{column} IN ({marks}) ORDER BY r.id", chunk
            ):
                owner = int(r[6] if from_start else r[7])
                found.setdefault(owner, []).append(_row(r, from_start))
    for rows in found.values():
        rows.sort(key=lambda row: row.id)
    return found


def any_relationships(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM relationships LIMIT 1").fetchone() is not None


def contact_by_uid(connection: sqlite3.Connection, uid: str) -> int | None:
    """The live contact with this vCard UID (the first, if several)."""
    row = connection.execute(
        "SELECT id FROM contacts WHERE uid = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
        (uid,),
    ).fetchone()
    return None if row is None else int(row[0])


def contacts_named(connection: sqlite3.Connection, name: str) -> list[int]:
    """The live contacts whose name is exactly ``name``."""
    return [
        int(r[0])
        for r in connection.execute(
            f"SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND {_C} = ? LIMIT 2",
            (name,),
        )
    ]


def accounts_named(connection: sqlite3.Connection, name: str) -> list[int]:
    """The live accounts whose name is exactly ``name``."""
    return [
        int(r[0])
        for r in connection.execute(
            "SELECT id FROM accounts WHERE deleted_at IS NULL AND name = ? LIMIT 2", (name,)
        )
    ]


def referral_rows(
    connection: sqlite3.Connection, type_id: int
) -> list[tuple[str, int | None, str, int, str, int, int]]:
    """Who referred whom (relationships of ``type_id``, both sides live), and the referred
    people's won deals: ``(referrer kind, referrer id, referrer name, referred count,
    currency, won deals, won amount in minor units)``, one row per referrer and currency."""
    pairs = connection.execute(
        "SELECT r.reverse, r.contact_id, r.other_contact_id, r.other_account_id, r.other_name,"
        f" {_C}, {_O}, a.name FROM relationships r "
        "JOIN contacts c ON c.id = r.contact_id "
        "LEFT JOIN contacts o ON o.id = r.other_contact_id "
        "LEFT JOIN accounts a ON a.id = r.other_account_id "
        "WHERE r.type_id = ? AND c.deleted_at IS NULL AND o.deleted_at IS NULL "
        "AND a.deleted_at IS NULL",
        (type_id,),
    ).fetchall()
    # referrer -> the people they referred: ("contact", id) or ("account", id)
    referred: dict[tuple[str, int | None, str], set[tuple[str, int]]] = {}
    for reverse, contact_id, o_contact, o_account, o_text, c_name, o_name, a_name in pairs:
        referrer: tuple[str, int | None, str]
        if not reverse:  # "the other referred this contact"
            if o_contact is not None:
                referrer = ("contact", int(o_contact), str(o_name))
            elif o_account is not None:
                referrer = ("account", int(o_account), str(a_name))
            else:
                referrer = ("name", None, str(o_text))
            referred.setdefault(referrer, set()).add(("contact", int(contact_id)))
        else:  # "this contact referred the other"
            target = (
                ("contact", int(o_contact)) if o_contact is not None
                else ("account", int(o_account)) if o_account is not None else None
            )  # fmt: skip
            people = referred.setdefault(("contact", int(contact_id), str(c_name)), set())
            if target is not None:
                people.add(target)
            else:
                people.add(("name", -len(people) - 1))  # a person of a name only
    out: list[tuple[str, int | None, str, int, str, int, int]] = []
    for (kind, referrer_id, name), people in referred.items():
        contacts = sorted(i for k, i in people if k == "contact")
        accounts = sorted(i for k, i in people if k == "account")
        totals = _won_deals(connection, contacts, accounts)
        if not totals:
            out.append((kind, referrer_id, name, len(people), "", 0, 0))
        for currency, (count, amount) in sorted(totals.items()):
            out.append((kind, referrer_id, name, len(people), currency, count, amount))
    return out


def _won_deals(
    connection: sqlite3.Connection, contacts: list[int], accounts: list[int]
) -> dict[str, tuple[int, int]]:
    """The won deals (outside the Trash) with any of these contacts or accounts, each once:
    currency -> (count, amount in minor units)."""
    if not contacts and not accounts:
        return {}
    c_marks = ",".join("?" * len(contacts)) or "NULL"
    a_marks = ",".join("?" * len(accounts)) or "NULL"
    rows = connection.execute(
        "SELECT currency, count(*), coalesce(sum(amount_minor), 0) FROM deals "
        "WHERE status = 'won' AND deleted_at IS NULL AND (account_id IN "
        f"({a_marks}) OR id IN (SELECT deal_id FROM deal_contacts WHERE contact_id IN "
        f"({c_marks}))) GROUP BY currency",
        (*accounts, *contacts),
    ).fetchall()
    return {str(r[0]): (int(r[1]), int(r[2])) for r in rows}


def candidate_rows(connection: sqlite3.Connection) -> list[tuple[str, int, str]]:
    """("contact" or "account", id, name) of every live contact and account with a name."""
    rows = [
        ("contact", int(r[0]), str(r[1]))
        for r in connection.execute(f"SELECT c.id, {_C} FROM contacts c WHERE c.deleted_at IS NULL")
    ]
    rows += [
        ("account", int(r[0]), str(r[1]))
        for r in connection.execute("SELECT id, name FROM accounts WHERE deleted_at IS NULL")
    ]
    return [row for row in rows if row[2].strip()]
