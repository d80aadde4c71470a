"""The sales layer's words and figures as the user reads them: the built-in stages, statuses,
sources and roles in the user's language (a user's own stay as written), per-currency totals
as one line ("12.000,00 € · 3.500,00 $"), days in a stage, a deal's close date."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.gui.activity_text import local_date
from crm_desktop.gui.calendars import date_text
from crm_desktop.gui.money import money_text
from crm_desktop.records.sales import Deal

_CONTEXT = "SalesText"
_WORDS = {
    # the default stages (stored in English; a renamed stage shows as the user wrote it)
    "Prospecting": QT_TRANSLATE_NOOP("SalesText", "Prospecting"),
    "Qualification": QT_TRANSLATE_NOOP("SalesText", "Qualification"),
    "Proposal": QT_TRANSLATE_NOOP("SalesText", "Proposal"),
    "Negotiation": QT_TRANSLATE_NOOP("SalesText", "Negotiation"),
    # statuses
    "open": QT_TRANSLATE_NOOP("SalesText", "Open"),
    "won": QT_TRANSLATE_NOOP("SalesText", "Won"),
    "lost": QT_TRANSLATE_NOOP("SalesText", "Lost"),
    # lead statuses
    "new": QT_TRANSLATE_NOOP("SalesText", "New"),
    "contacted": QT_TRANSLATE_NOOP("SalesText", "Contacted"),
    "qualified": QT_TRANSLATE_NOOP("SalesText", "Qualified"),
    "disqualified": QT_TRANSLATE_NOOP("SalesText", "Disqualified"),
    # the default sources
    "referral": QT_TRANSLATE_NOOP("SalesText", "Referral"),
    "web": QT_TRANSLATE_NOOP("SalesText", "Web"),
    "trade show": QT_TRANSLATE_NOOP("SalesText", "Trade show"),
    "campaign": QT_TRANSLATE_NOOP("SalesText", "Campaign"),
    "partner": QT_TRANSLATE_NOOP("SalesText", "Partner"),
    "other": QT_TRANSLATE_NOOP("SalesText", "Other"),
    # contact roles
    "decision maker": QT_TRANSLATE_NOOP("SalesText", "Decision maker"),
    "influencer": QT_TRANSLATE_NOOP("SalesText", "Influencer"),
    "user": QT_TRANSLATE_NOOP("SalesText", "User"),
    "technical": QT_TRANSLATE_NOOP("SalesText", "Technical"),
}


def sales_word(value: str) -> str:
    """A built-in stage, status, source or role in the user's language; anything else as
    stored."""
    text = _WORDS.get(value)
    return QCoreApplication.translate(_CONTEXT, str(text)) if text else value


def totals_text(totals: Iterable[tuple[str, Decimal]]) -> str:
    """Sums in several currencies, each in its own, never added: "12.000,00 € · 3.500,00 $"."""
    return " · ".join(money_text(amount, currency) for currency, amount in totals)


def sums_by_currency(deals: Sequence[Deal]) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """The deals' amounts and weighted amounts, summed per currency (in first-seen order)."""
    amounts: dict[str, Decimal] = {}
    weighted: dict[str, Decimal] = {}
    for deal in deals:
        amounts[deal.currency] = amounts.get(deal.currency, Decimal(0)) + deal.amount
        weighted[deal.currency] = weighted.get(deal.currency, Decimal(0)) + deal.weighted
    return amounts, weighted


def probability_text(probability: int) -> str:
    """A deal's probability in the user's digits and percent sign ("٥٠٪" in Arabic)."""
    locale = QLocale()
    return f"{locale.toString(probability)}{locale.percent()}"


def today() -> date:
    return local_date(datetime.now(UTC))


def is_overdue(deal: Deal, on: date) -> bool:
    """An open deal whose expected close date has passed (won and lost ones never are)."""
    return deal.status == "open" and deal.close_date is not None and deal.close_date < on


def days_in_stage(deal: Deal, on: date) -> int:
    return max((on - local_date(deal.stage_since)).days, 0)


def close_date_text(deal: Deal) -> str:
    if deal.close_date is None:
        return ""
    return date_text(deal.close_date, QLocale.FormatType.ShortFormat)
