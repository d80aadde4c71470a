"""CSV files of contacts (Outlook, Google, Thunderbird, a spreadsheet) to contact drafts.

The header row says which program wrote the file: the tables of known headers are data
(``csv_headers/known.json``), and a header no table knows is guessed from its words; a
column nothing maps is kept as a custom field, never dropped. Encodings: a BOM (UTF-8,
UTF-16), else UTF-8, else the legacy code page charset-normalizer finds (the user's choice
wins, and breaks its ties). Delimiters: comma, semicolon (European Excel), tab.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.errors import InputTooLargeError, InvalidValueError, NoRecordsError
from crm_desktop.interop.limits import MAX_LINE_BYTES, MAX_PROPERTIES, check_file_size, too_large
from crm_desktop.interop.vcard_import import ReadCard
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ImppValue,
    PhoneValue,
    UrlValue,
)
from crm_desktop.records.partial_dates import normalize_partial_date
from crm_desktop.records.problems import Problem

_KNOWN = json.loads(
    (Path(__file__).parent / "csv_headers" / "known.json").read_text(encoding="utf-8")
)
_NUMBERED = re.compile(
    r"^(E-mail|Phone|Address|Website|Organization|Custom Field|Event|IM|Relation) (\d+) - (.+)$"
)
_SAMPLE = 64 * 1024
FIELD_LIMIT = MAX_LINE_BYTES  # a note can be long; an unmatched quote must not eat the file
NEUTRALIZED = ("=", "+", "-", "@", "\t", "\r")  # cells our export prefixed with '


@dataclass
class CsvFormat:
    """How a file's columns map to contact fields."""

    name: str
    mapping: dict[str, str]  # header -> target ("given", "phone:cell", "address:work:street"...)
    numbered: bool = False


# The ANSI code page Windows (and so Outlook and Excel) writes for each language.
_WINDOWS_CODE_PAGE = {
    **dict.fromkeys(("cs", "hr", "hu", "pl", "ro", "sk", "sl", "sq", "bs"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk"), "cp1251"),
    "el": "cp1253",
    **dict.fromkeys(("tr", "az"), "cp1254"),
    "he": "cp1255",
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("et", "lv", "lt"), "cp1257"),
    "vi": "cp1258",
    "th": "cp874",
    "ja": "cp932",
    "zh": "cp936",
    "ko": "cp949",
}
# When the locale says nothing: the code pages Outlook writes, most common first.
_OUTLOOK_CODE_PAGES = (
    "cp1252", "cp1253", "cp1256", "cp1250", "cp1251", "cp1254", "cp1255", "cp1257", "cp1258",
)  # fmt: skip
_IN_WORD_SYMBOL = re.compile(r"(?<=\w)[^\w\s\x00-\x7f]|[^\w\s\x00-\x7f](?=\w)")


def _symbols_in_words(sample: bytes, encoding: str) -> int:
    """How many non-ASCII symbols the sample decodes to inside words ("£ukasz" read in
    Windows-1252 instead of "Łukasz" in -1250): fewer is likelier."""
    return len(_IN_WORD_SYMBOL.findall(sample.decode(encoding, errors="replace")))


def windows_code_page(locale_name: str) -> str:
    """The legacy code page a Windows machine in ``locale_name`` ("el_GR.UTF-8") writes."""
    language = re.split(r"[_.@-]", locale_name.strip(), maxsplit=1)[0].lower()
    return _WINDOWS_CODE_PAGE.get(language, "cp1252")


def detect_encoding(
    sample: bytes, preferred: str | None = None, locale_name: str | None = None
) -> str:
    """The encoding of a CSV file from its first bytes.

    A BOM decides; then ``preferred`` (the user's choice); then valid UTF-8; then the
    legacy code page charset-normalizer finds. Outlook and Excel write Windows code pages,
    and charset-normalizer's guesses among them often tie (Spanish text scores the same in
    Windows-1250 and -1252, Greek in -1251 and -1253; a DOS code page may even edge ahead
    on a short file): among the Windows code pages as clean as its best, the one that
    leaves no symbol inside a word wins, then the one that reads clearly more like a
    language, then that of ``locale_name``, then the one Outlook writes most. When it
    offers no Windows code page at all, the locale's wins if it reads the sample.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if preferred:
        return preferred
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start > len(sample) - 4:  # a character cut by the end of the sample
            return "utf-8"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    likely = windows_code_page(locale_name) if locale_name else "cp1252"
    if not matches:
        return likely
    least_chaos = min(m.chaos for m in matches)
    order = [likely, *(c for c in _OUTLOOK_CODE_PAGES if c != likely)]
    coherence = {
        codecs.lookup(m.encoding).name: m.coherence
        for m in matches
        if m.chaos <= least_chaos + 0.01
    }
    windows = [c for c in order if codecs.lookup(c).name in coherence]
    if not windows:  # on a few short rows it may offer none (two lines of Arabic: Shift JIS)
        try:
            sample.decode(likely)
            return likely
        except UnicodeDecodeError:
            return min(matches, key=lambda m: (m.chaos, -m.coherence)).encoding
    most = max(coherence[codecs.lookup(c).name] for c in windows)
    return min(
        windows,
        key=lambda c: (
            _symbols_in_words(sample, c),
            coherence[codecs.lookup(c).name] < most - 0.1,  # clearly less like a language
            order.index(c),
        ),
    )


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _header_row(first_line: str) -> tuple[str, list[str]]:
    """The delimiter and the column names of a header line (as the mapping keys them)."""
    delimiter = _sniff_delimiter(first_line)
    csv.field_size_limit(FIELD_LIMIT)
    names = next(csv.reader([first_line], delimiter=delimiter))
    return delimiter, [h.strip().lstrip("\ufeff") for h in names]


def _table(known: Mapping[str, object]) -> dict[str, str]:
    """A format's header table, its names trimmed as the file's are (French Outlook writes
    "Société " with a trailing space)."""
    headers = known["headers"]
    assert isinstance(headers, dict)
    return {str(name).strip(): str(target) for name, target in headers.items()}


def recognise(headers: list[str]) -> CsvFormat:
    """The known format these headers belong to, else a format guessed from their words."""
    best: tuple[int, str] = (0, "")
    for key, known in _KNOWN.items():
        table = _table(known)
        score = sum(1 for h in headers if h in table)
        if known.get("numbered"):
            score += sum(1 for h in headers if _NUMBERED.match(h))
        if score > best[0]:
            best = (score, key)
    if best[0] >= 3:
        known = _KNOWN[best[1]]
        return CsvFormat(known["name"], _table(known), bool(known.get("numbered")))
    return CsvFormat("guessed", {h: guess_target(h) for h in headers})


_GUESSES = (
    (re.compile(r"e-?mail|courriel|correo", re.I), "email:"),
    (re.compile(r"mobile|cell|móvil|portable|handy", re.I), "phone:cell"),
    (re.compile(r"fax", re.I), "phone:fax"),
    (re.compile(r"phone|tel|téléphone|teléfono", re.I), "phone:"),
    (re.compile(r"^(first|given)|prénom|nombre", re.I), "given"),
    (re.compile(r"^(last|family|sur)|^nom$|apellido", re.I), "family"),
    (re.compile(r"company|organi[sz]ation|société|empresa|firma", re.I), "organization"),
    (re.compile(r"title|position|poste|cargo", re.I), "title"),
    (re.compile(r"^(full )?name$|contact$|display", re.I), "formatted"),
    (re.compile(r"birth|anniversaire|nacimiento", re.I), "birthday"),
    (re.compile(r"note|comment|remarque", re.I), "note"),
    (re.compile(r"web|url|site", re.I), "url:"),
    (re.compile(r"street|address|adresse|dirección", re.I), "address:work:street"),
    (re.compile(r"city|town|ville|ciudad", re.I), "address:work:locality"),
    (re.compile(r"zip|postal|postcode|code postal", re.I), "address:work:postal_code"),
    (re.compile(r"country|pays|país", re.I), "address:work:country"),
    (re.compile(r"state|region|province", re.I), "address:work:region"),
    (re.compile(r"categor|group|label", re.I), "categories"),
)


def guess_target(header: str) -> str:
    """The best guess for a column no table knows (the mapping dialog's preselection)."""
    for pattern, target in _GUESSES:
        if pattern.search(header):
            return target
    return "custom"


def _unneutralize(value: str) -> str:
    return value[1:] if len(value) > 1 and value[0] == "'" and value[1] in NEUTRALIZED else value


_NO_DATE = {"", "0/0/00", "0/0/0000", "00/00/0000"}


def _date(value: str, field_name: str) -> str | None:
    text = value.strip()
    if text in _NO_DATE:
        return None
    match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        month, day = (second, first) if first > 12 else (first, second)  # Outlook: M/D/YYYY
        year += 1900 if year < 100 and year > 30 else 2000 if year < 100 else 0
        text = f"{year:04d}-{month:02d}-{day:02d}"
    text = text.split("T", 1)[0].split(" ", 1)[0]
    try:
        return normalize_partial_date(text, field_name)
    except InvalidValueError:
        return None


@dataclass
class _Row:
    fields: dict[str, str] = field(default_factory=dict)
    emails: list[EmailValue] = field(default_factory=list)
    phones: list[PhoneValue] = field(default_factory=list)
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)
    urls: list[UrlValue] = field(default_factory=list)
    impp: list[ImppValue] = field(default_factory=list)
    custom: list[CustomValue] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    birthday_parts: dict[str, str] = field(default_factory=dict)
    numbered: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


def _types(spec: str) -> tuple[tuple[str, ...], bool]:
    parts = [p for p in spec.split(",") if p]
    return tuple(p for p in parts if p != "pref"), "pref" in parts


def _split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split(" ::: ") if v.strip()]


_SCALARS = frozenset(
    ("given", "family", "additional", "prefix", "suffix", "formatted", "nickname",
     "organization", "department", "title", "note", "gender", "anniversary")
)  # fmt: skip


def _apply(row: _Row, header: str, target: str, value: str) -> None:
    kind, _, rest = target.partition(":")
    if kind in _SCALARS:
        previous = row.fields.get(kind)
        row.fields[kind] = f"{previous}\n{value}" if previous and kind == "note" else value
    elif kind == "birthday":
        if rest:
            row.birthday_parts[rest] = value
        else:
            row.fields["birthday"] = value
    elif kind == "email":
        types, preferred = _types(rest)
        row.emails += [EmailValue(v, types, preferred) for v in _split_multi(value)]
    elif kind == "phone":
        types, preferred = _types(rest)
        row.phones += [PhoneValue(v, types, preferred) for v in _split_multi(value)]
    elif kind == "address":
        where, _, part = rest.partition(":")
        row.addresses.setdefault(where, {})[part] = value
    elif kind == "url":
        types, _ = _types(rest)
        row.urls += [UrlValue(v, types) for v in _split_multi(value)]
    elif kind == "impp":
        row.impp.append(ImppValue(value))
    elif kind == "categories":
        for name in re.split(r" ::: |;|,", value):
            name = name.strip()
            if name and not name.startswith("*"):  # Google's system groups: "* myContacts"
                row.categories.append(name)
    elif kind == "ignore":
        return
    else:
        row.custom.append(CustomValue(header, value))


def _numbered(row: _Row, header: str, value: str) -> bool:
    match = _NUMBERED.match(header)
    if not match:
        return False
    group, number, part = match.groups()
    row.numbered.setdefault((group, number), {})[part] = value
    return True


def _finish_numbered(row: _Row) -> None:
    for (group, _number), parts in sorted(row.numbered.items()):
        label = (parts.get("Label") or parts.get("Type") or "").lstrip("* ").strip()
        types = tuple(t.lower().replace(" ", "-") for t in _split_multi(label))
        value = parts.get("Value", "")
        if group == "E-mail" and value:
            row.emails += [EmailValue(v, types) for v in _split_multi(value)]
        elif group == "Phone" and value:
            row.phones += [PhoneValue(v, types) for v in _split_multi(value)]
        elif group == "Website" and value:
            row.urls += [UrlValue(v, types) for v in _split_multi(value)]
        elif group == "Address" and any(parts.get(k) for k in ("Street", "City", "Formatted")):
            row.addresses[f"g{_number}:{label.lower()}"] = {
                "street": parts.get("Street", ""), "locality": parts.get("City", ""),
                "region": parts.get("Region", ""), "postal_code": parts.get("Postal Code", ""),
                "country": parts.get("Country", ""), "po_box": parts.get("PO Box", ""),
                "extended": parts.get("Extended Address", ""),
                "label": parts.get("Formatted", "") if not parts.get("Street") else "",
            }  # fmt: skip
        elif group == "Organization":
            for key, target in (
                ("Name", "organization"),
                ("Title", "title"),
                ("Department", "department"),
            ):
                if parts.get(key):
                    row.fields.setdefault(target, parts[key])
        elif group == "Event" and value and label.lower() == "anniversary":
            row.fields.setdefault("anniversary", value)
        elif value:
            row.custom.append(CustomValue(label or f"{group} {_number}", value))


def _draft(row: _Row) -> ContactDraft:
    _finish_numbered(row)
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
        kind = where.split(":", 1)[-1] if where.startswith("g") else where
        addresses.append(
            AddressValue(
                (kind,) if kind in ("work", "home") else (), False, parts.get("po_box", ""),
                parts.get("extended", ""), street, parts.get("locality", ""),
                parts.get("region", ""), parts.get("postal_code", ""), parts.get("country", ""),
                parts.get("label", ""),
            )
        )  # fmt: skip
    organization = f.get("organization", "")
    return ContactDraft(
        formatted_name=f.get("formatted", ""),
        prefix=f.get("prefix", ""),
        given_name=f.get("given", ""),
        additional_names=f.get("additional", ""),
        family_name=f.get("family", ""),
        suffix=f.get("suffix", ""),
        nickname=f.get("nickname", ""),
        title=f.get("title", ""),
        department=f.get("department", ""),
        birthday=_date(f.get("birthday", ""), "birthday"),
        anniversary=_date(f.get("anniversary", ""), "anniversary"),
        gender="" if f.get("gender", "").lower() in ("", "unspecified") else f["gender"],
        note=f.get("note", ""),
        categories=tuple(dict.fromkeys(row.categories)),
        emails=tuple(row.emails),
        phones=tuple(row.phones),
        addresses=tuple(addresses),
        urls=tuple(row.urls),
        impp=tuple(row.impp),
        custom_fields=tuple(row.custom),
        accounts=(AccountLinkDraft(organization, f.get("title", ""), True),)
        if organization
        else (),
    )


def read_csv_file(
    path: Path,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
    locale_name: str | None = None,
) -> Iterator[ReadCard | Problem]:
    """Every row of a CSV file as a contact draft (or a ``Problem``), streamed.

    ``mapping`` (header -> target) overrides the recognised format column by column.
    Raises ``NoRecordsError`` for a file without a header and a row.
    """
    if path.is_dir():
        raise NoRecordsError(path, "is a folder, not a file of contacts")
    check_file_size(path)
    with path.open("rb") as raw:
        sample = raw.read(_SAMPLE)
        raw.seek(0)
        chosen = detect_encoding(sample, encoding, locale_name)
        text = io.TextIOWrapper(raw, encoding=chosen, errors="replace", newline="")
        try:
            first = text.readline(MAX_LINE_BYTES + 1)
        except UnicodeError as error:  # "utf-16" asked for a file without its byte-order mark
            raise NoRecordsError(
                path, f"cannot be read in the character set {chosen} ({error})"
            ) from None
        if len(first) > MAX_LINE_BYTES:
            raise InputTooLargeError(path, "line", MAX_LINE_BYTES, 1)
        if not first.strip():
            raise NoRecordsError(path, "holds no header row")
        delimiter, headers = _header_row(first)
        if len(headers) > MAX_PROPERTIES:
            raise InputTooLargeError(path, "columns", MAX_PROPERTIES, 1)
        layout = recognise(headers)
        if mapping:
            layout.mapping.update(mapping)
        lines = _BoundedLines(text)
        reader = csv.reader(lines, delimiter=delimiter)
        rows = 0
        line = 1
        while True:
            lines.record = 0
            try:
                cells = next(reader)
            except StopIteration:
                break
            except (csv.Error, _RowTooLongError) as error:  # a quote never closed ran on too far
                reason = too_large("row") if isinstance(error, _RowTooLongError) else str(error)
                yield Problem(
                    path.name,
                    line + 1,  # where the unreadable row starts
                    f"this row cannot be read as CSV ({reason}); it and the rows after it "
                    "were not imported",
                )
                return
            rows += 1
            start = line + 1
            line = reader.line_num + 1
            if len(cells) > MAX_PROPERTIES:
                yield Problem(path.name, start, too_large("cells"))
                continue
            if not any(c.strip() for c in cells):
                continue
            row = _Row()
            for index, cell in enumerate(cells):
                if not cell or index >= len(headers):
                    continue  # empty, or Thunderbird's trailing comma (an unnamed column)
                value = _unneutralize(cell.strip())
                if not value:
                    continue
                header = headers[index]
                if layout.numbered and _numbered(row, header, value):
                    continue
                _apply(row, header, layout.mapping.get(header, "custom"), value)
            yield ReadCard(_draft(row), start, "csv")
        if rows == 0:
            raise NoRecordsError(path, "holds a header but no contact rows")


class _RowTooLongError(Exception):
    """A record (one row, perhaps over several lines) passed ``MAX_LINE_BYTES``."""


class _BoundedLines:
    """The lines of a text stream for ``csv.reader``: none read longer than
    ``MAX_LINE_BYTES`` characters, and no record longer either (``record`` counts the
    characters of the one being read; the caller sets it to 0 before each row)."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self._text = text
        self.record = 0

    def __iter__(self) -> _BoundedLines:
        return self

    def __next__(self) -> str:
        line = self._text.readline(MAX_LINE_BYTES + 1)
        if not line:
            raise StopIteration
        self.record += len(line)
        if self.record > MAX_LINE_BYTES:
            raise _RowTooLongError
        return line


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """What the column-mapping dialog shows: each column, its first values, the field it maps
    to (known or guessed), and whether a known program's format was recognised."""

    headers: tuple[str, ...]
    samples: tuple[tuple[str, ...], ...]  # per column, its first non-empty values
    targets: tuple[str, ...]
    known_format: str  # "" when the headers were guessed


def preview_csv(
    path: Path, *, encoding: str | None = None, locale_name: str | None = None, rows: int = 3
) -> CsvPreview:
    """The header and first rows of a CSV file, for the mapping dialog."""
    with path.open("rb") as raw:
        sample = raw.read(_SAMPLE)
    text = sample.decode(detect_encoding(sample, encoding, locale_name), errors="replace").lstrip(
        "\ufeff"
    )
    lines = text.splitlines(keepends=True)
    if not lines:
        raise NoRecordsError(path, "holds no header row")
    delimiter, headers = _header_row(lines[0])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    next(reader)  # the header row
    values: list[list[str]] = [[] for _ in headers]
    for count, cells in enumerate(reader):
        if count >= 50 or all(len(v) >= rows for v in values):
            break
        for index, cell in enumerate(cells[: len(headers)]):
            if cell.strip() and len(values[index]) < rows:
                values[index].append(cell.strip())
    layout = recognise(headers)
    targets = tuple(layout.mapping.get(h, "custom") for h in headers)
    known = "" if layout.name == "guessed" else layout.name
    return CsvPreview(tuple(headers), tuple(tuple(v) for v in values), targets, known)


def header_signature(headers: tuple[str, ...]) -> str:
    """A key for a file's header row: the mapping chosen for it is remembered under it."""
    import hashlib

    return hashlib.sha256("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
