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


def marker_color(palette: QPalette | None = None) -> QColor:
    """The calendar's day dots: a blue that keeps 3:1 against the day's background, light on
    a dark desktop."""
    return QColor("#7cc4ff") if is_dark(palette) else QColor("#1f6fb2")


def event_colors(palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """An activity in the week and day views: its fill, its edge and its text."""
    if is_dark(palette):
        return QColor("#1d3b5a"), QColor("#7cc4ff"), QColor("#e8f4ff")
    return QColor("#dcebf9"), QColor("#1f6fb2"), QColor("#0b2740")


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
