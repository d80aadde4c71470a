"""Amounts of money as the user reads them: the locale's digits, separators and currency
layout (QLocale), the currency's own number of decimals (ISO 4217 minor units), and its
symbol where it is unambiguous (else its ISO code). Amounts arrive as ``Decimal``s or decimal
strings (never floats): only the text shown goes through a float, rounded to the decimals
shown, which is exact below 10^13."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QLocale

from crm_desktop.records.money import minor_digits

# Symbols no reader mistakes for another currency's (no bare "$" or "kr").
_SYMBOLS = {"EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "ILS": "₪", "TRY": "₺", "KRW": "₩"}


def minor_units(currency: str) -> int:
    """How many decimals ``currency`` has (ISO 4217, the records' one table; 2 when unknown)."""
    return minor_digits(currency.upper())


def default_currency(locale: QLocale | None = None) -> str:
    """The ISO code of the user's currency (the locale's; EUR when it names none)."""
    code = (locale or QLocale()).currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else "EUR"


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    """What stands for ``currency`` beside an amount: the locale's own symbol for its own
    currency, a symbol no one misreads, else the ISO code."""
    locale = locale or QLocale()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    if own == currency:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _SYMBOLS.get(currency, currency)


def money_text(
    amount: Decimal | str | float,
    currency: str,
    locale: QLocale | None = None,
    *,
    whole: bool = False,
) -> str:
    """``amount`` of ``currency`` in the user's locale: ``1.234,50 €`` in Greek, ``€1,234.50``
    in English; ``whole``: without decimals (a chart's axis)."""
    locale = locale or QLocale()
    value = Decimal(str(amount)) if isinstance(amount, float) else Decimal(amount)
    places = 0 if whole else minor_units(currency)
    symbol = currency_symbol(currency, locale)
    text = locale.toCurrencyString(float(value), symbol, places)
    if len(symbol) == 3 and symbol.isalpha():  # a code: "CHF 12,000.00", never "CHF12,000.00"
        text = re.sub(rf"(?<=\w){symbol}", f"\u00a0{symbol}", text)
        text = re.sub(rf"{symbol}(?=\w)", f"{symbol}\u00a0", text)
    return text


def number_text(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A plain number in the user's locale (grouped, the locale's digits)."""
    return (locale or QLocale()).toString(value, "f", decimals)


def percent_text(value: float, locale: QLocale | None = None) -> str:
    """A share (0.0 to 1.0) as a percentage in the user's locale."""
    locale = locale or QLocale()
    return f"{locale.toString(value * 100, 'f', 0)}{locale.percent()}"
