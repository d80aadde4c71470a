"""A contact's or an account's timeline as a list model: pinned notes first, then newest first.

The model holds the items read so far: the first page is read at once (what the first paint
needs), and Qt's ``fetchMore`` reads further as the list is scrolled, so a contact with 5,000
activities opens as fast as one with five. A delegate paints each item; there is no widget
per item.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_text import time_text, word
from crm_desktop.gui.bidi import cell_alignment, isolated
from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.records.vocabulary import ActivityKind, ActivityStatus

if TYPE_CHECKING:  # the services load with the database, after the first paint
    from crm_desktop.records.activities import TimelineItem

Loader = Callable[[int], "list[TimelineItem]"]  # the first ``limit`` items of the timeline
AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the TimelineItem
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "note" or the activity's kind
FIRST_PAGE = 50
GROWTH = 4  # each fetchMore reads this many times as much as there is


def item_title(item: TimelineItem) -> str:
    """The first line an item shows: the note's first line, or the activity's subject."""
    if item.note is not None:
        return str(item.note.body.split("\n", 1)[0])
    if item.activity is None and item.files:  # a file kept on the contact or account
        return item.files[0].file_name
    return str(item.activity.subject) if item.activity is not None else ""


def item_detail(
    item: TimelineItem, contact_id: int | None = None, account_id: int | None = None
) -> str:
    """The second line: the rest of a note; an activity's status, outcome, people, details
    (the timeline's own contact or account left out: it is the card above)."""
    if item.note is not None:
        rest = item.note.body.split("\n", 1)
        return isolated(rest[1].replace("\n", " ")) if len(rest) > 1 else ""
    row = item.activity
    if row is None:
        if not item.files:
            return ""
        return QLocale().formattedDataSize(
            item.files[0].size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )
    parts: list[str] = []
    if row.direction == "out":
        parts.append(QCoreApplication.translate("TimelineModel", "Sent"))
    elif row.direction == "in":
        parts.append(QCoreApplication.translate("TimelineModel", "Received"))
    status = word(row.status)  # an open one's too: its second line is never blank
    parts.append(f"{status}: {isolated(row.outcome)}" if row.outcome else status)
    names = ", ".join(
        isolated(name)
        for cid, name in zip(row.contact_ids, row.contact_names, strict=False)
        if cid != contact_id
    )
    if names:
        parts.append(names)
    if row.account_name and row.account_id != account_id:
        parts.append(isolated(row.account_name))
    if item.files:
        parts.append(
            QCoreApplication.translate("TimelineModel", "Files: %1").replace(
                "%1", ", ".join(isolated(f.file_name) for f in item.files)
            )
        )
    if row.details:
        parts.append(isolated(row.details.replace("\n", " ")))
    return " · ".join(parts)


class TimelineModel(QAbstractListModel):
    failed = Signal(object)  # a CrmError met while reading more as the list scrolled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load: Loader | None = None
        self._items: list[TimelineItem] = []
        self._limit = 0
        self._complete = True
        self.today: date | None = None
        self.contact_id: int | None = None  # whose timeline it is (left out of each line)
        self.account_id: int | None = None

    def set_loader(self, load: Loader | None, first_page: int = FIRST_PAGE) -> None:
        """Show the timeline ``load`` reads (None: nothing), its first page at once."""
        self.beginResetModel()
        self._load = load
        self._items = load(first_page) if load is not None else []
        self._limit = first_page
        self._complete = len(self._items) < first_page
        self.endResetModel()

    def reload(self) -> None:
        """Read again as many items as are shown (after a change)."""
        if self._load is None:
            return
        limit = max(self._limit, FIRST_PAGE)
        self.beginResetModel()
        self._items = self._load(limit)
        self._limit = limit
        self._complete = len(self._items) < limit
        self.endResetModel()

    def item(self, row: int) -> TimelineItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._complete and self._load is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._load is not None
        limit = self._limit * GROWTH
        try:
            items = self._load(limit)
        except CrmError as error:  # from a Qt callback: told once, never raised into Qt
            self._complete = True
            self.failed.emit(error)
            return
        self._limit = limit
        self._complete = len(items) < limit
        new = items[len(self._items) :]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(new) - 1)
            self._items.extend(new)
            self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item_title(item)
        if role == ITEM_ROLE:
            return item
        if role == KIND_ROLE:
            return item.kind
        if role == Qt.ItemDataRole.ToolTipRole:  # a guessed format: the text escaped
            if item.note is not None:
                return tool_tip(item.note.body)
            detail = item_detail(item, self.contact_id, self.account_id)
            return tool_tip("\n".join(p for p in (item_title(item), detail) if p))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{word(item.kind)}, {time_text(item.when, self.today)}, {item_title(item)}"
        return None


_BADGE = {
    "note": "#8e6c00",
    "file": "#00796b",
    ActivityKind.CALL: "#1f6fb2",
    ActivityKind.EMAIL: "#6a3fb2",
    ActivityKind.LETTER: "#6b6b6b",
    ActivityKind.MEETING: "#2e7d32",
    ActivityKind.TASK: "#b3471f",
}


class TimelineDelegate(QStyledItemDelegate):
    """Two lines an item: a coloured kind badge, the time, the title; then the detail."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, 2 * height + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        if not isinstance(model, TimelineModel):
            return
        item = model.item(index.row())
        if item is None:
            return
        style = option.widget.style() if isinstance(option.widget, QWidget) else None
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = option.fontMetrics
        line = metrics.height()
        rect = option.rect.adjusted(6, 5, -6, -5)
        direction = option.direction
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        align = QStyle.visualAlignment(direction, left)
        # The badge: the kind's word on its colour, at the start of the line.
        badge_text = word(item.kind) + (
            " ·" + QCoreApplication.translate("TimelineModel", " pinned") if item.pinned else ""
        )
        badge_width = metrics.horizontalAdvance(badge_text) + 10
        badge = QStyle.visualRect(
            direction, option.rect, QRect(rect.left(), rect.top(), badge_width, line)
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_BADGE.get(item.kind, "#555555")))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        # The time after the badge, then the title in bold.
        when = time_text(item.when, self.today)
        when_width = metrics.horizontalAdvance(when) + 10
        when_rect = QStyle.visualRect(
            direction, option.rect,
            QRect(rect.left() + badge_width + 8, rect.top(), when_width, line),
        )  # fmt: skip
        painter.setPen(palette.color(QPalette.ColorGroup.Normal, text_role))
        painter.drawText(when_rect, int(align), when)
        title_left = rect.left() + badge_width + 8 + when_width
        title_rect = QStyle.visualRect(
            direction, option.rect, QRect(title_left, rect.top(), rect.right() - title_left, line)
        )
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        title = isolated(item_title(item))
        bold = painter.fontMetrics()
        overdue = (
            item.activity is not None
            and item.activity.status == ActivityStatus.OPEN
            and self.today is not None
            and item.activity.when is not None
            and when_is_before(item, self.today)
        )
        if overdue and not selected:
            painter.setPen(alert_color(option.palette))
        painter.drawText(
            title_rect, int(align), bold.elidedText(title, Qt.TextElideMode.ElideRight,
                                                    title_rect.width())
        )  # fmt: skip
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorGroup.Normal, text_role))
        detail_rect = QStyle.visualRect(
            direction, option.rect,
            QRect(rect.left(), rect.top() + line + 4, rect.width(), line),
        )  # fmt: skip
        detail = item_detail(item, model.contact_id, model.account_id)
        detail = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width())
        own = cell_alignment(detail) if item.note is not None else None
        painter.drawText(detail_rect, int(align) if own is None else own, detail)
        painter.restore()


def when_is_before(item: TimelineItem, today: date) -> bool:
    """An open activity whose time is before ``today`` (local): shown as overdue."""
    from crm_desktop.gui.activity_text import local_date

    row = item.activity
    return row is not None and row.when is not None and local_date(row.when) < today
