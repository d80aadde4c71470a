"""Values kept in their own direction inside a right-to-left window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

_LRI, _FSI, _PDI = "\u2066", "\u2068", "\u2069"  # Unicode bidi isolates


def isolated(text: str, *, left_to_right: bool = False) -> str:
    """``text`` as a cell of a list shows it: in a right-to-left window, wrapped in a bidi
    isolate (left-to-right for phones and emails, first-strong for names), so that a Latin
    name's final "." or a phone's digit groups are not reordered by the window's direction."""
    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"{_LRI if left_to_right else _FSI}{text}{_PDI}"
    return text
