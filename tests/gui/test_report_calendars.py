"""View > Reports groups by the months and years of the user's calendar: Solar Hijri for a
Persian user, Islamic civil for an Arabic user who chose it, with that locale's month names
and digits; the CLI's forecast stays Gregorian ("YYYY-MM").

By hand: 1 Aban 1405 is 23 October 2026 and 1 Azar 1405 is 22 November 2026 (Farvardin to
Shahrivar have 31 days, Mehr 30, from 1 Farvardin = 21 March 2026); in the Islamic civil
calendar 1 Jumada I 1448 is 13 October 2026 and 1 Jumada II 1448 is 12 November 2026; 1
Farvardin 1405 (the Persian new year) is 21 March 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.gui.calendars import CalendarChoice, choose_calendar
from crm_desktop.gui.money import money_text
from crm_desktop.gui.reports.report_figures import Report
from crm_desktop.gui.reports.reports_view import ReportsView
from crm_desktop.records.drafts import AccountDraft
from crm_desktop.records.sales import DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal, win_deal
from crm_desktop.services.sales_reports import forecast
from tests.gui.locales import user_locale
from tests.gui.sales_data import Errors

# (title, amount in EUR, day): 10 and 25 October are one Gregorian month and two Persian
# ones (18 Mehr, 3 Aban); 25 October and 15 November are two Gregorian months and one
# Persian one (3 and 24 Aban); in the Hijri calendar the three days are three months
# (27 Rabi II, 13 Jumada I, 4 Jumada II 1448).
DEALS = (
    ("Mehr", "100", date(2026, 10, 10)),
    ("Aban early", "200", date(2026, 10, 25)),
    ("Aban late", "400", date(2026, 11, 15)),
)


@pytest.fixture
def deal_ids(db: Database) -> list[int]:
    account = create_account(db, AccountDraft(name="Pars Trading"))
    return [
        create_deal(db, DealDraft(title, account, Decimal(amount), "EUR", close_date=day)).id
        for title, amount, day in DEALS
    ]


@pytest.fixture
def view(qtbot: QtBot, db: Database, deal_ids: list[int]) -> ReportsView:
    reports = ReportsView(lambda: db, Errors())
    qtbot.addWidget(reports)
    return reports


def _months_and_sums(view: ReportsView, sum_column: int) -> list[tuple[str, str]]:
    table = view.panel.table
    return [
        (table.item(row, 0).text(), table.item(row, sum_column).text())
        for row in range(table.rowCount())
    ]


def test_the_forecast_is_by_persian_month_in_persian(qapp: QApplication, view: ReportsView) -> None:
    with user_locale("fa_IR"):
        view.show_report(Report.FORECAST)
        rows = _months_and_sums(view, 4)  # the best case: Σ amount
        assert rows == [
            ("مهر ۱۴۰۵", money_text("100", "EUR")),
            ("آبان ۱۴۰۵", money_text("600", "EUR")),
        ]
        assert view.panel.chart.data.categories == ("مهر ۱۴۰۵", "آبان ۱۴۰۵")


def test_the_forecast_is_by_gregorian_month_in_greek_and_in_the_cli(
    qapp: QApplication, view: ReportsView, db: Database
) -> None:
    with user_locale("el_GR"):
        view.show_report(Report.FORECAST)
        assert _months_and_sums(view, 4) == [
            ("Οκτ 2026", money_text("300", "EUR")),
            ("Νοέ 2026", money_text("400", "EUR")),
        ]
        # the service's default, the CLI's contract: Gregorian "YYYY-MM" in any locale
        assert [(r.month, r.amount) for r in forecast(db)] == [
            ("2026-10", Decimal("300.00")),
            ("2026-11", Decimal("400.00")),
        ]


def test_the_forecast_is_by_hijri_month_when_an_arabic_user_chose_it(
    qapp: QApplication, view: ReportsView
) -> None:
    with user_locale("ar_SA"):
        view.show_report(Report.FORECAST)
        assert len(_months_and_sums(view, 4)) == 2  # Gregorian until chosen: Oct, Nov
        choose_calendar(CalendarChoice.ISLAMIC_CIVIL)  # the view follows at once
        assert _months_and_sums(view, 4) == [
            ("ربيع الآخر ١٤٤٨", money_text("100", "EUR")),
            ("جمادى الأولى ١٤٤٨", money_text("200", "EUR")),
            ("جمادى الآخرة ١٤٤٨", money_text("400", "EUR")),
        ]


def test_won_and_lost_follow_the_persian_calendar(
    qapp: QApplication, view: ReportsView, db: Database, deal_ids: list[int]
) -> None:
    for deal_id, (_title, _amount, day) in zip(deal_ids, DEALS, strict=True):
        win_deal(db, deal_id, on=day)
    with user_locale("fa_IR"):
        view.show_report(Report.WON_LOST)
        assert _months_and_sums(view, 3) == [  # the won amount
            ("مهر ۱۴۰۵", money_text("100", "EUR")),
            ("آبان ۱۴۰۵", money_text("600", "EUR")),
        ]
    with user_locale("en_GB"):
        view.show_report(Report.WON_LOST)
        assert _months_and_sums(view, 3) == [
            ("Oct 2026", money_text("300", "EUR")),
            ("Nov 2026", money_text("400", "EUR")),
        ]


def test_the_purchase_years_are_persian_years_in_persian(
    qapp: QApplication, db: Database, qtbot: QtBot
) -> None:
    """20 March 2026 is the last day of 1404, 21 March the first of 1405."""
    account = create_account(db, AccountDraft(name="Pars Trading"))
    for title, day in (("Nowruz eve", date(2026, 3, 20)), ("Nowruz", date(2026, 3, 21))):
        deal = create_deal(db, DealDraft(title, account, Decimal("50"), "EUR"))
        win_deal(db, deal.id, on=day)
    reports = ReportsView(lambda: db, Errors())
    qtbot.addWidget(reports)
    with user_locale("fa_IR"):
        reports.show_report(Report.PURCHASES)
        table = reports.panel.table
        assert [table.item(row, 1).text() for row in range(table.rowCount())] == ["۱۴۰۴", "۱۴۰۵"]
    with user_locale("en_GB"):
        reports.show_report(Report.PURCHASES)
        assert [table.item(row, 1).text() for row in range(table.rowCount())] == ["2026"]


def test_the_deal_editor_picks_the_close_day_in_the_persian_calendar(
    qapp: QApplication, qtbot: QtBot, db: Database
) -> None:
    """3 November 2026 is 12 Aban 1405."""
    from PySide6.QtCore import QCalendar

    from crm_desktop.gui.pipeline.deal_editor import DealEditor
    from crm_desktop.services.stages import list_stages

    account = create_account(db, AccountDraft(name="Pars Trading"))
    draft = DealDraft("زعفران", account, Decimal("10"), "EUR", close_date=date(2026, 11, 3))
    with user_locale("fa_IR"):
        editor = DealEditor(
            draft, accounts=[(account, "Pars Trading")], stages=list_stages(db), sources=[],
            people=[],
        )  # fmt: skip
        qtbot.addWidget(editor)
        assert editor.close_on.calendar().name() == QCalendar(QCalendar.System.Jalali).name()
        assert "۱۴۰۵" in editor.close_on.text() and "۱۲" in editor.close_on.text()
        result = editor.draft()
        assert result is not None and result.close_date == date(2026, 11, 3)  # stored Gregorian
