"""Contacts to CSV: Outlook's columns (which Outlook and Google import) or Google's.

UTF-8 with a BOM (so that Excel shows Greek and Arabic), every field quoted, and a cell that
a spreadsheet could run as a formula prefixed with ``'`` (``csv_cells``: OWASP's rule, phone
numbers and dates left as they are); our importer removes that prefix again, so nothing is
lost on re-import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TextIO

from crm_desktop.interop.csv_cells import neutralized as neutralized
from crm_desktop.interop.csv_names import (
    google_label,
    outlook_email_display,
    split_formatted_name,
)
from crm_desktop.records.drafts import AddressValue, ContactDraft, PhoneValue
from crm_desktop.records.naming import display_name

OUTLOOK_HEADERS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage",
    "Notes", "Office Location", "Organizational ID Number", "Other Address PO Box",
    "Priority", "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1",
    "User 2", "User 3", "User 4", "Web Page",
)  # fmt: skip

# A phone goes to the columns of the first kind whose types it has (the types our importer
# gives each column back); when they are taken, to "Other Phone"; when that is taken too,
# Outlook has no room for it. The preferred phone is also Outlook's "Primary Phone".
PHONE_COLUMNS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("work", "fax"), ("Business Fax",)),
    (("home", "fax"), ("Home Fax",)),
    (("fax",), ("Other Fax",)),
    (("cell",), ("Mobile Phone",)),
    (("pager",), ("Pager",)),
    (("car",), ("Car Phone",)),
    (("isdn",), ("ISDN",)),
    (("textphone",), ("TTY/TDD Phone",)),
    (("x-assistant",), ("Assistant's Phone",)),
    (("x-callback",), ("Callback",)),
    (("x-radio",), ("Radio Phone",)),
    (("x-telex",), ("Telex",)),
    (("work", "x-main"), ("Company Main Phone",)),
    (("work",), ("Business Phone", "Business Phone 2")),
    (("home",), ("Home Phone", "Home Phone 2")),
    ((), ("Other Phone",)),
)
# Outlook's columns that CRM Desktop reads as custom fields of the same name: a custom field
# so named is written there.
OUTLOOK_CUSTOM_COLUMNS = (
    "Account", "Assistant's Name", "Billing Information", "Children", "Directory Server",
    "Government ID Number", "Hobby", "Initials", "Internet Free Busy", "Keywords", "Language",
    "Location", "Manager's Name", "Mileage", "Office Location", "Organizational ID Number",
    "Priority", "Private", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2",
    "User 3", "User 4",
)  # fmt: skip


def _outlook_date(value: str | None) -> str:
    if not value or value.startswith("--"):
        return ""  # Outlook has no date without a year; the vCard export keeps it
    if len(value) == 10:
        year, month, day = value.split("-")
        return f"{int(month)}/{int(day)}/{year}"
    return ""


def outlook_street(address: AddressValue) -> str:
    """The street lines Outlook holds: the street, then the extended address (an apartment,
    a building: Outlook has no column of its own for it)."""
    return "\n".join(part for part in (address.street, address.extended) if part)


def _address(row: dict[str, str], prefix: str, address: AddressValue) -> None:
    lines = outlook_street(address).split("\n")
    row[f"{prefix} Street"] = lines[0]
    if len(lines) > 1:
        row[f"{prefix} Street 2"] = lines[1]
    if len(lines) > 2:  # the third column holds the rest, line breaks and all
        row[f"{prefix} Street 3"] = "\n".join(lines[2:])
    row[f"{prefix} City"] = address.locality
    row[f"{prefix} State"] = address.region
    row[f"{prefix} Postal Code"] = address.postal_code
    row[f"{prefix} Country/Region"] = address.country
    row[f"{prefix} Address PO Box" if prefix != "Business" else "Business Address PO Box"] = (
        address.po_box
    )


def _phones(row: dict[str, str], phones: Sequence[PhoneValue]) -> None:
    for phone in phones:
        types = set(phone.types)
        columns = next(columns for wanted, columns in PHONE_COLUMNS if set(wanted) <= types)
        column = next((c for c in (*columns, "Other Phone") if not row.get(c)), None)
        if column is not None:
            row[column] = phone.value
    preferred = next((p for p in phones if p.preferred), None)
    if preferred is not None:
        row["Primary Phone"] = preferred.value


def outlook_row(d: ContactDraft) -> dict[str, str]:
    """A contact in Outlook's columns (see ``csv_capacity`` for what they cannot hold)."""
    row: dict[str, str] = {
        "Title": d.prefix, "First Name": d.given_name, "Middle Name": d.additional_names,
        "Last Name": d.family_name, "Suffix": d.suffix, "Department": d.department,
        "Job Title": d.title, "Notes": d.note, "Categories": ";".join(d.categories),
        "Birthday": _outlook_date(d.birthday), "Anniversary": _outlook_date(d.anniversary),
        "Gender": d.gender, "Company": _primary_account(d), "Profession": d.role,
        "Web Page": d.urls[0].value if d.urls else "",
    }  # fmt: skip
    if not (d.given_name or d.additional_names or d.family_name) and not _nameless(d):
        row["First Name"], row["Last Name"] = split_formatted_name(d.formatted_name)
    emails = sorted(d.emails, key=lambda e: not e.preferred)  # Outlook's first is its default
    for number, email in enumerate(emails[:3], start=1):
        name = "E-mail Address" if number == 1 else f"E-mail {number} Address"
        row[name] = email.value
        row[name.replace("Address", "Type")] = "SMTP"
        # Outlook has no display-name column: its "Full Name (address)" holds it
        row[name.replace("Address", "Display Name")] = outlook_email_display(
            d.formatted_name, email.value
        )
    _phones(row, d.phones)
    for custom in d.custom_fields:
        if custom.label in OUTLOOK_CUSTOM_COLUMNS and custom.label not in row:
            row[custom.label] = custom.value
    places = {"work": "Business", "home": "Home"}
    used: set[str] = set()
    for address in d.addresses:
        prefix = next((places[t] for t in address.types if t in places), "Other")
        if prefix in used:
            prefix = "Other" if "Other" not in used else ""
        if prefix:
            used.add(prefix)
            _address(row, prefix, address)
    return row


def _primary_account(d: ContactDraft) -> str:
    """The name of the contact's primary account (the first if none is marked)."""
    primary = next((a for a in d.accounts if a.primary), d.accounts[0] if d.accounts else None)
    return primary.name if primary else ""


def _nameless(d: ContactDraft) -> bool:
    """A contact without a name, shown by its e-mail address or phone number."""
    return d.formatted_name == display_name(replace(d, formatted_name=""))


def write_outlook_csv(records: Iterable[ContactDraft], out: TextIO) -> int:
    """Contacts as Outlook's CSV (92 columns); how many rows were written."""
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(OUTLOOK_HEADERS)
    count = 0
    for draft in records:
        row = outlook_row(draft)
        writer.writerow([neutralized(row.get(h, "")) for h in OUTLOOK_HEADERS])
        count += 1
    return count


def _google_rows(records: Iterable[ContactDraft]) -> Iterator[dict[str, str]]:
    for d in records:
        row = {
            "Name": d.formatted_name, "First Name": d.given_name, "Middle Name": d.additional_names,
            "Last Name": d.family_name, "Name Prefix": d.prefix, "Name Suffix": d.suffix,
            "Nickname": d.nickname, "Organization Name": _primary_account(d),
            "Organization Title": d.title, "Organization Department": d.department,
            "Birthday": d.birthday or "", "Notes": d.note,
            "Labels": " ::: ".join([*d.categories, "* myContacts"]),
            "Photo": d.photo.uri if d.photo else "",  # Google's holds a web address only
        }  # fmt: skip
        for number, email in enumerate(d.emails, start=1):
            label = google_label(email.types, email.preferred, email.custom_label)
            row[f"E-mail {number} - Label"] = label
            row[f"E-mail {number} - Value"] = email.value
        for number, phone in enumerate(d.phones, start=1):
            label = google_label(phone.types, phone.preferred, phone.custom_label)
            row[f"Phone {number} - Label"] = label
            row[f"Phone {number} - Value"] = phone.value
        for number, address in enumerate(d.addresses, start=1):
            prefix = f"Address {number} - "
            label = google_label(address.types, address.preferred, address.custom_label)
            row[prefix + "Label"] = label
            row[prefix + "Formatted"] = address.label
            row[prefix + "Street"] = address.street
            row[prefix + "City"] = address.locality
            row[prefix + "PO Box"] = address.po_box
            row[prefix + "Region"] = address.region
            row[prefix + "Postal Code"] = address.postal_code
            row[prefix + "Country"] = address.country
            row[prefix + "Extended Address"] = address.extended
        for number, url in enumerate(d.urls, start=1):
            row[f"Website {number} - Label"] = google_label(url.types, False, url.custom_label)
            row[f"Website {number} - Value"] = url.value
        for number, im in enumerate(d.impp, start=1):
            row[f"IM {number} - Label"] = google_label(im.types, im.preferred, im.custom_label)
            row[f"IM {number} - Value"] = im.value
        if d.anniversary:
            row["Event 1 - Label"] = "Anniversary"
            row["Event 1 - Value"] = d.anniversary
        for number, custom in enumerate(d.custom_fields, start=1):
            row[f"Custom Field {number} - Label"] = custom.label
            row[f"Custom Field {number} - Value"] = custom.value
        yield row


def write_google_csv(records: Iterable[ContactDraft], out: TextIO) -> int:
    """Contacts as Google Contacts' CSV (numbered groups as wide as the widest contact)."""
    rows = list(_google_rows(records))
    headers: list[str] = [
        "Name", "First Name", "Middle Name", "Last Name", "Name Prefix", "Name Suffix", "Nickname",
        "Organization Name", "Organization Title", "Organization Department", "Birthday",
        "Notes", "Photo", "Labels",
    ]  # fmt: skip
    for row in rows:
        headers += [key for key in row if key not in headers]
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([neutralized(row.get(h, "")) for h in headers])
    return len(rows)
