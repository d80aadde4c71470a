"""A deal painted as a card on the board: its title, account, amount and probability, close
date (marked when overdue), days in its stage and its next activity. One delegate paints
every card (no widget per deal): a column of 10,000 deals paints the few in sight."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.gui.activity_text import time_text, word
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.money import money_text
from crm_desktop.gui.pipeline.board_model import DEAL_ROLE, NEXT_ROLE
from crm_desktop.gui.pipeline.sales_text import (
    close_date_text,
    days_in_stage,
    is_overdue,
    probability_text,
    today,
)
from crm_desktop.records.sales import Deal, NextActivity

AnyIndex = QModelIndex | QPersistentModelIndex
LINES = 6
PADDING = 6
OVERDUE = QColor("#c0392b")


class DealCardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today()  # the board sets it again when it reads the deals

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, LINES * line + 2 * PADDING + 6)

    def card_lines(self, deal: Deal, next_activity: NextActivity | None) -> list[str]:
        """The card's lines after the title (data isolated in its own direction)."""
        amount = money_text(deal.amount, deal.currency)
        lines = [
            isolated(deal.account_name),
            self.tr("%1 · %2")
            .replace("%1", isolated(amount))
            .replace("%2", probability_text(deal.probability)),
        ]
        close = close_date_text(deal)
        if is_overdue(deal, self.today):
            close = self.tr("Overdue since %1").replace("%1", close)
        lines.append(close or self.tr("No close date"))
        lines.append(self.tr("%Ln day(s) in stage", "", days_in_stage(deal, self.today)))
        if next_activity is not None:
            when = time_text(next_activity.when, self.today) if next_activity.when else ""
            lines.append(" ".join(p for p in (word(next_activity.kind), when,
                                              isolated(next_activity.subject)) if p))  # fmt: skip
        else:
            lines.append(self.tr("No next activity"))
        return lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        deal = index.data(DEAL_ROLE)
        if not isinstance(deal, Deal):
            return
        next_activity = index.data(NEXT_ROLE)
        rect = QRectF(option.rect).adjusted(3, 3, -3, -3)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        overdue = is_overdue(deal, self.today)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)
        if overdue:  # a bar on the card's leading edge
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(OVERDUE)
            rtl = option.direction == Qt.LayoutDirection.RightToLeft
            edge = rect.right() - 4 if rtl else rect.left()
            painter.drawRoundedRect(QRectF(edge, rect.top(), 4, rect.height()), 2, 2)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        text_rect = rect.adjusted(PADDING + 2, PADDING, -PADDING - 2, -PADDING)
        direction = option.direction
        align = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
        align |= Qt.AlignmentFlag.AlignVCenter
        text_color = palette.color(QPalette.ColorRole.Text)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        width = int(text_rect.width())
        title = QFontMetrics(bold).elidedText(isolated(deal.title), Qt.TextElideMode.ElideRight,
                                              width)  # fmt: skip
        painter.drawText(QRectF(text_rect.left(), text_rect.top(), width, line), align, title)
        painter.setFont(font)
        for number, text in enumerate(self.card_lines(deal, next_activity), start=1):
            color = text_color
            if number == 3 and overdue:
                color = OVERDUE
            elif number == 5 and next_activity is None:
                color = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            box = QRectF(text_rect.left(), text_rect.top() + number * line, width, line)
            painter.drawText(box, align, shown)
        painter.restore()


def card_text(delegate: DealCardDelegate, deal: Deal, next_activity: NextActivity | None,
              on: date) -> list[str]:  # fmt: skip
    """Every line a card shows (for tests and the printed pipeline)."""
    delegate.today = on
    return [deal.title, *delegate.card_lines(deal, next_activity)]
