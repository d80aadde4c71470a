"""Google's numbered groups of columns (``E-mail 1 - Label``, ``E-mail 1 - Value``,
``Address 2 - City``...; ``- Type`` in its older format) read into a contact's values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crm_desktop.interop.csv_columns import NUMBERED
from crm_desktop.interop.csv_names import read_google_label
from crm_desktop.records.drafts import (
    AddressValue,
    CustomValue,
    EmailValue,
    ImppValue,
    PhoneValue,
    UrlValue,
)

Numbered = dict[tuple[str, str], dict[str, str]]  # (group, number) -> part -> cell


def split_multi(value: str) -> list[str]:
    """The items of a cell that holds several, joined by Google's `` ::: ``."""
    return [v.strip() for v in value.split(" ::: ") if v.strip()]


def add_cell(numbered: Numbered, header: str, value: str) -> None:
    """Keep a cell of a numbered group's column for ``read_groups``."""
    match = NUMBERED.match(header)
    if match:
        group, number, part = match.groups()
        numbered.setdefault((group, number), {})[part] = value


@dataclass
class Groups:
    """What the numbered groups of one row hold."""

    fields: dict[str, str] = field(default_factory=dict)  # "organization", "anniversary"...
    emails: list[EmailValue] = field(default_factory=list)
    phones: list[PhoneValue] = field(default_factory=list)
    urls: list[UrlValue] = field(default_factory=list)
    impp: list[ImppValue] = field(default_factory=list)
    addresses: list[AddressValue] = field(default_factory=list)
    custom: list[CustomValue] = field(default_factory=list)


def _order(item: tuple[tuple[str, str], Mapping[str, str]]) -> tuple[str, int]:
    """The groups in their order: "E-mail 2" before "E-mail 10"."""
    (group, number), _parts = item
    return group, int(number)


_ORGANIZATION = (("Name", "organization"), ("Title", "title"), ("Department", "department"))


def read_groups(numbered: Numbered) -> Groups:
    """Each group's values, in order, with their labels' types, primary mark and the user's
    own label (``read_google_label``)."""
    out = Groups()
    for (group, number), parts in sorted(numbered.items(), key=_order):
        cell = parts.get("Label") or parts.get("Type") or ""
        label = cell.lstrip("* ").strip()
        types, pref, own = read_google_label(cell)
        values = split_multi(parts.get("Value", ""))
        if group == "E-mail":
            out.emails += [EmailValue(v, types, pref, own) for v in values]
        elif group == "Phone":
            out.phones += [PhoneValue(v, types, pref, own) for v in values]
        elif group == "Website":
            out.urls += [UrlValue(v, types, own) for v in values]
        elif group == "IM":
            out.impp += [ImppValue(v, types, pref, own) for v in values]
        elif group == "Address" and any(v for k, v in parts.items() if k not in ("Label", "Type")):
            out.addresses.append(
                AddressValue(
                    types, pref, parts.get("PO Box", ""), parts.get("Extended Address", ""),
                    parts.get("Street", ""), parts.get("City", ""), parts.get("Region", ""),
                    parts.get("Postal Code", ""), parts.get("Country", ""),
                    parts.get("Formatted", ""), own,
                )
            )  # fmt: skip
        elif group == "Organization":
            for key, target in _ORGANIZATION:
                if parts.get(key):
                    out.fields.setdefault(target, parts[key])
        elif group == "Event" and values and label.casefold() == "anniversary":
            out.fields.setdefault("anniversary", values[0])
        elif parts.get("Value"):
            out.custom.append(CustomValue(label or f"{group} {number}", parts["Value"]))
    return out
