"""The Trash list: every trashed contact, account, note and activity, held whole (a Trash
holds what a user deleted by hand, not a hundred thousand rows)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.gui.bidi import cell_text
from crm_desktop.records.contacts import TrashItem, TrashKind

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMN_KIND, COLUMN_TITLE, COLUMN_DELETED = range(3)
# Marked for lupdate here, translated in headerData() and data().
_HEADERS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("TrashTableModel", "Kind"),
        QT_TRANSLATE_NOOP("TrashTableModel", "Name or subject"),
        QT_TRANSLATE_NOOP("TrashTableModel", "Deleted on"),
    )
)
KIND_NAMES: dict[TrashKind, str] = {
    TrashKind.CONTACT: str(QT_TRANSLATE_NOOP("TrashTableModel", "Contact")),
    TrashKind.ACCOUNT: str(QT_TRANSLATE_NOOP("TrashTableModel", "Account")),
    TrashKind.NOTE: str(QT_TRANSLATE_NOOP("TrashTableModel", "Note")),
    TrashKind.ACTIVITY: str(QT_TRANSLATE_NOOP("TrashTableModel", "Activity")),
}
# An activity without a subject is listed under its kind ("call"): shown in the user's words.
_ACTIVITY_KINDS: dict[str, str] = {
    "call": str(QT_TRANSLATE_NOOP("TrashTableModel", "Call")),
    "email": str(QT_TRANSLATE_NOOP("TrashTableModel", "Email")),
    "letter": str(QT_TRANSLATE_NOOP("TrashTableModel", "Letter")),
    "meeting": str(QT_TRANSLATE_NOOP("TrashTableModel", "Meeting")),
    "task": str(QT_TRANSLATE_NOOP("TrashTableModel", "Task")),
}
TRASH_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (int)
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
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class TrashTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrashItem] = []

    def set_items(self, items: Sequence[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def retranslate(self) -> None:
        """The kinds, headers and dates again (the language or the locale changed)."""
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, len(_HEADERS) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate("TrashTableModel", _HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == TRASH_ID_ROLE:
            return item.id
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
            return title(item)
        return None
