"""Same person or not: identity keys and the rules that decide (pure: no database).

A card and a contact are the same person when they have the same UID, or share a non-empty
e-mail address or phone number **and** their names are compatible. Names are compared as
folded token multisets (``store.folding.fold``: case, accents, Greek tonos, Catalan ``l·l``,
Arabic/Persian letter variants), and across scripts through ``anyascii`` (ISC) after a small
Greek digraph pass (``ου`` -> ``ou``, as Greeklish is typed). Compatible means: equal (in any
order), one side without a name, or a clear variant (a single letter for a token's initial, a
missing middle name: one side's tokens within the other's). Petrov and Petrova are two people.
No fuzzy threshold ever merges: ``similarity`` (rapidfuzz) only ranks what is shown for review.

Values that many people share (role addresses such as ``info@``, a switchboard, a family
address: any key held by more than ``SHARED_HOLDERS`` contacts) are keys only with *equal*
names: a nameless side or a mere variant makes it a possible duplicate instead.

Two nameless cards are the same only with the same UID or when all their keys agree (the
same set of e-mails and phones); sharing one value makes them a possible duplicate: nameless
cards from an old phone often share the office number and nothing else.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum
from functools import lru_cache
from typing import NamedTuple

from crm_desktop.store.folding import fold

# RFC 2142's mailbox names, the usual office ones, and their local forms (de, fr, es, ca, el).
ROLE_MAILBOXES = frozenset(
    {
        "info", "sales", "support", "marketing", "abuse", "postmaster", "webmaster",
        "hostmaster", "noc", "security", "office", "admin", "administrator", "contact",
        "contacts", "hello", "team", "reception", "enquiries", "inquiries", "mail", "billing",
        "accounts", "accounting", "orders", "help", "service", "jobs", "careers", "hr", "press",
        "noreply", "no-reply", "kontakt", "buero", "buro", "verkauf", "vertrieb", "zentrale",
        "bonjour", "accueil", "commercial", "ventas", "contacto", "oficina", "informacion",
        "informacio", "comercial", "grafeio", "grammateia", "plirofories", "secretariat",
    }
)  # fmt: skip
# A value held by more contacts than this is shared (a switchboard, a family address).
SHARED_HOLDERS = 2


# A key is its kind's letter and its value ("e:eleni@aegean.example", "p:+302101234567",
# "u:urn:uuid:..."): plain strings hash fastest, and 100,000 contacts hold 300,000 keys.
Key = str
UID = "u"
EMAIL = "e"
PHONE = "p"
_KIND_REASONS = {UID: "uid", EMAIL: "email", PHONE: "phone"}


def email_key(value: str) -> str | None:
    """The comparison form of an e-mail address (trimmed, case-folded); None when it is no
    address at all (empty, ``-``, ``n/a``, no ``@``)."""
    text = value.strip().casefold()
    local, at, domain = text.rpartition("@")
    if not at or not local or "." not in domain or " " in text:
        return None
    return text


def is_role_address(key: str) -> bool:
    """An address of a function (``info@``, ``sales+eu@``), not of a person."""
    local = key.rpartition("@")[0].split("+", 1)[0]
    return local in ROLE_MAILBOXES


class PhoneKeys:
    """Phone numbers as E.164 (``+302101234567``, ``;ext=42`` kept apart), with ``region``
    (``GR``) for national numbers; short, invalid and empty numbers are no key. One parse per
    distinct string (14.6 us a parse, 2 us from the cache)."""

    def __init__(self, region: str | None) -> None:
        self.region = region.upper() if region else None
        self._cache: dict[str, str | None] = {}

    def key(self, value: str) -> str | None:
        try:
            return self._cache[value]
        except KeyError:
            pass
        key = self._parse(value)
        self._cache[value] = key
        return key

    def _parse(self, value: str) -> str | None:
        text = value.strip()
        if sum(ch.isdigit() for ch in text) < 6:
            return None  # empty, a placeholder, a short code
        import phonenumbers  # here: an import that parses no phone never loads it (30 ms)

        try:
            number = phonenumbers.parse(text, self.region)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return f"{e164};ext={number.extension}" if number.extension else e164


def dialled_number(value: str, region: str | None) -> tuple[str, str] | None:
    """A phone number as a dialler takes it and as people abroad write it, a national one read
    as ``region``'s: (``+302101234567``, ``+30 21 0123 4567``), the extension kept
    (``;ext=42``, `` ext. 42``); None for a number that is not one of a country."""
    if PhoneKeys(region).key(value) is None:
        return None
    import phonenumbers

    number = phonenumbers.parse(value.strip(), region.upper() if region else None)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return (f"{e164};ext={number.extension}" if number.extension else e164), shown


def phone_region(code: str) -> str | None:
    """``code`` (``gr``, ``US``) as the region national phone numbers can be read in (its
    upper case), or None when it is not a two-letter country code phonenumbers knows."""
    text = code.strip().upper()
    if len(text) != 2 or not text.isascii() or not text.isalpha():
        return None
    import phonenumbers

    return text if text in phonenumbers.SUPPORTED_REGIONS else None


def region_of_locale(locale_name: str) -> str | None:
    """The country of a locale name (``el_GR.UTF-8`` -> ``GR``); None without one."""
    base = locale_name.replace("-", "_").split(".", 1)[0].split("@", 1)[0]
    parts = base.split("_")
    if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return None


_NOT_WORD = re.compile(r"[^\w]+")
_GREEK_DIGRAPHS = (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"))


def _latin(folded: str) -> str:
    """``folded`` in Latin letters (anyascii), Greek diphthongs as Greeklish writes them."""
    if folded.isascii():
        return folded
    from anyascii import anyascii  # here: loaded by the first name in another script

    for greek, latin in _GREEK_DIGRAPHS:
        folded = folded.replace(greek, latin)
    return anyascii(folded).lower()


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t for t in _NOT_WORD.split(text.replace("_", " ")) if t)


class Identity(NamedTuple):
    """What tells a person apart: a stored contact (``id``) or a card (``id`` < 0).

    A named tuple, not a frozen dataclass: 100,000 are made at once, at a quarter the cost."""

    id: int
    given_name: str = ""
    additional_names: str = ""
    family_name: str = ""
    formatted_name: str = ""
    uid: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    account: str = ""  # the primary account's name
    # How many more e-mails and phones it has that no other contact can share (left out of
    # ``emails`` and ``phones`` when finding duplicates among many): values that do not agree.
    unshared: int = 0
    suffix: str = ""  # "Jr.": a son and his father share a name, not a person


@dataclass(frozen=True, slots=True)
class Name:
    """A name as tokens: folded (same script) and in Latin letters (across scripts)."""

    folded: tuple[str, ...]
    latin: tuple[str, ...]
    key: str  # equal for names equal in any order and script: "giorgos papadopoulos"
    latin_script: bool  # written in Latin letters (or digits) only
    latin_set: frozenset[str]
    generation: str = ""  # "jr", "sr", "iii"...: the suffix that tells a son from his father

    @property
    def empty(self) -> bool:
        return not self.folded


@lru_cache(maxsize=1 << 16)
def _latin_tokens(token: str) -> tuple[str, ...]:
    return _tokens(_latin(token))


@lru_cache(maxsize=1 << 17)
def _name(text: str) -> Name:
    folded = _tokens(fold(text))
    latin = tuple(t for token in folded for t in _latin_tokens(token))
    return Name(
        folded,
        latin,
        " ".join(sorted(latin)),
        all(token.isascii() for token in folded),
        frozenset(latin),
    )


_NAMELESS = Name((), (), "", True, frozenset())


# Suffixes that name a generation: John Smith and John Smith Jr. are two people.
_GENERATIONS = frozenset(
    ("jr", "junior", "sr", "senior", "ii", "iii", "iv", "hijo", "fils", "filho", "neto")
)


def _generation(suffix: str) -> str:
    words = fold(suffix).replace(".", " ").replace(",", " ").split()
    return next((word for word in words if word in _GENERATIONS), "")


def name_of(identity: Identity) -> Name:
    """The name's tokens: the structured parts when there are any, else the formatted name;
    none when that is an e-mail address or a number (what a nameless contact is shown as)."""
    parts = f"{identity.given_name} {identity.additional_names} {identity.family_name}"
    if parts.strip():
        name = _name(parts)
        generation = _generation(identity.suffix)
        return dataclasses.replace(name, generation=generation) if generation else name
    formatted = identity.formatted_name
    if "@" in formatted or not any(ch.isalpha() for ch in formatted):
        return _NAMELESS
    return _name(formatted)


class NameRelation(IntEnum):
    """How two names relate, the strongest first (higher is surer)."""

    CONFLICT = 0
    BOTH_NAMELESS = 1
    ONE_NAMELESS = 2
    VARIANT = 3  # initials, a missing middle name
    TRANSLITERATION = 4  # equal in Latin letters, written in two scripts
    EQUAL = 5


def _variant(short: Sequence[str], long: Sequence[str]) -> bool:
    """Each token of ``short`` is a distinct token of ``long`` or its initial (either way),
    and at least one whole token (two letters or more) is shared."""
    left = Counter(long)
    whole = 0
    pending: list[str] = []
    for token in short:
        if left[token] > 0:
            left[token] -= 1
            whole += len(token) > 1
        else:
            pending.append(token)
    for token in pending:
        match = next(
            (
                other
                for other, n in left.items()
                if n > 0 and (len(token) == 1 or len(other) == 1) and other[0] == token[0]
            ),
            None,
        )
        if match is None:
            return False
        left[match] -= 1
    return whole > 0


def _compatible_tokens(a: Sequence[str], b: Sequence[str]) -> NameRelation:
    if Counter(a) == Counter(b):
        return NameRelation.EQUAL
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if _variant(short, long) or (len(a) == len(b) and _variant(long, short)):
        return NameRelation.VARIANT
    return NameRelation.CONFLICT


def name_relation(a: Name, b: Name) -> NameRelation:
    """How ``a`` and ``b`` relate (see ``NameRelation``)."""
    if a.empty and b.empty:
        return NameRelation.BOTH_NAMELESS
    if a.empty or b.empty:
        return NameRelation.ONE_NAMELESS
    if a.generation != b.generation:
        return NameRelation.CONFLICT  # a father and his son
    same_script = _compatible_tokens(a.folded, b.folded)
    if same_script is not NameRelation.CONFLICT or a.latin_script == b.latin_script:
        return same_script
    across = _compatible_tokens(a.latin, b.latin)
    return NameRelation.TRANSLITERATION if across is NameRelation.EQUAL else across


def names_compatible(a: Identity, b: Identity) -> bool:
    """Whether ``a`` and ``b`` may be one person by their names (see the module's rules)."""
    return name_relation(name_of(a), name_of(b)) is not NameRelation.CONFLICT


def similarity(a: Name, b: Name) -> float:
    """0..1, to rank review candidates only (order-proof, on Latin tokens); never decides."""
    if a.empty or b.empty:
        return 1.0
    from rapidfuzz import fuzz  # here: only the review ranks; an import never loads it

    return fuzz.token_set_ratio(" ".join(a.latin), " ".join(b.latin)) / 100.0


class Verdict(Enum):
    SAME = "same"  # merge into ``contact_id``
    POSSIBLE_DUPLICATE = "possible_duplicate"  # create, and record the pairs for review
    NEW = "new"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A contact that shares a key with a card, and why."""

    contact_id: int
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    contact_id: int | None = None  # the contact to merge into (SAME)
    reasons: tuple[str, ...] = ()  # why (SAME)
    possible: tuple[Candidate, ...] = ()  # the pairs to record (POSSIBLE_DUPLICATE)


class IdentityKeys(NamedTuple):
    """An identity's keys and name, computed once."""

    identity: Identity
    name: Name
    keys: frozenset[Key]
    account: str = ""  # folded


_NO_KEYS: frozenset[Key] = frozenset()


@lru_cache(maxsize=1 << 15)
def _folded_account(name: str) -> str:
    return fold(name.strip())


class IdentityIndex:
    """Identities by key: the candidates of a card, and how many hold each value.

    Built from the stored contacts; the cards of one import are ``add``-ed as they are
    decided, so two cards of one file are matched against each other too.
    """

    def __init__(self, phone_keys: PhoneKeys) -> None:
        self.phone_keys = phone_keys
        self._by_key: dict[Key, list[int]] = defaultdict(list)
        self._entries: dict[int, IdentityKeys] = {}

    def keys_of(self, identity: Identity) -> IdentityKeys:
        account = _folded_account(identity.account) if identity.account else ""
        if not (identity.uid or identity.emails or identity.phones):
            return IdentityKeys(identity, name_of(identity), _NO_KEYS, account)
        keys: set[Key] = set()
        if identity.uid.strip():
            keys.add(f"{UID}:{identity.uid.strip()}")
        for value in identity.emails:
            email = email_key(value)
            if email is not None:
                keys.add(f"{EMAIL}:{email}")
        for value in identity.phones:
            phone = self.phone_keys.key(value)
            if phone is not None:
                keys.add(f"{PHONE}:{phone}")
        return IdentityKeys(identity, name_of(identity), frozenset(keys), account)

    def add(self, identity: Identity) -> IdentityKeys:
        entry = self.keys_of(identity)
        self._entries[identity.id] = entry
        for key in entry.keys:
            self._by_key[key].append(identity.id)
        return entry

    def extend(self, identities: Iterable[Identity]) -> None:
        for identity in identities:
            self.add(identity)

    def entry(self, contact_id: int) -> IdentityKeys:
        return self._entries[contact_id]

    def holders(self, key: Key) -> int:
        return len(self._by_key.get(key, ()))

    def is_shared(self, key: Key) -> bool:
        """A role address, or a value more than ``SHARED_HOLDERS`` contacts hold."""
        if key[0] == EMAIL and is_role_address(key[2:]):
            return True
        return key[0] != UID and self.holders(key) > SHARED_HOLDERS

    def blocks(self) -> Iterable[list[int]]:
        """The ids holding each key (two or more)."""
        return (ids for ids in self._by_key.values() if len(ids) > 1)

    def decide(self, card: Identity) -> Decision:
        """What to do with ``card`` given the indexed contacts (see ``decide``)."""
        entry = self.keys_of(card)
        found = dict.fromkeys(
            cid for key in entry.keys for cid in self._by_key.get(key, ()) if cid != card.id
        )
        return decide(entry, [self._entries[cid] for cid in found], self.is_shared)


def pair_reasons(
    a: IdentityKeys, b: IdentityKeys, is_shared: Callable[[Key], bool]
) -> tuple[NameRelation | None, tuple[str, ...]]:
    """How sure ``a`` and ``b`` are one person by the rules, and why.

    The relation is None when they are not the same by the rules (a possible duplicate at
    most); the reasons name the shared keys and the name's part (``name``, ``initials``...).
    """
    shared = a.keys & b.keys
    kinds = sorted({_KIND_REASONS[k[0]] for k in shared}, key=_REASON_ORDER.index)
    relation = name_relation(a.name, b.name)
    name_reason = _NAME_REASONS[relation]
    reasons = tuple(kinds) + ((name_reason,) if name_reason else ())
    if "uid" in kinds:
        return NameRelation.EQUAL, reasons
    personal = [k for k in shared if not is_shared(k)]
    if relation is NameRelation.BOTH_NAMELESS:
        unshared = a.identity.unshared or b.identity.unshared
        same = bool(a.keys) and a.keys == b.keys and not unshared
        return (relation if same else None), reasons
    if personal and relation is not NameRelation.CONFLICT:
        return relation, reasons
    if shared and relation >= NameRelation.TRANSLITERATION:
        return relation, reasons
    return None, reasons + (("shared_value",) if shared and not personal else ())


_REASON_ORDER = ["uid", "email", "phone"]
_UID_RANK = NameRelation.EQUAL + 1
_NAME_REASONS = {
    NameRelation.EQUAL: "name",
    NameRelation.TRANSLITERATION: "transliteration",
    NameRelation.VARIANT: "name_variant",
    NameRelation.ONE_NAMELESS: "one_nameless",
    NameRelation.BOTH_NAMELESS: "nameless",
    NameRelation.CONFLICT: "name_conflict",
}


def decide(
    card: IdentityKeys, candidates: Sequence[IdentityKeys], is_shared: Callable[[Key], bool]
) -> Decision:
    """SAME (the one contact it surely is), POSSIBLE_DUPLICATE (create it, and record the
    contacts it shares a key with), or NEW.

    The same UID wins. Otherwise the surest name relation among the contacts that are the
    same by the rules wins; two contacts equally sure make it a possible duplicate of both
    (we do not guess between them).
    """
    same: list[tuple[int, int, tuple[str, ...]]] = []  # (rank, contact id, reasons)
    possible: list[Candidate] = []
    for other in candidates:
        relation, reasons = pair_reasons(card, other, is_shared)
        if relation is None:
            possible.append(Candidate(other.identity.id, reasons))
        elif "uid" in reasons:
            same.append((_UID_RANK, other.identity.id, reasons))
        else:
            same.append((int(relation), other.identity.id, reasons))
    if same:
        best = max(rank for rank, _, _ in same)
        top = [(cid, reasons) for rank, cid, reasons in same if rank == best]
        if len(top) == 1:
            return Decision(Verdict.SAME, top[0][0], top[0][1])
        possible = [Candidate(cid, reasons) for cid, reasons in top] + possible
    if possible:
        return Decision(Verdict.POSSIBLE_DUPLICATE, possible=tuple(possible))
    return Decision(Verdict.NEW)
