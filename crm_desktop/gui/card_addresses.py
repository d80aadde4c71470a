"""Addresses as both cards show them (a contact's and an account's), one row each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.records.drafts import AddressValue

_ADDRESS = str(QT_TRANSLATE_NOOP("ContactCardView", "Address"))


def address_rows(addresses: Sequence[AddressValue]) -> list[tuple[str, str]]:
    """(label, text) per address: its own label ("Summer house") or "Address", and its parts
    one a line, or the whole label text it came with (vCard's LABEL) when it has no parts;
    an address with neither is left out."""
    rows = []
    for a in addresses:
        parts = (a.street, a.extended, a.po_box, a.locality, a.region, a.postal_code, a.country)
        text = "\n".join(part for part in parts if part) or a.label.strip()
        if text:
            label = a.custom_label or QCoreApplication.translate("ContactCardView", _ADDRESS)
            rows.append((label, text))
    return rows
