"""The contacts list's name cell during a search: the name, and under it, in bold, where the
contact matched when that is not its name ("Activity: Trade show in Marousi")."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.records.search import SearchMatch

MATCH_ROLE = Qt.ItemDataRole.UserRole + 40  # where the row matched: tuple[SearchMatch, ...]

_FIELDS = {
    "account": QT_TRANSLATE_NOOP("SearchMatch", "Account"),
    "title": QT_TRANSLATE_NOOP("SearchMatch", "Title"),
    "department": QT_TRANSLATE_NOOP("SearchMatch", "Department"),
    "email": QT_TRANSLATE_NOOP("SearchMatch", "Email"),
    "phone": QT_TRANSLATE_NOOP("SearchMatch", "Phone"),
    "address": QT_TRANSLATE_NOOP("SearchMatch", "Address"),
    "category": QT_TRANSLATE_NOOP("SearchMatch", "Category"),
    "url": QT_TRANSLATE_NOOP("SearchMatch", "Web page"),
    "custom_field": QT_TRANSLATE_NOOP("SearchMatch", "Custom field"),
    "property": QT_TRANSLATE_NOOP("SearchMatch", "Other vCard field"),
    "note": QT_TRANSLATE_NOOP("SearchMatch", "Note"),
    "activity": QT_TRANSLATE_NOOP("SearchMatch", "Activity"),
}


def match_text(matches: tuple[SearchMatch, ...]) -> str:
    """The matches as one line in the user's language: "Activity: …; Address: …"."""
    parts = []
    for match in matches:
        label = _FIELDS.get(match.field)
        name = QCoreApplication.translate("SearchMatch", str(label)) if label else match.field
        parts.append(
            QCoreApplication.translate("SearchMatch", "%1: %2")
            .replace("%1", name)
            .replace("%2", match.text)
        )
    return " · ".join(parts)  # a neutral separator in every script


class MatchDelegate(QStyledItemDelegate):
    """Paints the cell as usual in its top line and the matched text (plain, bold, elided)
    in the line under it; a row without a match is painted as usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        matches = index.data(MATCH_ROLE)
        if not matches:
            super().paint(painter, option, index)
            return
        text = match_text(matches)
        rect = option.rect
        line = option.fontMetrics.height()
        top = QStyleOptionViewItem(option)
        top.rect = rect.adjusted(0, 0, 0, -(rect.height() - line - 4))
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:  # the selection's background over the whole cell
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        painter.restore()
        super().paint(painter, top, index)
        painter.save()
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        below = rect.adjusted(4, line + 2, -4, 0)
        metrics = painter.fontMetrics()
        selected = option.state & QStyle.StateFlag.State_Selected
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, below.width())
        flags = Qt.AlignmentFlag.AlignTop | (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(below, int(flags), elided)
        painter.restore()
