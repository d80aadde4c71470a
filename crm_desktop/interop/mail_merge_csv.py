"""Contacts as a mail-merge data source: the CSV a word processor's mail merge reads
(Word, LibreOffice Writer, Pages), one row a contact.

UTF-8 with a BOM (so that Word and Excel take it as UTF-8), every field quoted, cells that a
spreadsheet could run as a formula neutralized as in our other CSV exports (``csv_cells``).
The first column, "Address block", is the whole postal address formatted by the convention of
its country (``records.postal``: several lines in one cell), ready to drop on a label or at the
top of a letter; the others are the fields a merge template names one by one. "Salutation" is
the title and family name ("Dr. Papadopoulou", else the full name): the template adds its own
"Dear" in its own language.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from crm_desktop.interop.csv_cells import neutralized
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.records.postal import Recipient, address_text

MAIL_MERGE_HEADERS = (
    "Address block", "Title", "FirstName", "MiddleName", "LastName", "Suffix", "FullName",
    "Company", "Department", "JobTitle", "Address1", "Address2", "Address3", "City", "State",
    "PostalCode", "Country", "Email", "Phone", "Salutation",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class MergeContact:
    """One contact for the merge: the card's draft, its company, its name and the postal
    address its letters go to (None: none)."""

    draft: ContactDraft
    name: str
    organization: str
    address: AddressValue | None


def _first(values: Iterable[tuple[str, bool]]) -> str:
    listed = list(values)
    preferred = [value for value, chosen in listed if chosen]
    return (preferred or [value for value, _ in listed] or [""])[0]


def salutation(draft: ContactDraft, name: str) -> str:
    if draft.family_name.strip():
        return " ".join(part for part in (draft.prefix.strip(), draft.family_name.strip()) if part)
    return name


def merge_row(contact: MergeContact, *, home_country: str, language: str) -> list[str]:
    d = contact.draft
    address = contact.address or AddressValue()
    block = ""
    if contact.address is not None:
        who = Recipient(contact.name, contact.organization, address)
        block = address_text(who, home_country=home_country, language=language)
    streets = [line for line in address.street.splitlines() if line.strip()]
    extended = [line for line in (address.extended, address.po_box) if line.strip()]
    lines = streets + extended
    row = [
        block, d.prefix, d.given_name, d.additional_names, d.family_name, d.suffix,
        contact.name, contact.organization, d.department, d.title,
        lines[0] if lines else "", lines[1] if len(lines) > 1 else "", "\n".join(lines[2:]),
        address.locality, address.region, address.postal_code, address.country,
        _first((e.value, e.preferred) for e in d.emails),
        _first((p.value, p.preferred) for p in d.phones),
        salutation(d, contact.name),
    ]  # fmt: skip
    return [neutralized(cell) for cell in row]


def write_mail_merge_csv(
    contacts: Iterable[MergeContact], out: TextIO, *, home_country: str = "", language: str = "en"
) -> int:
    """The contacts as a mail-merge CSV; how many rows were written. ``home_country`` (an ISO
    code): addresses there get no country line; ``language``: the country lines' language."""
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(MAIL_MERGE_HEADERS)
    count = 0
    for contact in contacts:
        writer.writerow(merge_row(contact, home_country=home_country, language=language))
        count += 1
    return count
