"""Colours of our own that stay readable on a light and on a dark desktop: each is chosen
from the palette the system hands Qt (a dark desktop gives a dark ``Base`` and ``Window``)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) is a dark one."""
    chosen = QGuiApplication.palette() if palette is None else palette
    return chosen.color(QPalette.ColorRole.Window).lightness() < 128


def alert_color(palette: QPalette | None = None) -> QColor:
    """The red of what is overdue: lighter on a dark background."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#c62828")


def banner_colors(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The message strip's background and text: light yellow, or dark amber on a dark
    desktop (a light strip there glares and its buttons' light text vanishes on it)."""
    if is_dark(palette):
        return QColor("#4d4214"), QColor("#fff1b8")
    return QColor("#fff4c4"), QColor("#3a3000")
