"""The sales layer in the main window: View > Pipeline and View > Reports, the deals under an
account's card, and File > Export PDF of the pipeline, a deal and a report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.deal_summary import DealSummary
from crm_desktop.gui.reports.report_figures import Report
from crm_desktop.services.database import Database
from crm_desktop.services.deals import lose_deal, win_deal
from tests.gui.pdf_text import pdf_text
from tests.gui.sales_data import ARABIC_ACCOUNT, GREEK_ACCOUNT, SalesData, seed_deals


@pytest.fixture
def data(db: Database) -> SalesData:
    return seed_deals(db)


@pytest.fixture
def window(qtbot: QtBot, db: Database, data: SalesData) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1400, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _pdf_of_view(window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.printing.pdf_view.trigger()
    return pdf_text(target)


def test_view_pipeline_shows_the_open_deals_and_prints_them(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view_menu, QMenu)
    [pipeline] = [a for a in view_menu.actions() if a.text() == "&Pipeline"]
    pipeline.trigger()
    assert pipeline.isChecked()
    board = window.sales.pipeline.board
    assert sum(c.model.rowCount() for c in board.columns) == 4
    text = _pdf_of_view(window, tmp_path / "pipeline.pdf", monkeypatch)
    for expected in ("Pipeline", "Olive oil", "Dates", GREEK_ACCOUNT, ARABIC_ACCOUNT, "(overdue)"):
        assert expected in text


def test_the_selected_deal_prints_with_its_timeline(
    window: MainWindow, data: SalesData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.sales.show_deal(data.deals["Saffron"].id)
    assert window.sales.pipeline.card.shown is not None
    target = tmp_path / "deal.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.printing.pdf_card.trigger()
    text = pdf_text(target)
    assert "Saffron" in text and ARABIC_ACCOUNT in text and "Created in Negotiation" in text


def test_an_account_card_shows_its_open_deals_and_won_lost_totals(
    window: MainWindow, db: Database, data: SalesData
) -> None:
    win_deal(db, data.deals["Olive oil"].id)
    lose_deal(db, data.deals["Feta"].id, "late")
    window.show_account(data.account)
    [summary] = [s for s in window.findChildren(DealSummary) if s.isVisibleTo(window)]
    assert summary.lines[:3] == [
        "Open: 0",
        "Won: 1 · 30000.00€",  # the test's locale (C) writes no grouping
        "Lost: 1 · 5000.00€",
    ]


def test_view_reports_exports_the_report_shown(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = window.sales.show_reports()
    reports.show_report(Report.FORECAST)
    text = _pdf_of_view(window, tmp_path / "forecast.pdf", monkeypatch)
    assert "Forecast by month of expected close" in text and "Best case" in text
