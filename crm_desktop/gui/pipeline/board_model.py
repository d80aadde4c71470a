"""One column of the pipeline board: the open deals in one stage, as a list model that a
``QListView`` shows as cards (``deal_delegate``), with drag and drop between columns.

A drop does not move rows itself: the column says which deals were dropped on it
(``dropped``) and the board runs the undoable move, then reads the two columns' ids again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
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


PAGE_SIZE = 40
MAX_PAGES = 20
Loader = Callable[[Sequence[int]], tuple[list[Deal], dict[DealId, NextActivity]]]
Entry = tuple[Deal, NextActivity | None]  # a card: the deal, its next activity


class StageColumnModel(QAbstractListModel):
    """The ordered ids of the stage's deals (one query); the deals themselves, with their
    next activities, read a page at a time as the cards are painted (``loader``), so a
    column of 10,000 deals opens as fast as one of ten."""

    dropped = Signal(list, object)  # the deal ids dropped here, and this column's Stage

    def __init__(self, stage: Stage, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._load = loader
        self._ids: list[DealId] = []
        self._rows: dict[DealId, int] = {}
        self._pages: OrderedDict[int, list[tuple[Deal, NextActivity | None] | None]] = OrderedDict()

    # ---- contents -------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[DealId], known: Mapping[DealId, Entry] | None = None) -> None:
        """Show these deals, in this order. One deal more or less than shown (a drag) is one
        row inserted or removed: the cards held stay held (those after it shift), and the
        inserted one is taken from ``known`` when it is there, so the cards in sight are not
        read again; anything else reads the pages again as painted."""
        new, old = list(ids), self._ids
        if abs(len(new) - len(old)) == 1:
            longer, shorter = (new, old) if len(new) > len(old) else (old, new)
            pairs = enumerate(zip(longer, shorter, strict=False))
            row = next((i for i, (a, b) in pairs if a != b), len(shorter))
            if longer[:row] == shorter[:row] and longer[row + 1 :] == shorter[row:]:
                self._one_row(new, row, inserted=len(new) > len(old), known=known or {})
                return
        self.beginResetModel()
        self._ids = new
        self._rows = {deal_id: row for row, deal_id in enumerate(new)}
        self._pages.clear()
        self.endResetModel()

    def _one_row(
        self, ids: list[DealId], row: int, *, inserted: bool, known: Mapping[DealId, Entry]
    ) -> None:
        held: dict[DealId, Entry] = {}
        for number, page in self._pages.items():
            first = number * PAGE_SIZE
            for offset, entry in enumerate(page):
                if entry is not None and first + offset < len(self._ids):
                    held[self._ids[first + offset]] = entry
        held.update(known)
        if inserted:
            self.beginInsertRows(QModelIndex(), row, row)
        else:
            self.beginRemoveRows(QModelIndex(), row, row)
        numbers = list(self._pages)
        self._ids = ids
        self._rows = {deal_id: number for number, deal_id in enumerate(ids)}
        self._pages.clear()
        for number in numbers:  # the pages held, shifted by the row (in their LRU order)
            part = ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            if part and all(deal_id in held for deal_id in part):
                self._pages[number] = [held[deal_id] for deal_id in part]
        if inserted:
            self.endInsertRows()
        else:
            self.endRemoveRows()

    def ids(self) -> list[DealId]:
        return list(self._ids)

    def deals(self) -> list[Deal]:
        """Every deal of the column (each page read if it is not held)."""
        return [deal for row in range(len(self._ids)) if (deal := self.deal_at(row)) is not None]

    def _entry(self, row: int) -> tuple[Deal, NextActivity | None] | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            deals, following = self._load(ids)
            found = {d.id: d for d in deals}
            page = [(found[i], following.get(i)) if i in found else None for i in ids]
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE_SIZE]

    def deal_at(self, row: int) -> Deal | None:
        entry = self._entry(row) if 0 <= row < len(self._ids) else None
        return entry[0] if entry is not None else None

    def row_of(self, deal_id: int) -> int | None:
        return self._rows.get(DealId(deal_id))

    # ---- Qt's model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return int(self._ids[index.row()])
        entry = self._entry(index.row())
        if entry is None:
            return None
        deal, following = entry
        if role == DEAL_ROLE:
            return deal
        if role == NEXT_ROLE:
            return following
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
        return deals_mime([int(self._ids[row]) for row in rows])

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
