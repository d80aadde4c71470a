"""The accounts list: a few thousand rows even at 100,000 contacts, so held whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt

from crm_desktop.gui.bidi import cell_text
from crm_desktop.gui.table_model import RecordTableModel
from crm_desktop.services.accounts import AccountRow


class AccountTableModel(RecordTableModel):
    context = "AccountTableModel"
    data_columns = frozenset({0, 1, 3})  # the name, the website, the e-mail
    headers = tuple(
        str(text)
        for text in (
            QT_TRANSLATE_NOOP("AccountTableModel", "Account"),
            QT_TRANSLATE_NOOP("AccountTableModel", "Website"),
            QT_TRANSLATE_NOOP("AccountTableModel", "Phone"),
            QT_TRANSLATE_NOOP("AccountTableModel", "Email"),
            QT_TRANSLATE_NOOP("AccountTableModel", "Contacts"),
        )
    )

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

    def name_of(self, account_id: int) -> str:
        """The account's name as stored ("" when it is not listed)."""
        return next((r.name for r in self._rows if r.id == account_id), "")

    def row_total(self) -> int:
        return len(self._rows)

    def record_id(self, row: int) -> int | None:
        return self.account_id(row)

    def cell(self, row: int, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[row]
        values = (r.name, r.website, r.phone, r.email, QLocale().toString(r.contacts))
        if not 0 <= column < len(values):
            return None
        return cell_text(values[column], left_to_right=column in (1, 2, 3))
