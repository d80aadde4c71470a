"""Values kept in their own direction: a Latin name's final "." or a phone's digit groups are
not reordered by a right-to-left window or sentence, nor they the sentence; an Arabic or
Persian name or address line in a left-to-right list is laid out right to left, and sits on
the right of its cell (a Latin one on the left of a right-to-left list's).

Qt's item views lay out every cell in the view's direction, with no look at the cell's own
text: isolates (FSI/LRI ... PDI) give a value its own direction, and ``cell_alignment`` its
own side."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"  # Unicode bidi isolates
_OPENERS = frozenset({_LRI, _RLI, _FSI})
_MARKS = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f\u200b")
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def isolated(text: str, *, left_to_right: bool = False) -> str:
    """``text`` in a bidi isolate: left-to-right for phones, emails, paths and numbers,
    first-strong (its own first letter decides) for names and subjects."""
    return f"{_LRI if left_to_right else _FSI}{text}{_PDI}" if text else ""


def direction_of(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first letter that has one (isolate marks let it through:
    an isolated Arabic subject is right-to-left); None for digits, dates and punctuation."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in _RIGHT_TO_LEFT:
            return Qt.LayoutDirection.RightToLeft
    return None


def _window_direction() -> Qt.LayoutDirection:
    return QGuiApplication.layoutDirection()


def cell_text(text: str, *, left_to_right: bool = False) -> str:
    """``text`` as a cell of a list shows it: isolated in a right-to-left window, and in a
    left-to-right one when it is written right to left (a Latin value there is left as it
    is: its cell's direction already keeps it whole)."""
    if _window_direction() == Qt.LayoutDirection.RightToLeft or (
        not left_to_right and direction_of(text) == Qt.LayoutDirection.RightToLeft
    ):
        return isolated(text, left_to_right=left_to_right)
    return text


def cell_alignment(text: str) -> int | None:
    """Where a cell showing ``text`` (data: a name, an address line, a subject) puts it: on
    the right in a left-to-right list when it is written right to left, on the left in a
    right-to-left list when it is written left to right; None (the view's own) otherwise."""
    own = direction_of(text)
    if own is None or own == _window_direction():
        return None
    side = (
        Qt.AlignmentFlag.AlignLeft
        if own == Qt.LayoutDirection.LeftToRight
        else Qt.AlignmentFlag.AlignRight
    )
    return int(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


def _one_isolate(text: str) -> bool:
    """``text`` is a single isolate from its first character to its last."""
    if len(text) < 2 or text[0] not in _OPENERS:
        return False
    depth = 0
    for position, character in enumerate(text):
        if character in _OPENERS:
            depth += 1
        elif character == _PDI:
            depth -= 1
            if depth == 0:
                return position == len(text) - 1
    return False


def cell_in_own_direction(text: str) -> str:
    """A cell made of several values (``subject — outcome``, a list of names) laid out in
    its first value's direction when that is not the list's: in one isolate of that direction
    (a single value is already isolated by ``cell_text``)."""
    own = direction_of(text)
    if own is None or own == _window_direction() or _one_isolate(text):
        return text
    return f"{_LRI if own == Qt.LayoutDirection.LeftToRight else _RLI}{text}{_PDI}"


def without_marks(text: str) -> str:
    """``text`` without the isolates, direction marks and wrap points added to show it."""
    return text.translate(_MARKS)


class _PlainCopy(QObject):
    """Ctrl+C in a list copies the current cell as Qt does, but as the data holds it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QAbstractItemView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            value = watched.currentIndex().data(Qt.ItemDataRole.DisplayRole)
            clipboard = QGuiApplication.clipboard()
            if isinstance(value, str) and clipboard is not None:
                clipboard.setText(without_marks(value))
                event.accept()
                return True
        return super().eventFilter(watched, event)


def copy_without_marks(view: QAbstractItemView) -> None:
    """Ctrl+C in ``view`` copies its current cell's text without our bidi marks."""
    view.installEventFilter(_PlainCopy(view))


class LeftToRightDelegate(QStyledItemDelegate):
    """Cells of values written left to right whatever the window's direction (phone numbers,
    e-mail and web addresses, postal codes) in an editable table: laid out left to right,
    ``+30 210 1234567`` not ``1234567 210 30+``, on the side of the cell the view puts text.
    What is stored and edited is the value as typed, without marks."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
            )


def keep_left_to_right(view: QAbstractItemView, *columns: int) -> None:
    """``columns`` of ``view`` shown left to right (``LeftToRightDelegate``)."""
    delegate = LeftToRightDelegate(view)
    for column in columns:
        view.setItemDelegateForColumn(column, delegate)
