"""The business-card view of the contacts list (View > Business Cards, as Outlook's): the
same model and the same selection as the table, drawn as cards in a grid.

A ``QListView`` in list mode, flowing left to right (right to left in a right-to-left
window) and wrapping, with uniform item sizes: Qt lays out 100,000 cards from one size
hint, and the delegate reads only the cards it paints, page by page, as the table does.
Selecting a card selects its contact's whole row (``selectionCommand`` adds ``Rows``), so
the card beside, the actions and the table all follow. A star on each card pins or unpins
the contact (its favourites)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter, QPalette
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


class CardDelegate(QStyledItemDelegate):
    """One card: the name on a coloured band with the pin star, then the account, title,
    phone and e-mail, each elided to the card's width."""

    pin_toggled = Signal(int)  # the row whose star was clicked

    def __init__(self, pinned: Callable[[int], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._pinned = pinned  # whether a row's contact is pinned

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
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
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
        model = index.model()
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
    """The cards, sharing the table's model and selection model."""

    def __init__(self, pinned: Callable[[int], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def selectionCommand(
        self, index: Index, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """A card selects its contact's whole row (the table's selection, shared)."""
        command = super().selectionCommand(index, event)
        if command != QItemSelectionModel.SelectionFlag.NoUpdate:
            command |= QItemSelectionModel.SelectionFlag.Rows
        return command
