"""The duplicates window's list of groups: the records of each, why they are probably one
(the service's reasons in the user's words) and how sure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.gui.match_reasons import reasons_text
from crm_desktop.services.duplicates import DuplicateGroup

AnyIndex = QModelIndex | QPersistentModelIndex
GROUP_IDS_ROLE = Qt.ItemDataRole.UserRole + 1  # the group's ids (tuple of int)

_FSI, _PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and its end

COLUMN_NAMES, COLUMN_REASONS, COLUMN_SCORE = range(3)
_GROUP_HEADERS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("DuplicateGroupModel", "Records"),
        QT_TRANSLATE_NOOP("DuplicateGroupModel", "Why"),
        QT_TRANSLATE_NOOP("DuplicateGroupModel", "Sure"),
    )
)


def percent(score: float) -> str:
    """0.93 as the locale writes 93 percent."""
    locale = QLocale()
    return f"{locale.toString(round(score * 100))}{locale.percent()}"


class DuplicateGroupModel(QAbstractTableModel):
    """The groups found, surest first: who, why, how sure."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[DuplicateGroup] = []
        self._names: dict[int, str] = {}

    def set_groups(self, groups: Sequence[DuplicateGroup], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._names = dict(names)
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def row_of(self, ids: tuple[int, ...]) -> int | None:
        return next((row for row, g in enumerate(self._groups) if g.ids == ids), None)

    def remove(self, ids: tuple[int, ...]) -> None:
        """Take the group of ``ids`` out of the list (merged, or not duplicates)."""
        row = self.row_of(ids)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._groups[row]
            self.endRemoveRows()

    def name(self, record_id: int) -> str:
        return self._names.get(record_id, "")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_GROUP_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_GROUP_HEADERS)
        ):
            return QCoreApplication.translate("DuplicateGroupModel", _GROUP_HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.group(index.row()) if index.isValid() else None
        if group is None:
            return None
        column = index.column()
        if role == GROUP_IDS_ROLE:
            return group.ids
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_NAMES:
                separator = QCoreApplication.translate("DuplicateGroupModel", ", ")
                # each name isolated, so that two right-to-left names and the comma between
                # keep their order in a left-to-right window too
                return separator.join(f"{_FSI}{self._label(i)}{_PDI}" for i in group.ids)
            if column == COLUMN_REASONS:
                return reasons_text(group.reasons)
            if column == COLUMN_SCORE:
                return percent(group.score)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_SCORE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _label(self, record_id: int) -> str:
        return self._names.get(record_id) or QCoreApplication.translate(
            "DuplicateGroupModel", "(no name)"
        )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_GROUP_HEADERS) - 1)
        if self._groups:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._groups) - 1, len(_GROUP_HEADERS) - 1)
            )
