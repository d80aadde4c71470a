"""Deals as CSV (``export --format deals-csv``): one row per deal, amounts as decimal strings
with the currency's places, dates ISO 8601, every cell neutralized like the contact CSV
exports (a value a spreadsheet could run gets a ``'`` in front)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC
from typing import TextIO

from crm_desktop.interop.csv_cells import neutralized
from crm_desktop.records.money import amount_text
from crm_desktop.records.sales import Deal

DEAL_HEADERS = (
    "Id", "Title", "Account", "Account Id", "Contacts", "Stage", "Amount", "Currency",
    "Probability", "Weighted Amount", "Expected Close", "Status", "Closed On", "Close Reason",
    "Competitor", "Source", "Next Step", "Description", "Created", "Updated",
)  # fmt: skip


def deal_cells(deal: Deal) -> list[str]:
    """The row of one deal, before neutralizing, in ``DEAL_HEADERS`` order."""
    contacts = "; ".join(
        f"{link.name} ({link.role})" if link.role else link.name for link in deal.contacts
    )
    return [
        str(deal.id),
        deal.title,
        deal.account_name,
        str(deal.account_id),
        contacts,
        deal.stage,
        amount_text(deal.amount, deal.currency),
        deal.currency,
        str(deal.probability),
        amount_text(deal.weighted, deal.currency),
        "" if deal.close_date is None else deal.close_date.isoformat(),
        deal.status.value,
        "" if deal.closed_on is None else deal.closed_on.isoformat(),
        deal.close_reason,
        deal.competitor_name,
        deal.source,
        deal.next_step,
        deal.description,
        deal.created_at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        deal.updated_at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
    ]


def write_deals_csv(deals: Iterable[Deal], out: TextIO) -> int:
    """The deals as CSV (UTF-8 with a byte order mark, CRLF, every cell quoted, as the
    Outlook export); how many rows were written."""
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(DEAL_HEADERS)
    count = 0
    for deal in deals:
        writer.writerow([neutralized(cell) for cell in deal_cells(deal)])
        count += 1
    return count
