"""Relationships: typed links between contacts, and from contacts to accounts (spouse,
manager, assistant, referred by...), of a user-editable list of types each with its inverse.

A link is stored once and shown on both cards, each in its own word (Manager on one,
Direct report on the other); one whose other person no record stands for keeps their name
(as a file named them). While either record is in the Trash the link is hidden; it is back
when the record is restored, and gone when the Trash is emptied.
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.interop.vcard_related import is_reference
from crm_desktop.records.drafts import RelatedValue
from crm_desktop.records.money import from_minor
from crm_desktop.records.relationships import (
    OtherKind,
    ReferralRow,
    Relation,
    RelationDraft,
    RelationshipType,
)
from crm_desktop.services.database import Database
from crm_desktop.store import relationship_queries as queries
from crm_desktop.store.transactions import RawConnection

REFERRED_BY = "referred-by"
_ALIASES = {"co worker": "colleague", "coworker": "colleague"}
_UUID_LENGTH = 36
# The inverse of a type an import makes for a word no type has, where the word says it.
_INVERSES = {
    "mother": "Child", "father": "Child", "son": "Parent", "daughter": "Parent",
    "brother": "Sibling", "sister": "Sibling", "husband": "Spouse", "wife": "Spouse",
}  # fmt: skip


def _type(row: queries.TypeRow) -> RelationshipType:
    return RelationshipType(row.id, row.name, row.inverse_name, row.key)


def relationship_types(db: Database) -> list[RelationshipType]:
    """The types, in the order the list shows them."""
    with db.raw_reading() as connection:
        return [_type(row) for row in queries.type_rows(connection)]


def _names(name: str, inverse_name: str) -> tuple[str, str]:
    name, inverse_name = name.strip(), inverse_name.strip()
    if not name:
        raise InvalidValueError("relationship type", name, "a name")
    return name, inverse_name or name


def add_relationship_type(db: Database, name: str, inverse_name: str = "") -> RelationshipType:
    """A new type; its inverse is itself when not given (Friend / Friend)."""
    name, inverse_name = _names(name, inverse_name)
    with db.raw_writing() as connection:
        if find_type(connection_types(connection), name) is not None:
            raise InvalidValueError("relationship type", name, "a name no other type has")
        return RelationshipType(
            queries.add_type(connection, name, inverse_name), name, inverse_name
        )


def edit_relationship_type(db: Database, type_id: int, name: str, inverse_name: str = "") -> None:
    name, inverse_name = _names(name, inverse_name)
    with db.raw_writing() as connection:
        if not queries.rename_type(connection, type_id, name, inverse_name):
            raise NotFoundError("relationship type", type_id)


def remove_relationship_type(db: Database, type_id: int) -> None:
    """Remove a type no relationship is of (those in the Trash included)."""
    with db.raw_writing() as connection:
        uses = queries.type_uses(connection, type_id)
        if uses:
            raise InvalidValueError(
                "relationship type", str(type_id), f"unused (it is used by {uses})"
            )
        if not queries.remove_type(connection, type_id):
            raise NotFoundError("relationship type", type_id)


def connection_types(connection: RawConnection) -> list[RelationshipType]:
    return [_type(row) for row in queries.type_rows(connection)]


def _folded(word: str) -> str:
    folded = " ".join(word.replace("_", " ").replace("-", " ").casefold().split())
    return _ALIASES.get(folded, folded)


def find_type(types: Sequence[RelationshipType], word: str) -> tuple[RelationshipType, bool] | None:
    """The type ``word`` names ("manager", "Direct report", "referred-by", a type's id), and
    whether it names its inverse; None if none does."""
    if word.strip().isdigit():
        for t in types:
            if t.id == int(word):
                return t, False
    wanted = _folded(word)
    for t in types:
        if wanted in (_folded(t.name), _folded(t.key or "")):
            return t, False
    for t in types:
        if wanted == _folded(t.inverse_name):
            return t, True
    return None


def _relation(row: queries.RelationRow) -> Relation:
    return Relation(
        row.id, row.type_id, row.key, row.label, OtherKind(row.other_kind), row.other_id,
        row.other_name, row.draft,
    )  # fmt: skip


def relations(
    db: Database, *, contact_id: int | None = None, account_id: int | None = None
) -> list[Relation]:
    """A contact's or an account's relationships, each from its side, oldest first."""
    with db.raw_reading() as connection:
        if contact_id is not None:
            rows = queries.contact_relations(connection, contact_id)
        elif account_id is not None:
            rows = queries.account_relations(connection, account_id)
        else:
            rows = []
    return [_relation(row) for row in rows]


def contacts_relations(db: Database, contact_ids: Sequence[int]) -> dict[int, list[Relation]]:
    """These contacts' relationships, by contact (those that have some)."""
    with db.raw_reading() as connection:
        if not queries.any_relationships(connection):
            return {}
        found = queries.contacts_relations(connection, contact_ids)
    return {contact_id: [_relation(row) for row in rows] for contact_id, rows in found.items()}


def relate(db: Database, draft: RelationDraft) -> int:
    """Store a relationship (``NotFoundError`` for a record that is not there, or in the
    Trash); the id of the new one, or of the one that already says the same."""
    named_only = draft.other_contact_id is None and draft.other_account_id is None
    if named_only and not draft.other_name.strip():
        raise InvalidValueError("related person", draft.other_name, "a name")
    if draft.other_contact_id == draft.contact_id:
        raise InvalidValueError("related contact", str(draft.contact_id), "another contact")
    with db.raw_writing() as connection:
        if not queries.live_contact(connection, draft.contact_id):
            raise NotFoundError("contact", draft.contact_id)
        if draft.other_contact_id is not None and not queries.live_contact(
            connection, draft.other_contact_id
        ):
            raise NotFoundError("contact", draft.other_contact_id)
        if draft.other_account_id is not None and not queries.live_account(
            connection, draft.other_account_id
        ):
            raise NotFoundError("account", draft.other_account_id)
        if not any(t.id == draft.type_id for t in connection_types(connection)):
            raise NotFoundError("relationship type", draft.type_id)
        existing = queries.existing_relationship(connection, draft)
        if existing is not None:
            return existing
        return queries.insert_relationship(connection, draft)


def unrelate(db: Database, relation_id: int) -> RelationDraft:
    """Remove a relationship; what it was (to put it back)."""
    with db.raw_writing() as connection:
        removed = queries.delete_relationship(connection, relation_id)
    if removed is None:
        raise NotFoundError("relationship", relation_id)
    return removed


# ---- vCard: related people in and out ------------------------------------------------------


def _uri_of(uid: str | None) -> str:
    """A card's reference to a contact: ``urn:uuid:`` of its UID where that is a UUID."""
    if not uid:
        return ""
    if uid.lower().startswith("urn:"):
        return uid
    if len(uid) == _UUID_LENGTH and uid.count("-") == 4:
        return f"urn:uuid:{uid}"
    return ""


def related_values(db: Database, contact_ids: Sequence[int]) -> dict[int, tuple[RelatedValue, ...]]:
    """What an export writes of these contacts' relationships, by contact (only those that
    have some): the word from each one's side, the other's name and reference."""
    with db.raw_reading() as connection:
        if not queries.any_relationships(connection):
            return {}
        found = queries.contacts_relations(connection, contact_ids)
    return {
        contact_id: tuple(_related_value(row) for row in rows)
        for contact_id, rows in found.items()
        if rows
    }


def _related_value(row: queries.RelationRow) -> RelatedValue:
    if row.other_kind == "name" and is_reference(row.other_name):  # a card we do not have
        return RelatedValue(row.label, uri=row.other_name)
    return RelatedValue(row.label, row.other_name, _uri_of(row.other_uid))


def _uid_of(uri: str) -> str:
    return uri[len("urn:uuid:") :] if uri.lower().startswith("urn:uuid:") else uri


def store_related(
    connection: RawConnection, items: Sequence[tuple[int, Sequence[RelatedValue]]]
) -> int:
    """The related people of imported cards, once every card is written: each a link to
    the contact it names (by UID, else by exact name; an account by exact name), else kept
    as a name, so that nothing is lost; a type made for a word no type has. How many
    relationships were stored (those already there are not stored twice)."""
    types = connection_types(connection)
    stored = 0
    for contact_id, values in items:
        for value in values:
            draft = _draft(connection, types, contact_id, value)
            if draft is None:
                continue
            if queries.existing_relationship(connection, draft) is None:
                queries.insert_relationship(connection, draft)
                stored += 1
    return stored


def _draft(
    connection: RawConnection,
    types: list[RelationshipType],
    contact_id: int,
    value: RelatedValue,
) -> RelationDraft | None:
    word = value.kind.strip() or "Related"
    found = find_type(types, word)
    if found is None:
        inverse = _INVERSES.get(word.casefold(), word)
        created = RelationshipType(queries.add_type(connection, word, inverse), word, inverse)
        types.append(created)
        found = (created, False)
    kind, reverse = found
    other_contact: int | None = None
    if value.uri:
        other_contact = queries.contact_by_uid(connection, _uid_of(value.uri))
        if other_contact is None:
            other_contact = queries.contact_by_uid(connection, value.uri)
    other_account: int | None = None
    name = value.name.strip()
    if other_contact is None and name:
        named = queries.contacts_named(connection, name)
        if len(named) == 1:
            other_contact = named[0]
        elif not named:
            accounts = queries.accounts_named(connection, name)
            other_account = accounts[0] if len(accounts) == 1 else None
    if other_contact == contact_id:
        other_contact = None  # a card naming itself: kept as a name
    if other_contact is None and other_account is None and not (name or value.uri):
        return None
    text = "" if other_contact is not None or other_account is not None else name or value.uri
    return RelationDraft(contact_id, kind.id, reverse, other_contact, other_account, text)


def relation_candidates(db: Database) -> list[tuple[OtherKind, int, str]]:
    """Every live contact and account by name (for the completer of the Add dialog)."""
    with db.raw_reading() as connection:
        rows = queries.candidate_rows(connection)
    return [(OtherKind(kind), record_id, name) for kind, record_id, name in rows]


# ---- who sends you business ------------------------------------------------------------


def referrals(db: Database) -> list[ReferralRow]:
    """The referrers, the most people referred first: how many they referred, and those
    people's won deals per currency (a referred account's deals, and the deals a referred
    contact is on, each deal once)."""
    with db.raw_reading() as connection:
        types = connection_types(connection)
        kind = next((t for t in types if t.key == REFERRED_BY), None)
        if kind is None:
            return []
        rows = queries.referral_rows(connection, kind.id)
    out = [
        ReferralRow(
            OtherKind(k), rid, name, count, currency, won,
            from_minor(amount, currency) if currency else from_minor(0, "EUR"),
        )
        for k, rid, name, count, currency, won, amount in rows
    ]  # fmt: skip
    return sorted(out, key=lambda r: (-r.referred, r.referrer_name.casefold(), r.currency))
