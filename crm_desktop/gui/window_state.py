"""What the main window remembers between runs (QSettings): its geometry, the splitter
between its panes, and the contacts list's columns (order, widths, hidden ones, and the
menu that hides and shows them)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMenu, QSplitter, QWidget

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


def column_menu(header: QHeaderView, always_shown: int, parent: QWidget) -> QMenu:
    """One checkable entry per column of ``header``, showing or hiding it (but not the column
    ``always_shown``)."""
    model = header.model()
    menu = QMenu(parent)
    for column in range(model.columnCount()):
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column != always_shown)
        action.setData(column)
        action.toggled.connect(
            lambda visible, column=column: header.setSectionHidden(column, not visible)
        )
    return menu
