"""A list of activities as a table (the Activities view's lists and the day's list): when,
kind, subject, whom it regards, priority, status. Rows drag onto the month calendar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_calendar import ACTIVITY_MIME, activity_mime
from crm_desktop.gui.activity_text import local_date, time_text, word
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.gui.table_model import ID_ROLE, AnyIndex, RecordTableModel
from crm_desktop.records.activities import ActivityRow
from crm_desktop.records.vocabulary import ActivityStatus, Priority

(COLUMN_WHEN, COLUMN_KIND, COLUMN_SUBJECT, COLUMN_REGARDING, COLUMN_PRIORITY,
 COLUMN_STATUS) = range(6)  # fmt: skip
_PAGE = 100  # rows read at once when a list is given by its ids
_CACHE_LIMIT = 2_000

ROW_ROLE = ID_ROLE + 1  # the ActivityRow


def regarding(row: ActivityRow) -> str:
    """Whom an activity regards: its contacts, then its account, each isolated."""
    names = [isolated(name) for name in row.contact_names]
    if row.account_name:
        names.append(isolated(row.account_name))
    return ", ".join(names)


class ActivityListModel(RecordTableModel):
    """A list of activities: either given whole (``set_rows``) or as its ordered ids, whose
    rows are read a page at a time as they are shown (``set_ids``: Overdue holds thousands at
    1,000,000 activities, and the view paints only a screenful)."""

    failed = Signal(object)  # a CrmError met while reading a page as the list was painted
    context = "ActivityListModel"
    data_columns = frozenset({COLUMN_SUBJECT, COLUMN_REGARDING})
    headers = tuple(
        str(text)
        for text in (
            QT_TRANSLATE_NOOP("ActivityListModel", "When"),
            QT_TRANSLATE_NOOP("ActivityListModel", "Kind"),
            QT_TRANSLATE_NOOP("ActivityListModel", "Subject"),
            QT_TRANSLATE_NOOP("ActivityListModel", "Regarding"),
            QT_TRANSLATE_NOOP("ActivityListModel", "Priority"),
            QT_TRANSLATE_NOOP("ActivityListModel", "Status"),
        )
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._cache: dict[int, ActivityRow] = {}
        self._load: Callable[[Sequence[int]], Sequence[ActivityRow]] | None = None
        self.today: date | None = None  # times today show the hour alone; earlier ones in red

    def set_rows(self, rows: Sequence[ActivityRow]) -> None:
        self.beginResetModel()
        self._ids = [row.id for row in rows]
        self._cache = {row.id: row for row in rows}
        self._load = None
        self.endResetModel()

    def set_ids(
        self, ids: Sequence[int], load: Callable[[Sequence[int]], Sequence[ActivityRow]]
    ) -> None:
        """The list as ``ids``; ``load(ids)`` reads rows (a page of them) when first shown."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache = {}
        self._load = load
        self.endResetModel()

    def rows(self) -> list[ActivityRow]:
        return [row for number in range(len(self._ids)) if (row := self.row_at(number))]

    def row_at(self, row: int) -> ActivityRow | None:
        if not 0 <= row < len(self._ids):
            return None
        activity_id = self._ids[row]
        if activity_id not in self._cache and self._load is not None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()  # bounded: a page is read again when scrolled back to
            first = row - row % _PAGE
            page = self._ids[first : first + _PAGE]
            try:
                self._cache.update((r.id, r) for r in self._load(page))
            except CrmError as error:  # from data(), a Qt callback: told once, not raised
                self._load = None
                self.failed.emit(error)
        return self._cache.get(activity_id)

    def row_of(self, activity_id: int) -> int | None:
        try:
            return self._ids.index(activity_id)
        except ValueError:
            return None

    def row_total(self) -> int:
        return len(self._ids)

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ACTIVITY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({row.id for i in indexes if (row := self.row_at(i.row())) is not None})
        return activity_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def cell(self, row_number: int, column: int, role: int) -> Any:
        row = self.row_at(row_number)
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # a guessed format: the subject escaped
            return tool_tip(self._text(row, column))
        if (
            role == Qt.ItemDataRole.FontRole
            and row.priority == Priority.HIGH
            and column == COLUMN_SUBJECT
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(row):
            return alert_color()
        return None

    def _overdue(self, row: ActivityRow) -> bool:
        return (
            row.status == ActivityStatus.OPEN
            and self.today is not None
            and row.when is not None
            and local_date(row.when) < self.today
        )

    def _text(self, row: ActivityRow, column: int) -> str:
        if column == COLUMN_WHEN:
            return time_text(row.when, self.today)
        if column == COLUMN_KIND:
            return word(row.kind)
        if column == COLUMN_SUBJECT:
            if row.status == ActivityStatus.DONE and row.outcome:
                return f"{isolated(row.subject)} — {isolated(row.outcome)}"
            return isolated(row.subject)
        if column == COLUMN_REGARDING:
            return regarding(row)
        if column == COLUMN_PRIORITY:
            return word(row.priority)
        if column == COLUMN_STATUS:
            return word(row.status)
        return ""
