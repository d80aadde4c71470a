"""A palette a desktop (or a theme setting) hands Qt, made whole. A dark one often sets only
a few colours: Qt copies the active ones to the disabled group, so a disabled button's text is
as bright as an enabled one's and nothing says it cannot be pressed; and links and the
search box's placeholder keep their light-desktop blue and grey, unreadable on dark grey.
Where the disabled text is the active text, it is set halfway to the background; on a dark
palette, a dark link or placeholder is made light; now and whenever the palette changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.gui.colors import is_dark

DARK_LINK = QColor("#8ab4f8")  # a link on a dark background (7:1 on #323232)

_ROLES = (
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
)
_ACTIVE, _DISABLED = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled


def _halfway(text: QColor, background: QColor) -> QColor:
    return QColor(
        (text.red() + background.red()) // 2,
        (text.green() + background.green()) // 2,
        (text.blue() + background.blue()) // 2,
    )


def _luminance(color: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; text wants 4.5)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def fixed_palette(palette: QPalette) -> QPalette | None:
    """``palette`` with its disabled text dimmed where it equals the active text, and on a
    dark palette its links and placeholder light (None: nothing to fix)."""
    fixed = QPalette(palette)
    changed = False
    for text, background in _ROLES:
        if palette.color(_DISABLED, text) == palette.color(_ACTIVE, text):
            dim = _halfway(palette.color(_ACTIVE, text), palette.color(_ACTIVE, background))
            fixed.setColor(_DISABLED, text, dim)
            changed = True
    if is_dark(palette):
        for group in (_ACTIVE, QPalette.ColorGroup.Inactive):
            base = palette.color(group, QPalette.ColorRole.Window)
            for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
                if contrast(palette.color(group, role), base) < 4.5:
                    fixed.setColor(group, role, DARK_LINK)
                    changed = True
            hint = palette.color(group, QPalette.ColorRole.PlaceholderText)
            if contrast(hint, palette.color(group, QPalette.ColorRole.Base)) < 3:
                light = _halfway(palette.color(group, QPalette.ColorRole.Text),
                                 palette.color(group, QPalette.ColorRole.Base))  # fmt: skip
                fixed.setColor(group, QPalette.ColorRole.PlaceholderText, light)
                changed = True
    return fixed if changed else None


class _PaletteWatch(QWidget):
    """Never shown: told of each change of the application's palette (as every widget is)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.setObjectName("paletteFixes")
        self.app = app
        self._pending = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and not self._pending:
            self._pending = True  # set after the change has reached every widget
            QTimer.singleShot(0, self, self.apply)
        return super().event(event)

    def apply(self) -> None:
        self._pending = False
        fixed = fixed_palette(self.app.palette())
        if fixed is not None:
            self.app.setPalette(fixed)


def follow_palette_fixes(app: QApplication) -> None:
    """Fix ``app``'s palette now and after each change (``fixed_palette``; once per
    application)."""
    if any(watch.app is app for watch in _WATCHES):
        return
    watch = _PaletteWatch(app)
    _WATCHES.append(watch)  # kept alive for the application's life
    watch.apply()


_WATCHES: list[_PaletteWatch] = []
