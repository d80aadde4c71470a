"""The window a salesperson keeps open all day: search, the contacts list, the card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.about_dialog import AboutDialog
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.contact_table_model import ContactTableModel
from crm_desktop.gui.debounce import Debounce
from crm_desktop.gui.error_text import error_text, error_title
from crm_desktop.services.contact_list import contact_rows, ordered_contact_ids
from crm_desktop.services.contacts import get_contact
from crm_desktop.services.database import Database
from crm_desktop.services.records import ContactRow

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("CRM Desktop — %1").replace("%1", db.path.name))
        self.setObjectName("mainWindow")
        self.setMinimumSize(720, 480)

        self._search = QLineEdit(self)
        self._search.setObjectName("search")
        self._search.setPlaceholderText(self.tr("Search names, accounts, emails, phones, notes"))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search contacts"))
        self._debounce = Debounce(SEARCH_DELAY_MS, self)

        self._model = ContactTableModel(self._load_rows, self)
        self._table = QTableView(self)
        self._table.setObjectName("contacts")
        self._table.setAccessibleName(self.tr("Contacts"))
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self._table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 200, 160, 150, 240)):
            header.resizeSection(column, width)

        self._card = ContactCardView(self)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self._table)
        self._splitter.addWidget(self._card)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self._splitter)

        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self._search)
        self._count = QLabel(self)
        self.statusBar().addPermanentWidget(self._count)

        self._build_menus()
        self._connect()
        self._restore_settings()
        self._refresh("")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._on_find_triggered)
        edit_menu.addAction(find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About CRM Desktop"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about_action)

    def _connect(self) -> None:
        self._search.textChanged.connect(self._debounce.push)
        self._search.returnPressed.connect(self._debounce.flush)
        self._debounce.settled.connect(self._refresh)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _load_rows(self, ids: Sequence[int]) -> list[ContactRow]:
        try:
            return contact_rows(self._db, ids)
        except CrmError as error:
            self.show_error(error)
            return []

    def _refresh(self, query: str) -> None:
        try:
            ids = ordered_contact_ids(self._db, query)
        except CrmError as error:
            self.show_error(error)
            return
        self._model.set_ids(ids)
        self._count.setText(self.tr("%Ln contact(s)", "", len(ids)))
        if ids:
            self._table.selectRow(0)
        else:
            self._card.show_card(None)

    def _on_about_triggered(self) -> None:
        dialog = AboutDialog(self._db.path, self)
        dialog.exec()

    def _on_find_triggered(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self._table.selectionModel().currentIndex()
        contact_id = self._model.contact_id(current.row()) if current.isValid() else None
        if contact_id is None:
            self._card.show_card(None)
            return
        try:
            self._card.show_card(get_contact(self._db, contact_id))
        except CrmError as error:
            self.show_error(error)

    def show_error(self, error: CrmError) -> None:
        QMessageBox.warning(self, error_title(error), error_text(error))

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, target in (
            ("mainWindow/splitter", self._splitter.restoreState),
            ("mainWindow/columns", self._table.horizontalHeader().restoreState),
        ):
            state = settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                target(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self._splitter.saveState())
        settings.setValue("mainWindow/columns", self._table.horizontalHeader().saveState())
        super().closeEvent(event)
