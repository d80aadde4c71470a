"""Who each card of an import is: a contact already there, an earlier card of the same
import, or somebody new (``matching``'s rules, applied card by card as they are read).

A card is the same person as a contact (or an earlier card) by ``matching.decide``: the same
UID, or a shared e-mail or E.164 phone with compatible names (a value many hold only with equal
names; a phone alone not between people at two different companies). A card sharing a key
with somebody whose name conflicts is a possible duplicate: created, and the pair recorded
for review. A card that shares no key is the same person as a
contact (or earlier card) of the same folded name when every value of the card is on it
already, nothing contradicting (so that re-importing an export of a contact without UID,
e-mail or phone doubles nobody); a nameless one likewise with a contact shown alike.

Cheap per card: its keys are worked out once; a phone is parsed (``phonenumbers``, cached per
distinct string) only when a stored or earlier phone ends in the same digits; stored contacts
are read only when a card shares a key or a name with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from crm_desktop.errors import CrmError
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.naming import display_name
from crm_desktop.records.partial_dates import normalize_partial_date
from crm_desktop.services.matching import (
    EMAIL,
    PHONE,
    SHARED_HOLDERS,
    UID,
    Decision,
    Identity,
    IdentityKeys,
    Key,
    NameRelation,
    PhoneKeys,
    Verdict,
    decide,
    email_key,
    is_role_address,
    name_of,
    name_relation,
)
from crm_desktop.store.contact_merge import ContactState, holds_every_value, load_states
from crm_desktop.store.duplicate_keys import (
    StoredPerson,
    stored_emails,
    stored_names,
    stored_people,
    stored_phones,
    stored_uids,
)
from crm_desktop.store.folding import fold, phone_digits
from crm_desktop.store.transactions import RawConnection

TAIL = 7  # phones are looked up by their last digits, parsed only when those agree
MIN_PHONE_DIGITS = 6  # fewer is a short code, an extension or a placeholder: never a key

# A reference to a person: a stored contact's id (> 0), or -n for the n-th card of the import.
Ref = int


@dataclass(slots=True)
class Person:
    """A stored contact or a card of this import, as matching sees it (it grows as cards are
    merged into it)."""

    ref: Ref
    given_name: str
    additional_names: str
    family_name: str
    formatted_name: str
    uid: str
    birthday: str
    anniversary: str
    title: str
    department: str
    account: str
    emails: list[str]
    phones: list[str]
    contact_id: int | None  # None: a card of this import not written yet
    display: str  # the name shown (a stored contact's formatted name; a card's display name)
    origin: tuple[str, int] | None = None  # a card of this import: its file and line
    suffix: str = ""  # "Jr."
    keyed: bool = True  # a card with a UID, an e-mail address or a phone number
    _entry: IdentityKeys | None = None
    # The folded e-mails and the digits of the phones it holds: worked out when a card is
    # first merged into it or merged itself (most people never are).
    _held: tuple[set[str], set[str]] | None = None

    def held(self) -> tuple[set[str], set[str]]:
        """The folded e-mail addresses and the phone digits it holds (kept up to date by
        ``ImportMatcher.absorb``)."""
        if self._held is None:
            self._held = (
                {fold(value.strip()) for value in self.emails},
                {phone_digits(value) for value in self.phones},
            )
        return self._held

    @classmethod
    def of_card(cls, ref: Ref, draft: ContactDraft, origin: tuple[str, int]) -> Person:
        return _card_person(ref, draft, origin)

    def identity(self, unshared: int = 0) -> Identity:
        return Identity(
            self.ref,
            self.given_name,
            self.additional_names,
            self.family_name,
            self.formatted_name,
            self.uid,
            tuple(self.emails),
            tuple(self.phones),
            self.account,
            unshared,
            self.suffix,
        )


def _card_person(ref: Ref, draft: ContactDraft, origin: tuple[str, int]) -> Person:
    return Person(
        ref,
        draft.given_name,
        draft.additional_names,
        draft.family_name,
        draft.formatted_name,
        (draft.uid or "").strip(),
        _date(draft.birthday) if draft.birthday else "",
        _date(draft.anniversary) if draft.anniversary else "",
        draft.title,
        draft.department,
        next((link.name for link in draft.accounts if link.name.strip()), "")
        if draft.accounts
        else "",
        [e.value for e in draft.emails],
        [p.value for p in draft.phones],
        None,
        display_name(draft),
        origin,
        suffix=draft.suffix,
    )


def _date(value: str | None) -> str:
    try:
        return normalize_partial_date(value, "date") or ""
    except CrmError:  # a bad date is a problem of its own, not a contradiction
        return ""


def _stored_person(row: StoredPerson) -> Person:
    return Person(
        row.id,
        row.given_name,
        row.additional_names,
        row.family_name,
        row.formatted_name,
        row.uid.strip(),
        row.birthday,
        row.anniversary,
        row.title,
        row.department,
        row.account,
        row.emails,
        row.phones,
        row.id,
        row.formatted_name,
        suffix=row.suffix,
    )


class Outcome(Enum):
    NEW = "new"
    SAME = "same"
    POSSIBLE_DUPLICATE = "possible_duplicate"


@dataclass(frozen=True, slots=True)
class Match:
    """What a card is: somebody new, the same as ``target`` (why), or perhaps the same as each
    of ``possible`` (why)."""

    outcome: Outcome
    target: Ref | None = None
    reasons: tuple[str, ...] = ()
    possible: tuple[tuple[Ref, tuple[str, ...]], ...] = ()


_NEW = Match(Outcome.NEW)
_FILLED = ("given_name", "additional_names", "family_name", "formatted_name", "birthday",
           "anniversary", "title", "department", "account")  # fmt: skip


class ImportMatcher:
    """The stored contacts and the cards read so far, by key; one per import."""

    def __init__(self, connection: RawConnection, region: str | None) -> None:
        self._connection = connection
        self.phone_keys = PhoneKeys(region)
        # Who holds each UID, folded e-mail and phone ending: tuples, most of one person (at
        # 100,000 cards a list each would take 16 MB more).
        self._uids: dict[str, tuple[Ref, ...]] = {}
        self._emails: dict[str, tuple[Ref, ...]] = {}
        self._phones: dict[str, tuple[Ref, ...]] = {}
        self._names: dict[str, list[Ref]] = defaultdict(list)
        self._people: dict[Ref, Person] = {}
        # Every value of the stored contacts and of the cards of this import compared with a
        # card sharing no key, by name.
        self._states: dict[int, ContactState] = {}
        self._keyless_cards: dict[Ref, ContactDraft] = {}
        self._cards = 0
        for uid, contact_id in stored_uids(connection):
            _hold(self._uids, uid.strip(), contact_id)
        for value, contact_id in stored_emails(connection):
            _hold(self._emails, value, contact_id)
        for digits, contact_id in stored_phones(connection, MIN_PHONE_DIGITS):
            _hold(self._phones, digits[-TAIL:], contact_id)
        for formatted, from_parts, contact_id in stored_names(connection):
            # Under the name it is shown by (a nameless one under ""), and under the name its
            # parts make when they make one.
            self._names[_name_key(formatted)].append(contact_id)
            parts = _name_key(from_parts)
            if parts and parts != _name_key(formatted):
                self._names[parts].append(contact_id)

    def rebind(self, connection: RawConnection) -> None:
        """Read stored contacts through ``connection`` from now on: one matcher over the
        several transactions of one sync (built once, not once per batch)."""
        self._connection = connection

    # People ------------------------------------------------------------------------------

    def person(self, ref: Ref) -> Person:
        return self._people[ref]

    def _load(self, refs: Iterable[Ref]) -> None:
        missing = [ref for ref in dict.fromkeys(refs) if ref not in self._people]
        if missing:
            for contact_id, row in stored_people(self._connection, missing).items():
                self._people[contact_id] = _stored_person(row)

    def _entry(self, person: Person) -> IdentityKeys:
        if person._entry is None:
            keys: set[Key] = set()
            if person.uid:
                keys.add(f"{UID}:{person.uid}")
            for value in person.emails:
                email = email_key(value)
                if email is not None:
                    keys.add(f"{EMAIL}:{email}")
            for value in person.phones:
                phone = self.phone_keys.key(value)
                if phone is not None:
                    keys.add(f"{PHONE}:{phone}")
            identity = person.identity()
            person._entry = IdentityKeys(identity, name_of(identity), frozenset(keys))
        return person._entry

    # Deciding ----------------------------------------------------------------------------

    def _card_keys(self, card: Person) -> tuple[frozenset[Key], int, list[Ref]]:
        """The card's keys (a phone parsed only where somebody's phone ends alike), how many
        of its phones nobody's phone ends alike, and the people that may hold a key."""
        keys: set[Key] = set()
        found: list[Ref] = []
        unshared = 0
        if card.uid:
            keys.add(f"{UID}:{card.uid}")
            found += self._uids.get(card.uid, ())
        for value in card.emails:
            email = email_key(value)
            if email is not None:
                keys.add(f"{EMAIL}:{email}")
                # ASCII: the key is the folded address already (trimmed, lower case)
                found += self._emails.get(email if email.isascii() else fold(value.strip()), ())
        for value in card.phones:
            digits = phone_digits(value)
            if len(digits) < MIN_PHONE_DIGITS:
                continue
            holders = self._phones.get(digits[-TAIL:])
            if not holders:
                unshared += 1  # nobody's phone ends alike: nobody shares it
                continue
            phone = self.phone_keys.key(value)
            if phone is not None:
                keys.add(f"{PHONE}:{phone}")
                found += holders
        return frozenset(keys), unshared, found

    def _holders(self, key: Key) -> int:
        kind, value = key[0], key[2:]
        if kind == EMAIL:
            bucket = self._emails.get(fold(value), ())
        else:
            bucket = self._phones.get(phone_digits(value.split(";", 1)[0])[-TAIL:], ())
        self._load(bucket)
        return sum(1 for ref in set(bucket) if key in self._entry(self._people[ref]).keys)

    def decide(self, draft: ContactDraft, origin: tuple[str, int]) -> tuple[Person, Match]:
        """The card as a person (not yet known to the matcher) and what it is."""
        self._cards += 1
        card = _card_person(-self._cards, draft, origin)
        keys, unshared, found = self._card_keys(card)
        card.keyed = bool(keys) or unshared > 0
        if not found:
            return card, self._by_name(card, draft)
        identity = card.identity(unshared)
        entry = IdentityKeys(identity, name_of(identity), keys)
        self._load(found)
        candidates = []
        for ref in dict.fromkeys(found):
            other = self._entry(self._people[ref])
            if entry.keys & other.keys:
                candidates.append(other)
        if not candidates:
            return card, self._by_name(card, draft)
        shared: dict[Key, bool] = {}

        def is_shared(key: Key) -> bool:
            if key not in shared:
                role = key[0] == EMAIL and is_role_address(key[2:])
                shared[key] = role or (key[0] != UID and self._holders(key) > SHARED_HOLDERS)
            return shared[key]

        return card, self._checked(card, _match(decide(entry, candidates, is_shared)))

    def _checked(self, card: Person, match: Match) -> Match:
        """A phone alone does not make one person of two at different companies (two John
        Smiths, one mobile number passed on): a possible duplicate instead."""
        if match.outcome is not Outcome.SAME or {"uid", "email"} & set(match.reasons):
            return match
        assert match.target is not None
        other = self._people[match.target].account
        if card.account.strip() and other.strip() and fold(card.account) != fold(other):
            reasons = (*match.reasons, "account_conflict")
            return Match(Outcome.POSSIBLE_DUPLICATE, possible=((match.target, reasons),))
        return match

    def _by_name(self, card: Person, draft: ContactDraft) -> Match:
        """A card sharing no key: the first person of the same folded name (shown alike, for
        a nameless card) that holds every value of the card already."""
        if not self._names:  # an empty database, and no card without keys so far
            return _NEW
        refs = self._names.get(_name_key(card.display), ())
        if not refs:
            return _NEW
        name = name_of(card.identity())
        self._load(ref for ref in refs if ref > 0)
        stored = [ref for ref in refs if ref > 0 and ref not in self._states]
        self._states.update(load_states(self._connection, stored))
        for ref in refs:
            if not name.empty:
                other = name_of(self._people[ref].identity())
                if name_relation(name, other) is not NameRelation.EQUAL:
                    continue
            if ref < 0:
                same = self._keyless_cards.get(ref) == draft
            else:
                same = ref in self._states and holds_every_value(self._states[ref], draft)
            if same:
                return Match(Outcome.SAME, ref, ("name",) if not name.empty else ("all_values",))
        return _NEW

    # Remembering -------------------------------------------------------------------------

    def add_apart(self, card: Person) -> None:
        """``card`` is created although it matched (the user kept it apart): it is known, so
        that pairs can name it, but later cards are not matched against it (they would find
        two equal people and create rather than merge)."""
        self._people[card.ref] = card

    def add(self, card: Person, draft: ContactDraft) -> None:
        """``card`` is created: later cards are matched against it too."""
        self._people[card.ref] = card
        self._index(card.ref, card.uid, card.emails, card.phones)
        if not card.keyed:
            # Only a card without keys is ever found by its name among this import's cards
            # (``_by_name``: a later card equal to it in every value), so only those are
            # listed by name: 10,000 cards of 9,000 names need not be compared name by name.
            self._keyless_cards[card.ref] = draft
            self._names[_name_key(card.display)].append(card.ref)

    def absorb(self, target: Ref, card: Person) -> None:
        """``card`` was merged into ``target``: its values are the target's now (a merge
        adds what is missing and fills empty fields only)."""
        person = self._people[target]
        email_folds, digits = person.held()
        card_folds, card_digits = card.held()
        emails = [v for v in card.emails if fold(v.strip()) not in email_folds]
        phones = [v for v in card.phones if phone_digits(v) not in digits]
        uid = card.uid if not person.uid else ""
        for name in _FILLED:
            if not getattr(person, name).strip():
                setattr(person, name, getattr(card, name))
        person.uid = person.uid or card.uid
        person.emails += emails
        person.phones += phones
        email_folds |= card_folds
        digits |= card_digits
        person._entry = None
        self._index(target, uid, emails, phones)

    def _index(self, ref: Ref, uid: str, emails: Sequence[str], phones: Sequence[str]) -> None:
        if uid:
            _hold(self._uids, uid, ref)
        for value in emails:
            key = fold(value.strip())
            if key:
                _hold(self._emails, key, ref)
        for value in phones:
            digits = phone_digits(value)
            if len(digits) >= MIN_PHONE_DIGITS:
                _hold(self._phones, digits[-TAIL:], ref)

    def contact_emails(self) -> dict[str, int]:
        """Folded e-mail address -> contact id, of everybody written so far (the first holder):
        how calendar attendees are linked."""
        found: dict[str, int] = {}
        for key, refs in self._emails.items():
            for ref in refs:
                contact_id = ref if ref > 0 else self._people[ref].contact_id
                if contact_id is not None:
                    found.setdefault(key, contact_id)
                    break
        return found


def _hold(index: dict[str, tuple[Ref, ...]], key: str, ref: Ref) -> None:
    """``ref`` holds ``key`` too (after those that held it before)."""
    held = index.get(key)
    index[key] = (ref,) if held is None else (*held, ref)


def _match(decision: Decision) -> Match:
    if decision.verdict is Verdict.SAME:
        assert decision.contact_id is not None
        return Match(Outcome.SAME, decision.contact_id, decision.reasons)
    if decision.verdict is Verdict.POSSIBLE_DUPLICATE:
        possible = tuple((c.contact_id, c.reasons) for c in decision.possible)
        return Match(Outcome.POSSIBLE_DUPLICATE, possible=possible)
    return _NEW


def _name_key(name: str) -> str:
    """Where a card sharing no key looks for its person: the name's folded words in any
    order ("Roid And" and "And Roid"; "bug 195" as a formatted name or as a given name)."""
    return " ".join(sorted(fold(name).split()))
