"""The deals as a sortable list (the pipeline's List switch): the ordered ids of the filters'
deals from one query, rows read page by page as they are painted, as the contacts list does.
A header click asks the services for the new order (SQLite sorts)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal

from crm_desktop.gui.bidi import cell_text
from crm_desktop.gui.money import money_text
from crm_desktop.gui.pipeline.sales_text import close_date_text, probability_text, sales_word
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.gui.table_model import RecordTableModel
from crm_desktop.records.ids import DealId
from crm_desktop.records.sales import Deal
from crm_desktop.services.deals import DealSort

(
    COLUMN_TITLE, COLUMN_ACCOUNT, COLUMN_STAGE, COLUMN_AMOUNT, COLUMN_PROBABILITY,
    COLUMN_WEIGHTED, COLUMN_CLOSE, COLUMN_STATUS,
) = range(8)  # fmt: skip
SORT_BY_COLUMN = {
    COLUMN_TITLE: DealSort.TITLE,
    COLUMN_ACCOUNT: DealSort.ACCOUNT,
    COLUMN_STAGE: DealSort.STAGE,
    COLUMN_AMOUNT: DealSort.AMOUNT,
    COLUMN_PROBABILITY: DealSort.PROBABILITY,
    COLUMN_WEIGHTED: DealSort.AMOUNT,
    COLUMN_CLOSE: DealSort.CLOSE_DATE,
    COLUMN_STATUS: DealSort.STATUS,
}
PAGE_SIZE = 100
MAX_PAGES = 40
_NUMBERS = frozenset({COLUMN_AMOUNT, COLUMN_PROBABILITY, COLUMN_WEIGHTED})


class DealTableModel(RecordTableModel):
    context = "DealTableModel"
    data_columns = frozenset({COLUMN_TITLE, COLUMN_ACCOUNT})
    headers = tuple(
        str(text)
        for text in (
            QT_TRANSLATE_NOOP("DealTableModel", "Title"),
            QT_TRANSLATE_NOOP("DealTableModel", "Account"),
            QT_TRANSLATE_NOOP("DealTableModel", "Stage"),
            QT_TRANSLATE_NOOP("DealTableModel", "Amount"),
            QT_TRANSLATE_NOOP("DealTableModel", "Probability"),
            QT_TRANSLATE_NOOP("DealTableModel", "Weighted"),
            QT_TRANSLATE_NOOP("DealTableModel", "Close date"),
            QT_TRANSLATE_NOOP("DealTableModel", "Status"),
        )
    )
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(
        self, load: Callable[[Sequence[int]], list[Deal]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._ids: list[DealId] = []
        self._pages: OrderedDict[int, list[Deal | None]] = OrderedDict()

    def set_ids(self, ids: Sequence[DealId]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def deal_ids(self) -> list[DealId]:
        return list(self._ids)

    def deal(self, row: int) -> Deal | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            loaded = {d.id: d for d in self._load(ids)}
            page = [loaded.get(i) for i in ids]
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE_SIZE]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(column, order)

    def row_total(self) -> int:
        return len(self._ids)

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        deal = self.deal(row)
        if deal is None:
            return None
        text = cell_text(self._text(deal, column), left_to_right=column in _NUMBERS)
        return tool_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    @staticmethod
    def _text(deal: Deal, column: int) -> str:
        if column == COLUMN_TITLE:
            return deal.title
        if column == COLUMN_ACCOUNT:
            return deal.account_name
        if column == COLUMN_STAGE:
            return sales_word(deal.stage)
        if column == COLUMN_AMOUNT:
            return money_text(deal.amount, deal.currency)
        if column == COLUMN_PROBABILITY:
            return probability_text(deal.probability)
        if column == COLUMN_WEIGHTED:
            return money_text(deal.weighted, deal.currency)
        if column == COLUMN_CLOSE:
            return close_date_text(deal)
        if column == COLUMN_STATUS:
            return sales_word(deal.status)
        return ""
