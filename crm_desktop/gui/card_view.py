"""The business-card view of the contacts list (View > Business Cards, as Outlook's): the
same rows and the same selection as the table, drawn as cards in a grid.

A ``QListView`` in list mode, flowing left to right (right to left in a right-to-left
window) and wrapping, with uniform item sizes. Its layout asks the model for an index of
every row: over the table's Python model that is 2-3 Python calls a row (3 s at 100,000),
so the view's own model is a ``QStandardItemModel`` of as many empty rows (all in C++: the
layout takes milliseconds), row for row the table's, and the delegate reads each card it
paints from the table's model, page by page, as the table does. The two selections are
kept the same both ways (``follow``); a card selects its contact's whole row, so the card
beside, the actions and the table all follow. The rows are counted again only while the
cards show. A star on each card pins or unpins the contact (its favourites)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter, QPalette, QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crm_desktop.gui.contact_table_model import (
    COLUMN_ACCOUNT,
    COLUMN_EMAIL,
    COLUMN_PHONE,
    COLUMN_TITLE,
)

CARD_WIDTH, LINES, MARGIN = 250, 5, 8
PINNED, UNPINNED = "\u2605", "\u2606"  # ★ ☆
_LINE_COLUMNS = (COLUMN_ACCOUNT, COLUMN_TITLE, COLUMN_PHONE, COLUMN_EMAIL)

Index = QModelIndex | QPersistentModelIndex


def _ranges(selection: QItemSelection) -> list[QItemSelectionRange]:
    return [selection.at(i) for i in range(selection.size())]


class CardDelegate(QStyledItemDelegate):
    """One card: the name on a coloured band with the pin star, then the account, title,
    phone and e-mail, each elided to the card's width."""

    pin_toggled = Signal(int)  # the row whose star was clicked

    def __init__(self, pinned: Callable[[int], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._pinned = pinned  # whether a row's contact is pinned
        self.source: QAbstractItemModel | None = None  # the table's model: what cards show

    def sizeHint(self, option: QStyleOptionViewItem, _index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(CARD_WIDTH, line * LINES + 4 * MARGIN)

    def star_rect(self, card: QRect, line: int, right_to_left: bool) -> QRect:
        """Where a card's star is: at the end of its name band."""
        band = QRect(card.left(), card.top(), card.width(), line + MARGIN)
        size = band.height()
        left = band.left() if right_to_left else band.right() - size
        return QRect(left, band.top(), size, size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = option.rect.adjusted(3, 3, -3, -3)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        metrics = option.fontMetrics
        line = metrics.height()
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(rect)
        band = QRect(rect.left(), rect.top(), rect.width(), line + MARGIN)
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.AlternateBase
        painter.fillRect(band.adjusted(1, 1, 0, 0), palette.color(role))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        # Not absolute: the painter puts "left" on the right in a right-to-left window.
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        star = self.star_rect(rect, line, rtl)
        name_rect = band.adjusted(MARGIN, 0, -MARGIN, 0)
        name_rect = (
            name_rect.adjusted(star.width(), 0, 0, 0)
            if rtl
            else name_rect.adjusted(0, 0, -star.width(), 0)
        )
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(text_role))
        model = self.source
        if model is None:
            painter.restore()
            return
        name = str(model.index(index.row(), 0).data(Qt.ItemDataRole.DisplayRole) or "")
        bold = painter.fontMetrics()
        painter.drawText(
            name_rect, align, bold.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width())
        )
        painter.drawText(
            star, Qt.AlignmentFlag.AlignCenter, PINNED if self._pinned(index.row()) else UNPINNED
        )
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        top = band.bottom() + MARGIN // 2
        for column in _LINE_COLUMNS:
            text = str(model.index(index.row(), column).data(Qt.ItemDataRole.DisplayRole) or "")
            if text:
                area = QRect(rect.left() + MARGIN, top, rect.width() - 2 * MARGIN, line)
                elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
                painter.drawText(area, align, elided)
                top += line
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            rect = option.rect.adjusted(3, 3, -3, -3)
            rtl = option.direction == Qt.LayoutDirection.RightToLeft
            line = option.fontMetrics.height()
            if self.star_rect(rect, line, rtl).contains(event.position().toPoint()):
                self.pin_toggled.emit(index.row())
                return True
        return super().editorEvent(event, model, option, index)


class CardView(QListView):
    """The cards, row for row the table's, with the same selection."""

    def __init__(self, pinned: Callable[[int], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QStandardItemModel(0, 1, self)  # as many (empty) rows as the table's
        self.setModel(self.rows)
        self._source: QAbstractItemModel | None = None
        self._table_selection: QItemSelectionModel | None = None
        self._syncing = False
        self._stale = True  # the rows to count again when shown
        self.setObjectName("contactCards")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = CardDelegate(pinned, self)
        self.setItemDelegate(self.delegate)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Business cards"))

    def follow(self, source: QAbstractItemModel, selection: QItemSelectionModel) -> None:
        """Show ``source``'s rows (the table's model) with ``selection`` (the table's)."""
        self._source = self.delegate.source = source
        self._table_selection = selection
        for signal in (source.modelReset, source.rowsInserted):
            signal.connect(self._on_source_rows_changed)
        source.rowsRemoved.connect(self._on_source_rows_removed)
        source.dataChanged.connect(self.viewport().update)
        selection.selectionChanged.connect(self._on_table_selection_changed)
        selection.currentChanged.connect(self._on_table_selection_changed)
        self.selectionModel().selectionChanged.connect(self._on_own_selection_changed)
        self.selectionModel().currentChanged.connect(self._on_own_selection_changed)
        self._on_source_rows_changed()

    def source_index(self, row: int) -> QModelIndex:
        assert self._source is not None
        return self._source.index(row, 0)

    def _on_source_rows_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.recount()

    def _on_source_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        """The same rows taken out (the others stay where they are on screen)."""
        if self._stale or not self.isVisible():
            self._stale = True
            return
        with QSignalBlocker(self.selectionModel()):
            self.rows.removeRows(first, last - first + 1)

    def recount(self) -> None:
        """As many rows as the table's, its selection copied (the cards are shown)."""
        if self._source is None:
            return
        self._stale = False
        wanted = self._source.rowCount()
        if self.rows.rowCount() != wanted:
            with QSignalBlocker(self.selectionModel()):
                self.rows.setRowCount(0)  # a new list: laid out again from the top
                self.rows.setRowCount(wanted)
        self._on_table_selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.recount()
        super().showEvent(event)

    def _on_table_selection_changed(self, *_args: object) -> None:
        """The table's selection and current row, on the cards."""
        if self._syncing or self._table_selection is None or self._stale:
            return
        self._syncing = True
        try:
            own = QItemSelection()
            for part in _ranges(self._table_selection.selection()):
                own.select(self.rows.index(part.top(), 0), self.rows.index(part.bottom(), 0))
            current = self._table_selection.currentIndex()
            model = self.selectionModel()
            if current.isValid():
                model.setCurrentIndex(
                    self.rows.index(current.row(), 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            model.select(own, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._syncing = False

    def _on_own_selection_changed(self, *_args: object) -> None:
        """A card chosen: its contact's whole row selected in the table."""
        if self._syncing or self._table_selection is None or self._source is None:
            return
        self._syncing = True
        try:
            last = self._source.columnCount() - 1
            theirs = QItemSelection()
            for part in _ranges(self.selectionModel().selection()):
                theirs.select(
                    self._source.index(part.top(), 0), self._source.index(part.bottom(), last)
                )
            current = self.selectionModel().currentIndex()
            if current.isValid():
                self._table_selection.setCurrentIndex(
                    self._source.index(current.row(), 0),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
            self._table_selection.select(
                theirs,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._syncing = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
