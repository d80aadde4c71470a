"""The deals on a contact's or an account's card: the open ones (each a link to the deal on the
pipeline) and the open, won and lost totals, each currency apart. The same on paper."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.money import money_text
from crm_desktop.gui.pipeline.sales_text import sales_word
from crm_desktop.gui.plain_text import escaped, plain_label
from crm_desktop.gui.printing import data_text, heading
from crm_desktop.records.sales import Deal, DealTotals, MoneyTotal
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import deal_totals
from crm_desktop.services.deals import get_deals


def _sums(totals: Sequence[MoneyTotal]) -> str:
    count = sum(t.count for t in totals)
    money = " · ".join(money_text(t.amount, t.currency) for t in totals)
    return f"{QLocale().toString(count)} · {money}" if totals else QLocale().toString(0)


def summary_lines(totals: DealTotals) -> list[str]:
    return [
        QCoreApplication.translate("DealSummary", "Open: %1").replace("%1", _sums(totals.open)),
        QCoreApplication.translate("DealSummary", "Won: %1").replace("%1", _sums(totals.won)),
        QCoreApplication.translate("DealSummary", "Lost: %1").replace("%1", _sums(totals.lost)),
    ]


def deal_line(deal: Deal) -> str:
    amount = money_text(deal.amount, deal.currency)
    return f"{isolated(deal.title)} · {sales_word(deal.stage)} · {isolated(amount)}"


def read_summary(
    db: Database, *, contact_id: int | None = None, account_id: int | None = None
) -> tuple[DealTotals, list[Deal]]:
    totals = deal_totals(db, contact_id=contact_id, account_id=account_id)
    return totals, get_deals(db, totals.open_deals)


def deals_html(totals: DealTotals, deals: Sequence[Deal]) -> str:
    """The card's deals for a printed page."""
    body = heading(QCoreApplication.translate("DealSummary", "Deals"), 2)
    body += "".join(f"<p>{escaped(line)}</p>" for line in summary_lines(totals))
    body += "".join(f"<p>{data_text(deal_line(deal))}</p>" for deal in deals)
    return body


class DealSummary(QWidget):
    """Under a card: its deals. Click an open deal to see it on the pipeline."""

    deal_activated = Signal(int)

    def __init__(
        self,
        db: Callable[[], Database],
        show_error: Callable[[CrmError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dealSummary")
        self._db = db
        self._show_error = show_error
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.lines: list[str] = []
        self.hide()

    def show_for(self, *, contact_id: int | None = None, account_id: int | None = None) -> None:
        """The deals of this contact or account (nothing shown for neither, or none)."""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.lines = []
        if contact_id is None and account_id is None:
            self.hide()
            return
        try:
            totals, deals = read_summary(self._db(), contact_id=contact_id, account_id=account_id)
        except CrmError as error:
            self._show_error(error)
            self.hide()
            return
        if not (totals.open or totals.won or totals.lost):
            self.hide()
            return
        title = QLabel(QCoreApplication.translate("DealSummary", "Deals"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self._layout.addWidget(title)
        self.lines = summary_lines(totals)
        for line in self.lines:
            self._layout.addWidget(plain_label(line, self))
        for deal in deals:
            link = QLabel(f'<a href="deal:{deal.id}">{escaped(deal_line(deal))}</a>', self)
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setObjectName("dealLink")
            link.linkActivated.connect(self._on_link_activated)
            self._layout.addWidget(link)
            self.lines.append(deal_line(deal))
        self.show()

    def _on_link_activated(self, url: str) -> None:
        self.deal_activated.emit(int(url.removeprefix("deal:")))
