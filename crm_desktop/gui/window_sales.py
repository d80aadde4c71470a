"""The sales part of the main window: View > Pipeline and View > Reports, each made when first
shown and kept in the window's stack of views, and what File > Print makes of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QWidget

from crm_desktop.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.gui.pipeline.pipeline_view import PipelineView
    from crm_desktop.gui.printing import PrintDocument
    from crm_desktop.gui.reports.reports_view import ReportsView
    from crm_desktop.services.database import Database


class WindowSales(QObject):
    changed = Signal(object)  # DealChanges (the accounts' and contacts' cards show deals)

    def __init__(
        self,
        window: QWidget,
        db: Callable[[], Database],
        views: QStackedWidget,
        undo: QUndoStack,
        show_error: Callable[[CrmError], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._views = views
        self._undo = undo
        self._show_error = show_error
        self._pipeline: PipelineView | None = None
        self._reports: ReportsView | None = None

    @property
    def pipeline(self) -> PipelineView:
        if self._pipeline is None:
            from crm_desktop.gui.pipeline.pipeline_view import PipelineView

            self._pipeline = PipelineView(self._db, self._undo, self._show_error, self._window)
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

    def shows_sales(self) -> bool:
        current = self._views.currentWidget()
        return current is not None and current in (self._pipeline, self._reports)
