"""One column of the pipeline board: the open deals in one stage, as a list model that a
``QListView`` shows as cards (``deal_delegate``), with drag and drop between columns.

A drop does not move rows itself: the column says which deals were dropped on it
(``dropped``) and the board runs the undoable move, then puts each deal where it now is.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.records.ids import DealId
from crm_desktop.records.sales import Deal, NextActivity, Stage

AnyIndex = QModelIndex | QPersistentModelIndex
DEAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Deal
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its id
NEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # its NextActivity, or None
DEAL_MIME = "application/x-crm-desktop-deal-ids"


def deal_order(deal: Deal) -> tuple[date, str, int]:
    """A column's order: the soonest expected close first (none last), then the title."""
    return (deal.close_date or date.max, deal.title.casefold(), deal.id)


def deals_mime(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(DEAL_MIME, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return mime


def mime_deal_ids(mime: QMimeData) -> list[DealId]:
    """The deals a drag carries (none when it carries something else)."""
    if not mime.hasFormat(DEAL_MIME):
        return []
    text = bytes(mime.data(DEAL_MIME).data()).decode("ascii", "replace")
    return [DealId(int(part)) for part in text.split(",") if part.isdigit()]


class StageColumnModel(QAbstractListModel):
    dropped = Signal(list, object)  # the deal ids dropped here, and this column's Stage

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._deals: list[Deal] = []
        self._keys: list[tuple[date, str, int]] = []
        self._next: dict[DealId, NextActivity] = {}

    # ---- contents -------------------------------------------------------------------------

    def set_deals(self, deals: Sequence[Deal], next_activities: dict[DealId, NextActivity]) -> None:
        """Show these deals (sorted here), with their next activities."""
        self.beginResetModel()
        self._deals = sorted(deals, key=deal_order)
        self._keys = [deal_order(d) for d in self._deals]
        self._next = {d.id: next_activities[d.id] for d in self._deals if d.id in next_activities}
        self.endResetModel()

    def deals(self) -> list[Deal]:
        return list(self._deals)

    def deal_at(self, row: int) -> Deal:
        return self._deals[row]

    def row_of(self, deal_id: int) -> int | None:
        return next((row for row, d in enumerate(self._deals) if d.id == deal_id), None)

    def take(self, deal_id: int) -> Deal | None:
        """Remove the deal from the column (it moved, closed or went to the Trash)."""
        row = self.row_of(deal_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        deal = self._deals.pop(row)
        del self._keys[row]
        self.endRemoveRows()
        return deal

    def put(self, deal: Deal, next_activity: NextActivity | None) -> int:
        """Add (or replace) the deal where the column's order puts it; its row."""
        self.take(deal.id)
        key = deal_order(deal)
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._deals.insert(row, deal)
        self._keys.insert(row, key)
        if next_activity is not None:
            self._next[deal.id] = next_activity
        else:
            self._next.pop(deal.id, None)
        self.endInsertRows()
        return row

    # ---- Qt's model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._deals)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._deals):
            return None
        deal = self._deals[index.row()]
        if role == DEAL_ROLE:
            return deal
        if role == ID_ROLE:
            return int(deal.id)
        if role == NEXT_ROLE:
            return self._next.get(deal.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{deal.title} — {deal.account_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tool_tip(f"{deal.title}\n{deal.account_name}\n{deal.next_step}".strip())
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return deals_mime([int(self._deals[row].id) for row in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        ids = mime_deal_ids(data)
        return bool(ids) and any(self.row_of(i) is None for i in ids)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Deals from another column: ``dropped`` tells the board, which moves them. False:
        the view that started the drag removes nothing itself."""
        ids = [i for i in mime_deal_ids(data) if self.row_of(i) is None]
        if ids:
            self.dropped.emit(ids, self.stage)
        return False
