"""The pages File > Print and File > Export PDF make of the main window's views: the contact
(or account) list with the columns it shows, in the order shown; a contact's or an account's
card with its timeline. Built from what the services return, as ``PrintDocument``s."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QTableView

from crm_desktop.gui.activity_text import time_text, word
from crm_desktop.gui.bidi import without_marks
from crm_desktop.gui.calendars import partial_date_text
from crm_desktop.gui.card_addresses import address_rows
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.plain_text import escaped
from crm_desktop.gui.printing import (
    PrintDocument,
    data_text,
    heading,
    page_html,
    right_to_left,
    table_html,
)
from crm_desktop.gui.timeline_model import item_detail, item_title
from crm_desktop.records.activities import TimelineItem
from crm_desktop.records.contacts import ContactCard
from crm_desktop.services.accounts import AccountCard


def _document(title: str, body: str) -> PrintDocument:
    return PrintDocument(title, page_html(title, body), right_to_left=right_to_left())


def list_document(
    table: QTableView, title: str, only_rows: Sequence[int] | None = None
) -> PrintDocument:
    """Every row of ``table``'s list (or only the rows ``only_rows``: the selection), with
    the columns it shows, in the order it shows them (hidden or moved columns stay so on
    paper)."""
    model, header = table.model(), table.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    display = Qt.ItemDataRole.DisplayRole
    headers = [
        str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
        for column in columns
    ]
    rows = []
    for row in range(model.rowCount()) if only_rows is None else sorted(set(only_rows)):
        cells = []
        for column in columns:
            value = model.data(model.index(row, column), display)
            cells.append(data_text(without_marks(str(value))) if value is not None else "")
        rows.append(cells)
    count = QLocale().toString(len(rows))
    records = QCoreApplication.translate("Printing", "%1 records").replace("%1", count)
    body = f"<p>{escaped(records)}</p>"
    widths = [header.sectionSize(column) for column in columns]
    return _document(title, body + table_html(headers, rows, widths=widths))


def _form(rows: Sequence[tuple[str, str]]) -> str:
    """Label and value pairs (the value plain data: escaped, isolated, lines kept)."""
    cells = [
        [f"<b>{escaped(label)}</b>", data_text(value).replace("\n", "<br>")]
        for label, value in rows
        if value
    ]
    if not cells:
        return ""
    lines = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in cells)
    return f'<table cellpadding="2">{lines}</table>'


def timeline_html(
    items: Sequence[TimelineItem], *, contact_id: int | None = None, account_id: int | None = None
) -> str:
    """The timeline as a table: when, what kind, the subject and the details."""
    if not items:
        nothing = QCoreApplication.translate("Printing", "Nothing recorded yet.")
        return (
            heading(QCoreApplication.translate("Printing", "Timeline"), 2)
            + f"<p>{escaped(nothing)}</p>"
        )
    rows = [
        [
            data_text(time_text(item.when), left_to_right=False),
            escaped(word(item.kind)),
            data_text(item_title(item)),
            data_text(without_marks(item_detail(item, contact_id, account_id))),
        ]
        for item in items
    ]
    headers = [
        QCoreApplication.translate("Printing", "When"),
        QCoreApplication.translate("Printing", "Kind"),
        QCoreApplication.translate("Printing", "Subject"),
        QCoreApplication.translate("Printing", "Details"),
    ]
    return heading(QCoreApplication.translate("Printing", "Timeline"), 2) + table_html(
        headers, rows
    )


def contact_document(
    card: ContactCard, items: Sequence[TimelineItem], extra_html: str = ""
) -> PrintDocument:
    """A contact's card and timeline on paper. ``extra_html``: more of the card (its deals)."""
    d = card.draft
    rows: list[tuple[str, str]] = [
        (
            QCoreApplication.translate("Printing", "Account"),
            link.name + (f" — {link.title}" if link.title else ""),
        )
        for link in card.accounts
    ]
    if not card.accounts:
        rows.append((QCoreApplication.translate("Printing", "Title"), d.title))
    rows.append((QCoreApplication.translate("Printing", "Department"), d.department))
    rows += [(QCoreApplication.translate("Printing", "Email"), email.value) for email in d.emails]
    rows += [(QCoreApplication.translate("Printing", "Phone"), phone.value) for phone in d.phones]
    rows += address_rows(d.addresses)
    rows.append((QCoreApplication.translate("Printing", "Birthday"), partial_date_text(d.birthday)))
    rows.append(
        (
            QCoreApplication.translate("Printing", "Categories"),
            ", ".join(category_text(name) for name in d.categories),
        )
    )
    rows += [(field.label, field.value) for field in d.custom_fields]
    body = _form(rows)
    if d.note:
        body += f"<p>{data_text(d.note).replace(chr(10), '<br>')}</p>"
    body += extra_html + timeline_html(items, contact_id=card.id)
    return _document(d.formatted_name, body)


def account_document(
    card: AccountCard, items: Sequence[TimelineItem], extra_html: str = ""
) -> PrintDocument:
    """An account's card (with its contacts) and timeline on paper."""
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("Printing", "Website"), card.website),
        (QCoreApplication.translate("Printing", "Industry"), card.industry),
    ]
    rows += [
        (QCoreApplication.translate("Printing", "Phone"), phone.value) for phone in card.phones
    ]
    rows += [
        (QCoreApplication.translate("Printing", "Email"), email.value) for email in card.emails
    ]
    rows += address_rows(card.addresses)
    body = _form(rows)
    if card.note:
        body += f"<p>{data_text(card.note).replace(chr(10), '<br>')}</p>"
    if card.contacts:
        count = QLocale().toString(len(card.contacts))
        body += heading(
            QCoreApplication.translate("Printing", "Contacts (%1)").replace("%1", count), 2
        )
        people = [[data_text(c.name), data_text(c.title)] for c in card.contacts]
        body += table_html(
            [
                QCoreApplication.translate("Printing", "Name"),
                QCoreApplication.translate("Printing", "Title"),
            ],
            people,
        )
    body += extra_html + timeline_html(items, account_id=card.id)
    return _document(card.name, body)
