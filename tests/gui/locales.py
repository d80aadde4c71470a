"""Running a GUI test as a user of another locale: the default QLocale (digits, month names,
the week) and the window's direction, both put back afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


@contextmanager
def user_locale(name: str) -> Iterator[QLocale]:
    """Widgets made inside see ``name`` as the user's locale (``fa_IR``: right to left)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, direction = QLocale(), app.layoutDirection()
    locale = QLocale(name)
    QLocale.setDefault(locale)
    app.setLayoutDirection(locale.textDirection())
    try:
        yield locale
    finally:
        QLocale.setDefault(before)
        app.setLayoutDirection(direction)
