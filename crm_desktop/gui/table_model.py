"""What every table model of ours shares: named columns whose headers are marked for
translation in the model's own context (Vorta's way), the row and column counts, and the
record's id under one role."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.gui.bidi import cell_alignment, cell_in_own_direction
from crm_desktop.gui.plain_text import tool_tip

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (an int), in every table model


class RecordTableModel(QAbstractTableModel):
    """A table of records. A model names its translation ``context`` and its ``headers``
    (each marked with ``QT_TRANSLATE_NOOP(context, ...)``), and says how many rows it holds
    (``row_total``), each row's id (``record_id``) and what a cell shows (``cell``)."""

    context: ClassVar[str]
    headers: ClassVar[tuple[str, ...]]
    # The columns that show data (names, subjects...) rather than our words: each cell sits
    # on the side its own script starts from (``bidi.cell_alignment``).
    data_columns: ClassVar[frozenset[int]] = frozenset()
    # The columns too narrow for their whole title (``header_widths.elided``): its tool tip
    # says it whole.
    elided_titles: frozenset[int] = frozenset()

    def row_total(self) -> int:
        raise NotImplementedError(type(self).__name__)

    def record_id(self, row: int) -> int | None:
        raise NotImplementedError(type(self).__name__)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What ``data()`` gives for a valid row and any role but the id's."""
        raise NotImplementedError(type(self).__name__)

    def retranslate(self) -> None:
        """Headers and cells again (the language or the locale changed)."""
        if rows := self.row_total():
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.headers) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate(self.context, self.headers[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section in self.elided_titles
        ):
            return tool_tip(QCoreApplication.translate(self.context, self.headers[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_total():
            return None
        if role == ID_ROLE:
            return self.record_id(index.row())
        value = self.cell(index.row(), index.column(), role)
        if index.column() not in self.data_columns:
            return value
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            return cell_in_own_direction(value)
        if value is None and role == Qt.ItemDataRole.TextAlignmentRole:
            text = self.cell(index.row(), index.column(), Qt.ItemDataRole.DisplayRole)
            return cell_alignment(text) if isinstance(text, str) else None
        return value
