"""Values kept in their own direction: a Latin name's final "." or a phone's digit groups are
not reordered by a right-to-left window or sentence, nor they the sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

_LRI, _FSI, _PDI = "\u2066", "\u2068", "\u2069"  # Unicode bidi isolates


def isolated(text: str, *, left_to_right: bool = False) -> str:
    """``text`` in a bidi isolate: left-to-right for phones, emails, paths and numbers,
    first-strong (its own first letter decides) for names and subjects."""
    return f"{_LRI if left_to_right else _FSI}{text}{_PDI}" if text else ""


def cell_text(text: str, *, left_to_right: bool = False) -> str:
    """``text`` as a cell of a list shows it: isolated in a right-to-left window, as it is in a
    left-to-right one (where a cell's own direction already keeps it whole)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return isolated(text, left_to_right=left_to_right)
    return text
