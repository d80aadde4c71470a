"""The Trash list: every trashed contact, account, note and activity, held whole (a Trash
holds what a user deleted by hand, not a hundred thousand rows)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QObject,
    Qt,
)

from crm_desktop.gui.bidi import cell_text
from crm_desktop.gui.calendars import date_time_text
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.gui.table_model import RecordTableModel
from crm_desktop.records.contacts import TrashItem, TrashKind
from crm_desktop.records.vocabulary import ActivityKind

COLUMN_KIND, COLUMN_TITLE, COLUMN_DELETED = range(3)
# Marked for lupdate here, translated in data().
KIND_NAMES: dict[TrashKind, str] = {
    TrashKind.CONTACT: str(QT_TRANSLATE_NOOP("TrashTableModel", "Contact")),
    TrashKind.ACCOUNT: str(QT_TRANSLATE_NOOP("TrashTableModel", "Account")),
    TrashKind.NOTE: str(QT_TRANSLATE_NOOP("TrashTableModel", "Note")),
    TrashKind.ACTIVITY: str(QT_TRANSLATE_NOOP("TrashTableModel", "Activity")),
    TrashKind.FILE: str(QT_TRANSLATE_NOOP("TrashTableModel", "File")),
    TrashKind.DEAL: str(QT_TRANSLATE_NOOP("TrashTableModel", "Deal")),
}
# An activity without a subject is listed under its kind ("call"): shown in the user's words.
_ACTIVITY_KINDS: dict[str, str] = {
    ActivityKind.CALL: str(QT_TRANSLATE_NOOP("TrashTableModel", "Call")),
    ActivityKind.EMAIL: str(QT_TRANSLATE_NOOP("TrashTableModel", "Email")),
    ActivityKind.LETTER: str(QT_TRANSLATE_NOOP("TrashTableModel", "Letter")),
    ActivityKind.MEETING: str(QT_TRANSLATE_NOOP("TrashTableModel", "Meeting")),
    ActivityKind.TASK: str(QT_TRANSLATE_NOOP("TrashTableModel", "Task")),
}
TRASH_KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # its TrashKind's value ("note"...)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # what the column sorts by (text or a timestamp)


def kind_name(kind: TrashKind) -> str:
    """The kind in the user's language ("Note")."""
    return QCoreApplication.translate("TrashTableModel", KIND_NAMES[kind])


def title(item: TrashItem) -> str:
    """What the list calls ``item``: its name, subject or first line."""
    if item.kind is TrashKind.ACTIVITY and item.title in _ACTIVITY_KINDS:
        return QCoreApplication.translate("TrashTableModel", _ACTIVITY_KINDS[item.title])
    return item.title


def local_date_time(moment: datetime) -> str:
    """A stored (timezone-aware) time in the user's time zone and the locale's short format."""
    when = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()
    return date_time_text(when)


class TrashTableModel(RecordTableModel):
    context = "TrashTableModel"
    data_columns = frozenset({COLUMN_TITLE})
    headers = tuple(
        str(text)
        for text in (
            QT_TRANSLATE_NOOP("TrashTableModel", "Kind"),
            QT_TRANSLATE_NOOP("TrashTableModel", "Name or subject"),
            QT_TRANSLATE_NOOP("TrashTableModel", "Deleted on"),
        )
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrashItem] = []

    def set_items(self, items: Sequence[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_total(self) -> int:
        return len(self._items)

    def record_id(self, row: int) -> int | None:
        return self._items[row].id if 0 <= row < len(self._items) else None

    def cell(self, row: int, column: int, role: int) -> Any:
        item = self._items[row]
        if role == TRASH_KIND_ROLE:
            return item.kind.value
        if role == SORT_ROLE:
            if column == COLUMN_DELETED:
                return item.deleted_at.timestamp()
            return kind_name(item.kind) if column == COLUMN_KIND else title(item)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_KIND:
                return kind_name(item.kind)
            if column == COLUMN_TITLE:
                return cell_text(title(item))
            if column == COLUMN_DELETED:
                return local_date_time(item.deleted_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_TITLE:
            return tool_tip(title(item))  # a guessed format: the name or note escaped
        return None
