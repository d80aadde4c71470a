"""What the main window remembers between runs (QSettings): its geometry, the splitter
between its panes, and the contacts list's columns (order, widths, hidden ones)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

GEOMETRY_KEY = "mainWindow/geometry"
SPLITTER_KEY = "mainWindow/splitter-v2"  # the version goes up when the panes change
COLUMNS_KEY = "mainWindow/columns-v3"  # and when the columns do
DEFAULT_SIZE = (1280, 800)


def restore_window_state(window: QMainWindow, splitter: QSplitter, columns: QHeaderView) -> None:
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    for key, target in ((SPLITTER_KEY, splitter.restoreState), (COLUMNS_KEY, columns.restoreState)):
        state = settings.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            target(state)


def save_window_state(window: QMainWindow, splitter: QSplitter, columns: QHeaderView) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(SPLITTER_KEY, splitter.saveState())
    settings.setValue(COLUMNS_KEY, columns.saveState())
