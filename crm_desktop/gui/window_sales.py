"""The sales part of the main window: View > Pipeline and View > Reports, each made when first
shown and kept in the window's stack of views, and what File > Print makes of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.gui.pipeline.deal_summary import DealSummary
    from crm_desktop.gui.pipeline.pipeline_view import PipelineView
    from crm_desktop.gui.printing import PrintDocument
    from crm_desktop.gui.reports.reports_view import ReportsView
    from crm_desktop.services.database import Database


class WindowSales(QObject):
    changed = Signal(object)  # DealChanges (the accounts' and contacts' cards show deals)
    pipeline_shown = Signal()  # the pipeline was brought up from a card

    def __init__(
        self,
        window: QWidget,
        db: Callable[[], Database],
        views: QStackedWidget,
        undo: QUndoStack,
        show_error: Callable[[CrmError], None],
        categories: Callable[[], list[str]] | None = None,
    ) -> None:
        super().__init__(window)
        self._categories = categories
        self._window = window
        self._db = db
        self._views = views
        self._undo = undo
        self._show_error = show_error
        self._pipeline: PipelineView | None = None
        self._reports: ReportsView | None = None
        self.summaries: list[DealSummary] = []

    @property
    def pipeline(self) -> PipelineView:
        if self._pipeline is None:
            from crm_desktop.gui.pipeline.pipeline_view import PipelineView

            self._pipeline = PipelineView(
                self._db, self._undo, self._show_error, self._window, categories=self._categories
            )
            self._pipeline.changed.connect(self.changed)
            self._views.addWidget(self._pipeline)
        return self._pipeline

    @property
    def reports(self) -> ReportsView:
        if self._reports is None:
            from crm_desktop.gui.reports.reports_view import ReportsView

            self._reports = ReportsView(self._db, self._show_error, self._window)
            self._views.addWidget(self._reports)
        return self._reports

    def show_pipeline(self) -> PipelineView:
        view = self.pipeline
        view.reload()
        self._views.setCurrentWidget(view)
        return view

    def show_reports(self) -> ReportsView:
        view = self.reports
        self._views.setCurrentWidget(view)
        view.show_report(view.report)
        return view

    def reload(self) -> None:
        """The database was replaced (a restore): what is shown is read again."""
        current = self._views.currentWidget()
        if self._pipeline is not None and current is self._pipeline:
            self._pipeline.reload()
        if self._reports is not None and current is self._reports:
            self._reports.refresh()

    def view_document(self) -> PrintDocument | None:
        """The pipeline or the report shown, on paper (None: neither shows)."""
        current = self._views.currentWidget()
        if self._reports is not None and current is self._reports:
            return self._reports.document()
        if self._pipeline is not None and current is self._pipeline:
            from crm_desktop.gui.pipeline.pipeline_print import pipeline_document

            return pipeline_document(self._db(), self._pipeline)
        return None

    def card_document(self) -> PrintDocument | None:
        """The deal selected on the pipeline, with its timeline (None: no deal shown)."""
        current = self._views.currentWidget()
        if self._pipeline is None or current is not self._pipeline:
            return None
        deal = self._pipeline.current_deal()
        if deal is None:
            return None
        from crm_desktop.gui.pipeline.pipeline_print import deal_document

        return deal_document(self._db(), deal.id)

    def attach_cards(self, contact_pane: QSplitter, account_pane: QSplitter) -> None:
        """Under each card, its deals: the summary made now (the database is open), filled
        whenever the pane shows another contact or account."""
        from crm_desktop.gui.pipeline.deal_summary import DealSummary

        for pane, of_contact in ((contact_pane, True), (account_pane, False)):
            summary = DealSummary(self._db, self._show_error, pane)
            pane.insertWidget(1, summary)
            pane.setStretchFactor(1, 0)
            summary.deal_activated.connect(self.show_deal)
            self.summaries.append(summary)

            def shown(record: int | None, s: DealSummary = summary, c: bool = of_contact) -> None:
                if c:
                    s.show_for(contact_id=record)
                else:
                    s.show_for(account_id=record)

            pane.on_shown = shown  # type: ignore[attr-defined]

    def show_deal(self, deal_id: int) -> None:
        """The pipeline, with this deal on its card (a click on a card's deal)."""
        from crm_desktop.services.deals import get_deal

        view = self.show_pipeline()
        try:
            view.show_deal(get_deal(self._db(), deal_id))
        except CrmError as error:
            self._show_error(error)
        self.pipeline_shown.emit()

    def card_deals_html(self, *, contact_id: int | None = None,
                        account_id: int | None = None) -> str:  # fmt: skip
        """A contact's or an account's deals for its printed card ("" with none)."""
        from crm_desktop.gui.pipeline.deal_summary import deals_html, read_summary

        totals, deals = read_summary(self._db(), contact_id=contact_id, account_id=account_id)
        if not (totals.open or totals.won or totals.lost):
            return ""
        return deals_html(totals, deals)

    def shows_sales(self) -> bool:
        current = self._views.currentWidget()
        return current is not None and current in (self._pipeline, self._reports)
