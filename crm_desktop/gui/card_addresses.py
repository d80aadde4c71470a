"""Phones, e-mails and addresses as both cards show them (a contact's and an account's): each
row named by its type as Outlook names them ("Mobile phone", "Business e-mail", "Home
address", "Fax"), and each address as a postal block in its country's order (the labels'
rules, ``services.labels.postal_block``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.gui.preferences import home_region
from crm_desktop.records.drafts import AddressValue
from crm_desktop.services.labels import postal_block

_CONTEXT = "CardDetails"
_UNSAID = frozenset({"voice", "pref", "internet", "x400", "postal", "parcel", "dom", "intl"})

_PHONE: dict[str, str] = {
    "fax": str(QT_TRANSLATE_NOOP("CardDetails", "Fax")),
    "cell": str(QT_TRANSLATE_NOOP("CardDetails", "Mobile phone")),
    "work": str(QT_TRANSLATE_NOOP("CardDetails", "Business phone")),
    "home": str(QT_TRANSLATE_NOOP("CardDetails", "Home phone")),
    "": str(QT_TRANSLATE_NOOP("CardDetails", "Phone")),
}
_EMAIL: dict[str, str] = {
    "work": str(QT_TRANSLATE_NOOP("CardDetails", "Business email")),
    "home": str(QT_TRANSLATE_NOOP("CardDetails", "Home email")),
    "": str(QT_TRANSLATE_NOOP("CardDetails", "Email")),
}
_ADDRESS: dict[str, str] = {
    "work": str(QT_TRANSLATE_NOOP("CardDetails", "Business address")),
    "home": str(QT_TRANSLATE_NOOP("CardDetails", "Home address")),
    "": str(QT_TRANSLATE_NOOP("CardDetails", "Address")),
}
_OWN = str(QT_TRANSLATE_NOOP("CardDetails", "%1 (%2)"))  # "Phone (car)": a type of the user's own


def _label(types: Sequence[str], words: dict[str, str]) -> str:
    said = [t.lower() for t in types if t.lower() not in _UNSAID]
    for value, word in words.items():  # the first one that applies ("work, fax" is a fax)
        if value and value in said:
            return QCoreApplication.translate(_CONTEXT, word)
    plain = QCoreApplication.translate(_CONTEXT, words[""])
    if not said:
        return plain
    own = QCoreApplication.translate(_CONTEXT, _OWN)
    return own.replace("%1", plain).replace("%2", ", ".join(said))


def phone_label(types: Sequence[str]) -> str:
    return _label(types, _PHONE)


def email_label(types: Sequence[str]) -> str:
    return _label(types, _EMAIL)


def home_country() -> str:
    """The user's country (Preferences' region, else the language's): its addresses need no
    country line."""
    return home_region()


def address_rows(addresses: Sequence[AddressValue]) -> list[tuple[str, str]]:
    """(label, text) per address: its own label ("Summer house") or its type's ("Home
    address"), and the postal block in its country's order, or the whole label text it came
    with (vCard's LABEL) when it has no parts; an address with neither is left out."""
    rows = []
    home, language = home_country(), QLocale().name()
    for a in addresses:
        block = postal_block(a, home_country=home, language=language)
        text = "\n".join(block) or a.label.strip()
        if text:
            rows.append((a.custom_label or _label(a.types, _ADDRESS), text))
    return rows
