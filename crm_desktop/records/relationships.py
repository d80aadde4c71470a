"""Relationships between people (and from people to companies) as the cards, the CLI and the
referrals report see them. Standard library only."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class OtherKind(Enum):
    """What the other end of a relationship is."""

    CONTACT = "contact"
    ACCOUNT = "account"
    NAME = "name"  # a name only: no record stands for that person (yet)


@dataclass(frozen=True, slots=True)
class RelationshipType:
    """A kind of link and its inverse: Manager / Direct report; Spouse / Spouse."""

    id: int
    name: str  # what the other is to the one the link starts from
    inverse_name: str  # what that one is to the other
    key: str | None = None  # a built-in type: "manager", "referred-by", "spouse"...

    @property
    def symmetric(self) -> bool:
        return self.name == self.inverse_name


@dataclass(frozen=True, slots=True)
class RelationDraft:
    """A relationship to store: "``other`` is ``contact_id``'s <type's name>" (or, with
    ``reverse``, its <inverse name>). The other is a contact, an account or a name."""

    contact_id: int
    type_id: int
    reverse: bool = False
    other_contact_id: int | None = None
    other_account_id: int | None = None
    other_name: str = ""


@dataclass(frozen=True, slots=True)
class Relation:
    """One relationship as one record's card shows it: "<other> is this one's <label>"."""

    id: int
    type_id: int
    type_key: str | None
    label: str  # the type's word from this record's side ("Manager" or "Direct report")
    other_kind: OtherKind
    other_id: int | None
    other_name: str
    draft: RelationDraft  # the relationship as stored (to put it back after a removal)


@dataclass(frozen=True, slots=True)
class ReferralRow:
    """Who sends you business: one referrer, how many people they referred, and those
    people's won deals in one currency (one row per currency; ``currency`` "" when none
    of them has won a deal yet)."""

    referrer_kind: OtherKind
    referrer_id: int | None
    referrer_name: str
    referred: int
    currency: str
    won_deals: int
    won_amount: Decimal
