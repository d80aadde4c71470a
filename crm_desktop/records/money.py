"""Amounts of money: ISO 4217 codes, their minor units, exact decimal arithmetic (stdlib only).

Amounts are stored as integers of the currency's minor unit (cents for EUR, yen for JPY, fils
for KWD) beside the ISO 4217 code, and travel as ``Decimal``; JSON and CSV write them as decimal
strings with the currency's digits ("30000.00", "1500", "12.500"). Two currencies are never
added together: every total is per currency.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ISO 4217 minor units where they are not 2 (the standard's table, not CLDR's display digits).
_DIGITS: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0,
    "XPF": 0, "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    "CLF": 4, "UYW": 4,
}  # fmt: skip

# The currency of a locale's region, for the default of a new deal.
_REGION_CURRENCY: dict[str, str] = {
    "AE": "AED", "AT": "EUR", "AU": "AUD", "BE": "EUR", "BH": "BHD", "BR": "BRL", "CA": "CAD",
    "CH": "CHF", "CN": "CNY", "CY": "EUR", "CZ": "CZK", "DE": "EUR", "DK": "DKK", "DZ": "DZD",
    "EE": "EUR", "EG": "EGP", "ES": "EUR", "FI": "EUR", "FR": "EUR", "GB": "GBP", "GR": "EUR",
    "HR": "EUR", "HU": "HUF", "IE": "EUR", "IN": "INR", "IQ": "IQD", "IR": "IRR", "IT": "EUR",
    "JO": "JOD", "JP": "JPY", "KR": "KRW", "KW": "KWD", "LB": "LBP", "LT": "EUR", "LU": "EUR",
    "LV": "EUR", "LY": "LYD", "MA": "MAD", "MT": "EUR", "MX": "MXN", "NL": "EUR", "NO": "NOK",
    "NZ": "NZD", "OM": "OMR", "PL": "PLN", "PT": "EUR", "QA": "QAR", "RO": "RON", "SA": "SAR",
    "SE": "SEK", "SI": "EUR", "SK": "EUR", "SY": "SYP", "TN": "TND", "TR": "TRY", "US": "USD",
    "YE": "YER", "AD": "EUR", "AF": "AFN",
}  # fmt: skip
# A language alone (no region): the currency of its main country.
_LANGUAGE_CURRENCY: dict[str, str] = {
    "el": "EUR", "ca": "EUR", "fa": "IRR", "ar": "SAR", "en": "USD", "de": "EUR", "fr": "EUR",
    "es": "EUR", "it": "EUR", "nl": "EUR", "pt": "EUR", "ja": "JPY",
}  # fmt: skip
FALLBACK_CURRENCY = "EUR"

_CODE = re.compile(r"[A-Z]{3}")
_AMOUNT = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def is_currency_code(code: str) -> bool:
    """Three capital letters (ISO 4217's form; the code list itself changes too often)."""
    return _CODE.fullmatch(code) is not None


def minor_digits(currency: str) -> int:
    """The decimal places of ``currency``'s minor unit (2 unless ISO 4217 says otherwise)."""
    return _DIGITS.get(currency, 2)


def parse_amount(text: str) -> Decimal:
    """``"30000"``, ``"30000.50"`` as a ``Decimal``; ``ValueError`` for anything else (no
    grouping, no exponent, no sign but a leading minus)."""
    if _AMOUNT.fullmatch(text.strip()) is None:
        raise ValueError(f"not an amount: {text!r}")
    try:
        return Decimal(text.strip())
    except InvalidOperation as exc:  # pragma: no cover - the pattern lets none through
        raise ValueError(f"not an amount: {text!r}") from exc


def to_minor(amount: Decimal, currency: str) -> int:
    """``amount`` in ``currency``'s minor units; ``ValueError`` when it has more decimal places
    than the currency has (12.345 EUR), or is not finite."""
    if not amount.is_finite():
        raise ValueError(f"not an amount: {amount}")
    scaled = amount.scaleb(minor_digits(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{amount} has more decimal places than {currency} has")
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    """Minor units back to the amount, with the currency's decimal places (3000000 EUR ->
    Decimal("30000.00")): exact, its exponent the currency's."""
    return Decimal(minor).scaleb(-minor_digits(currency))  # only the exponent moves


def weighted_from_minor(minor_times_percent: int, currency: str) -> Decimal:
    """A weighted amount from Σ(minor units × probability): divided by 100, rounded half up
    to the currency's decimal places (rounded once, on the total, never per deal)."""
    digits = minor_digits(currency)
    exact = Decimal(minor_times_percent).scaleb(-2 - digits)
    return exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def amount_text(amount: Decimal, currency: str) -> str:
    """The amount as JSON and CSV write it: a plain decimal string with the currency's
    decimal places ("30000.00", "1500" for JPY)."""
    digits = minor_digits(currency)
    return f"{amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP):f}"


def currency_of_locale(locale_name: str) -> str:
    """The currency a user of ``locale_name`` ("el_GR.UTF-8", "fa_IR", "ca", "en-US")
    counts in: the region's, else the language's main country's, else EUR."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    if len(parts) > 1 and parts[-1].upper() in _REGION_CURRENCY:
        return _REGION_CURRENCY[parts[-1].upper()]
    return _LANGUAGE_CURRENCY.get(parts[0].lower(), FALLBACK_CURRENCY)
