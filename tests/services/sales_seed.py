"""A seeded sales database for the report tests: figures every test checks by hand."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from crm_desktop.records.drafts import AccountDraft
from crm_desktop.records.ids import AccountId
from crm_desktop.records.sales import DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal, lose_deal, win_deal


def account(db: Database, name: str) -> AccountId:
    return create_account(db, AccountDraft(name))


def deal(
    db: Database,
    account_id: int,
    amount: str,
    currency: str,
    stage: str = "Prospecting",
    close: date | None = None,
    probability: int | None = None,
    title: str = "Deal",
) -> int:
    draft = DealDraft(
        title, account_id, Decimal(amount), currency, stage, probability, close_date=close
    )
    return create_deal(db, draft).id


def set_created(path: Path, deal_id: int, day: str) -> None:
    """Back-date a deal's creation (what a deal created long ago looks like)."""
    with sqlite3.connect(path) as raw:
        raw.execute(
            "UPDATE deals SET created_at = ? WHERE id = ?", (f"{day}T10:00:00.000000Z", deal_id)
        )
    raw.close()


def seed(db: Database) -> dict[str, int]:
    """Two accounts; open deals in EUR, USD and JPY; won and lost ones in two months.

    Open (stage default probabilities: Prospecting 10, Proposal 50, Negotiation 80):
      1 Aegean  10000.00 EUR Proposal (50)      close 2027-01-15
      2 Aegean  20000.00 EUR Negotiation (80)   close 2027-01-31
      3 Vila     5000.00 USD Proposal (50)      close 2027-01-20
      4 Vila      333.33 EUR Prospecting, probability 33 by hand, close 2027-02-01
      5 Vila      120000 JPY Negotiation (80)   no close date
    Closed:
      6 Aegean   1000.00 EUR won  2026-10-05 (created 2026-09-05: 30 days)
      7 Aegean   3000.00 EUR won  2026-10-20 (created 2026-10-10: 10 days)
      8 Vila      700.00 USD lost 2026-10-25
      9 Vila      400.00 USD won  2026-11-02 (created 2026-10-03: 30 days)
     10 Aegean   2500.00 EUR won  2025-06-30 (created 2025-06-01: 29 days)
     11 Aegean    999.00 EUR open, then trashed (never counted)
    """
    aegean = account(db, "Aegean Foods")
    vila = account(db, "Vilaseca Vins")
    ids = {"aegean": aegean, "vila": vila}
    deal(db, aegean, "10000", "EUR", "Proposal", date(2027, 1, 15))
    deal(db, aegean, "20000", "EUR", "Negotiation", date(2027, 1, 31))
    deal(db, vila, "5000", "USD", "Proposal", date(2027, 1, 20))
    deal(db, vila, "333.33", "EUR", "Prospecting", date(2027, 2, 1), probability=33)
    deal(db, vila, "120000", "JPY", "Negotiation")
    for number, (owner, amount, currency, created, closed, won) in enumerate(
        [
            (aegean, "1000", "EUR", "2026-09-05", date(2026, 10, 5), True),
            (aegean, "3000", "EUR", "2026-10-10", date(2026, 10, 20), True),
            (vila, "700", "USD", "2026-10-01", date(2026, 10, 25), False),
            (vila, "400", "USD", "2026-10-03", date(2026, 11, 2), True),
            (aegean, "2500", "EUR", "2025-06-01", date(2025, 6, 30), True),
        ],
        start=6,
    ):
        deal_id = deal(db, owner, amount, currency, "Proposal")
        assert deal_id == number
        set_created(db.path, deal_id, created)
        if won:
            win_deal(db, deal_id, closed)
        else:
            lose_deal(db, deal_id, "price", on=closed)
    from crm_desktop.services.deals import trash_deals

    trash_deals(db, [deal(db, aegean, "999", "EUR", "Proposal", date(2027, 1, 10))])
    return ids
