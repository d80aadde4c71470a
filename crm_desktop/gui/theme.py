"""Light, dark or the system's colours (Edit > Preferences), kept in ``ui/theme`` and applied
at once: the application's palette is swapped, every widget gets a ``PaletteChange`` and
our own colours (``gui/colors.py``: the banner, overdue red, the calendar's days off and
dots) are chosen again from it. Dark is Qt's Fusion palette for a desktop in dark mode;
light is Fusion's standard one; "system" puts back what the desktop handed Qt at start."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEME_KEY = "ui/theme"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_system_palette: QPalette | None = None  # the desktop's, kept before a theme replaces it


def chosen_theme() -> Theme:
    try:
        return Theme(str(QSettings().value(THEME_KEY, Theme.SYSTEM.value)))
    except ValueError:  # from a later version, or edited by hand
        return Theme.SYSTEM


def store_theme(theme: Theme) -> None:
    QSettings().setValue(THEME_KEY, theme.value)


def dark_palette() -> QPalette:
    """Qt's own Fusion palette on a desktop in dark mode (qt_fusionPalette)."""
    text, window = QColor(240, 240, 240), QColor(50, 50, 50)
    light, mid, dark = window.lighter(150), window.darker(130), window.darker(150)
    disabled_text, highlight = QColor(130, 130, 130), QColor(48, 140, 198)
    palette = QPalette(text, window, light, dark, mid, text, window.darker(140))
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, color in (
        (role.Midlight, mid.lighter(110)), (role.Button, window), (role.Shadow, dark.darker(135)),
        (role.HighlightedText, text), (role.AlternateBase, window.darker(120)),
        (role.ToolTipBase, window.lighter(120)), (role.ToolTipText, text),
        (role.BrightText, QColor(255, 138, 128)), (role.Link, QColor(120, 190, 240)),
    ):  # fmt: skip
        palette.setColor(name, color)
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, name, disabled_text)
    palette.setColor(group.Disabled, role.Base, window)
    palette.setColor(group.Disabled, role.Button, window.darker(110))
    for active in (group.Active, group.Inactive):
        palette.setColor(active, role.Highlight, highlight)
        palette.setColor(active, role.Accent, highlight)
    palette.setColor(group.Disabled, role.Highlight, QColor(145, 145, 145))
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette.setColor(role.PlaceholderText, placeholder)
    return palette


def light_palette() -> QPalette:
    """Fusion's standard light palette."""
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    style.deleteLater()
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Colour ``app`` in ``theme`` now (the system's: as the desktop handed it)."""
    global _system_palette
    if _system_palette is None:
        if theme is Theme.SYSTEM:
            return  # nothing replaced yet: the desktop's palette is the one in use
        _system_palette = QPalette(app.palette())
    if theme is Theme.SYSTEM:
        app.setPalette(_system_palette)
    else:
        app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())
