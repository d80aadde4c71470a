"""Which contact field each column of a CSV file fills, and how sure we are of it.

A file is read in a known program's layout (``csv_headers/known.json``: Outlook, Google,
Thunderbird in English, German, French, Spanish, Greek) only when every characteristic column
of that layout is there: three names in common with Outlook's do not make an ACT! export or
a spreadsheet an Outlook file. Otherwise each column is mapped on its own, by its name
(``csv_headers/columns.json`` and the layouts' tables, compared without case, accents or
punctuation) and by its values (a column of e-mail addresses is an e-mail whatever its
header; ``Title`` beside a full-name column is the job title, beside ``Job Title`` the name
prefix). Each column's guess carries a ``Confidence``; an uncertain one is for the user to
choose (the mapping dialog, or ``--mapping``), and until then is kept as a custom field.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path

_HEADERS = Path(__file__).parent / "csv_headers"
NUMBERED = re.compile(
    r"^(E-mail|Phone|Address|Website|Organization|Custom Field|Event|IM|Relation) (\d+) - (.+)$"
)
SAMPLE_ROWS = 50  # the rows whose values the guesses look at (the dialog shows a few of them)
AMBIGUOUS_TITLE = "prefix|title"  # "Title", "Titre", "Titel": a courtesy title or a job title


class Confidence(IntEnum):
    UNCERTAIN = 0  # for the user to choose; kept as a custom field until then
    LIKELY = 1  # a word of its name, or its values, say what it is
    CERTAIN = 2  # a recognised layout, a known column name, or the user's own choice


@dataclass(frozen=True, slots=True)
class ColumnGuess:
    header: str
    target: str  # "given", "phone:cell", "address:work:street", "custom", "numbered"...
    confidence: Confidence
    reason: str  # in English, for the CLI's warning

    @property
    def uncertain(self) -> bool:
        return self.confidence is Confidence.UNCERTAIN


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """How a file's columns are read, one guess per column (in the header's order)."""

    layout: str  # the recognised program's layout ("Outlook CSV"), "" when guessed one by one
    columns: tuple[ColumnGuess, ...]
    numbered: bool  # Google's "E-mail 1 - Value" groups are read as such

    @property
    def uncertain(self) -> tuple[ColumnGuess, ...]:
        return tuple(c for c in self.columns if c.uncertain)

    def targets(self) -> tuple[str, ...]:
        """The field each column fills when read now: an uncertain one is kept as a custom
        field (never dropped, never put where it may not belong)."""
        return tuple("custom" if c.uncertain else c.target for c in self.columns)


def fold_header(name: str) -> str:
    """A column name as compared: no case, accents, spaces or punctuation ("E-mail
    Address" and "Email address" are one; "Société " is "societe")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


@dataclass(frozen=True, slots=True)
class _Layout:
    name: str
    table: Mapping[str, tuple[str, ...]]  # header (trimmed) -> targets by occurrence
    signatures: tuple[frozenset[str], ...]
    numbered: bool


def _targets(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else (str(value),)


def _load_layouts() -> tuple[_Layout, ...]:
    known = json.loads((_HEADERS / "known.json").read_text(encoding="utf-8"))
    layouts = []
    for entry in known.values():
        table = {str(name).strip(): _targets(t) for name, t in entry["headers"].items()}
        signatures = tuple(
            frozenset(str(name).strip() for name in signature)
            for signature in entry.get("signatures", ())
        )
        layouts.append(_Layout(entry["name"], table, signatures, bool(entry.get("numbered"))))
    return tuple(layouts)


def _load_vocabulary(layouts: Sequence[_Layout]) -> dict[str, tuple[str, ...]]:
    groups = json.loads((_HEADERS / "columns.json").read_text(encoding="utf-8"))
    vocabulary: dict[str, tuple[str, ...]] = {}
    tables = [g for key, g in groups.items() if not key.startswith("_")]
    for table in [*tables, *(layout.table for layout in layouts)]:
        for name, targets in table.items():
            if not name.startswith("_"):
                vocabulary.setdefault(fold_header(name), _targets(targets))
    return vocabulary


_LAYOUTS = _load_layouts()
_VOCABULARY = _load_vocabulary(_LAYOUTS)

# Words of a column name no table knows (the weaker guess): first match wins.
_WORDS = tuple(
    (re.compile(pattern, re.IGNORECASE), target)
    for pattern, target in (
        (r"e-?mail|courriel|correo|ταχυδρομ", "email:"),
        (r"mobil|cell|móvil|movil|portable|handy|κινητ", "phone:cell"),
        (r"fax|télécopie|φαξ", "phone:fax"),
        (r"phone|tel|teléfono|telefon|τηλ", "phone:"),
        (r"^(first|given|fore) ?name|prénom|vorname|^nombre$|^όνομα", "given"),
        (r"^(last|family|sur) ?name|^nom$|nachname|apellido|επώνυμο", "family"),
        (r"company|organi[sz]ation|société|empresa|firma|εταιρ", "organization"),
        (r"title|job|position|poste|cargo|puesto|beruf|θέση", "title"),
        (r"^(full )?name$|contact$|display|anzeigename|εμφανιζ", "formatted"),
        (r"birth|geburt|naissance|nacimiento|cumpleaños|γέννηση|γενέθλια", "birthday"),
        (r"note|comment|remarque|notiz|nota|σημείωσ", "note"),
        (r"^im\b|messenger|skype|jabber|icq|\baim\b|\bmsn\b|yahoo|screen name", "impp:"),
        (r"web|url|site|homepage|ιστοσελ", "url:"),
        (r"zip|postal|postcode|plz|ταχ\. ?κ", "address:work:postal_code"),
        (r"street|address|adresse|dirección|straße|strasse|\brue\b|calle|οδός|διεύθυνση",
         "address:work:street"),
        (r"city|town|ville|ciudad|stadt|\bort\b|πόλη", "address:work:locality"),
        (r"country|pays|país|\bland\b|χώρα", "address:work:country"),
        (r"state|region|province|provincia|bundesland|πολιτεία|νομός", "address:work:region"),
        (r"categor|group|label|\btags?\b|kategor|κατηγορ", "categories"),
    )
)  # fmt: skip
_HOME = re.compile(r"home|privat|domicile|personal|particular|οικία", re.IGNORECASE)
_WORK = re.compile(r"work|business|office|bureau|geschäftlich|dienstlich|trabajo|εργασ", re.I)


def _typed(header: str, target: str) -> str:
    """A word-guessed address, phone or e-mail made home or work by its header."""
    where = "home" if _HOME.search(header) else "work" if _WORK.search(header) else ""
    if target.startswith("address:") and where:
        return target.replace(":work:", f":{where}:")
    if target in ("phone:", "email:") and where:
        return target + where
    return target


# What a column's values look like.
_EMAIL = re.compile(r"^(mailto:)?[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s.,;<>]+$", re.IGNORECASE)
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d\s().\-/]+((x|ext\.?|#)\s*\d+)?$", re.IGNORECASE)
_DATE = re.compile(
    r"^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"  # 1980-04-15, 15/04/1980, 4/15/80
    r"|\d{1,2}\.? [^\W\d]{3,9}\.? \d{4}"  # 15 Mar 2024 (LinkedIn)
    r"|[^\W\d]{3,9}\.? \d{1,2},? \d{4}"  # March 15, 2024
    r"|--\d{2}-?\d{2})$"  # --04-15
)
_HONORIFICS = frozenset(
    ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "mme", "mlle", "m",
     "me", "herr", "frau", "sr", "sra", "srta", "don", "doña", "dña", "κος", "κα", "κ", "δρ",
     "καθ", "hr", "fr")
)  # fmt: skip


def value_kind(value: str) -> str:
    """ "email", "url", "date", "phone", "honorific", "number" or "" (text)."""
    text = value.strip()
    if _EMAIL.match(text):
        return "email"
    if _URL.match(text):
        return "url"
    if _DATE.match(text):
        return "date"
    digits = sum(ch.isdigit() for ch in text)
    if _PHONE.match(text) and digits >= 7:
        return "phone"
    if text.isdigit():
        return "number"
    if text.casefold().rstrip(".") in _HONORIFICS:
        return "honorific"
    return ""


def column_kind(values: Sequence[str]) -> str:
    """The kind most (four in five) of a column's non-empty values share, else ""."""
    kinds = [value_kind(v) for v in values if v.strip()]
    if not kinds:
        return ""
    best = max(set(kinds), key=kinds.count)
    return best if kinds.count(best) * 5 >= len(kinds) * 4 else ""


def _day_numbers(values: Sequence[str]) -> bool:
    present = [v.strip() for v in values if v.strip()]
    return bool(present) and all(v.isdigit() and 1 <= int(v) <= 31 for v in present)


# The kinds of value each field's column may hold (checked for guesses from words only).
_FITS = {"email": ("email",), "url": ("url",), "birthday": ("date",), "anniversary": ("date",)}
_SINGLE = frozenset(
    ("given", "family", "additional", "prefix", "suffix", "formatted", "nickname",
     "organization", "department", "title", "role", "gender", "birthday", "anniversary",
     "birthday:year", "birthday:month", "birthday:day")
)  # fmt: skip


def _fits(target: str, values: Sequence[str], kind: str) -> bool:
    """Whether a column's values may belong to ``target`` (no values: they may)."""
    if not any(v.strip() for v in values):
        return True
    field = target.split(":", 1)[0]
    if field == "phone":  # loosely: "100", "+30 210 555 0101", "555-1234 x12"
        return all(_PHONE.match(v.strip()) for v in values if v.strip())
    expected = _FITS.get(field)
    return expected is None or kind in expected


def _known_guess(header: str, target: str, values: Sequence[str], kind: str) -> ColumnGuess:
    """A column whose name a table knows: its values overrule it only when they are plainly
    something else (addresses in a "Phone" column)."""
    field = target.split(":", 1)[0]
    if kind == "email" and field not in ("email", "custom", "ignore"):
        return ColumnGuess(header, "email:", Confidence.CERTAIN, "its values are e-mail addresses")
    if kind == "url" and field not in ("url", "custom", "ignore", "note"):
        return ColumnGuess(header, "url:", Confidence.LIKELY, "its values are web addresses")
    if target == "birthday" and _day_numbers(values):
        return ColumnGuess(header, "birthday:day", Confidence.LIKELY, "its values are days")
    return ColumnGuess(header, target, Confidence.CERTAIN, "a known column name")


def _unknown_guess(header: str, values: Sequence[str], kind: str) -> ColumnGuess:
    """A column no table knows: by its values, then by the words of its name."""
    if kind == "email":
        return ColumnGuess(header, "email:", Confidence.CERTAIN, "its values are e-mail addresses")
    if kind == "url":
        return ColumnGuess(header, "url:", Confidence.LIKELY, "its values are web addresses")
    if kind == "phone":  # which phone, its name may say ("Work Mobile")
        word = next((t for p, t in _WORDS if p.search(header)), "")
        target = _typed(header, word if word.startswith("phone:") else "phone:")
        return ColumnGuess(header, target, Confidence.LIKELY, "its values are phone numbers")
    if kind == "honorific":
        return ColumnGuess(header, "prefix", Confidence.LIKELY, "its values are courtesy titles")
    for pattern, word_target in _WORDS:
        if pattern.search(header):
            target = _typed(header, word_target)
            if _fits(target, values, kind):
                return ColumnGuess(header, target, Confidence.LIKELY, "a word of its name")
            return ColumnGuess(
                header, "custom", Confidence.UNCERTAIN, "its name and its values disagree"
            )
    if not any(v.strip() for v in values):
        return ColumnGuess(header, "custom", Confidence.LIKELY, "no values in its first rows")
    return ColumnGuess(header, "custom", Confidence.UNCERTAIN, "an unknown column name")


def _title_guess(header: str, values: Sequence[str], others: Sequence[str]) -> ColumnGuess:
    """ "Title": a courtesy title (Outlook's, next to its "Job Title") or a job title (a
    spreadsheet's or ACT!'s, next to a "Contact" full-name column)."""
    present = [v for v in values if v.strip()]
    honorific = [v for v in present if value_kind(v) == "honorific"]
    if present and len(honorific) * 5 >= len(present) * 4:
        return ColumnGuess(header, "prefix", Confidence.CERTAIN, "its values are courtesy titles")
    if "title" in others:
        return ColumnGuess(header, "prefix", Confidence.LIKELY, "another column is the job title")
    if honorific:
        return ColumnGuess(
            header, "prefix", Confidence.UNCERTAIN, "a courtesy title or a job title"
        )
    if "formatted" in others:
        return ColumnGuess(header, "title", Confidence.CERTAIN, "next to a full-name column")
    if present:
        return ColumnGuess(header, "title", Confidence.LIKELY, "its values are no courtesy titles")
    return ColumnGuess(header, "prefix", Confidence.LIKELY, "no values in its first rows")


def _recognise(headers: Sequence[str]) -> _Layout | None:
    present = {h.strip() for h in headers}
    for layout in _LAYOUTS:
        if any(signature <= present for signature in layout.signatures):
            return layout
    return None


def occurrence_keys(headers: Sequence[str]) -> tuple[str, ...]:
    """A key per column for a mapping: its name, or "Name#2" for the second column of that
    name (French Outlook writes "Titre" twice)."""
    seen: dict[str, int] = {}
    keys = []
    for header in headers:
        seen[header] = seen.get(header, 0) + 1
        keys.append(header if seen[header] == 1 else f"{header}#{seen[header]}")
    return tuple(keys)


def map_columns(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    chosen: Mapping[str, str] | None = None,
) -> ColumnMap:
    """Each column's field and how sure the guess is, from the header row and the first
    rows; ``chosen`` (column name, or "Name#2", -> field) is the user's, and wins."""
    values = [[row[i] for row in rows if i < len(row)] for i in range(len(headers))]
    kinds = [column_kind(v) for v in values]
    layout = _recognise(headers)
    seen: dict[str, int] = {}
    guesses: list[ColumnGuess | None] = []
    for index, header in enumerate(headers):
        occurrence = seen.get(header.strip(), 0)
        seen[header.strip()] = occurrence + 1
        if layout is not None and header.strip() in layout.table:
            targets = layout.table[header.strip()]
            target = targets[min(occurrence, len(targets) - 1)]
            guesses.append(ColumnGuess(header, target, Confidence.CERTAIN, layout.name))
        elif NUMBERED.match(header):
            guesses.append(ColumnGuess(header, "numbered", Confidence.CERTAIN, "Google's groups"))
        elif not header.strip():
            guesses.append(ColumnGuess(header, "custom", Confidence.LIKELY, "no column name"))
        elif known := _VOCABULARY.get(fold_header(header)):
            target = known[min(occurrence, len(known) - 1)]
            guesses.append(
                None
                if target == AMBIGUOUS_TITLE
                else _known_guess(header, target, values[index], kinds[index])
            )
        else:
            guesses.append(_unknown_guess(header, values[index], kinds[index]))
    others = [g.target for g in guesses if g is not None]
    resolved = [
        g if g is not None else _title_guess(headers[i], values[i], others)
        for i, g in enumerate(guesses)
    ]
    if layout is None:
        resolved = _one_column_per_field(resolved, values)
    else:  # a column the layout lacks never takes a field from one of the layout's
        held = {g.target for g in resolved if g.reason == layout.name} & _SINGLE
        resolved = [
            replace(g, target="custom", reason=f"{layout.name} fills this field elsewhere")
            if g.reason != layout.name and g.target in held
            else g
            for g in resolved
        ]
    for index, key in enumerate(occurrence_keys(headers)):
        choice = (chosen or {}).get(key)
        if choice is not None:
            resolved[index] = ColumnGuess(headers[index], choice, Confidence.CERTAIN, "chosen")
    return ColumnMap(
        layout.name if layout else "",
        tuple(resolved),
        any(g.target == "numbered" for g in resolved),
    )


def _one_column_per_field(
    guesses: list[ColumnGuess], values: Sequence[Sequence[str]]
) -> list[ColumnGuess]:
    """A field that holds one value (a given name, a company) guessed for two columns with
    values: the surest (then the first) keeps it, the other is uncertain."""
    out = list(guesses)
    for target in {g.target for g in guesses if g.target in _SINGLE}:
        holders = [
            i for i, g in enumerate(guesses)
            if g.target == target and any(v.strip() for v in values[i])
        ]  # fmt: skip
        if len(holders) < 2:
            continue
        keeper = max(holders, key=lambda i: (guesses[i].confidence, -i))
        for i in holders:
            if i != keeper:
                out[i] = replace(
                    guesses[i],
                    confidence=Confidence.UNCERTAIN,
                    reason=f'column "{guesses[keeper].header}" fills this field too',
                )
    return out


# The fields a mapping may name.
_SCALARS = (
    "given", "family", "additional", "prefix", "suffix", "formatted", "nickname",
    "organization", "department", "title", "role", "note", "gender", "birthday", "anniversary",
    "categories", "custom", "ignore",
)  # fmt: skip
_ADDRESS_PARTS = (
    "street", "street2", "street3", "locality", "region", "postal_code", "country", "po_box",
    "extended", "label",
)  # fmt: skip
_TYPES = re.compile(r"^[a-z0-9-]+(,[a-z0-9-]+)*$")
FIELD_NAMES = (
    ", ".join(_SCALARS)
    + ", birthday:year|month|day, email[:TYPES], phone[:TYPES], url[:TYPES], impp, "
    + "address:work|home|other:"
    + "|".join(_ADDRESS_PARTS)
    + " (TYPES: words such as work, home, cell, fax, voice, joined by commas)"
)


def is_field(target: str) -> bool:
    """Whether ``target`` is a field a column may fill ("given", "phone:work,voice",
    "address:home:postal_code"...)."""
    kind, _, rest = target.partition(":")
    if kind in _SCALARS:
        return not rest or (kind == "birthday" and rest in ("year", "month", "day"))
    if kind in ("email", "phone", "url", "impp"):
        return not rest or bool(_TYPES.match(rest))
    if kind == "address":
        where, _, part = rest.partition(":")
        return where in ("work", "home", "other") and part in _ADDRESS_PARTS
    return False
