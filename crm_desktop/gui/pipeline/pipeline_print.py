"""The pipeline and a deal on paper: per stage its deals (title, account, amount, probability,
close date) with the stage's count and sums per currency; a deal's card with its timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from crm_desktop.gui.money import money_text
from crm_desktop.gui.pipeline.deal_card import field_rows, timeline_line
from crm_desktop.gui.pipeline.pipeline_view import PipelineView
from crm_desktop.gui.pipeline.sales_text import (
    close_date_text,
    is_overdue,
    probability_text,
    sales_word,
    today,
    totals_text,
)
from crm_desktop.gui.plain_text import escaped
from crm_desktop.gui.printing import (
    PrintDocument,
    data_text,
    heading,
    page_html,
    right_to_left,
    table_html,
)
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import deal_timeline
from crm_desktop.services.deals import get_deal


def pipeline_document(db: Database, view: PipelineView) -> PrintDocument:
    """The board as filtered now: a section per stage."""
    del db  # the board holds the deals it shows
    on = today()
    body = ""
    headers = [
        QCoreApplication.translate("Printing", "Title"),
        QCoreApplication.translate("Printing", "Account"),
        QCoreApplication.translate("Printing", "Amount"),
        QCoreApplication.translate("Printing", "Probability"),
        QCoreApplication.translate("Printing", "Close"),
    ]
    for column in view.board.columns:
        deals = column.model.deals()
        stage = column.model.stage
        count = QLocale().toString(len(deals))
        body += heading(f"{sales_word(stage.name)} ({count})", 2)
        if column.totals:
            amounts = totals_text((t.currency, t.amount) for t in column.totals)
            weighted = totals_text((t.currency, t.weighted) for t in column.totals)
            sums = (
                QCoreApplication.translate("Printing", "Sum: %1 · Weighted: %2")
                .replace("%1", amounts)
                .replace("%2", weighted)
            )
            body += f"<p>{escaped(sums)}</p>"
        rows = []
        for deal in deals:
            close = close_date_text(deal)
            if is_overdue(deal, on):
                close = QCoreApplication.translate("Printing", "%1 (overdue)").replace("%1", close)
            rows.append(
                [
                    data_text(deal.title),
                    data_text(deal.account_name),
                    data_text(money_text(deal.amount, deal.currency), left_to_right=True),
                    escaped(probability_text(deal.probability)),
                    escaped(close),
                ]
            )
        if rows:
            body += table_html(headers, rows, numeric=frozenset({2, 3}))
    title = QCoreApplication.translate("Printing", "Pipeline")
    return PrintDocument(title, page_html(title, body), right_to_left=right_to_left())


def deal_document(db: Database, deal_id: int) -> PrintDocument:
    """A deal's card and timeline on paper."""
    deal = get_deal(db, deal_id)
    items = deal_timeline(db, deal_id)
    lines = "".join(
        f"<tr><td><b>{escaped(label)}</b></td><td>{data_text(text)}</td></tr>"
        for label, text in field_rows(deal)
    )
    body = f'<table cellpadding="2">{lines}</table>' + heading(
        QCoreApplication.translate("Printing", "Timeline"), 2
    )
    body += "".join(f"<p>{data_text(timeline_line(item))}</p>" for item in items)
    return PrintDocument(deal.title, page_html(deal.title, body), right_to_left=right_to_left())
