"""Contacts to CSV: Outlook's columns (which Outlook and Google import) or Google's.

UTF-8 with a BOM (so that Excel shows Greek and Arabic), every field quoted, and a cell that
a spreadsheet could run as a formula prefixed with ``'`` (``csv_cells``: OWASP's rule, phone
numbers and dates left as they are); our importer removes that prefix again, so nothing is
lost on re-import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from crm_desktop.interop.csv_cells import neutralized as neutralized
from crm_desktop.records.drafts import AddressValue, ContactDraft

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

_PHONE_COLUMNS = (
    (("work", "fax"), ("Business Fax",)),
    (("home", "fax"), ("Home Fax",)),
    (("fax",), ("Other Fax",)),
    (("cell",), ("Mobile Phone",)),
    (("pager",), ("Pager",)),
    (("car",), ("Car Phone",)),
    (("work",), ("Business Phone", "Business Phone 2")),
    (("home",), ("Home Phone", "Home Phone 2")),
    ((), ("Other Phone", "Primary Phone", "Callback", "Radio Phone")),
)


def _outlook_date(value: str | None) -> str:
    if not value or value.startswith("--"):
        return ""  # Outlook has no date without a year; the vCard export keeps it
    if len(value) == 10:
        year, month, day = value.split("-")
        return f"{int(month)}/{int(day)}/{year}"
    return ""


def _address(row: dict[str, str], prefix: str, address: AddressValue) -> None:
    lines = address.street.split("\n")
    row[f"{prefix} Street"] = lines[0] if lines else ""
    for number, extra in enumerate(lines[1:3], start=2):
        row[f"{prefix} Street {number}"] = extra
    row[f"{prefix} City"] = address.locality
    row[f"{prefix} State"] = address.region
    row[f"{prefix} Postal Code"] = address.postal_code
    row[f"{prefix} Country/Region"] = address.country
    row[f"{prefix} Address PO Box" if prefix != "Business" else "Business Address PO Box"] = (
        address.po_box
    )


def outlook_row(d: ContactDraft) -> dict[str, str]:
    row: dict[str, str] = {
        "Title": d.prefix, "First Name": d.given_name, "Middle Name": d.additional_names,
        "Last Name": d.family_name, "Suffix": d.suffix, "Department": d.department,
        "Job Title": d.title, "Notes": d.note, "Categories": ";".join(d.categories),
        "Birthday": _outlook_date(d.birthday), "Anniversary": _outlook_date(d.anniversary),
        "Gender": d.gender, "Company": d.accounts[0].name if d.accounts else "",
        "Web Page": d.urls[0].value if d.urls else "",
    }  # fmt: skip
    if not (d.given_name or d.family_name) and d.formatted_name:
        row["First Name"] = d.formatted_name  # Outlook has no display-name column
    for number, email in enumerate(d.emails[:3], start=1):
        name = "E-mail Address" if number == 1 else f"E-mail {number} Address"
        row[name] = email.value
        row[name.replace("Address", "Type")] = "SMTP"
    free = list(OUTLOOK_HEADERS)
    for phone in d.phones:
        types = set(phone.types)
        for wanted, columns in _PHONE_COLUMNS:
            if set(wanted) <= types:
                column = next((c for c in columns if c in free and not row.get(c)), None)
                if column is not None:
                    row[column] = phone.value
                    break
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
            "First Name": d.given_name, "Middle Name": d.additional_names,
            "Last Name": d.family_name, "Name Prefix": d.prefix, "Name Suffix": d.suffix,
            "Nickname": d.nickname, "Organization Name": d.accounts[0].name if d.accounts else "",
            "Organization Title": d.title, "Organization Department": d.department,
            "Birthday": d.birthday or "", "Notes": d.note,
            "Labels": " ::: ".join([*d.categories, "* myContacts"]),
        }  # fmt: skip
        if not (d.given_name or d.family_name) and d.formatted_name:
            row["First Name"] = d.formatted_name  # Google's new layout has no display-name column
        for number, email in enumerate(d.emails, start=1):
            row[f"E-mail {number} - Label"] = " ::: ".join(t.capitalize() for t in email.types)
            row[f"E-mail {number} - Value"] = email.value
        for number, phone in enumerate(d.phones, start=1):
            row[f"Phone {number} - Label"] = " ::: ".join(t.capitalize() for t in phone.types)
            row[f"Phone {number} - Value"] = phone.value
        for number, address in enumerate(d.addresses, start=1):
            prefix = f"Address {number} - "
            row[prefix + "Label"] = " ::: ".join(t.capitalize() for t in address.types)
            row[prefix + "Street"] = address.street
            row[prefix + "City"] = address.locality
            row[prefix + "PO Box"] = address.po_box
            row[prefix + "Region"] = address.region
            row[prefix + "Postal Code"] = address.postal_code
            row[prefix + "Country"] = address.country
            row[prefix + "Extended Address"] = address.extended
        for number, url in enumerate(d.urls, start=1):
            row[f"Website {number} - Label"] = " ::: ".join(t.capitalize() for t in url.types)
            row[f"Website {number} - Value"] = url.value
        for number, custom in enumerate(d.custom_fields, start=1):
            row[f"Custom Field {number} - Label"] = custom.label
            row[f"Custom Field {number} - Value"] = custom.value
        yield row


def write_google_csv(records: Iterable[ContactDraft], out: TextIO) -> int:
    """Contacts as Google Contacts' CSV (numbered groups as wide as the widest contact)."""
    rows = list(_google_rows(records))
    headers: list[str] = [
        "First Name", "Middle Name", "Last Name", "Name Prefix", "Name Suffix", "Nickname",
        "Organization Name", "Organization Title", "Organization Department", "Birthday",
        "Notes", "Labels",
    ]  # fmt: skip
    for row in rows:
        headers += [key for key in row if key not in headers]
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([neutralized(row.get(h, "")) for h in headers])
    return len(rows)
