"""What the week and day views' two parts (the band of untimed activities and the time slots,
gui/activity_week.py) share: the days shown, their activities, dragging one out, dropping
onto a day or a slot, double-clicking, tool tips and the drawing of an activity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.gui.activity_calendar import activity_ids, activity_mime
from crm_desktop.gui.activity_drag import small_drag
from crm_desktop.gui.colors import event_colors
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.gui.week_layout import Columns
from crm_desktop.records.activities import ActivityRow
from crm_desktop.records.vocabulary import ActivityStatus

if TYPE_CHECKING:
    from crm_desktop.gui.activity_week import TimeGrid


class DayCanvas(QWidget):
    """What the grid's two parts share: the days shown, their activities, drags and drops."""

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self._pressed: tuple[ActivityRow, QPoint] | None = None
        self.drop_target: tuple[int, int] | None = None  # column, minute (-1: the band)

    def columns(self) -> Columns:
        return Columns(
            self.width(), len(self.grid.days()), self.isRightToLeft(), self.grid.gutter_width()
        )

    def item_at(self, position: QPoint) -> ActivityRow | None:
        raise NotImplementedError

    def target_at(self, position: QPoint) -> tuple[int, int] | None:
        raise NotImplementedError

    # ---- dragging out -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.item_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and row is not None:
            self._pressed = (row, event.position().toPoint())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            row, start = self._pressed
            moved = (event.position().toPoint() - start).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._pressed = None
                small_drag(self, activity_mime([row.id]), row.subject).exec(
                    Qt.DropAction.MoveAction
                )
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        row = self.item_at(position)
        if row is not None:
            self.grid.activity_activated.emit(row)
        elif (target := self.target_at(position)) is not None:
            self.grid.new_at(*target)
        super().mouseDoubleClickEvent(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            row = self.item_at(event.pos())
            self.setToolTip(tool_tip(row.subject) if row is not None else "")
        return super().event(event)

    # ---- dropping in --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if activity_ids(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self.target_at(event.position().toPoint())
        if target is None or not activity_ids(event.mimeData()):
            event.ignore()
            self._show_target(None)
            return
        event.acceptProposedAction()
        self._show_target(target)

    def dragLeaveEvent(self, event: QEvent) -> None:
        self._show_target(None)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = activity_ids(event.mimeData())
        target = self.target_at(event.position().toPoint())
        self._show_target(None)
        if not ids or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.grid.drop(ids, *target)

    def _show_target(self, target: tuple[int, int] | None) -> None:
        if target != self.drop_target:
            self.drop_target = target
            self.update()

    def paint_target(self, painter: QPainter, rect: QRect) -> None:
        color = self.palette().color(QPalette.ColorRole.Highlight)
        color.setAlpha(70)
        painter.fillRect(rect, color)

    def paint_selection(self, painter: QPainter, rect: QRect) -> None:
        """The selected slot or untimed item: filled in the highlight colour, ringed while the
        grid has the focus (the keys go to the slots, for the band too)."""
        focused = self.grid.slots.hasFocus()
        color = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        fill = QColor(color)
        fill.setAlpha(90 if focused else 45)
        painter.fillRect(rect.adjusted(1, 1, 0, 0), fill)
        if focused:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -1, -1), 2, 2)
            painter.restore()

    def paint_item(self, painter: QPainter, rect: QRect, row: ActivityRow, label: str) -> None:
        fill, edge, ink = event_colors(self.palette())
        if row.status != ActivityStatus.OPEN:  # done or cancelled: faded
            for color in (fill, edge, ink):
                color.setAlpha(130)
        painter.setPen(edge)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(1, 1, -2, -1), 3, 3)
        painter.setPen(ink)
        text = rect.adjusted(4, 1, -4, -1)
        shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, text.width())
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
        painter.drawText(text, int(flags), shown)
