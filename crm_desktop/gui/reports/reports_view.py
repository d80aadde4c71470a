"""View > Reports: the reports listed on the side, the chosen one as a chart with its figures
in a table beside it, the chart's currency to choose when the deals are in several. File >
Print and Export PDF print the report shown (``document``): its chart and its table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.calendars import calendar_changes
from crm_desktop.gui.charts import ChartPanel, chart_image
from crm_desktop.gui.money import default_currency
from crm_desktop.gui.preferences import chosen_currency
from crm_desktop.gui.printing import (
    PrintDocument,
    page_html,
    right_to_left,
    table_html,
)
from crm_desktop.gui.printing import data_text as cell
from crm_desktop.gui.reports.report_figures import (
    Figures,
    Report,
    activities_figures,
    calendar_month,
    calendar_year,
    forecast_figures,
    pipeline_figures,
    purchases_figures,
    referrals_figures,
    report_title,
    won_lost_figures,
)
from crm_desktop.services.database import Database
from crm_desktop.services.sales_reports import (
    activities_by_week,
    forecast,
    pipeline_by_stage,
    purchase_history,
    won_lost_by_month,
)

CHART_SIZE = QSize(640, 320)  # on paper, in points-like pixels before scaling


def report_figures(db: Database, report: Report, currency: str) -> Figures:
    """``report``'s figures, read now (its chart in ``currency`` when the rows hold it)."""
    if report is Report.PIPELINE:
        return pipeline_figures(pipeline_by_stage(db), currency)
    if report is Report.FORECAST:
        return forecast_figures(forecast(db, calendar_month), currency)
    if report is Report.WON_LOST:
        return won_lost_figures(won_lost_by_month(db, month_of=calendar_month), currency)
    if report is Report.ACTIVITIES:
        first = QLocale().firstDayOfWeek().value
        return activities_figures(activities_by_week(db, first_day_of_week=first))
    if report is Report.REFERRALS:
        from crm_desktop.services.relationships import referrals

        return referrals_figures(referrals(db), currency)
    return purchases_figures(purchase_history(db, year_of=calendar_year), currency)


def figures_document(figures: Figures) -> PrintDocument:
    """A report on paper: its title, the chart (as an image), the table."""
    mirrored = right_to_left()
    image = chart_image(figures.chart, CHART_SIZE, mirrored=mirrored)
    width = CHART_SIZE.width()
    body = f'<p align="center"><img src="chart:0" width="{width}"></p>'
    rows = [[cell(text, left_to_right=c in figures.numeric) for c, text in enumerate(row)]
            for row in figures.rows]  # fmt: skip
    body += table_html(figures.headers, rows, numeric=figures.numeric)
    return PrintDocument(
        figures.title, page_html(figures.title, body), {"chart:0": image}, right_to_left=mirrored
    )


class ReportsView(QWidget):
    def __init__(
        self,
        db: Callable[[], Database],
        show_error: Callable[[CrmError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self._db = db
        self._show_error = show_error
        self.figures: Figures | None = None
        self.reports = QListWidget(self)
        self.reports.setObjectName("reportList")
        self.reports.setMaximumWidth(240)
        self.reports.setWordWrap(True)
        for report in Report:
            item = QListWidgetItem(self.reports)
            item.setData(Qt.ItemDataRole.UserRole, report.value)
        self.currency = QComboBox(self)
        self.currency.setObjectName("reportCurrency")
        self._currency_label = QLabel(self)
        self._currency_label.setBuddy(self.currency)
        self.panel = ChartPanel(self)
        right = QVBoxLayout()
        bar = QHBoxLayout()
        bar.addWidget(self._currency_label)
        bar.addWidget(self.currency)
        bar.addStretch(1)
        right.addLayout(bar)
        right.addWidget(self.panel, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.reports)
        layout.addLayout(right, 1)
        self._chart_currency = chosen_currency() or default_currency()
        self.retranslate()
        self.reports.currentRowChanged.connect(lambda _row: self.refresh())
        self.currency.activated.connect(self._on_currency_activated)
        calendar_changes().changed.connect(self._on_calendar_changed)

    @property
    def report(self) -> Report:
        item = self.reports.currentItem()
        return Report(item.data(Qt.ItemDataRole.UserRole)) if item is not None else Report.PIPELINE

    def show_report(self, report: Report) -> None:
        row = list(Report).index(report)
        if self.reports.currentRow() != row:
            self.reports.setCurrentRow(row)  # refreshes
        else:
            self.refresh()

    def refresh(self) -> None:
        """The report shown, read again."""
        try:
            figures = report_figures(self._db(), self.report, self._chart_currency)
        except CrmError as error:
            self._show_error(error)
            return
        self.figures = figures
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems(list(figures.currencies))
        self.currency.setCurrentText(figures.currency)
        self.currency.blockSignals(False)
        self.currency.setEnabled(len(figures.currencies) > 1)
        # a report of counts (the activities) has no currency to choose: no empty box
        self.currency.setVisible(bool(figures.currencies))
        self._currency_label.setVisible(bool(figures.currencies))
        self.panel.show_figures(figures.title, figures.chart, figures.headers, figures.rows,
                                figures.numeric)  # fmt: skip

    def _on_calendar_changed(self) -> None:
        """Another calendar (or language) chosen: the months are other months now."""
        if self.figures is not None:
            self.refresh()

    def _on_currency_activated(self, _index: int) -> None:
        self._chart_currency = self.currency.currentText()
        self.refresh()

    def document(self) -> PrintDocument | None:
        return figures_document(self.figures) if self.figures is not None else None

    def retranslate(self) -> None:
        for row, report in enumerate(Report):
            item = self.reports.item(row)
            if item is not None:
                item.setText(report_title(report))
        self._currency_label.setText(self.tr("Chart c&urrency:"))
        self.reports.setAccessibleName(self.tr("Reports"))
        if self.figures is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
