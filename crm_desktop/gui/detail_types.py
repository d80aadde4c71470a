"""The type of a phone or an e-mail chosen from a list (Business, Mobile, Home, Fax, Other) as
Outlook and the phones say it, or typed (a custom one), and mapped to vCard's TYPE values:
Business is ``work``, Mobile ``cell``. A detail whose type is shown and left as it was keeps
every TYPE value it came with (``voice``, ``pref``, ``internet``...)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.gui.detail_rows import parse_types

Index = QModelIndex | QPersistentModelIndex
Choices = tuple[tuple[str, tuple[str, ...]], ...]  # (label marked for translation, TYPE values)

PHONE_TYPES: Choices = (
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Business")), ("work",)),
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Mobile")), ("cell",)),
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Home")), ("home",)),
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Fax")), ("fax",)),
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Other")), ()),
)
EMAIL_TYPES: Choices = (
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Business")), ("work",)),
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Home")), ("home",)),
    (str(QT_TRANSLATE_NOOP("DetailTypes", "Other")), ()),
)
# TYPE values that say nothing a user chooses (a phone is for the voice, an address internet).
_UNSAID = frozenset({"voice", "pref", "internet", "x400"})


def _label(text: str) -> str:
    return QCoreApplication.translate("DetailTypes", text)


def type_text(types: tuple[str, ...], choices: Choices) -> str:
    """What the Type cell shows: the choice these TYPE values are, else the values as typed."""
    said = tuple(t for t in types if t.lower() not in _UNSAID)
    for label, values in choices:
        if said == values:
            return _label(label)
    return ", ".join(said)


def read_types(text: str, before: tuple[str, ...] | None, choices: Choices) -> tuple[str, ...]:
    """The TYPE values of what the cell says: a choice's, or those typed; the detail's own
    (``before``) when its cell says what it said."""
    if before is not None and type_text(before, choices) == text.strip():
        return before
    for label, values in choices:
        if _label(label) == text.strip():
            return values
    return parse_types(text)


class TypeDelegate(QStyledItemDelegate):
    """The Type column's editor: the choices in a list, or a type of one's own typed."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)  # a custom type too
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems([_label(label) for label, _ in self._choices])
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = str(index.data() or "")
            editor.setCurrentText(text or editor.itemText(0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())
