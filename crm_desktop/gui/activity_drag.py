"""What an activity dragged to the calendar looks like: a small label beside the pointer
(the subject, and how many when several go), never a picture of the whole row that would
cover the day it is dropped on."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt
from PySide6.QtGui import QDrag, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QTableView, QWidget

from crm_desktop.gui.activity_list_model import ROW_ROLE
from crm_desktop.gui.colors import event_colors
from crm_desktop.records.activities import ActivityRow

DRAG_WIDTH = 160  # the label's widest, in pixels
POINTER_GAP = 14  # between the pointer and the label


def drag_pixmap(text: str, widget: QWidget) -> QPixmap:
    """``text`` on a small rounded label in the calendar's colours."""
    metrics = QFontMetrics(widget.font())
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, DRAG_WIDTH - 12)
    width = min(DRAG_WIDTH, metrics.horizontalAdvance(shown) + 12)
    height = metrics.height() + 6
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    fill, edge, ink = event_colors(widget.palette())
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(edge)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRect(0, 0, width - 1, height - 1), 4, 4)
    painter.setPen(ink)
    painter.setFont(widget.font())
    painter.drawText(QRect(6, 0, width - 12, height), Qt.AlignmentFlag.AlignVCenter, shown)
    painter.end()
    return pixmap


def small_drag(source: QWidget, mime: QMimeData, text: str) -> QDrag:
    """A drag of ``mime`` whose picture is ``text`` on a small label below and beside the
    pointer (after it in the reading direction), so the day under the pointer stays seen."""
    drag = QDrag(source)
    drag.setMimeData(mime)
    pixmap = drag_pixmap(text, source)
    drag.setPixmap(pixmap)
    width = round(pixmap.width() / pixmap.devicePixelRatio())
    right_to_left = source.layoutDirection() == Qt.LayoutDirection.RightToLeft
    x = width + POINTER_GAP if right_to_left else -POINTER_GAP
    drag.setHotSpot(QPoint(x, -POINTER_GAP))
    return drag


class ActivityTable(QTableView):
    """A list of activities whose rows are dragged with a small label."""

    def drag_text(self) -> str:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows:
            return ""
        first = self.model().index(rows[0], 0).data(ROW_ROLE)
        subject = first.subject if isinstance(first, ActivityRow) else ""
        if len(rows) == 1:
            return subject
        return self.tr("%1 and %Ln more", "", len(rows) - 1).replace("%1", subject)

    def drag(self) -> QDrag | None:
        """The drag of the selected rows (None when nothing is selected)."""
        indexes = self.selectionModel().selectedRows()
        if not indexes:
            return None
        mime = self.model().mimeData(indexes)
        return small_drag(self, mime, self.drag_text())

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N803 (Qt's name)
        drag = self.drag()
        if drag is not None:
            drag.exec(supportedActions, Qt.DropAction.MoveAction)
