"""vCard cards to contact and account drafts: every property mapped or kept verbatim.

Reads files of any size as a stream (``read_vcard_file``): each card becomes a
``ContactDraft`` (a person) or an ``AccountDraft`` (``KIND:org``, Apple's
``X-ABShowAs:COMPANY``); a card that cannot be read becomes a ``Problem`` and the cards
around it are still read. Properties the app does not model are kept as ``ExtraValue``
(group, name, parameters and value as written) so that export writes them back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from crm_desktop.errors import InvalidValueError, NoRecordsError, NoRecordsKind
from crm_desktop.interop.limits import MAX_PHOTO_BYTES, check_file_size, too_large
from crm_desktop.interop.vcard_export import (
    CUSTOM_FIELD,
    INDUSTRY,
    KEEP_IN_TOUCH,
    UNREADABLE,
)
from crm_desktop.interop.vcard_lines import ContentLine, RawCard
from crm_desktop.interop.vcard_related import OUTLOOK_RELATED, is_reference, related_word
from crm_desktop.interop.vcard_syntax import OUTSIDE_CARD, read_cards
from crm_desktop.interop.vcard_values import (
    decode_base64,
    decode_data_uri,
    escape,
    media_type,
    split_escaped,
    unescape,
    vcard_date,
)
from crm_desktop.records.date_range import FIRST_YEAR, LAST_YEAR, RANGE_TEXT
from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    ImppValue,
    PhoneValue,
    PhotoValue,
    RelatedValue,
    UrlValue,
)
from crm_desktop.records.partial_dates import normalize_partial_date
from crm_desktop.records.problems import Problem

_ANNIVERSARY_NAMES = {"ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-ANNIVERSARY"}
_DROPPED = {"BEGIN", "END", "VERSION", "PRODID"}  # written anew on export
_APPLE_ANNIVERSARY = "_$!<Anniversary>!$_"


@dataclass(frozen=True, slots=True)
class ReadCard:
    """One card read: what it becomes, where it starts, and the warnings on its values."""

    record: ContactDraft | AccountDraft | None  # None: a group card, which is not imported
    line: int
    version: str
    warnings: tuple[Problem, ...] = ()
    skipped_reason: str = ""
    # The reader saw no control character in any text the record was made from: the import
    # need not look for them again (``records.control_characters``).
    plain: bool = False


@dataclass(slots=True)
class _Builder:
    card: RawCard
    file: str
    version: str
    labels: dict[str, tuple[str, str]]
    warnings: list[Problem] = field(default_factory=list)
    fields: dict[str, object] = field(default_factory=dict)
    emails: list[EmailValue] = field(default_factory=list)
    phones: list[PhoneValue] = field(default_factory=list)
    addresses: list[AddressValue] = field(default_factory=list)
    urls: list[UrlValue] = field(default_factory=list)
    impp: list[ImppValue] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    organizations: list[list[str]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    extra: list[ExtraValue] = field(default_factory=list)
    custom: list[CustomValue] = field(default_factory=list)
    related: list[tuple[RelatedValue, ContentLine]] = field(default_factory=list)
    photo: PhotoValue | None = None
    kind: str = ""
    consumed: set[str] = field(default_factory=set)  # groups whose label a value took
    refused: Problem | None = None  # the card is not imported (a photo over the limit)

    def warn(self, line: ContentLine, message: str) -> None:
        self.warnings.append(Problem(self.file, line.line, message, fatal=False))

    def keep(self, line: ContentLine) -> None:
        """Keep a property verbatim. Its transfer encoding is undone (quoted-printable and
        CHARSET were applied when reading; export applies what its version needs), and the
        line breaks in its value (2.1's, quoted-printable's, a raw CR) are written as 3.0's
        ``\\n``, so that every kept value is in one syntax. Base64 data stays base64."""
        name = line.written_name or line.name
        params = line.params
        encoding = (line.param("ENCODING") or ("",))[0].upper()
        value = line.value
        if encoding not in ("B", "BASE64"):
            params = tuple((k, v) for k, v in params if k not in ("ENCODING", "CHARSET"))
            value = value.replace("\n", "\\n")
        if name.upper().startswith(UNREADABLE):  # our own export of data that was broken
            name = name[len(UNREADABLE) :]
            params = tuple(("ENCODING", v) if k == "X-ENCODING" else (k, v) for k, v in params)
        self.extra.append(ExtraValue(name, value, line.group, params))

    def text(self, line: ContentLine) -> str:
        """A text value (its raw line breaks are ``\n`` already: ``vcard_lines``)."""
        return unescape(line.value, self.version)

    def types_and_pref(self, line: ContentLine) -> tuple[tuple[str, ...], bool]:
        types: list[str] = []
        preferred = bool(line.param("PREF"))
        for value in line.types:
            lowered = value.strip().lower()
            if lowered == "pref":
                preferred = True
            elif lowered and lowered not in types:
                types.append(lowered)
        return tuple(types), preferred

    def label(self, line: ContentLine) -> str:
        """The label of a modeled value's group (it goes with the value: used up)."""
        if not line.group:
            return ""
        self.consumed.add(line.group.upper())
        return self.labels.get(line.group.upper(), ("", ""))[1]


def _labels(card: RawCard, version: str) -> dict[str, tuple[str, str]]:
    """Apple's ``itemN.X-ABLabel`` per group (upper case): (group as written, label)."""
    return {
        line.group.upper(): (line.group, unescape(line.value, version))
        for line in card.lines
        if line.name == "X-ABLABEL" and line.group
    }


def _set_once(b: _Builder, key: str, value: object, line: ContentLine) -> None:
    if key in b.fields:
        b.keep(line)  # a second FN (another language), a second N: kept, not lost
    else:
        b.fields[key] = value


def _date(b: _Builder, line: ContentLine, key: str) -> None:
    if line.param("VALUE") and line.param("VALUE")[0].lower() == "text":
        b.keep(line)  # BDAY;VALUE=text:circa 1800
        return
    omit_year = bool(line.param("X-APPLE-OMIT-YEAR"))
    parsed = vcard_date(b.text(line), omit_year)
    why = "is not a date"
    if parsed is not None:
        try:
            parsed = normalize_partial_date(parsed, key)
        except InvalidValueError as error:  # --02-30: looks like a date, is not one
            parsed = None
            if error.expected == RANGE_TEXT:  # 0226-12-03: a date no reader can keep
                why = f"is outside the years {FIRST_YEAR} to {LAST_YEAR}"
    if parsed is None or key in b.fields:
        if parsed is None:
            b.warn(line, f"{line.name}: {b.text(line)!r} {why}; kept as written")
        b.keep(line)
        return
    b.fields[key] = parsed


def _photo(b: _Builder, line: ContentLine) -> None:
    value = line.value.strip()
    if not value:
        return
    if b.photo is not None:
        b.keep(line)
        return
    encoding = (line.param("ENCODING") or ("",))[0].upper()
    declared = (line.param("TYPE") or line.param("MEDIATYPE") or ("",))[0]
    if encoding in ("B", "BASE64"):
        data = decode_base64(value)
        if data is None:
            b.warn(line, "PHOTO: the image data is not valid base64; kept as written")
            b.keep(line)
            return
        _take_photo(b, line, PhotoValue(media_type(data, declared), data))
        return
    uri = unescape(value, b.version)
    if uri.lower().startswith("data:"):
        decoded = decode_data_uri(uri)
        if decoded is None:
            b.warn(line, "PHOTO: malformed data: URI; kept as written")
            b.keep(line)
            return
        _take_photo(b, line, PhotoValue(media_type(decoded[1], decoded[0]), decoded[1]))
        return
    b.photo = PhotoValue(uri=uri)  # a reference: kept, never fetched


def _take_photo(b: _Builder, line: ContentLine, photo: PhotoValue) -> None:
    if photo.data is not None and len(photo.data) > MAX_PHOTO_BYTES:
        b.refused = Problem(b.file, line.line, too_large("photo"))
    else:
        b.photo = photo


def _tel_value(line: ContentLine, text: str) -> str:
    value_type = (line.param("VALUE") or ("",))[0].lower()
    if value_type == "uri" or text.lower().startswith("tel:"):
        return re.sub(r"^tel:", "", text.strip(), flags=re.IGNORECASE)
    return text.strip()


def _add(b: _Builder, line: ContentLine) -> None:
    name = line.name
    if name in _DROPPED or (name == "X-ABLABEL" and line.group.upper() in b.labels):
        return  # a label goes with its group's property (or back to its kept property)
    if name == "PROFILE" and line.value.strip().upper() == "VCARD":
        return  # RFC 2425 boilerplate (Lotus Notes): it says nothing, and vobject rejects it
    if name == "FN":
        _set_once(b, "formatted_name", b.text(line).strip(), line)
    elif name == "N":
        parts = [p.strip() for p in split_escaped(line.value, ";", b.version)]
        _set_once(b, "n", (parts + [""] * 5)[:5], line)
    elif name == "NICKNAME":
        nicknames = [n.strip() for n in split_escaped(line.value, ",", b.version) if n.strip()]
        _set_once(b, "nickname", ", ".join(nicknames), line)
    elif name == "ORG":
        parts = [p.strip() for p in split_escaped(line.value, ";", b.version)]
        if any(parts):
            b.organizations.append(parts)
    elif name == "TITLE":
        b.titles.append(b.text(line).strip())
    elif name == "ROLE":
        _set_once(b, "role", b.text(line).strip(), line)
    elif name == "NOTE":
        note = b.text(line).strip()
        if note:
            b.notes.append(note)
    elif name == "BDAY":
        _date(b, line, "birthday")
    elif name in _ANNIVERSARY_NAMES:
        _date(b, line, "anniversary")
    elif name == "X-ABDATE" and b.labels.get(line.group.upper(), ("", ""))[1] == _APPLE_ANNIVERSARY:
        _date(b, line, "anniversary")
        b.consumed.add(line.group.upper())
    elif name == CUSTOM_FIELD:
        label = (line.param("X-LABEL") or ("",))[0]
        b.custom.append(CustomValue(label, b.text(line)))
    elif name in ("RELATED", "X-ABRELATEDNAMES") or name in OUTLOOK_RELATED:
        _related(b, line)
    elif name == INDUSTRY and b.kind == "org" and "industry" not in b.fields:
        b.fields["industry"] = b.text(line).strip()  # ours, after KIND or X-ABShowAs
    elif name == KEEP_IN_TOUCH and b.text(line).strip().isdigit():
        _set_once(b, "keep_in_touch_days", int(b.text(line).strip()), line)
    elif name in ("GENDER", "X-GENDER") and "gender" not in b.fields:
        _set_once(b, "gender", split_escaped(line.value, ";", b.version)[0].strip(), line)
    elif name == "EMAIL":
        types, preferred = b.types_and_pref(line)
        b.emails.append(EmailValue(b.text(line).strip(), types, preferred, b.label(line)))
    elif name == "TEL":
        types, preferred = b.types_and_pref(line)
        number = _tel_value(line, b.text(line))
        b.phones.append(PhoneValue(number, types, preferred, b.label(line)))
    elif name == "ADR":
        types, preferred = b.types_and_pref(line)
        po_box, extended, street, locality, region, code, country = (
            [p.strip() for p in split_escaped(line.value, ";", b.version)] + [""] * 7
        )[:7]
        b.addresses.append(
            AddressValue(
                types, preferred, po_box, extended, street, locality, region, code, country,
                label=(line.param("LABEL") or ("",))[0], custom_label=b.label(line),
            )
        )  # fmt: skip
    elif name == "URL":
        types, _ = b.types_and_pref(line)
        b.urls.append(UrlValue(b.text(line).strip(), types, b.label(line)))
    elif name in ("IMPP", "X-MS-IMADDRESS"):
        types, preferred = b.types_and_pref(line)
        b.impp.append(ImppValue(b.text(line).strip(), types, preferred, b.label(line)))
    elif name == "CATEGORIES":
        for category in split_escaped(line.value, ",", b.version):
            if category.strip() and category.strip() not in b.categories:
                b.categories.append(category.strip())
    elif name == "PHOTO":
        _photo(b, line)
    elif name == "UID":
        _set_once(b, "uid", b.text(line).strip(), line)
    elif name == "KIND":
        b.kind = b.text(line).strip().lower()
    elif name == "X-ABSHOWAS" and b.text(line).strip().upper() == "COMPANY":
        b.kind = "org"  # written again on export: the account is the company
    else:
        b.keep(line)


def _related(b: _Builder, line: ContentLine) -> None:
    """A related person: ``RELATED`` (4.0), Apple's ``X-ABRELATEDNAMES`` (its label says
    how they are related), Outlook's ``X-MS-MANAGER``, ``X-MS-ASSISTANT``, ``X-MS-SPOUSE``."""
    text = b.text(line).strip()
    if not text:
        return
    name, uri = ("", text) if is_reference(text) else (text, "")  # our export of a reference
    if line.name in OUTLOOK_RELATED:
        b.related.append((RelatedValue(OUTLOOK_RELATED[line.name], name, uri), line))
    elif line.name == "X-ABRELATEDNAMES":
        label = b.label(line) if line.group else ""
        kind = related_word(label) if label else ""
        b.related.append((RelatedValue(kind, name, uri), line))
    else:
        types = [t for t in line.types if t.strip().lower() != "pref"]
        kind = related_word(types[0]) if types else ""
        value_type = (line.param("VALUE") or ("",))[0].lower()
        if value_type != "text" and is_reference(text):
            b.related.append((RelatedValue(kind, uri=text), line))
        else:
            b.related.append((RelatedValue(kind, text), line))


def _contact(b: _Builder) -> ContactDraft:
    n = b.fields.get("n")
    family, given, additional, prefix, suffix = n if isinstance(n, list) else [""] * 5
    titles = b.titles
    links = tuple(
        AccountLinkDraft(org[0], titles[i] if i < len(titles) else "", i == 0)
        for i, org in enumerate(b.organizations)
        if org[0]  # "ORG:;Sales": a department of no named company
    )
    department = "; ".join(p for p in b.organizations[0][1:] if p) if b.organizations else ""
    return ContactDraft(
        formatted_name=str(b.fields.get("formatted_name", "")),
        prefix=prefix,
        given_name=given,
        additional_names=additional,
        family_name=family,
        suffix=suffix,
        nickname=str(b.fields.get("nickname", "")),
        title=titles[0] if titles else "",
        department=department,
        role=str(b.fields.get("role", "")),
        birthday=_optional(b.fields.get("birthday")),
        anniversary=_optional(b.fields.get("anniversary")),
        gender=str(b.fields.get("gender", "")),
        photo=b.photo,
        note="\n\n".join(b.notes),
        categories=tuple(b.categories),
        emails=tuple(b.emails),
        phones=tuple(b.phones),
        addresses=tuple(b.addresses),
        urls=tuple(b.urls),
        impp=tuple(b.impp),
        custom_fields=tuple(b.custom),
        keep_in_touch_days=_optional_int(b.fields.get("keep_in_touch_days")),
        extra=tuple(b.extra + _leftover_labels(b)),
        accounts=links,
        uid=_optional(b.fields.get("uid")),
        related=tuple(value for value, _ in b.related),
    )


def _account(b: _Builder) -> AccountDraft:
    formatted = str(b.fields.get("formatted_name", ""))
    name = b.organizations[0][0] if b.organizations and b.organizations[0][0] else formatted
    for _, line in b.related:  # an organisation's related people: kept as written
        b.consumed.discard(line.group.upper())
        b.keep(line)
    extra = list(b.extra)
    if formatted and formatted != name:
        extra.insert(0, ExtraValue("FN", formatted))
    return AccountDraft(
        name=name,
        website=b.urls[0].value if b.urls else "",
        industry=str(b.fields.get("industry", "")),
        note="\n\n".join(b.notes),
        categories=tuple(b.categories),
        emails=tuple(b.emails),
        phones=tuple(b.phones),
        addresses=tuple(b.addresses),
        urls=tuple(b.urls[1:]),
        custom_fields=tuple(b.custom),
        extra=tuple(extra + _leftover_labels(b)),
        logo=b.photo,
        uid=_optional(b.fields.get("uid")),
    )


def _leftover_labels(b: _Builder) -> list[ExtraValue]:
    """Labels no modeled value took (of a property kept verbatim, or of none) are kept."""
    return [
        ExtraValue("X-ABLabel", escape(label, "3.0"), group)
        for key, (group, label) in b.labels.items()
        if key not in b.consumed
    ]


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _optional(value: object) -> str | None:
    return str(value) if value else None


def card_record(card: RawCard, file: str) -> ReadCard | Problem:
    """What one card becomes; a ``Problem`` if it is refused (a photo over the limit)."""
    version = card.version
    builder = _Builder(card, file, version, _labels(card, version), list(card.warnings))
    for line in card.lines:
        _add(builder, line)
    if builder.refused is not None:
        return builder.refused
    warnings = tuple(builder.warnings)
    if builder.kind == "group":
        reason = "a group card (a distribution list), not a person: not imported"
        return ReadCard(None, card.start_line, version, warnings, reason)
    record = _account(builder) if builder.kind == "org" else _contact(builder)
    return ReadCard(record, card.start_line, version, warnings)


def read_vcard_stream(
    stream: BinaryIO, file: str, encoding: str | None = None, locale_name: str | None = None
) -> Iterator[ReadCard | Problem]:
    """Every card of a vCard stream as it is read, or a ``Problem`` for a card that cannot be.

    ``encoding``: the code page of 8-bit text that names no charset (else detected, ties
    going to the code page of ``locale_name``)."""
    for item in read_cards(stream, file, encoding, locale_name):
        yield item if isinstance(item, Problem) else card_record(item, file)


def read_vcard_file(
    path: Path, encoding: str | None = None, locale_name: str | None = None
) -> Iterator[ReadCard | Problem]:
    """Like ``read_vcard_stream`` for a file; ``NoRecordsError`` if it holds no card at all."""
    if path.is_dir():
        raise NoRecordsError(path, "is a folder, not a vCard file", kind=NoRecordsKind.FOLDER)
    check_file_size(path)
    found = False
    problems: list[Problem] = []
    with path.open("rb") as stream:
        for item in read_vcard_stream(stream, path.name, encoding, locale_name):
            if isinstance(item, Problem) and not found:
                problems.append(item)  # held back until we know the file has cards
                continue
            if not found:
                found = True
                yield from problems
            yield item
    if not found:
        if any(p.message != OUTSIDE_CARD for p in problems):
            yield from problems  # cards were there but none could be read
            return
        raise NoRecordsError(
            path, "holds no vCard (no BEGIN:VCARD ... END:VCARD)", kind=NoRecordsKind.NO_CARDS
        )
