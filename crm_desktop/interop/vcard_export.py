"""Contacts and accounts to vCard 2.1, 3.0 or 4.0 text, written by our own code.

vobject 0.9.9 cannot write valid 2.1 (no quoted-printable), raises on base64 photos in 2.1
spelling, drops bare 2.1 types and reorders properties (interop.md), so cards are written
here: lines folded at 75 octets without splitting a UTF-8 character, escapes per version,
quoted-printable with ``CHARSET=UTF-8`` for every non-ASCII 2.1 value (what Outlook reads),
photos as base64 (2.1, 3.0) or ``data:`` URIs (4.0). What we write is read back by vobject
and by our importer into the same records (tests/interop).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from crm_desktop.interop.vcard_lines import KEPT, KEPT_NAME, KEPT_PARAM
from crm_desktop.interop.vcard_related import (
    apple_label,
    outlook_property,
    shown_name,
    type_token,
)
from crm_desktop.interop.vcard_values import data_uri, decode_base64, escape
from crm_desktop.records.drafts import (
    AccountDraft,
    ContactDraft,
    CustomValue,
    ExtraValue,
    ImppValue,
    PhotoValue,
    RelatedValue,
)

VERSIONS = ("2.1", "3.0", "4.0")
PRODID = "-//CRM Desktop//CRM Desktop 0.1//EN"
CUSTOM_FIELD = "X-CRM-FIELD"  # a custom field: X-CRM-FIELD;X-LABEL=Region:Attica
KEEP_IN_TOUCH = "X-CRM-KEEP-IN-TOUCH"
INDUSTRY = "X-CRM-INDUSTRY"  # an account's industry (vCard has no property for it)
# Outlook reads and writes X-MS-ANNIVERSARY (2.1 is for Outlook); Apple and others X-.
ANNIVERSARY = {"2.1": "X-MS-ANNIVERSARY", "3.0": "X-ANNIVERSARY", "4.0": "ANNIVERSARY"}
# Base64 data that was broken when imported (kept, never lost) is written under this prefix
# with its ENCODING renamed, so that no reader fails on it; our importer restores it.
UNREADABLE = "X-CRM-UNREADABLE-"
_TOKEN = re.compile(r"^[A-Za-z0-9-]+$")  # a valid name, group or parameter name (RFC 6350)
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}  # read as ENCODING
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # 2.1 writes these quoted-printable
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LIMIT = 75  # octets per line, the break excluded


def fold(line: str) -> str:
    """``line`` folded at 75 octets, never inside a UTF-8 character, and never leaving a
    folded line of spaces alone (vobject takes it for a blank line and fails on the next):
    such a line goes on past 75 octets to its first other character."""
    if len(line.encode("utf-8")) <= _LIMIT:
        return line
    out: list[str] = []
    current: list[str] = []
    size = 0
    blank = False  # the folded line so far holds nothing but its space and other spaces
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > _LIMIT and not blank:
            out.append("".join(current))
            current = [" "]
            size = 1
            blank = True
        current.append(char)
        size += width
        blank = blank and char in " \t"
    out.append("".join(current))
    return "\r\n".join(out)


def _bare(type_value: str) -> bool:
    """A 2.1 type written bare (``TEL;WORK``); not one a reader takes for an encoding."""
    return bool(_TOKEN.match(type_value)) and type_value.upper() not in _BARE_ENCODINGS


def _qp_line(head: str, text: str) -> str:
    """``head`` then ``text`` as quoted-printable UTF-8, soft-broken so that no physical line
    is longer than 76 octets (75 and the ``=``); an ``=XX`` is never split."""
    tokens = [
        chr(byte) if 33 <= byte <= 126 and byte != 61 else f"={byte:02X}"
        for byte in text.encode("utf-8")
    ]
    lines: list[str] = []
    line = head
    for token in tokens:
        if len(line) + len(token) > _LIMIT:
            lines.append(line + "=")
            line = ""
        line += token
    lines.append(line)
    return "\r\n".join(lines)


def _param_value(value: str) -> str:
    """A parameter value, RFC 6868's ``^^ ^' ^n`` for a caret, a quote and a line break
    (our reader undoes them in every version), quoted where it holds ``,:;"`` or
    surrounding spaces."""
    text = _LINE_BREAK.sub("^n", value.replace("^", "^^").replace('"', "^'"))
    if any(char in value for char in ',:;"') or value != value.strip():
        return f'"{text}"'
    return text


def _kept_under_valid_name(
    name: str, group: str, params: list[tuple[str, list[str]]]
) -> tuple[str, str, list[tuple[str, list[str]]]]:
    """A kept property whose name, group or parameter names no reader takes ("X-SYNC/STATE",
    "item 1"), as ``X-CRM-KEPT`` with the name as written in ``X-CRM-NAME`` (and, if a
    parameter's name is not valid either, every parameter as ``KEY=values`` in
    ``X-CRM-PARAM``): valid, and turned back into the original by our reader."""
    names_ok = _TOKEN.match(name) and (not group or _TOKEN.match(group))
    if names_ok and all(_TOKEN.match(key) for key, _ in params):
        return name, group, params
    kept = [(KEPT_NAME, [f"{group}.{name}" if group else name])]
    if all(_TOKEN.match(key) for key, _ in params):
        return KEPT, "", kept + params
    encoded = [f"{key}={','.join(_param_value(v) for v in values)}" for key, values in params]
    return KEPT, "", [*kept, (KEPT_PARAM, encoded)] if encoded else kept


@dataclass
class _Card:
    version: str
    lines: list[str] = field(default_factory=list)
    groups: int = 0
    used_groups: set[str] = field(default_factory=set)

    def add(
        self,
        name: str,
        value: str,
        params: Iterable[tuple[str, Iterable[str]]] = (),
        group: str = "",
        *,
        encoded: bool = False,
        verbatim: bool = False,
    ) -> None:
        """One property; ``value`` is already escaped for this version unless ``encoded``
        says it must not be touched (base64)."""
        head = f"{group}.{name}" if group else name
        parts = [head]
        for key, values in params:
            values = list(values)
            if key == "TYPE" and not values:
                continue
            if self.version == "2.1" and key == "TYPE" and values and all(_bare(v) for v in values):
                parts += [v if verbatim else v.upper() for v in values]  # TEL;WORK;VOICE
            elif values:
                parts.append(f"{key}={','.join(_param_value(v) for v in values)}")
            else:
                parts.append(key)
        if (
            self.version == "2.1"
            and not encoded
            and (not value.isascii() or _CONTROL.search(value))
        ):
            parts += ["CHARSET=UTF-8", "ENCODING=QUOTED-PRINTABLE"]
            self.lines.append(_qp_line(";".join(parts) + ":", value))
            return
        self.lines.append(fold(";".join(parts) + ":" + value))

    def text(self, name: str, value: str, params: Iterable[tuple[str, Iterable[str]]] = ()) -> None:
        if value:
            self.add(name, escape(value, self.version), params)

    def next_group(self) -> str:
        while True:
            self.groups += 1
            group = f"item{self.groups}"
            if group.upper() not in self.used_groups:
                return group

    def labelled(
        self, name: str, value: str, params: list[tuple[str, list[str]]], label: str
    ) -> None:
        """A property with Apple's label: ``itemN.NAME`` and ``itemN.X-ABLabel``."""
        if not label:
            self.add(name, value, params)
            return
        group = self.next_group()
        self.add(name, value, params, group)
        self.add("X-ABLabel", escape(label, self.version), (), group)

    def types(self, types: Iterable[str], preferred: bool) -> list[tuple[str, list[str]]]:
        values = [t for t in types if t]
        if preferred and self.version == "4.0":
            return [("TYPE", values), ("PREF", ["1"])] if values else [("PREF", ["1"])]
        if preferred:
            values.append("pref")
        return [("TYPE", values)] if values else []

    def photo(self, photo: PhotoValue | None, name: str = "PHOTO") -> None:
        if photo is None:
            return
        if photo.data is None:
            if photo.uri and self.version == "2.1":
                self.add(name, photo.uri)
            elif photo.uri:  # our reader unescapes it: its backslashes and breaks escaped
                uri = _LINE_BREAK.sub(r"\\n", photo.uri.replace("\\", "\\\\"))
                self.add(name, uri, [("VALUE", ["uri"])])
            return
        kind = photo.media_type or "application/octet-stream"
        if self.version == "4.0":
            self.add(name, data_uri(kind, photo.data), encoded=True)
            return
        short = kind.split("/")[-1].upper()
        encoding = "BASE64" if self.version == "2.1" else "b"
        data = base64.b64encode(photo.data).decode("ascii")
        self.add(name, data, [("ENCODING", [encoding]), ("TYPE", [short])], encoded=True)
        if self.version == "2.1":
            self.lines.append("")  # 2.1: base64 data ends with a blank line

    def extra(self, extra: Iterable[ExtraValue], skip: frozenset[str] = frozenset()) -> None:
        for x in extra:
            if x.name.upper() in skip:
                continue
            params = [(key, list(values)) for key, values in x.params]
            binary = any(
                key == "ENCODING" and v.upper() in ("B", "BASE64")
                for key, values in x.params
                for v in values
            )
            value = x.value
            name = x.name
            if binary and decode_base64(value) is None:
                name = UNREADABLE + name
                params = [("X-ENCODING" if k == "ENCODING" else k, v) for k, v in params]
                binary = False
            if self.version == "2.1" and not binary:
                value = value.replace("\\n", "\n")  # kept values use 3.0's \n; 2.1 has QP
            elif not binary:
                value = _LINE_BREAK.sub(r"\\n", value)  # never a raw line break in 3.0/4.0
            name, group, params = _kept_under_valid_name(name, x.group, params)
            self.add(name, value, params, group, encoded=binary, verbatim=True)

    def date(self, name: str, value: str | None) -> None:
        if not value:
            return
        if value.startswith("--") and self.version == "3.0":
            # 3.0 has no date without a year: Apple's convention, which our importer reads.
            self.add(name, f"1604-{value[2:]}", [("X-APPLE-OMIT-YEAR", ["1604"])])
        elif value.startswith("--") and self.version != "3.0":
            self.add(name, "--" + value[2:].replace("-", ""))  # --0415
        elif self.version == "2.1" and len(value) == 10:
            self.add(name, value.replace("-", ""))  # Outlook's basic format: 19800415
        else:
            self.add(name, value)

    def custom(self, fields: Iterable[CustomValue]) -> None:
        for custom in fields:  # Outlook's manager, assistant, spouse are relationships now
            label = [("X-LABEL", [custom.label])]
            self.add(CUSTOM_FIELD, escape(custom.value, self.version), label)

    def related(self, related: Iterable[RelatedValue]) -> None:
        """Related people: ``RELATED`` (4.0: a ``urn:uuid:`` reference, else the name as
        text); Outlook's ``X-MS-MANAGER``/``ASSISTANT``/``SPOUSE`` (2.1); Apple's
        ``itemN.X-ABRELATEDNAMES`` with its label (3.0, and 2.1's other relationships)."""
        for r in related:
            if self.version == "4.0":
                params: list[tuple[str, list[str]]] = []
                if r.kind:
                    params.append(("TYPE", [type_token(r.kind)]))
                if r.uri:
                    self.add("RELATED", r.uri.replace("\\", "\\\\").replace(",", "\\,"), params)
                else:
                    params.append(("VALUE", ["text"]))
                    self.add("RELATED", escape(r.name, self.version), params)
                continue
            outlook = outlook_property(r.kind) if self.version == "2.1" else None
            if outlook:
                self.add(outlook, escape(shown_name(r), self.version))
            elif r.kind:
                value = escape(shown_name(r), self.version)
                self.labelled("X-ABRELATEDNAMES", value, [], apple_label(r.kind))
            else:
                self.add("X-ABRELATEDNAMES", escape(shown_name(r), self.version))

    def impp(self, impp: Iterable[ImppValue]) -> None:
        """Instant messaging addresses: ``IMPP``, or in 2.1 Outlook's ``X-MS-IMADDRESS``."""
        name = "X-MS-IMADDRESS" if self.version == "2.1" else "IMPP"
        for m in impp:
            params = self.types(m.types, m.preferred)
            self.labelled(name, escape(m.value, self.version), params, m.custom_label)

    def render(self) -> str:
        return "\r\n".join(["BEGIN:VCARD", f"VERSION:{self.version}", *self.lines, "END:VCARD"])


def _list_item(text: str, version: str) -> str:
    """One item of a comma-separated list value; its own commas escaped in every version (and,
    in 2.1, its backslashes, or a category ending in one would swallow the comma after it)."""
    if version != "2.1":
        return escape(text, version)
    return text.replace("\\", "\\\\").replace(",", "\\,")


def _structured(parts: Iterable[str], version: str) -> str:
    return ";".join(escape(part, version, structured=True) for part in parts)


def _common_details(card: _Card, record: ContactDraft | AccountDraft) -> None:
    v = card.version
    for e in record.emails:
        params = card.types(e.types, e.preferred)
        card.labelled("EMAIL", escape(e.value, v), params, e.custom_label)
    for p in record.phones:
        params = card.types(p.types, p.preferred)
        if v == "4.0":
            params.append(("VALUE", ["text"]))
        card.labelled("TEL", escape(p.value, v), params, p.custom_label)
    for a in record.addresses:
        params = card.types(a.types, a.preferred)
        if a.label:
            params.append(("LABEL", [a.label]))
        parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
        card.labelled("ADR", _structured(parts, v), params, a.custom_label)


def contact_card(draft: ContactDraft, version: str = "3.0") -> str:
    """One contact as a vCard of ``version`` (2.1, 3.0 or 4.0), lines joined by CRLF."""
    card = _Card(version, used_groups={x.group.upper() for x in draft.extra if x.group})
    v = version
    if v != "2.1":
        card.add("PRODID", PRODID)
    n = (draft.family_name, draft.given_name, draft.additional_names, draft.prefix, draft.suffix)
    card.add("N", _structured(n, v))
    card.add("FN", escape(draft.formatted_name, v))
    if draft.nickname:
        card.add("NICKNAME", _list_item(draft.nickname, v))
    if draft.accounts:
        primary = next((a for a in draft.accounts if a.primary), draft.accounts[0])
        others = [a for a in draft.accounts if a is not primary]
        department = [draft.department] if draft.department else []
        card.add("ORG", _structured([primary.name, *department], v))
        for link in others:
            card.add("ORG", _structured([link.name], v))
    elif draft.department:
        card.add("ORG", _structured(["", draft.department], v))
    if len(draft.accounts) > 1:  # one TITLE per ORG, in the same order
        primary = next((a for a in draft.accounts if a.primary), draft.accounts[0])
        titles = [draft.title] + [a.title for a in draft.accounts if a is not primary]
        for title in titles:
            card.add("TITLE", escape(title, v))
    else:
        card.text("TITLE", draft.title)
    card.text("ROLE", draft.role)
    card.date("BDAY", draft.birthday)
    card.date(ANNIVERSARY[v], draft.anniversary)
    if draft.gender:
        card.add("GENDER" if v == "4.0" else "X-GENDER", escape(draft.gender, v))
    _common_details(card, draft)
    for u in draft.urls:
        card.labelled("URL", escape(u.value, v), card.types(u.types, False), u.custom_label)
    card.impp(draft.impp)
    card.text("NOTE", draft.note)
    if draft.categories:
        card.add("CATEGORIES", ",".join(_list_item(c, v) for c in draft.categories))
    card.custom(draft.custom_fields)
    card.related(draft.related)
    if draft.keep_in_touch_days is not None:
        card.add(KEEP_IN_TOUCH, str(draft.keep_in_touch_days))
    if draft.uid:
        card.add("UID", escape(draft.uid, v))
    card.photo(draft.photo)  # before kept properties: a kept second PHOTO stays second
    card.extra(draft.extra)
    return card.render()


def account_card(draft: AccountDraft, version: str = "3.0") -> str:
    """An account as an organisation card: ``KIND:org`` (4.0), ``X-ABShowAs:COMPANY`` (3.0)."""
    card = _Card(version, used_groups={x.group.upper() for x in draft.extra if x.group})
    v = version
    if v != "2.1":
        card.add("PRODID", PRODID)
    if v == "4.0":
        card.add("KIND", "org")
    else:
        card.add("N", ";;;;")
    formatted = next((x.value for x in draft.extra if x.name.upper() == "FN"), "")
    card.add("FN", escape(formatted or draft.name, v))
    card.add("ORG", _structured([draft.name], v))
    if v != "4.0":
        card.add("X-ABShowAs", "COMPANY")
    if draft.website:
        card.add("URL", escape(draft.website, v))
    card.text(INDUSTRY, draft.industry)
    _common_details(card, draft)
    for u in draft.urls:
        card.labelled("URL", escape(u.value, v), card.types(u.types, False), u.custom_label)
    card.text("NOTE", draft.note)
    if draft.categories:
        card.add("CATEGORIES", ",".join(_list_item(c, v) for c in draft.categories))
    card.custom(draft.custom_fields)
    if draft.uid:
        card.add("UID", escape(draft.uid, v))
    card.extra(draft.extra, skip=frozenset({"X-ABSHOWAS", "FN", "KIND"}))
    card.photo(draft.logo)
    return card.render()


def vcard_text(
    records: Iterable[ContactDraft | AccountDraft], version: str = "3.0"
) -> Iterator[str]:
    """Each record as one card followed by CRLF, for streaming into a file."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {VERSIONS}, not {version!r}")
    for record in records:
        if isinstance(record, AccountDraft):
            yield account_card(record, version) + "\r\n"
        else:
            yield contact_card(record, version) + "\r\n"
