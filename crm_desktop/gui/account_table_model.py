"""The accounts list: a few thousand rows even at 100,000 contacts, so held whole."""

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

from crm_desktop.gui.bidi import cell_text
from crm_desktop.services.accounts import AccountRow

AnyIndex = QModelIndex | QPersistentModelIndex
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_HEADERS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("AccountTableModel", "Account"),
        QT_TRANSLATE_NOOP("AccountTableModel", "Website"),
        QT_TRANSLATE_NOOP("AccountTableModel", "Phone"),
        QT_TRANSLATE_NOOP("AccountTableModel", "Email"),
        QT_TRANSLATE_NOOP("AccountTableModel", "Contacts"),
    )
)


class AccountTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, account_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == account_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
            return QCoreApplication.translate("AccountTableModel", _HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ACCOUNT_ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.name, row.website, row.phone, row.email, QLocale().toString(row.contacts))
        if not 0 <= index.column() < len(values):
            return None
        return cell_text(values[index.column()], left_to_right=index.column() in (1, 2, 3))
