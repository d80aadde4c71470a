"""CSV files of contacts (Outlook, Google, Thunderbird, a spreadsheet) to contact drafts.

Which field each column fills is ``csv_columns``' guess from the header row and the first
rows; a column it is unsure of is kept as a custom field (never dropped) and reported as a
warning naming ``--mapping``, until the user's mapping says what it is. Encodings: a BOM
(UTF-8, UTF-16), else UTF-8, else the legacy code page charset-normalizer finds (the user's
choice wins, and breaks its ties). Delimiters: comma, semicolon (European Excel), tab. A
preamble before the header row (LinkedIn's "Notes:") is skipped.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path

from crm_desktop.errors import InputTooLargeError, InvalidValueError, NoRecordsError, NoRecordsKind
from crm_desktop.interop.csv_cells import unneutralized
from crm_desktop.interop.csv_columns import (
    SAMPLE_ROWS,
    ColumnGuess,
    ColumnMap,
    Confidence,
    map_columns,
    occurrence_keys,
)
from crm_desktop.interop.csv_encoding import SAMPLE_BYTES, detect_encoding
from crm_desktop.interop.csv_groups import Numbered, add_cell, read_groups
from crm_desktop.interop.csv_groups import split_multi as _split_multi
from crm_desktop.interop.csv_lines import BoundedLines, RowTooLongError
from crm_desktop.interop.csv_names import formatted_from_email_display
from crm_desktop.interop.csv_quotes import swallowed_rows
from crm_desktop.interop.limits import MAX_LINE_BYTES, MAX_PROPERTIES, check_file_size, too_large
from crm_desktop.interop.vcard_import import ReadCard
from crm_desktop.records.control_characters import has_control_characters
from crm_desktop.records.date_range import FIRST_YEAR, LAST_YEAR, RANGE_TEXT
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ImppValue,
    PhoneValue,
    PhotoValue,
    UrlValue,
)
from crm_desktop.records.partial_dates import normalize_partial_date
from crm_desktop.records.problems import Problem

FIELD_LIMIT = MAX_LINE_BYTES  # a note can be long; an unmatched quote must not eat the file


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _header_row(first_line: str) -> tuple[str, list[str]]:
    """The delimiter and the column names of a header line (as the mapping keys them)."""
    delimiter = _sniff_delimiter(first_line)
    csv.field_size_limit(FIELD_LIMIT)
    names = next(csv.reader([first_line], delimiter=delimiter))
    return delimiter, [h.strip().lstrip("\ufeff") for h in names]


_PREAMBLE_LINES = 20
_QUOTED = re.compile(r'"[^"]*"')
_PREAMBLE_TITLE = re.compile(r"[^\W\d][\w ]{0,39}:")  # "Notes:"


def _opens_preamble(first_line: str) -> bool:
    """A first line that is a title and not a header: LinkedIn's Connections.csv starts
    with "Notes:", a quoted paragraph and an empty line before its column names."""
    return bool(_PREAMBLE_TITLE.fullmatch(first_line.strip().lstrip("\ufeff")))


def header_line_index(lines: list[str]) -> int:
    """Which of a file's first lines holds the column names: the first, unless the file
    opens with a preamble (``_opens_preamble``): then the first line after it with a
    delimiter outside quotes."""
    if not lines or not _opens_preamble(lines[0]):
        return 0
    quoted = False
    for index, line in enumerate(lines[1:_PREAMBLE_LINES], start=1):
        if line.count('"') % 2:
            quoted = not quoted
            continue
        if not quoted and any(d in _QUOTED.sub("", line) for d in ",;\t"):
            return index
    return 0


_NO_DATE = {"", "0/0/00", "0/0/0000", "00/00/0000"}


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})")


def _date(row: _Row, field_name: str) -> str | None:
    """The (partial) date in ``field_name``; one that cannot be read (or is outside the years
    kept) is kept as a custom field of that name, with a warning."""
    value = row.fields.get(field_name, "")
    try:
        return _date_text(value.strip(), field_name)
    except InvalidValueError as error:
        label = field_name.capitalize()
        outside = error.expected == RANGE_TEXT
        why = f"is outside the years {FIRST_YEAR} to {LAST_YEAR}" if outside else "is not a date"
        row.custom.append(CustomValue(label, value.strip()))
        row.warnings.append(f'{label} {value.strip()!r} {why}; kept as the custom field "{label}"')
        return None


@lru_cache(maxsize=1 << 14)  # a date is read once per distinct text (an import repeats them)
def _date_text(text: str, field_name: str) -> str | None:
    """The (partial) date a cell's trimmed text says, normalized; None for none. Raises
    ``InvalidValueError`` for one that cannot be read or is outside the years kept."""
    if text in _NO_DATE:
        return None
    match = _DAY_MONTH_YEAR.fullmatch(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        month, day = (second, first) if first > 12 else (first, second)  # Outlook: M/D/YYYY
        year += 1900 if year < 100 and year > 30 else 2000 if year < 100 else 0
        text = f"{year:04d}-{month:02d}-{day:02d}"
    text = text.split("T", 1)[0].split(" ", 1)[0]
    return normalize_partial_date(text, field_name)


class _Row:
    """What the cells of one row say, gathered column by column (one per row: plain slots)."""

    __slots__ = (
        "addresses", "birthday_parts", "categories", "custom", "email_displays", "emails",
        "fields", "impp", "numbered", "phones", "primary_phones", "urls", "warnings",
    )  # fmt: skip

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.emails: list[EmailValue] = []
        self.phones: list[PhoneValue] = []
        self.addresses: dict[str, dict[str, str]] = {}
        self.urls: list[UrlValue] = []
        self.impp: list[ImppValue] = []
        self.custom: list[CustomValue] = []
        self.categories: list[str] = []
        self.birthday_parts: dict[str, str] = {}
        self.numbered: Numbered = {}
        self.email_displays: list[str] = []  # Outlook's "Name (address)"
        self.primary_phones: list[str] = []  # Outlook's "Primary Phone"
        self.warnings: list[str] = []  # on values read, at the row's line


def _types(spec: str) -> tuple[tuple[str, ...], bool]:
    parts = [p for p in spec.split(",") if p]
    return tuple(p for p in parts if p != "pref"), "pref" in parts


_SCALARS = frozenset(
    ("given", "family", "additional", "prefix", "suffix", "formatted", "nickname",
     "organization", "department", "title", "role", "note", "gender", "anniversary")
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Column:
    """How one column fills a row, worked out once per file from its target ("email:work,pref"
    is kind "email", types ("work",), preferred)."""

    index: int
    header: str
    kind: str
    rest: str
    types: tuple[str, ...]
    preferred: bool
    where: str = ""  # an address column: which address ("work"), and which part ("street")
    part: str = ""


def _plan(headers: list[str], targets: tuple[str, ...]) -> tuple[_Column, ...]:
    """The columns that fill something, in file order (ignored ones left out)."""
    plan: list[_Column] = []
    for index, (header, target) in enumerate(zip(headers, targets, strict=False)):
        kind, _, rest = target.partition(":")
        if kind == "ignore":
            continue
        types, preferred = _types(rest) if kind in ("email", "phone", "url") else ((), False)
        where, _, part = rest.partition(":") if kind == "address" else ("", "", "")
        plan.append(_Column(index, header, kind, rest, types, preferred, where, part))
    return tuple(plan)


_LIST_SEPARATORS = re.compile(r"[;,]")


def _apply(row: _Row, column: _Column, value: str) -> None:
    kind = column.kind
    if kind in _SCALARS:
        previous = row.fields.get(kind)
        row.fields[kind] = f"{previous}\n{value}" if previous and kind == "note" else value
    elif kind == "email":
        types, preferred = column.types, column.preferred
        row.emails += [EmailValue(v, types, preferred) for v in _split_multi(value)]
    elif kind == "phone" and column.preferred and not column.types:  # "Primary Phone"
        row.primary_phones += _split_multi(value)
    elif kind == "phone":
        types, preferred = column.types, column.preferred
        row.phones += [PhoneValue(v, types, preferred) for v in _split_multi(value)]
    elif kind == "birthday":
        if column.rest:
            row.birthday_parts[column.rest] = value
        else:
            row.fields["birthday"] = value
    elif kind == "address":
        row.addresses.setdefault(column.where, {})[column.part] = value
    elif kind == "url":
        row.urls += [UrlValue(v, column.types) for v in _split_multi(value)]
    elif kind == "impp":
        row.impp.append(ImppValue(value))
    elif kind == "categories":  # Google's " ::: ", else Windows' list separator
        for name in value.split(" ::: ") if " ::: " in value else _LIST_SEPARATORS.split(value):
            name = name.strip()
            if name and not name.startswith("*"):  # Google's system groups: "* myContacts"
                row.categories.append(name)
    elif kind == "numbered":
        add_cell(row.numbered, column.header, value)
    elif kind == "email_display":
        row.email_displays.append(value)
    elif kind == "photo":
        row.fields.setdefault("photo", value)
    else:
        row.custom.append(CustomValue(column.header, value))


def _primary_phone_marked(row: _Row) -> tuple[PhoneValue, ...]:
    """Outlook's "Primary Phone" marks the phone of the row with that number as preferred
    (the first, in column order), or is a preferred phone of its own."""
    phones = list(row.phones)
    for value in row.primary_phones:
        same = next((i for i, p in enumerate(phones) if p.value == value), None)
        if same is None:
            phones.append(PhoneValue(value, (), True))
        else:
            marked = phones[same]  # built directly: ``dataclasses.replace`` is ~5x slower
            phones[same] = PhoneValue(marked.value, marked.types, True, marked.custom_label)
    return tuple(phones)


def _draft(row: _Row) -> ContactDraft:
    groups = read_groups(row.numbered) if row.numbered else None  # Google's groups
    if groups is not None:
        for name, value in groups.fields.items():
            row.fields.setdefault(name, value)
        row.emails += groups.emails
        row.phones += groups.phones
        row.urls += groups.urls
        row.impp += groups.impp
        row.custom += groups.custom
    f = row.fields
    parts = row.birthday_parts
    if parts.get("month") and parts.get("day"):
        year, month, day = parts.get("year", ""), parts["month"], parts["day"]
        if month.isdigit() and day.isdigit() and (not year or year.isdigit()):
            f["birthday"] = (
                f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
                if year
                else f"--{int(month):02d}-{int(day):02d}"
            )
        else:  # "April": not a date we can read, kept as written rather than lost
            row.custom.append(CustomValue("Birthday", " ".join(p for p in (day, month, year) if p)))
    addresses = []
    for where, parts in row.addresses.items():
        street = "\n".join(
            parts.get(k, "") for k in ("street", "street2", "street3") if parts.get(k)
        )
        addresses.append(
            AddressValue(
                (where,) if where in ("work", "home") else (), False, parts.get("po_box", ""),
                parts.get("extended", ""), street, parts.get("locality", ""),
                parts.get("region", ""), parts.get("postal_code", ""), parts.get("country", ""),
                parts.get("label", ""),
            )
        )  # fmt: skip
    if groups is not None:
        addresses += groups.addresses
    organization = f.get("organization", "")
    formatted = f.get("formatted", "") or (
        formatted_from_email_display(row.email_displays, [e.value for e in row.emails])
        if row.email_displays
        else ""
    )
    # Before the custom fields: a bad one becomes one.
    birthday = _date(row, "birthday") if "birthday" in f else None
    anniversary = _date(row, "anniversary") if "anniversary" in f else None
    return ContactDraft(
        formatted_name=formatted,
        prefix=f.get("prefix", ""),
        given_name=f.get("given", ""),
        additional_names=f.get("additional", ""),
        family_name=f.get("family", ""),
        suffix=f.get("suffix", ""),
        nickname=f.get("nickname", ""),
        title=f.get("title", ""),
        department=f.get("department", ""),
        role=f.get("role", ""),
        birthday=birthday,
        anniversary=anniversary,
        gender="" if f.get("gender", "").lower() in ("", "unspecified") else f["gender"],
        note=f.get("note", ""),
        categories=tuple(dict.fromkeys(row.categories)),
        emails=tuple(row.emails),
        phones=_primary_phone_marked(row) if row.primary_phones else tuple(row.phones),
        addresses=tuple(addresses),
        urls=tuple(row.urls),
        impp=tuple(row.impp),
        custom_fields=tuple(row.custom),
        photo=PhotoValue(uri=f["photo"]) if f.get("photo") else None,
        accounts=(AccountLinkDraft(organization, f.get("title", ""), True),)
        if organization
        else (),
    )


_NOBODY = ContactDraft()


def read_csv_file(
    path: Path,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
    locale_name: str | None = None,
) -> Iterator[ReadCard | Problem]:
    """Every row of a CSV file as a contact draft (or a ``Problem``), streamed.

    ``mapping`` (column name, or "Name#2" for the second of that name, -> field) is the
    user's choice and wins over the guesses. A column still uncertain is kept as a custom
    field and reported once, as a warning at the header row.
    Raises ``NoRecordsError`` for a file without a header and a row.
    """
    if path.is_dir():
        raise NoRecordsError(path, "is a folder, not a file of contacts", kind=NoRecordsKind.FOLDER)
    check_file_size(path)
    with path.open("rb") as raw:
        sample = raw.read(SAMPLE_BYTES)
        raw.seek(0)
        chosen = detect_encoding(sample, encoding, locale_name)
        text = io.TextIOWrapper(raw, encoding=chosen, errors="replace", newline="")
        try:
            first = text.readline(MAX_LINE_BYTES + 1)
        except UnicodeError as error:  # "utf-16" asked for a file without its byte-order mark
            raise NoRecordsError(
                path,
                f"cannot be read in the character set {chosen} ({error})",
                kind=NoRecordsKind.CHARSET,
            ) from None
        read_ahead = [first]
        if _opens_preamble(first):
            read_ahead += [text.readline(MAX_LINE_BYTES + 1) for _ in range(_PREAMBLE_LINES)]
        header_index = header_line_index(read_ahead)
        first = read_ahead[header_index]
        if len(first) > MAX_LINE_BYTES:
            raise InputTooLargeError(path, "line", MAX_LINE_BYTES, header_index + 1)
        if not first.strip():
            raise NoRecordsError(path, "holds no header row", kind=NoRecordsKind.NO_HEADER)
        delimiter, headers = _header_row(first)
        if len(headers) > MAX_PROPERTIES:
            raise InputTooLargeError(path, "columns", MAX_PROPERTIES, header_index + 1)
        lines = BoundedLines(text, [ln for ln in read_ahead[header_index + 1 :] if ln])
        rows = _rows(csv.reader(lines, delimiter=delimiter), lines, path.name, header_index + 1)
        head = list(itertools.islice(rows, SAMPLE_ROWS))
        columns = map_columns(headers, [r[1] for r in head if not isinstance(r, Problem)], mapping)
        for guess in columns.uncertain:
            yield Problem(path.name, header_index + 1, uncertain_message(guess), fatal=False)
        plan = _by_index(_plan(headers, columns.targets()), len(headers))
        plain_headers = not has_control_characters("\n".join(headers))
        kinds = [target.partition(":")[0] for target in columns.targets()]
        count = 0
        for item in itertools.chain(head, rows):
            count += 1  # a row that cannot be read is a row too: the file is not empty
            if isinstance(item, Problem):
                yield item
                continue
            start, cells, more, at_end = item
            broken = (
                swallowed_rows(path.name, start, cells, more, at_end, headers, kinds, delimiter)
                if more or at_end
                else None
            )
            if broken is not None:
                yield broken
                continue
            if len(cells) > MAX_PROPERTIES:
                yield Problem(path.name, start, too_large("cells"))
                continue
            row = _row(plan, cells)
            draft = _draft(row)
            # Not an empty row, nor one of Google's "* myContacts" alone (a row with a name,
            # an e-mail or a phone is neither: the whole comparison is for the others).
            if draft.given_name or draft.family_name or draft.emails or draft != _NOBODY:
                warned = (Problem(path.name, start, text, fatal=False) for text in row.warnings)
                # Its text comes from its cells and the column names: checked in one search.
                plain = plain_headers and not has_control_characters("".join(cells))
                yield ReadCard(draft, start, "csv", tuple(warned), plain=plain)
        if count == 0:
            raise NoRecordsError(
                path, "holds a header but no contact rows", kind=NoRecordsKind.NO_ROWS
            )


def uncertain_message(guess: ColumnGuess) -> str:
    """The warning for a column kept as a custom field because its field is uncertain."""
    example = guess.target if guess.target not in ("custom", "ignore") else "note"
    return (
        f'column "{guess.header}" is not recognised ({guess.reason}); its values were kept as '
        f'the custom field "{guess.header}": to import it as a field, give a mapping with '
        f'--mapping FILE (a JSON object such as {{"{guess.header}": "{example}"}})'
    )


def _rows(
    reader: Iterator[list[str]], lines: BoundedLines, file_name: str, header_line: int
) -> Iterator[tuple[int, list[str], list[str], bool] | Problem]:
    """Each row with the physical line it starts on, its lines if it has several (else an
    empty list) and whether the file ended inside it (a quote never closed); a row that
    cannot be read ends the file with a ``Problem`` at that line."""
    line = header_line
    while True:
        lines.start_record()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except (csv.Error, RowTooLongError) as error:  # a quote never closed ran on too far
            reason = too_large("row") if isinstance(error, RowTooLongError) else str(error)
            yield Problem(
                file_name,
                line + 1,  # where the unreadable row starts
                f"this row cannot be read as CSV ({reason}); it and the rows after it "
                "were not imported",
            )
            return
        start = line + 1
        line = lines.read + header_line
        yield start, cells, lines.of_record(), lines.ended


def _by_index(plan: tuple[_Column, ...], width: int) -> tuple[_Column | None, ...]:
    """The plan as one slot per column of the header (None: a column that fills nothing)."""
    slots: list[_Column | None] = [None] * width
    for column in plan:
        slots[column.index] = column
    return tuple(slots)


def _row(columns: tuple[_Column | None, ...], cells: list[str]) -> _Row:
    row = _Row()
    fields = row.fields
    # Only the cells with text, with their columns (most of an Outlook row's 92 are empty):
    # ``compress`` picks both in C; a short row simply ends early, cells past the header's
    # columns fill nothing.
    for column, cell in zip(compress(columns, cells), compress(cells, cells), strict=False):
        if column is None:
            continue
        value = cell.strip()
        if value[:1] == "'":
            value = unneutralized(value)
        if not value:
            continue
        kind = column.kind  # _apply's commonest cases, inline: they run for every cell
        if kind in _SCALARS and (kind != "note" or kind not in fields):
            fields[kind] = value
        elif kind == "address":
            if column.where in row.addresses:
                row.addresses[column.where][column.part] = value
            else:
                row.addresses[column.where] = {column.part: value}
        elif kind == "email" and " ::: " not in value:
            if value := value.strip():
                row.emails.append(EmailValue(value, column.types, column.preferred))
        elif kind == "phone" and " ::: " not in value:
            if not (value := value.strip()):
                continue
            if column.types or not column.preferred:
                row.phones.append(PhoneValue(value, column.types, column.preferred))
            else:  # Outlook's "Primary Phone"
                row.primary_phones.append(value)
        elif kind == "email_display":
            row.email_displays.append(value)
        else:
            _apply(row, column, value)
    return row


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """What the column-mapping dialog shows: each column, its first values, the field it is
    guessed to fill and how sure that guess is, and the known program's layout if one was
    recognised."""

    headers: tuple[str, ...]
    keys: tuple[str, ...]  # each column's key in a mapping ("Titre", then "Titre#2")
    samples: tuple[tuple[str, ...], ...]  # per column, its first non-empty values
    targets: tuple[str, ...]
    confidences: tuple[Confidence, ...]
    known_format: str  # "" when the columns were guessed one by one

    @property
    def uncertain_headers(self) -> tuple[str, ...]:
        """The columns the user has to choose a field for."""
        return tuple(
            h
            for h, c in zip(self.headers, self.confidences, strict=True)
            if c is Confidence.UNCERTAIN
        )


def preview_csv(
    path: Path, *, encoding: str | None = None, locale_name: str | None = None, rows: int = 3
) -> CsvPreview:
    """The header and first rows of a CSV file, and the guesses the import would make."""
    with path.open("rb") as raw:
        sample = raw.read(SAMPLE_BYTES)
    text = sample.decode(detect_encoding(sample, encoding, locale_name), errors="replace").lstrip(
        "\ufeff"
    )
    lines = text.splitlines(keepends=True)
    header_index = header_line_index(lines[: _PREAMBLE_LINES + 1])
    if not lines or not lines[header_index].strip():
        raise NoRecordsError(path, "holds no header row", kind=NoRecordsKind.NO_HEADER)
    delimiter, headers = _header_row(lines[header_index])
    csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(io.StringIO("".join(lines[header_index + 1 :])), delimiter=delimiter)
    try:
        head = list(itertools.islice(reader, SAMPLE_ROWS))
    except csv.Error:  # the sample ends inside a quoted value
        head = []
    values: list[list[str]] = [[] for _ in headers]
    for cells in head:
        for index, cell in enumerate(cells[: len(headers)]):
            if cell.strip() and len(values[index]) < rows:
                values[index].append(cell.strip())
    columns: ColumnMap = map_columns(headers, head)
    return CsvPreview(
        tuple(headers),
        occurrence_keys(headers),
        tuple(tuple(v) for v in values),
        tuple(c.target for c in columns.columns),
        tuple(c.confidence for c in columns.columns),
        columns.layout,
    )


def header_signature(headers: tuple[str, ...]) -> str:
    """A key for a file's header row: the mapping chosen for it is remembered under it."""
    import hashlib

    return hashlib.sha256("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
