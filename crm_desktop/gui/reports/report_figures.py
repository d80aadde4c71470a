"""Each report's figures as the Reports view and the printed page show them: a chart (for one
currency at a time: two currencies are never drawn on one axis, as they are never added) and
the table of every row, in the user's locale. Built from the services' rows, nothing else.

Months and years are those of the user's calendar (``calendars.current_calendar``: Solar
Hijri for Persian, Islamic civil when an Arabic user chooses it): ``calendar_month`` and
``calendar_year`` are the keys the services group the days by, ``month_text`` and
``year_text`` write them with the locale's month names and digits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCalendar, QCoreApplication, QLocale

from crm_desktop.gui.activity_text import word
from crm_desktop.gui.calendars import current_calendar, date_text, to_qdate
from crm_desktop.gui.charts import ChartData, ChartSeries
from crm_desktop.gui.money import money_text, number_text, percent_text
from crm_desktop.gui.pipeline.sales_text import sales_word
from crm_desktop.records.relationships import ReferralRow
from crm_desktop.records.sales import (
    ActivityWeekRow,
    ForecastRow,
    PipelineRow,
    PurchaseRow,
    WonLost,
)


class Report(Enum):
    PIPELINE = "pipeline"
    FORECAST = "forecast"
    WON_LOST = "won-lost"
    ACTIVITIES = "activities"
    PURCHASES = "purchases"
    REFERRALS = "referrals"


def report_title(report: Report) -> str:
    return {
        Report.PIPELINE: QCoreApplication.translate("Reports", "Pipeline by stage"),
        Report.FORECAST: QCoreApplication.translate(
            "Reports", "Forecast by month of expected close"
        ),
        Report.WON_LOST: QCoreApplication.translate("Reports", "Won and lost by month"),
        Report.ACTIVITIES: QCoreApplication.translate(
            "Reports", "Activities done by kind and week"
        ),
        Report.PURCHASES: QCoreApplication.translate(
            "Reports", "Purchase history by account and year"
        ),
        Report.REFERRALS: QCoreApplication.translate(
            "Reports", "Referrals: who sends you business"
        ),
    }[report]


@dataclass(frozen=True)
class Figures:
    """What a report shows: its chart (in ``currency``) and its table (every currency)."""

    title: str
    chart: ChartData
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int]
    currencies: tuple[str, ...] = ()  # the currencies the rows hold (the chart shows one)
    currency: str = ""


def calendar_month(day: date, calendar: QCalendar | None = None) -> str:
    """The month key of ``day`` in ``calendar`` (the user's by default): "1405-08" for 1
    November 2026 in the Solar Hijri calendar, "2026-11" in the Gregorian one. Zero-padded,
    so that the keys sort as the months follow one another."""
    parts = (calendar or current_calendar()).partsFromDate(to_qdate(day))
    return f"{parts.year:04d}-{parts.month:02d}"


def calendar_year(day: date, calendar: QCalendar | None = None) -> int:
    """The year of ``day`` in ``calendar`` (the user's by default): 1405 for 1 November 2026
    in the Solar Hijri calendar."""
    return int((calendar or current_calendar()).partsFromDate(to_qdate(day)).year)


def _year_digits(year: int) -> str:
    """A year (of any calendar) in the locale's digits, never grouped ("1405", "۱۴۰۵", not
    "1.405")."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(year)


def month_text(month: str) -> str:
    """A month key of the user's calendar ("2027-01", "1405-08") as the locale writes a
    month ("Jan 2027", "Ιαν 2027", "آبان ۱۴۰۵"); "" as no date."""
    if not month:
        return QCoreApplication.translate("Reports", "No close date")
    year, number = (int(part) for part in month.split("-"))
    calendar = current_calendar()
    # The stand-alone month name: "MMM" is the name inside a date, which some languages
    # inflect (Catalan "de nov.", Greek genitive "Νοε"), wrong for a month on its own.
    name = calendar.standaloneMonthName(QLocale(), number, year, QLocale.FormatType.ShortFormat)
    return f"{name} {_year_digits(year)}"


def _count(value: int) -> str:
    return QLocale().toString(value)


def _axis(currency: str) -> Callable[[float], str]:
    return lambda value: money_text(Decimal(str(value)), currency, whole=True)


def _counts_axis(value: float) -> str:
    return number_text(value)


def _chosen(currencies: Sequence[str], wanted: str) -> str:
    """The chart's currency: the one asked for when the rows hold it, else the first (the
    one most rows are in)."""
    return wanted if wanted in currencies else (currencies[0] if currencies else "")


def _currencies(values: Sequence[str]) -> tuple[str, ...]:
    """The currencies of the rows, the most frequent first."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return tuple(sorted(counts, key=lambda code: -counts[code]))


def pipeline_figures(rows: Sequence[PipelineRow], currency: str) -> Figures:
    currencies = _currencies([r.currency for r in rows])
    shown = _chosen(currencies, currency)
    stages = list(dict.fromkeys(r.stage for r in rows))
    mine = {r.stage: r for r in rows if r.currency == shown}
    chart = ChartData(
        tuple(sales_word(s) for s in stages),
        (
            ChartSeries(
                QCoreApplication.translate("Reports", "Sum"),
                tuple(float(mine[s].amount) if s in mine else 0.0 for s in stages),
            ),
            ChartSeries(
                QCoreApplication.translate("Reports", "Weighted"),
                tuple(float(mine[s].weighted) if s in mine else 0.0 for s in stages),
            ),
        ),
        _axis(shown),
        horizontal=True,
    )
    table = tuple(
        (
            sales_word(r.stage),
            r.currency,
            _count(r.count),
            money_text(r.amount, r.currency),
            money_text(r.weighted, r.currency),
        )
        for r in rows
    )
    headers = (
        QCoreApplication.translate("Reports", "Stage"),
        QCoreApplication.translate("Reports", "Currency"),
        QCoreApplication.translate("Reports", "Deals"),
        QCoreApplication.translate("Reports", "Sum"),
        QCoreApplication.translate("Reports", "Weighted"),
    )
    return Figures(
        report_title(Report.PIPELINE),
        chart,
        headers,
        table,
        frozenset({2, 3, 4}),
        currencies,
        shown,
    )


def forecast_figures(rows: Sequence[ForecastRow], currency: str) -> Figures:
    currencies = _currencies([r.currency for r in rows])
    shown = _chosen(currencies, currency)
    mine = [r for r in rows if r.currency == shown]
    chart = ChartData(
        tuple(month_text(r.month) for r in mine),
        (
            ChartSeries(
                QCoreApplication.translate("Reports", "Weighted"),
                tuple(float(r.weighted) for r in mine),
            ),
            ChartSeries(
                QCoreApplication.translate("Reports", "Best case"),
                tuple(float(r.amount) for r in mine),
            ),
        ),
        _axis(shown),
    )
    table = tuple(
        (
            month_text(r.month),
            r.currency,
            _count(r.count),
            money_text(r.weighted, r.currency),
            money_text(r.amount, r.currency),
        )
        for r in rows
    )
    headers = (
        QCoreApplication.translate("Reports", "Month"),
        QCoreApplication.translate("Reports", "Currency"),
        QCoreApplication.translate("Reports", "Deals"),
        QCoreApplication.translate("Reports", "Weighted"),
        QCoreApplication.translate("Reports", "Best case"),
    )
    return Figures(
        report_title(Report.FORECAST),
        chart,
        headers,
        table,
        frozenset({2, 3, 4}),
        currencies,
        shown,
    )


def won_lost_figures(report: WonLost, currency: str) -> Figures:
    currencies = _currencies([r.currency for r in report.by_currency])
    shown = _chosen(currencies, currency)
    mine = [r for r in report.by_currency if r.currency == shown]
    chart = ChartData(
        tuple(month_text(r.month) for r in mine),
        (
            ChartSeries(
                QCoreApplication.translate("Reports", "Won"),
                tuple(float(r.won_amount) for r in mine),
            ),
            ChartSeries(
                QCoreApplication.translate("Reports", "Lost"),
                tuple(float(r.lost_amount) for r in mine),
            ),
        ),
        _axis(shown),
    )
    rates = {r.month: r for r in report.by_month}
    table = []
    for r in report.by_currency:
        rate = rates.get(r.month)
        win_rate = rate.win_rate if rate is not None else None
        days = rate.average_days_to_close if rate is not None else None
        table.append(
            (
                month_text(r.month),
                r.currency,
                _count(r.won_count),
                money_text(r.won_amount, r.currency),
                _count(r.lost_count),
                money_text(r.lost_amount, r.currency),
                percent_text(win_rate) if win_rate is not None else "",
                number_text(days, 1) if days is not None else "",
            )
        )
    headers = (
        QCoreApplication.translate("Reports", "Month"),
        QCoreApplication.translate("Reports", "Currency"),
        QCoreApplication.translate("Reports", "Won"),
        QCoreApplication.translate("Reports", "Won amount"),
        QCoreApplication.translate("Reports", "Lost"),
        QCoreApplication.translate("Reports", "Lost amount"),
        QCoreApplication.translate("Reports", "Win rate"),
        QCoreApplication.translate("Reports", "Average days to close"),
    )
    return Figures(
        report_title(Report.WON_LOST),
        chart,
        headers,
        tuple(table),
        frozenset(range(2, 8)),
        currencies,
        shown,
    )


def week_text(day: date) -> str:
    return QCoreApplication.translate("Reports", "Week of %1").replace(
        "%1", date_text(day, QLocale.FormatType.ShortFormat)
    )


def activities_figures(rows: Sequence[ActivityWeekRow]) -> Figures:
    weeks = list(dict.fromkeys(r.week_start for r in rows))
    kinds = list(dict.fromkeys(r.kind for r in rows))
    counts = {(r.week_start, r.kind): r.count for r in rows}
    chart = ChartData(
        tuple(date_text(w, QLocale.FormatType.ShortFormat) for w in weeks),
        tuple(
            ChartSeries(word(kind), tuple(float(counts.get((w, kind), 0)) for w in weeks))
            for kind in kinds
        ),
        _counts_axis,
    )
    table = tuple((week_text(r.week_start), word(r.kind), _count(r.count)) for r in rows)
    headers = (
        QCoreApplication.translate("Reports", "Week"),
        QCoreApplication.translate("Reports", "Kind"),
        QCoreApplication.translate("Reports", "Done"),
    )
    return Figures(report_title(Report.ACTIVITIES), chart, headers, table, frozenset({2}))


TOP_ACCOUNTS = 5


def year_text(year: int) -> str:
    """A year of the user's calendar in the locale's digits, never grouped ("2027", "٢٠٢٧",
    "۱۴۰۵", not "2.027")."""
    return _year_digits(year)


def purchases_figures(rows: Sequence[PurchaseRow], currency: str) -> Figures:
    currencies = _currencies([r.currency for r in rows])
    shown = _chosen(currencies, currency)
    mine = [r for r in rows if r.currency == shown]
    totals: dict[str, Decimal] = {}
    for r in mine:
        totals[r.account_name] = totals.get(r.account_name, Decimal(0)) + r.amount
    top = sorted(totals, key=lambda name: -totals[name])[:TOP_ACCOUNTS]
    years = sorted({r.year for r in mine})
    amounts = {(r.account_name, r.year): r.amount for r in mine}
    chart = ChartData(
        tuple(year_text(year) for year in years),
        tuple(
            ChartSeries(name, tuple(float(amounts.get((name, y), 0)) for y in years))
            for name in top
        ),
        _axis(shown),
    )
    table = tuple(
        (
            r.account_name,
            year_text(r.year),
            r.currency,
            _count(r.count),
            money_text(r.amount, r.currency),
        )
        for r in rows
    )
    headers = (
        QCoreApplication.translate("Reports", "Account"),
        QCoreApplication.translate("Reports", "Year"),
        QCoreApplication.translate("Reports", "Currency"),
        QCoreApplication.translate("Reports", "Won deals"),
        QCoreApplication.translate("Reports", "Amount"),
    )
    return Figures(
        report_title(Report.PURCHASES), chart, headers, table, frozenset({3, 4}), currencies, shown
    )


def referrals_figures(rows: Sequence[ReferralRow], currency: str) -> Figures:
    """Each referrer: the people they referred and those people's won deals, per currency;
    the chart, the referrers' won amounts in one currency (the most first)."""
    currencies = _currencies([r.currency for r in rows if r.currency])
    shown = _chosen(currencies, currency)
    mine = sorted((r for r in rows if r.currency == shown), key=lambda r: -r.won_amount)
    chart = ChartData(
        tuple(r.referrer_name for r in mine[:TOP_ACCOUNTS]),
        (
            ChartSeries(
                QCoreApplication.translate("Reports", "Won"),
                tuple(float(r.won_amount) for r in mine[:TOP_ACCOUNTS]),
            ),
        ),
        _axis(shown),
        horizontal=True,
    )
    none = QCoreApplication.translate("Reports", "None won")
    table = tuple(
        (
            r.referrer_name,
            _count(r.referred),
            r.currency or none,
            _count(r.won_deals),
            money_text(r.won_amount, r.currency) if r.currency else "",
        )
        for r in rows
    )
    headers = (
        QCoreApplication.translate("Reports", "Referrer"),
        QCoreApplication.translate("Reports", "People referred"),
        QCoreApplication.translate("Reports", "Currency"),
        QCoreApplication.translate("Reports", "Won deals"),
        QCoreApplication.translate("Reports", "Won amount"),
    )
    return Figures(
        report_title(Report.REFERRALS), chart, headers, table, frozenset({1, 3, 4}),
        currencies, shown,
    )  # fmt: skip
