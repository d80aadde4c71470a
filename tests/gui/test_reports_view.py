"""View > Reports: each report's chart and table show the services' figures, in the user's
locale, one currency per chart; a report printed to PDF keeps its Greek and Arabic text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.gui.money import money_text
from crm_desktop.gui.printing import write_pdf
from crm_desktop.gui.reports.report_figures import Report
from crm_desktop.gui.reports.reports_view import ReportsView
from crm_desktop.services.database import Database
from crm_desktop.services.deals import lose_deal, win_deal
from crm_desktop.services.sales_reports import forecast, pipeline_by_stage, purchase_history
from tests.gui.locales import user_locale
from tests.gui.pdf_text import page_count, pdf_text
from tests.gui.sales_data import ARABIC_ACCOUNT, GREEK_ACCOUNT, Errors, SalesData, seed_deals


@pytest.fixture
def data(db: Database) -> SalesData:
    return seed_deals(db)


@pytest.fixture
def view(qtbot: QtBot, db: Database, data: SalesData) -> ReportsView:
    reports = ReportsView(lambda: db, Errors())
    qtbot.addWidget(reports)
    reports.resize(1200, 600)
    return reports


def _table(view: ReportsView) -> list[list[str]]:
    table = view.panel.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_pipeline_report_shows_the_services_figures(view: ReportsView, db: Database) -> None:
    with user_locale("el_GR"):
        view.show_report(Report.PIPELINE)
        expected = [
            [r.stage, r.currency, str(r.count), money_text(r.amount, r.currency),
             money_text(r.weighted, r.currency)]
            for r in pipeline_by_stage(db)
        ]  # fmt: skip
        assert _table(view) == expected
    # by hand: Proposal holds 30,000 EUR at 50% and 12,000 USD at 50%
    assert ["Proposal", "EUR", "1", "30.000,00\u00a0€", "15.000,00\u00a0€"] in expected
    assert ["Proposal", "USD", "1", "12.000,00\u00a0USD", "6.000,00\u00a0USD"] in expected


def test_a_chart_shows_one_currency_and_the_table_every_one(
    view: ReportsView, db: Database
) -> None:
    view.show_report(Report.FORECAST)
    rows = forecast(db)
    assert {r.currency for r in rows} == {"EUR", "USD"}
    assert len(_table(view)) == len(rows)
    assert view.currency.isEnabled()
    chart = view.panel.chart.data
    eur = [r for r in rows if r.currency == "EUR"]
    assert [v for v in chart.series[0].values] == [float(r.weighted) for r in eur]
    view.currency.setCurrentText("USD")
    view.currency.activated.emit(view.currency.currentIndex())
    usd = [r for r in rows if r.currency == "USD"]
    assert list(view.panel.chart.data.series[1].values) == [float(r.amount) for r in usd]


def test_won_and_lost_show_the_win_rate(view: ReportsView, db: Database, data: SalesData) -> None:
    win_deal(db, data.deals["Olive oil"].id, reason="price")
    lose_deal(db, data.deals["Feta"].id, "late delivery")
    view.show_report(Report.WON_LOST)
    [row] = _table(view)
    # one month, EUR: won 1 (30,000.00), lost 1 (5,000.00); win rate 1 / (1 + 1)
    assert row[1:7] == ["EUR", "1", money_text("30000", "EUR"), "1", money_text("5000", "EUR"),
                        "50%"]  # fmt: skip


def test_a_report_printed_to_pdf_keeps_greek_and_arabic(
    qapp: QApplication, view: ReportsView, db: Database, data: SalesData, tmp_path: Path
) -> None:
    win_deal(db, data.deals["Olive oil"].id)  # Αιγαίο Τρόφιμα Α.Ε.
    lose_deal(db, data.deals["Dates"].id, "price")
    win_deal(db, data.deals["Saffron"].id)  # شركة الزيتون الذهبي
    view.show_report(Report.PURCHASES)
    assert {r.account_name for r in purchase_history(db)} == {GREEK_ACCOUNT, ARABIC_ACCOUNT}
    document = view.document()
    assert document is not None
    pdf = tmp_path / "purchases.pdf"
    write_pdf(document, pdf)
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    assert "Purchase history by account and year" in text
    assert GREEK_ACCOUNT in text and ARABIC_ACCOUNT in text
    for amount in ("30000", "8000"):  # the two won deals, as the table writes them
        assert " ".join(money_text(amount, "EUR").split()) in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ca_ES", "nov. 2026"), ("el_GR", "Νοέ 2026"), ("en_GB", "Nov 2026")],
)
def test_a_report_month_is_the_stand_alone_month_name_and_year(
    qapp: QApplication, language: str, expected: str
) -> None:
    """Not the name as inflected inside a date (Catalan "de nov. 2026")."""
    from PySide6.QtCore import QLocale

    from crm_desktop.gui.reports.report_figures import month_text

    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert month_text("2026-11") == expected
    finally:
        QLocale.setDefault(before)
