"""What the main window remembers between runs (QSettings): its geometry, the splitter
between its panes, and the contacts list's columns (order, widths, hidden ones, and the
menu that hides and shows them)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMenu, QSplitter, QWidget

GEOMETRY_KEY = "mainWindow/geometry"
SPLITTER_KEY = "mainWindow/splitter-v3"  # the version goes up when the panes change
COLUMNS_KEY = "mainWindow/columns-v4"  # and when the columns do
DEFAULT_SIZE = (1280, 800)
FOLDERS_WIDTH = (140, 210)  # the folder pane: as wide as its names need, within these
CARD_SHARE = 0.28  # of the window: the card (360 pixels at 1280), the list the rest


def restore_window_state(window: QMainWindow, splitter: QSplitter, columns: QHeaderView) -> None:
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    first = settings.value(SPLITTER_KEY)
    if not isinstance(first, QByteArray) or first.isEmpty():
        default_panes(splitter, window.width())
    for key, target in ((SPLITTER_KEY, splitter.restoreState), (COLUMNS_KEY, columns.restoreState)):
        state = settings.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            target(state)


def default_panes(splitter: QSplitter, width: int) -> None:
    """The folders, the list and the card side by side as they open the first time: the
    folders as wide as their names, the card a good quarter, the list the rest (at 1280
    pixels its name, account, phone and both dates show)."""
    from crm_desktop.gui.navigation import NavigationPane

    folders = splitter.widget(0)
    wanted = folders.wanted_width() if isinstance(folders, NavigationPane) else FOLDERS_WIDTH[0]
    left = min(max(wanted, FOLDERS_WIDTH[0]), FOLDERS_WIDTH[1])
    card = round(width * CARD_SHARE)
    handles = splitter.handleWidth() * (splitter.count() - 1)
    splitter.setSizes([left, max(width - left - card - handles, 0), card])


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
