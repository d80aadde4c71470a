"""A postal address as the post of its country wants it on an envelope or a label: the name,
the company, the street, the postal code and the city in that country's order, the lines the
post reads by machine in capitals, and the country's name last, in the sender's language,
only when the letter goes abroad.

The orders follow the address formats Google publishes for its address forms
(libaddressinput's region data), written here in the same notation: ``%N`` the name, ``%O``
the organisation, ``%A`` the street lines, ``%C`` the city, ``%S`` the region (state,
province), ``%Z`` the postal code, ``%n`` a new line. A country we have no rule for gets
the common European order (postal code before the city) with the region on its own line, so
that nothing typed is left off.

Qt-free: the labels, the envelopes and the mail-merge export all use this.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crm_desktop.records.countries import country_code, country_name
from crm_desktop.records.drafts import AddressValue


@dataclass(frozen=True, slots=True)
class PostalFormat:
    lines: str  # the format string
    upper: str = ""  # the fields written in capitals


DEFAULT_FORMAT = PostalFormat("%N%n%O%n%A%n%Z %C%n%S")

FORMATS: dict[str, PostalFormat] = {
    "US": PostalFormat("%N%n%O%n%A%n%C, %S %Z", "CS"),
    "CA": PostalFormat("%N%n%O%n%A%n%C %S %Z", "ACNOSZ"),
    "AU": PostalFormat("%O%n%N%n%A%n%C %S %Z", "CS"),
    "GB": PostalFormat("%N%n%O%n%A%n%C%n%Z", "CZ"),
    "DE": PostalFormat("%N%n%O%n%A%n%Z %C"),
    "AT": PostalFormat("%O%n%N%n%A%n%Z %C"),
    "CH": PostalFormat("%O%n%N%n%A%n%Z %C"),
    "NL": PostalFormat("%O%n%N%n%A%n%Z %C"),
    "FR": PostalFormat("%O%n%N%n%A%n%Z %C", "C"),
    "GR": PostalFormat("%N%n%O%n%A%n%Z %C"),
    "CY": PostalFormat("%N%n%O%n%A%n%Z %C"),
    "ES": PostalFormat("%N%n%O%n%A%n%Z %C %S", "CS"),
    "AD": PostalFormat("%N%n%O%n%A%n%Z %C"),
    "IT": PostalFormat("%N%n%O%n%A%n%Z %C %S", "CS"),
    "TR": PostalFormat("%N%n%O%n%A%n%Z %C/%S"),
    "IR": PostalFormat("%O%n%N%n%S%n%C%n%A%n%Z"),
    "EG": PostalFormat("%N%n%O%n%A%n%C%n%S%n%Z"),
    "SA": PostalFormat("%N%n%O%n%A%n%C %Z"),
    "AE": PostalFormat("%N%n%O%n%A%n%C%n%S"),
}

_FIELD = re.compile(r"%([NOACSZ])")


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who a letter goes to: the person's name (may be empty for a company), the company,
    and the postal address."""

    name: str
    organization: str
    address: AddressValue


def postal_upper(text: str) -> str:
    """``text`` in capitals as the post writes them: Greek capitals without accents
    (``Αθήνα`` gives ``ΑΘΗΝΑ``), scripts without case unchanged."""
    upper = text.upper()
    if not any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in upper):
        return upper
    decomposed = unicodedata.normalize("NFD", upper)
    kept = "".join(ch for ch in decomposed if ch not in "\u0301\u0308\u0342\u0313\u0314")
    return unicodedata.normalize("NFC", kept)


def format_for(code: str) -> PostalFormat:
    return FORMATS.get(code.upper(), DEFAULT_FORMAT)


def _street_lines(address: AddressValue) -> list[str]:
    lines: list[str] = []
    for part in (address.street, address.extended, address.po_box):
        lines.extend(line.strip() for line in part.splitlines() if line.strip())
    return lines


def _line(template: str, values: dict[str, str]) -> str:
    """One line of a format: its fields filled, a separator kept only between two values."""
    out = ""
    pending = ""
    position = 0
    for match in _FIELD.finditer(template):
        pending += template[position : match.start()]
        position = match.end()
        value = values[match.group(1)]
        if value:
            out += (pending if out else "") + value
        pending = ""  # an empty field takes the separator before it along
    return " ".join(out.split())


def address_lines(
    recipient: Recipient, *, home_country: str = "", language: str = "en", capitals: bool = True
) -> tuple[str, ...]:
    """The address block of ``recipient``, line by line, by the convention of the address's
    country; the country line (in ``language``, the sender's) left off when the address is in
    ``home_country`` (an ISO code) or names no country. ``capitals``: the fields the post
    reads by machine in capitals (an envelope's; not a card's on the screen)."""
    address = recipient.address
    code = country_code(address.country)
    postal = format_for(code)
    if not capitals:
        postal = PostalFormat(postal.lines)
    values = {
        "N": recipient.name.strip(),
        "O": recipient.organization.strip(),
        "C": address.locality.strip(),
        "S": address.region.strip(),
        "Z": address.postal_code.strip(),
    }
    if values["S"].casefold() == values["C"].casefold():
        values["S"] = ""  # Madrid, Madrid: the province said once, as the city
    for field, value in values.items():
        if field in postal.upper:
            values[field] = postal_upper(value)
    if values["N"].casefold() == values["O"].casefold():
        values["O"] = ""  # a company card: its name once
    streets = _street_lines(address)
    if "A" in postal.upper:
        streets = [postal_upper(line) for line in streets]
    lines: list[str] = []
    for template in postal.lines.split("%n"):
        if template == "%A":
            lines.extend(streets)
            continue
        if line := _line(template, {**values, "A": ", ".join(streets)}):
            lines.append(line)
    country = address.country.strip()
    abroad = bool(country) and not (code and code == home_country.upper())
    if abroad:
        name = country_name(code, language) if code else country
        lines.append(postal_upper(name) if capitals else name)
    return tuple(lines)


def address_text(recipient: Recipient, *, home_country: str = "", language: str = "en") -> str:
    """The address block as one text, a line break between its lines."""
    return "\n".join(address_lines(recipient, home_country=home_country, language=language))


def right_to_left(text: str) -> bool:
    """Whether ``text`` reads right to left: its first letter with a direction is Arabic,
    Persian or Hebrew (a Latin postal code before it does not count)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def block_right_to_left(lines: tuple[str, ...]) -> bool:
    """Whether an address block reads right to left: its name line (else its first line with
    a direction) is in a right-to-left script."""
    for line in lines:
        if any(unicodedata.bidirectional(ch) in ("R", "AL", "L") for ch in line):
            return right_to_left(line)
    return False
