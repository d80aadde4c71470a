"""The window a salesperson keeps open all day: search, the contacts list, the card."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, DatabaseError, DatabaseProblem
from crm_desktop.gui.account_card import AccountPane
from crm_desktop.gui.account_table_model import AccountTableModel
from crm_desktop.gui.banner import Banner
from crm_desktop.gui.contact_card import ContactPane
from crm_desktop.gui.contact_table_model import (
    COLUMN_ACCOUNT,
    COLUMN_CATEGORIES,
    COLUMN_EMAIL,
    COLUMN_LAST_CONTACT,
    COLUMN_NAME,
    COLUMN_NEXT_ACTIVITY,
    COLUMN_PHONE,
    COLUMN_TITLE,
    PAGE_SIZE,
    ContactTableModel,
)
from crm_desktop.gui.debounce import Debounce
from crm_desktop.gui.error_text import error_text, error_title
from crm_desktop.gui.import_export import ImportExportWindow
from crm_desktop.gui.resources import icon
from crm_desktop.gui.window_state import column_menu, restore_window_state, save_window_state
from crm_desktop.records.contacts import Changes, ContactRow, ContactSort
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_list import (
    account_names,
    category_counts,
    contact_rows,
    ordered_contact_ids,
    record_counts,
    search_contacts,
)

if TYPE_CHECKING:  # the first screen needs none of these: they load when first used
    from crm_desktop.gui.contact_editor import ContactEditor
    from crm_desktop.gui.tasks import ServiceTask
    from crm_desktop.gui.window_schedule import WindowSchedule
    from crm_desktop.services.database import Database

# The built-in Rolodex categories, marked for translation (a user's own stay as written).
BUILTIN_CATEGORIES = (
    QT_TRANSLATE_NOOP("MainWindow", "Customer"),
    QT_TRANSLATE_NOOP("MainWindow", "Prospect"),
    QT_TRANSLATE_NOOP("MainWindow", "Vendor"),
    QT_TRANSLATE_NOOP("MainWindow", "Partner"),
    QT_TRANSLATE_NOOP("MainWindow", "Employee"),
    QT_TRANSLATE_NOOP("MainWindow", "Competitor"),
)
SEARCH_DELAY_MS = 150
FIRST_PAINT_GRACE_MS = 250  # the rest of start-up, if the list is not painted by then
_SORT_BY_COLUMN = {
    COLUMN_NAME: ContactSort.NAME,
    COLUMN_ACCOUNT: ContactSort.ACCOUNT,
    COLUMN_TITLE: ContactSort.TITLE,
    COLUMN_PHONE: ContactSort.PHONE,
    COLUMN_EMAIL: ContactSort.EMAIL,
    COLUMN_CATEGORIES: ContactSort.CATEGORIES,
    COLUMN_LAST_CONTACT: ContactSort.LAST_CONTACT,
    COLUMN_NEXT_ACTIVITY: ContactSort.NEXT_ACTIVITY,
}


class MainWindow(ImportExportWindow):
    started = Signal()  # the whole list and the folder counts are loaded (after first paint)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """``db`` is the open database. If only its reader is open, the first screen is read
        through it, and its writer (the 0.2 s import of SQLAlchemy, the checks) opens once that
        screen is painted (``_open_writer``)."""
        super().__init__(parent)
        self._db = db
        self._task: ServiceTask | None = None
        self._daily_backup: ServiceTask | None = None
        self._progress: QProgressDialog | None = None
        self._last_message: QMessageBox | None = None
        self._clock = clock  # the time now (tests move it to fire reminders); None: the real one
        self._schedule: WindowSchedule | None = None
        self.setWindowTitle(self.tr("CRM Desktop — %1").replace("%1", self._db.path.name))
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
        for column, width in enumerate((220, 200, 160, 150, 240, 140, 110, 110)):
            header.resizeSection(column, width)

        header.setSortIndicator(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setToolTip(self.tr("Right-click to show or hide columns; drag to move them"))
        self._sort = ContactSort.NAME
        self._descending = False
        self._trash = False
        self._category: int | None = None
        self._undo = QUndoStack(self)
        self._damage_told = False

        self._nav = QListWidget(self)
        self._nav.setObjectName("navigation")
        self._nav.setAccessibleName(self.tr("Folders and categories"))
        self._nav.setMaximumWidth(240)

        self._card = ContactPane(self)
        self._accounts_model = AccountTableModel(self)
        self._accounts_table = QTableView(self)
        self._accounts_table.setObjectName("accounts")
        self._accounts_table.setAccessibleName(self.tr("Accounts"))
        self._accounts_table.setModel(self._accounts_model)
        self._accounts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._accounts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._accounts_table.setAlternatingRowColors(True)
        self._accounts_table.verticalHeader().hide()
        self._accounts_table.horizontalHeader().setStretchLastSection(True)
        self._accounts_table.horizontalHeader().resizeSection(0, 260)
        self._account_card = AccountPane(self)
        self._accounts_view = False
        self._lists = QStackedWidget(self)
        self._lists.addWidget(self._table)
        self._lists.addWidget(self._accounts_table)
        self._cards = QStackedWidget(self)
        self._cards.addWidget(self._card)
        self._cards.addWidget(self._account_card)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self._nav)
        self._splitter.addWidget(self._lists)
        self._splitter.addWidget(self._cards)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 3)
        self._splitter.setStretchFactor(2, 1)
        self._banner = Banner(self)
        self._views = QStackedWidget(self)  # the contacts and accounts; the Activities view
        self._views.addWidget(self._splitter)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self._banner)
        central_layout.addWidget(self._views, 1)
        self.setCentralWidget(central)

        self._build_actions()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (
            self._new_action, self._edit_action, self._delete_action, self._restore_action,
            self._empty_trash_action, self._import_action, self._export_action,
        ):  # fmt: skip
            toolbar.addAction(action)
        if isinstance(button := toolbar.widgetForAction(self._empty_trash_action), QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # not Delete
        toolbar.addSeparator()
        toolbar.addAction(self._contacts_view_action)
        toolbar.addAction(self._activities_view_action)
        toolbar.addSeparator()
        toolbar.addWidget(self._search)
        self._count = QLabel(self)
        self.statusBar().addPermanentWidget(self._count)

        self._build_menus()
        self._connect()
        # Keyboard only: search, folders, list, card, in that order.
        QWidget.setTabOrder(self._search, self._nav)
        QWidget.setTabOrder(self._nav, self._table)
        QWidget.setTabOrder(self._table, self._accounts_table)
        QWidget.setTabOrder(self._accounts_table, self._card)
        restore_window_state(self, self._splitter, self._table.horizontalHeader())
        self._show_first_page()
        self._rest_loaded = False
        # The rest loads once the list has painted its first page (or soon, if it is hidden).
        self._table.viewport().installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_GRACE_MS, self._on_first_paint_done)

    def _show_first_page(self) -> None:
        """The first screenful, by one LIMIT query (5 ms at 100,000 contacts): the window is
        painted before the whole ordered list (130 ms) and the folder counts are read."""
        try:
            page = search_contacts(self._db, limit=PAGE_SIZE)
        except CrmError as error:
            self.show_error(error)
            return
        self._model.set_ids([row.id for row in page.rows])
        self._count.setText(self.tr("%Ln contact(s)", "", page.total))
        if page.rows:
            self.select_row(0)

    def _start_daily_backup(self) -> None:
        """The daily backup (when the newest is over a day old), off the GUI thread: at
        100,000 contacts it takes seconds, which the window must not freeze for."""
        from crm_desktop.gui.tasks import ServiceTask
        from crm_desktop.services.backups import backup_if_due

        db = self._db
        task = ServiceTask(lambda _progress, _cancel: backup_if_due(db), self)
        task.succeeded.connect(self._on_daily_backup_succeeded)
        task.failed.connect(self._on_daily_backup_failed)
        self._daily_backup = task
        task.start()

    def _on_daily_backup_succeeded(self, entry: object) -> None:
        if entry is not None:
            self.statusBar().showMessage(self.tr("Today's backup is made."), 5000)

    def _on_daily_backup_failed(self, error: object) -> None:
        if isinstance(error, CrmError):  # a failed backup never blocks the work: it is told
            self.show_error(error)

    def wait_for_daily_backup(self) -> None:
        """Let the daily backup finish (before the database closes or is replaced)."""
        if self._daily_backup is not None:
            self._daily_backup.wait()

    def close_database(self) -> None:
        """Close what the window opened (at exit)."""
        self.wait_for_daily_backup()
        self._db.close()

    def _open_writer(self) -> bool:
        """Open the database's writer (once the first screen is painted); False when it
        cannot be and the window closed, as it does without its database."""
        try:
            self._db.open_writer()
        except CrmError as error:
            from crm_desktop.gui.startup_dialogs import recover_in_window

            if (restored := recover_in_window(error, self)) is None:
                return False
            self.reload_database(restored)  # reads the list and the folders again
            return True
        self._refresh_navigation()
        return True

    def _on_first_paint_done(self) -> None:
        if self._rest_loaded:
            return
        self._rest_loaded = True
        self._table.viewport().removeEventFilter(self)
        if not self._open_writer():
            return
        self._start_daily_backup()
        self.schedule.start()
        # Sorting on: Qt sorts at once by the header's indicator, which fills the whole list
        # (and from then on a header click asks the services for a new order).
        self._table.setSortingEnabled(True)
        self.started.emit()

    def _action(
        self, text: str, tip: str, icon_name: str | None, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)  # both already translated by the caller
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self._new_action = self._action(
            self.tr("&New contact…"), self.tr("Create a contact"), "new", self._on_new_triggered
        )
        self._new_action.setShortcut(QKeySequence.StandardKey.New)
        self._edit_action = self._action(
            self.tr("&Edit contact…"),
            self.tr("Edit the selected contact (Enter)"),
            "edit",
            self._on_edit_triggered,
        )
        self._delete_action = self._action(
            self.tr("&Delete"), self.tr("Move the selected contacts to the Trash"), "delete",
            self._on_delete_triggered,
        )  # fmt: skip
        self._delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self._restore_action = self._action(
            self.tr("&Restore"),
            self.tr("Bring the selected contacts back from the Trash"),
            "restore",
            self._on_restore_triggered,
        )
        self._import_action = self._action(
            self.tr("&Import…"),
            self.tr("Import contacts from vCard files"),
            "import",
            self._on_import_triggered,
        )
        self._import_action.setShortcut(QKeySequence.StandardKey.Open)
        self._export_action = self._action(
            self.tr("&Export…"),
            self.tr("Export contacts to a vCard file"),
            "export",
            self._on_export_triggered,
        )
        self._export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self._undo_action = self._undo.createUndoAction(self, self.tr("&Undo"))
        self._undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self._redo_action = self._undo.createRedoAction(self, self.tr("&Redo"))
        self._redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence(self.tr("Ctrl+Shift+Z"))]
        )
        self._find_action = self._action(
            self.tr("&Find"), self.tr("Search the contacts (Ctrl+F)"), None, self._on_find_triggered
        )
        self._find_action.setShortcut(QKeySequence.StandardKey.Find)
        self._quit_action = self._action(
            self.tr("&Quit"), self.tr("Quit CRM Desktop"), None, self._on_quit_triggered
        )
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._about_action = self._action(
            self.tr("&About CRM Desktop"),
            self.tr("Version and database"),
            None,
            self._on_about_triggered,
        )
        self._about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._backups_action = self._action(
            self.tr("&Backups…"), self.tr("Back up the database, or restore a backup"), None,
            self._on_backups_triggered,
        )  # fmt: skip
        self._empty_trash_action = self._action(
            self.tr("Empty &Trash…"), self.tr("Delete for good what is in the Trash"), "delete",
            self._on_empty_trash_triggered,
        )  # fmt: skip
        self._empty_trash_action.setVisible(False)  # in the toolbar of the Trash views only
        self._contacts_view_action = self._action(
            self.tr("&Contacts"),
            self.tr("Contacts and accounts (Ctrl+1)"),
            None,
            self._on_contacts_view_triggered,
        )
        self._contacts_view_action.setShortcut(QKeySequence(self.tr("Ctrl+1")))
        self._activities_view_action = self._action(
            self.tr("&Activities"),
            self.tr("Today, overdue, the week, the calendar (Ctrl+2)"),
            None,
            self._on_activities_view_triggered,
        )
        self._activities_view_action.setShortcut(QKeySequence(self.tr("Ctrl+2")))
        group = QActionGroup(self)
        for action in (self._contacts_view_action, self._activities_view_action):
            action.setCheckable(True)
            group.addAction(action)
        self._contacts_view_action.setChecked(True)
        self._new_activity_action = self._action(
            self.tr("New ac&tivity…"), self.tr("Schedule or log a call, meeting, task…"), None,
            self._on_new_activity_triggered,
        )  # fmt: skip
        self._new_activity_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+N")))
        self._trash_action = self._action(
            self.tr("Tr&ash…"), self.tr("Restore what was deleted, or delete it for good"), None,
            self._on_trash_triggered,
        )  # fmt: skip

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self._new_action, self._new_activity_action, self._import_action, self._export_action,
        ):  # fmt: skip
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self._backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self._quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self._undo_action, self._redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (
            self._edit_action, self._delete_action, self._restore_action, self._find_action,
        ):  # fmt: skip
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._trash_action)
        edit_menu.addAction(self._empty_trash_action.text(), self._on_empty_trash_triggered)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._contacts_view_action)
        view_menu.addAction(self._activities_view_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._about_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing letters in the list goes on in the search box (as in Outlook's People); the
        list's first paint lets the rest of the start-up go on."""
        if watched is self._table.viewport() and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._on_first_paint_done)
        if watched is self._table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            plain = not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
            if plain and text and text.isprintable() and not text.isspace():
                self._search.setFocus(Qt.FocusReason.OtherFocusReason)
                self._search.insert(text)
                return True
        return super().eventFilter(watched, event)

    def _connect(self) -> None:
        self._table.installEventFilter(self)
        self._model.sort_requested.connect(self._on_model_sort_requested)
        self._table.horizontalHeader().customContextMenuRequested.connect(
            self._on_header_context_menu_requested
        )
        self._nav.currentItemChanged.connect(self._on_nav_current_item_changed)
        self._table.activated.connect(self._on_table_activated)
        self._card.account_activated.connect(self.show_account)
        self._account_card.contact_activated.connect(self.show_contact)
        self._accounts_table.selectionModel().selectionChanged.connect(
            self._on_accounts_selection_changed
        )
        self._accounts_table.activated.connect(self._on_accounts_table_activated)
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
        if self._accounts_view:
            self._refresh_accounts(query)
            return
        try:
            ids = ordered_contact_ids(
                self._db,
                query,
                sort=self._sort,
                descending=self._descending,
                trashed=self._trash,
                category=self._category,
            )
        except CrmError as error:
            self.show_error(error)
            return
        self._model.set_ids(ids)
        self._count.setText(self.tr("%Ln contact(s)", "", len(ids)))
        self._delete_action.setEnabled(not self._trash and bool(ids))
        self._edit_action.setEnabled(not self._trash and bool(ids))
        self._restore_action.setEnabled(self._trash and bool(ids))
        if ids:
            self.select_row(0)
        else:
            self._card.show_card(None)

    def _refresh_accounts(self, query: str) -> None:
        try:
            rows = account_rows(self._db, query, trashed=self._trash)
        except CrmError as error:
            self.show_error(error)
            return
        self._accounts_model.set_rows(rows)
        self._count.setText(self.tr("%Ln account(s)", "", len(rows)))
        self._delete_action.setEnabled(bool(rows) and not self._trash)
        self._edit_action.setEnabled(bool(rows) and not self._trash)
        self._restore_action.setEnabled(bool(rows) and self._trash)
        if rows:
            self._accounts_table.selectionModel().setCurrentIndex(
                self._accounts_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._account_card.show_card(None)

    def _on_accounts_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        current = self._accounts_table.selectionModel().currentIndex()
        account_id = self._accounts_model.account_id(current.row()) if current.isValid() else None
        if account_id is None:
            self._account_card.show_card(None)
            return
        try:
            self._account_card.show_card(get_account(self._db, account_id))
        except CrmError as error:
            self.show_error(error)

    def _on_accounts_table_activated(self, _index: object) -> None:
        self._edit_account()

    def show_account(self, account_id: int) -> None:
        """Switch to the accounts list with this account selected (a click on it in a card)."""
        self._search.blockSignals(True)
        self._search.clear()
        self._search.blockSignals(False)
        self._select_view(("accounts", None))
        row = self._accounts_model.row_of(account_id)
        if row is not None:
            self._accounts_table.selectionModel().setCurrentIndex(
                self._accounts_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def show_contact(self, contact_id: int) -> None:
        """Switch to all contacts with this one selected (a click on it in an account)."""
        self._search.blockSignals(True)
        self._search.clear()
        self._search.blockSignals(False)
        self._select_view(("contacts", None))
        row = self._model.row_of(contact_id)
        if row is not None:
            self.select_row(row)
            self._table.scrollTo(self._model.index(row, 0))

    def _select_view(self, key: tuple[str, int | None]) -> None:
        for row in range(self._nav.count()):
            if self._nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self._nav.currentRow() == row:
                    self._refresh(self._search.text())
                else:
                    self._nav.setCurrentRow(row)
                return

    # ---- navigation, sorting, changes --------------------------------------------------

    def _refresh_navigation(self) -> None:
        try:
            counts = record_counts(self._db)
            categories = category_counts(self._db)
        except CrmError as error:
            self.show_error(error)
            return
        locale = QLocale()
        current = self._view_key()
        self._nav.blockSignals(True)
        self._nav.clear()
        entries: list[tuple[str, tuple[str, int | None]]] = [
            (
                self.tr("Contacts (%1)").replace("%1", locale.toString(counts.contacts)),
                ("contacts", None),
            ),
            (
                self.tr("Accounts (%1)").replace("%1", locale.toString(counts.accounts)),
                ("accounts", None),
            ),
            (self.tr("Trash (%1)").replace("%1", locale.toString(counts.trashed)), ("trash", None)),
            (
                self.tr("Deleted accounts (%1)").replace(
                    "%1", locale.toString(counts.trashed_accounts)
                ),
                ("accounts-trash", None),
            ),
        ]
        entries += [
            (f"{self.tr(c.name)} ({locale.toString(c.count)})", ("category", c.id))
            for c in categories
        ]
        for text, key in entries:
            item = QListWidgetItem(text, self._nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key == current:
                self._nav.setCurrentItem(item)
        self._nav.blockSignals(False)

    def _view_key(self) -> tuple[str, int | None]:
        if self._accounts_view:
            return ("accounts-trash", None) if self._trash else ("accounts", None)
        if self._trash:
            return ("trash", None)
        if self._category is not None:
            return ("category", self._category)
        return ("contacts", None)

    def _on_nav_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        kind, key = current.data(Qt.ItemDataRole.UserRole)
        self._trash = kind in ("trash", "accounts-trash")
        self._category = key if kind == "category" else None
        self._accounts_view = kind in ("accounts", "accounts-trash")
        self._empty_trash_action.setVisible(self._trash)
        self._lists.setCurrentIndex(1 if self._accounts_view else 0)
        self._cards.setCurrentIndex(1 if self._accounts_view else 0)
        self._refresh(self._search.text())

    def show_trash(self) -> None:
        """Switch the list to the Trash (as a click on it in the navigation pane does)."""
        for row in range(self._nav.count()):
            if self._nav.item(row).data(Qt.ItemDataRole.UserRole) == ("trash", None):
                self._nav.setCurrentRow(row)

    def _on_model_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = _SORT_BY_COLUMN.get(column, ContactSort.NAME)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._refresh(self._search.text())

    def _on_changes(self, changes: Changes) -> None:
        """After a change: the list and the counts again, and the card if it showed it."""
        self._refresh(self._search.text())
        self._refresh_navigation()
        touched = set(changes.contacts_added + changes.contacts_changed)
        if touched:
            row = self._model.row_of(next(iter(touched)))
            if row is not None:
                self.select_row(row)

    # ---- new, edit, delete, restore ------------------------------------------------------

    def _editor(self, draft: ContactDraft | None) -> ContactEditor:
        from crm_desktop.gui.contact_editor import ContactEditor

        try:
            accounts = account_names(self._db)
            categories = [c.name for c in category_counts(self._db)]
        except CrmError as error:
            self.show_error(error)
            accounts, categories = [], []
        return ContactEditor(draft, accounts, categories, self)

    def _selected_account(self) -> int | None:
        current = self._accounts_table.selectionModel().currentIndex()
        return self._accounts_model.account_id(current.row()) if current.isValid() else None

    def _on_new_triggered(self) -> None:
        from crm_desktop.gui.account_editor import AccountEditor
        from crm_desktop.gui.commands import CreateAccountCommand, CreateContactCommand

        if self._accounts_view:
            account_editor = AccountEditor(None, self)
            if account_editor.exec() == QDialog.DialogCode.Accepted and (
                account := account_editor.result_draft()
            ):
                self._undo.push(
                    CreateAccountCommand(self._db, account, self._on_changes, self.show_error)
                )
            return
        editor = self._editor(None)
        if editor.exec() == QDialog.DialogCode.Accepted and (draft := editor.result_draft()):
            self._undo.push(
                CreateContactCommand(self._db, draft, self._on_changes, self.show_error)
            )

    def _on_table_activated(self, _index: object) -> None:
        if not self._trash:
            self._on_edit_triggered()

    def _edit_account(self) -> None:
        from crm_desktop.gui.account_editor import AccountEditor
        from crm_desktop.gui.commands import EditAccountCommand
        from crm_desktop.services.account_edits import account_draft

        account_id = self._selected_account()
        if account_id is None:
            return
        try:
            before = account_draft(self._db, account_id)
        except CrmError as error:
            self.show_error(error)
            return
        editor = AccountEditor(before, self)
        after = editor.result_draft() if editor.exec() == QDialog.DialogCode.Accepted else None
        if after is not None and after != before:
            self._undo.push(
                EditAccountCommand(
                    self._db, account_id, before, after, self._on_changes, self.show_error
                )
            )

    def _on_edit_triggered(self) -> None:
        from crm_desktop.gui.commands import EditContactCommand
        from crm_desktop.services.contact_edits import contact_draft

        if self._accounts_view:
            self._edit_account()
            return
        ids = self._selected_ids()
        if not ids or self._trash:
            return
        try:
            before = contact_draft(self._db, ids[0])
        except CrmError as error:
            self.show_error(error)
            return
        editor = self._editor(before)
        after = editor.result_draft() if editor.exec() == QDialog.DialogCode.Accepted else None
        if after is not None and after != before:
            self._undo.push(
                EditContactCommand(
                    self._db, ids[0], before, after, self._on_changes, self.show_error
                )
            )

    def _on_delete_triggered(self) -> None:
        from crm_desktop.gui.commands import TrashAccountsCommand, TrashContactsCommand

        if self._accounts_view:
            account_id = self._selected_account()
            if account_id is not None:
                self._undo.push(
                    TrashAccountsCommand(self._db, [account_id], self._on_changes, self.show_error)
                )
            return
        ids = self._selected_ids()
        if ids and not self._trash:
            self._undo.push(TrashContactsCommand(self._db, ids, self._on_changes, self.show_error))

    def _on_restore_triggered(self) -> None:
        if self._accounts_view:
            from crm_desktop.gui.commands import RestoreAccountsCommand

            account_id = self._selected_account()
            if account_id is not None and self._trash:
                self._undo.push(
                    RestoreAccountsCommand(
                        self._db, [account_id], self._on_changes, self.show_error
                    )
                )
            return
        from crm_desktop.gui.commands import RestoreContactsCommand

        ids = self._selected_ids()
        if ids and self._trash:
            self._undo.push(
                RestoreContactsCommand(self._db, ids, self._on_changes, self.show_error)
            )

    # ---- activities, notes, reminders (issue 5: crm_desktop/gui/window_schedule.py) ------

    @property
    def schedule(self) -> WindowSchedule:
        """The activities' part of the window: made when the database is open."""
        if self._schedule is None:
            from crm_desktop.gui.window_schedule import WindowSchedule

            self._schedule = WindowSchedule(
                self, self._db, self._views, self._banner, clock=self._clock,
                undo=self._undo,
            )  # fmt: skip
            self._schedule.changed.connect(self._model.refresh_rows)
            self._schedule.contact_activated.connect(self._on_schedule_contact_activated)
            self._card.timeline.set_actions(self._schedule.actions)
            self._account_card.set_actions(self._schedule.actions)
        return self._schedule

    def _on_activities_view_triggered(self) -> None:
        self.schedule.show_activities()
        self._activities_view_action.setChecked(True)

    def _on_contacts_view_triggered(self) -> None:
        self._views.setCurrentWidget(self._splitter)
        self._contacts_view_action.setChecked(True)

    def _on_schedule_contact_activated(self, contact_id: int) -> None:
        self._on_contacts_view_triggered()
        self.show_contact(contact_id)

    def _on_new_activity_triggered(self) -> None:
        contact = None
        if not self._accounts_view and (ids := self._selected_ids()):
            card = self._card.card.shown
            contact = (ids[0], card.draft.formatted_name if card and card.id == ids[0] else "")
        selected = self._selected_account() if self._accounts_view else None
        account = AccountId(selected) if selected is not None else None
        self.schedule.actions.new_activity("call", contact, account)

    def _selected_ids(self) -> list[ContactId]:
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        return [cid for row in rows if (cid := self._model.contact_id(row)) is not None]

    def _on_quit_triggered(self) -> None:
        self.close()

    def _on_backups_triggered(self) -> None:
        self.open_backups()

    def open_backups(self, *, damaged: bool = False) -> None:
        """File > Backups; ``damaged``: the newest sound backup selected, and why."""
        from crm_desktop.gui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._db, self, damaged=damaged)
        dialog.restored.connect(self.reload_database)
        dialog.exec()

    def _on_empty_trash_triggered(self) -> None:
        from crm_desktop.gui.trash import ask_and_empty_trash

        if (emptied := ask_and_empty_trash(self, self._db)) is not None:
            self._undo.clear()  # what it would bring back is gone for good
            self._on_changes(emptied.changes)

    def _on_trash_triggered(self) -> None:
        from crm_desktop.gui.trash_dialog import TrashDialog

        dialog = TrashDialog(self._db, self)
        dialog.changed.connect(self._on_changes)
        dialog.emptied.connect(self._undo.clear)  # what it would bring back is gone for good
        dialog.exec()
        dialog.deleteLater()

    def hold_for_restore(self, hold: bool) -> None:
        """Nothing reads the database while a restore replaces its file: no painting, no
        reminders, no background reads (``hold``); then all of it again."""
        self.setUpdatesEnabled(not hold)
        if hold:
            self.wait_for_daily_backup()
            if self._schedule is not None:
                self._schedule.stop()
        elif self._schedule is not None:
            self._schedule.reminders.start()

    def reload_database(self, db: Database) -> None:
        """Show ``db`` (the database opened again on a restored backup): all read again."""
        self.wait_for_daily_backup()
        previous, self._db = self._db, db
        if previous is not db:
            previous.close()
        if self._schedule is not None:
            self._schedule.use_database(db)
        self._undo.clear()  # the commands name records of the database as it was
        self._refresh(self._search.text())
        self._refresh_navigation()

    def _on_about_triggered(self) -> None:
        from crm_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self._db.path, self)
        dialog.exec()

    def column_menu(self) -> QMenu:
        """Which columns show: one checkable entry per column (the name always shows)."""
        return column_menu(self._table.horizontalHeader(), COLUMN_NAME, self)

    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        header = self._table.horizontalHeader()
        self.column_menu().exec(header.mapToGlobal(position))

    def select_row(self, row: int) -> None:
        """Make ``row`` the one selected row (QTableView.selectRow toggles when Ctrl is down)."""
        index = self._model.index(row, 0)
        self._table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

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
        damaged = isinstance(error, DatabaseError) and error.problem is DatabaseProblem.CORRUPT
        if damaged and self._db.writer_open and not self._damage_told:
            self._damage_told = True  # once: a damaged file fails again at every read
            QTimer.singleShot(0, lambda: self.open_backups(damaged=True))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._rest_loaded = True  # a window closed before its first paint opens nothing more
        if self._schedule is not None:
            self._schedule.stop()
        save_window_state(self, self._splitter, self._table.horizontalHeader())
        self.wait_for_daily_backup()
        super().closeEvent(event)
