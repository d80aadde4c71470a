"""The cards an import preview lists: those it would merge into a contact (each with a box the
user unticks to create the card as a new contact instead) and the possible duplicates it
would record, each with the contact it goes with and why."""

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
    Signal,
)

from crm_desktop.gui.bidi import cell_text, isolated
from crm_desktop.gui.match_reasons import reasons_text
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.records.importing import ImportMatch

AnyIndex = QModelIndex | QPersistentModelIndex
CardKey = tuple[str, int]  # a card's file name and line, as the import names it

_CONTEXT = "ImportMatchModel"
# What each column shows (a choosable model has the action first; the others lack it).
COLUMN_ACTION, COLUMN_CARD, COLUMN_FILE, COLUMN_LINE, COLUMN_CONTACT, COLUMN_REASONS = range(6)
# Marked for lupdate here, translated in headerData().
_HEADERS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("ImportMatchModel", "Action"),
        QT_TRANSLATE_NOOP("ImportMatchModel", "Card"),
        QT_TRANSLATE_NOOP("ImportMatchModel", "File"),
        QT_TRANSLATE_NOOP("ImportMatchModel", "Line"),
        QT_TRANSLATE_NOOP("ImportMatchModel", "Contact"),
        QT_TRANSLATE_NOOP("ImportMatchModel", "Why"),
    )
)
_MERGE = str(QT_TRANSLATE_NOOP("ImportMatchModel", "Merge"))
_CREATE = str(QT_TRANSLATE_NOOP("ImportMatchModel", "Create new"))


def contact_text(match: ImportMatch) -> str:
    """The contact a card goes with: a stored one by its name, or an earlier card of this
    import ("Ana Puig (new, line 12 of a.vcf)")."""
    if match.contact_id is not None or match.earlier is None:
        return match.contact_name
    file, line = match.earlier
    return filled(
        QCoreApplication.translate("ImportMatchModel", "%1 (new, line %2 of %3)"),
        isolated(match.contact_name),
        QLocale().toString(line),
        isolated(file, left_to_right=True),
    )


class ImportMatchModel(QAbstractTableModel):
    """Cards and the contacts they match. ``choosable``: a first column says what the import
    does with each card, "Merge" (ticked) or "Create new" (unticked: the card becomes a
    contact of its own), for the merges list; the possible duplicates list has no such column."""

    choices_changed = Signal()  # a card was switched between "merge" and "create"

    def __init__(self, choosable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(range(COLUMN_ACTION if choosable else COLUMN_CARD, len(_HEADERS)))
        self._matches: list[ImportMatch] = []
        self._apart: set[CardKey] = set()  # cards the user wants created, not merged

    def set_matches(self, matches: Sequence[ImportMatch]) -> None:
        """Show ``matches``; a card the user switched to "create" before stays so (the same
        card, in a preview run again with another policy)."""
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()
        self.choices_changed.emit()

    def card(self, row: int) -> ImportMatch | None:
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def column_of(self, shown: int) -> int:
        """The view column that shows ``shown`` (``COLUMN_CARD``...), or -1."""
        return self._columns.index(shown) if shown in self._columns else -1

    def kept_apart(self) -> frozenset[CardKey]:
        """The (file, line) of each listed card the user wants created instead of merged."""
        return frozenset(key for key in map(_key, self._matches) if key in self._apart)

    def merged(self, row: int) -> bool:
        """The card of ``row`` is to be merged (not switched to "create")."""
        card = self.card(row)
        return card is not None and _key(card) not in self._apart

    def set_merged(self, row: int, merged: bool) -> None:
        """Switch the card of ``row`` to "merge" or to "create", as its box does."""
        state = Qt.CheckState.Checked if merged else Qt.CheckState.Unchecked
        self.setData(self.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)

    def retranslate(self) -> None:
        """The headers and texts again (the language or the locale changed)."""
        if self._matches:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._matches) - 1, len(self._columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(_CONTEXT, _HEADERS[self._columns[section]])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()] == COLUMN_ACTION:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        shown = self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            if shown != COLUMN_ACTION:
                return None
            merged = _key(match) not in self._apart
            return Qt.CheckState.Checked if merged else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and shown != COLUMN_ACTION:
            # The whole text of a cell cut short; escaped, as a tool tip may be read as markup.
            return tool_tip(self._text(match, shown))
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(match, shown)
            if shown in (COLUMN_CARD, COLUMN_CONTACT):
                return cell_text(text)
            return cell_text(text, left_to_right=True) if shown == COLUMN_FILE else text
        return None

    def _text(self, match: ImportMatch, shown: int) -> str:
        if shown == COLUMN_ACTION:
            return QCoreApplication.translate(
                _CONTEXT, _CREATE if _key(match) in self._apart else _MERGE
            )
        if shown == COLUMN_CARD:
            return match.name or QCoreApplication.translate("ImportMatchModel", "(no name)")
        if shown == COLUMN_FILE:
            return match.file
        if shown == COLUMN_LINE:
            return QLocale().toString(match.line)
        if shown == COLUMN_CONTACT:
            return contact_text(match) or QCoreApplication.translate(
                "ImportMatchModel", "(no name)"
            )
        return reasons_text(match.reasons)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._matches)
            or self._columns[index.column()] != COLUMN_ACTION
        ):
            return False
        key = _key(self._matches[index.row()])
        merged = Qt.CheckState(value) == Qt.CheckState.Checked
        if merged == (key not in self._apart):
            return True
        if merged:
            self._apart.discard(key)
        else:
            self._apart.add(key)
        self.dataChanged.emit(index, index)
        self.choices_changed.emit()
        return True


def _key(match: ImportMatch) -> CardKey:
    return (match.file, match.line)
