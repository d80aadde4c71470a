"""The window a salesperson keeps open all day: search, the contacts list, the card; the
navigation, a list and card per kind of record (``record_lists``), the actions (``window_actions``),
import, export, sync, the activities (``window_schedule``), and the view (``ViewState``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, DatabaseError, DatabaseProblem
from crm_desktop.gui.account_list import AccountList
from crm_desktop.gui.banner import Banner
from crm_desktop.gui.bulk_actions import BulkActions
from crm_desktop.gui.calendars import add_calendar_menu, calendar_changes
from crm_desktop.gui.card_sections import attach_card_sections
from crm_desktop.gui.daily_backup import DailyBackup
from crm_desktop.gui.debounce import Debounce
from crm_desktop.gui.empty_views import EmptyViews
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.import_export import ImportExport
from crm_desktop.gui.navigation import NavigationPane
from crm_desktop.gui.outside_changes import OutsideChanges, refresh_after_outside_change
from crm_desktop.gui.preferences import use_backup_folder
from crm_desktop.gui.print_actions import WindowPrinting
from crm_desktop.gui.record_lists import SORT_BY_COLUMN, ContactList, ListHost
from crm_desktop.gui.relations_box import attach_relations
from crm_desktop.gui.smart_folder_actions import SmartFolderActions
from crm_desktop.gui.undo_feedback import UndoFeedback
from crm_desktop.gui.view_state import Folder, NavKey, ViewState
from crm_desktop.gui.window_actions import build_actions, place_actions, retranslate_actions
from crm_desktop.gui.window_filters import WindowFilters
from crm_desktop.gui.window_keys import WindowKeys
from crm_desktop.gui.window_print_documents import window_printables
from crm_desktop.gui.window_state import restore_window_state, save_window_state
from crm_desktop.gui.window_sync import WindowSync
from crm_desktop.gui.window_views import WindowViews
from crm_desktop.records.contacts import Changes, ContactSort
from crm_desktop.records.search import ContactFilter
from crm_desktop.records.vocabulary import ActivityKind

if TYPE_CHECKING:  # the first screen needs none of these: they load when first used
    from crm_desktop.gui.duplicates_dialog import DuplicatesDialog
    from crm_desktop.gui.pipeline.lead_list import LeadList
    from crm_desktop.gui.record_lists import RecordList
    from crm_desktop.gui.window_sales import WindowSales
    from crm_desktop.gui.window_schedule import WindowSchedule
    from crm_desktop.services.database import Database

SEARCH_DELAY_MS = 150
FIRST_PAINT_GRACE_MS = 250  # the rest of start-up, if the list is not painted by then


class MainWindow(QMainWindow):
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
        use_backup_folder(db)  # Preferences' backups folder: every backup of this window's
        self._clock = clock  # the time now (tests move it to fire reminders); None: the real one
        self._schedule: WindowSchedule | None = None
        self._sales: WindowSales | None = None
        self._state = ViewState()
        self._damage_told = False
        self._closed = False
        self._duplicates: DuplicatesDialog | None = None  # Contacts > Find Duplicates, once opened
        self._daily_backup = DailyBackup(self, self.show_error)
        # Commands run beside the window (``crm-desktop log``...): seen, and shown.
        self._outside = OutsideChanges(self, lambda: self._db)
        self._outside.changed.connect(self._on_changed_elsewhere)
        self._outside.quiet.connect(self._on_outside_quiet)
        # The list's marks (``Database.list_marks``) at a look after the window's own last
        # write (its generation), to tell what a change made elsewhere touched.
        self._list_marks: tuple[object, ...] | None = None
        self._marks_generation = -1
        self.setObjectName("mainWindow")
        self.setMinimumSize(720, 480)

        self._search = QLineEdit(self, clearButtonEnabled=True)
        self._search.setObjectName("search")
        self._debounce = Debounce(SEARCH_DELAY_MS, self)
        self._undo = QUndoStack(self)
        host = self._host = ListHost(
            self, lambda: self._db, self._undo, self._on_changes,
            self.show_error, lambda: self._state,
        )  # fmt: skip
        self._leads: LeadList | None = None
        self._contacts = ContactList(host)
        self._nav = NavigationPane(self, self.show_error)  # after the list: it has the focus
        self._smart = SmartFolderActions(self, lambda: self._db, self.show_error)
        self._bulk = BulkActions(
            self, lambda: self._db, self._undo, self._on_changes, self.show_error,
            lambda: self._contacts.all_ids(),
        )  # fmt: skip
        self._accounts = AccountList(host)
        self._table, self._model = self._contacts.table, self._contacts.model
        self._card = self._contacts.pane
        self._lists, self._cards = QStackedWidget(self), QStackedWidget(self)
        for records in (self._contacts, self._accounts):
            self._lists.addWidget(records.view)
            self._cards.addWidget(records.card)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._filters = WindowFilters(
            self, self._lists, lambda: self._db, lambda: self._nav.category_names, self.show_error
        )
        for column, widget in enumerate((self._nav, self._filters.container, self._cards)):
            self._splitter.addWidget(widget)
            self._splitter.setStretchFactor(column, (0, 3, 1)[column])  # the list grows most
        self._banner = Banner(self)
        self._views = QStackedWidget(self)  # the contacts and accounts; the Activities view
        self._views.addWidget(self._splitter)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self._banner)
        central_layout.addWidget(self._views, 1)
        self.setCentralWidget(central)

        self.import_export = ImportExport(
            self, lambda: self._db, self._contacts.selected_ids, self._contacts.all_ids,
            self._on_imported, self.show_error,
        )  # fmt: skip
        self.setAcceptDrops(True)  # files dropped on the window (or a card) are imported
        self._actions = build_actions(self, self._slots(), self._undo)
        self._toolbar = place_actions(self, self._actions)
        self._bulk.enable_with(self._table, self._actions)
        self._toolbar.addWidget(self._search)
        self.printing = WindowPrinting(self, window_printables(self), self.show_error)
        self.printing.place(self.menuBar(), self._actions["backups"])
        self.syncing = WindowSync(self, lambda: self._db, self._on_imported, self.show_error)
        self.syncing.place(self.menuBar(), self._toolbar, self._actions["backups"])
        self.calendar_menu = add_calendar_menu(self._actions["activities_view"])
        calendar_changes().changed.connect(self._on_calendar_changed)
        self._count = QLabel(self)
        self._shown = WindowViews(self._views, self._actions, self._search, self._count,
                                  lambda: self._list.count_text(self._list.count()),
                                  self._refresh)  # fmt: skip
        self._retranslate()
        self.statusBar().addPermanentWidget(self._count)
        self.feedback = UndoFeedback(self._undo, self.statusBar())  # "Deleted 3 … — Undo"
        state = lambda: self._state  # noqa: E731  (read when asked)
        self.empty = EmptyViews(self, self._table, self._accounts.table, self._cards, state,
                                self._search, self._actions, self._views)  # fmt: skip
        self._connect()
        # Tab goes: search, folders, list, its A-Z bar, card.
        self.keys = WindowKeys(self, self._search, self._views, self._lists, self._actions, (
            self._search, self._nav, self._table, self._contacts.views.bar, self._accounts.table,
            self._card))  # fmt: skip
        restore_window_state(self, self._splitter, self._table.horizontalHeader())
        if (total := self._contacts.show_first_page()) is not None:
            self._count.setText(self._contacts.count_text(total))
        self._rest_loaded = False
        # The rest loads once the list has painted its first page (or soon, if it is hidden).
        QTimer.singleShot(FIRST_PAINT_GRACE_MS, self._on_first_paint_done)

    def _slots(self) -> dict[str, Callable[[], object]]:
        """What each action of ``window_actions.ACTIONS`` does."""
        transfers = self.import_export
        return {
            "new": lambda: self._list.new(), "new_account": lambda: self._accounts.new(),
            "edit": lambda: self._list.edit(),
            "delete": lambda: self._list.delete(), "restore": lambda: self._list.restore(),
            "import": transfers.ask_for_files, "export": transfers.ask_for_target,
            "find": self._on_find_triggered, "quit": self.close,
            "about": self._on_about_triggered, "backups": self.open_backups,
            "empty_trash": self._on_empty_trash_triggered, "filters": self._filters.toggle,
            "empty_trash_menu": self._on_empty_trash_triggered,
            "contacts_view": self._on_contacts_view_triggered,
            "activities_view": self._on_activities_view_triggered,
            "pipeline_view": lambda: self.sales.show_pipeline(),
            "reports_view": lambda: self.sales.show_reports(),
            "new_activity": self._on_new_activity_triggered, "trash": self._on_trash_triggered,
            "log_call": lambda: self.keys.log_call(self.schedule, self._list.activity_target()),
            "find_duplicates": self.find_duplicates,
            "save_search": lambda: self._smart.save(self._search.text(), self._state),
            **self._bulk.slots(self._contacts.selected_ids),
            "preferences": self._on_preferences_triggered,
        }  # fmt: skip

    @property
    def _list(self) -> RecordList:
        """The list the view shows: the contacts', the accounts' or the leads'."""
        if self._state.folder is Folder.LEADS:
            return self.leads
        return self._accounts if self._state.accounts else self._contacts

    @property
    def leads(self) -> LeadList:
        """The Leads folder's list and card (made when first shown)."""
        if self._leads is None:
            from crm_desktop.gui.pipeline.lead_list import LeadList

            self._leads = LeadList(self._host)
            self._lists.addWidget(self._leads.table)
            self._cards.addWidget(self._leads.card)
        return self._leads

    def close_database(self) -> None:
        """Close what the window opened (at exit)."""
        self._outside.stop()
        self.wait_for_daily_backup()
        self._drop_duplicates()
        self._db.close()
        self._closed = True  # nothing reads it again (not even a change of language)

    def reload_database(self, db: Database) -> None:
        """Show ``db`` (the database opened again on a restored backup): all read again."""
        self.wait_for_daily_backup()
        previous, self._db = self._db, db
        use_backup_folder(db)
        if previous is not db:
            previous.close()
        if self._schedule is not None:
            self._schedule.use_database(db)
        self._drop_duplicates()  # it lists the records of the database as it was
        self._undo.clear()  # the commands name records of the database as it was
        if self._sales is not None:
            self._sales.reload()
        self._refresh(self._search.text())
        self._refresh_navigation()
        self._outside.start()

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
        if not self._open_writer():
            return
        self._daily_backup.start(self._db)
        self.schedule.start()
        self.syncing.start()
        self._outside.start()
        self.files = attach_card_sections(self._host, self.sales, self._card, self._accounts.pane)
        self.relations = attach_relations(self, (self._card, self._accounts.pane), self._undo)
        self.keys.order_tabs()  # the sections just made: Tab goes through them after the card
        # Sorting on: Qt sorts at once by the header's indicator, which fills the whole list
        # (and from then on a header click asks the services for a new order).
        self._table.setSortingEnabled(True)
        self.started.emit()

    def wait_for_daily_backup(self) -> None:
        """Let the daily backup finish (before the database closes or is replaced)."""
        self._daily_backup.wait()

    def _connect(self) -> None:
        self._contacts.typed.connect(self._on_contacts_typed)
        self._contacts.first_painted.connect(self._on_first_paint_done)
        self._contacts.counting.connect(lambda: self._shown.count(self.tr("Counting…")))
        self._contacts.counted.connect(self._show_count)  # only while the contacts show
        self._model.sort_requested.connect(self._on_model_sort_requested)
        self._nav.chosen.connect(self._on_nav_chosen)
        self._contacts.views.attach(self._nav, self.show_contact, self._actions["filters"])
        self._nav.rename_requested.connect(self._smart.rename)
        self._nav.remove_requested.connect(self._smart.remove)
        self._smart.changed.connect(self._on_smart_folders_changed)
        self._card.account_activated.connect(self.show_account)
        self._accounts.pane.contact_activated.connect(self.show_contact)
        self._search.textChanged.connect(self._debounce.push)
        self._search.returnPressed.connect(self._debounce.flush)
        self._debounce.settled.connect(self._refresh)
        self._filters.changed.connect(self._on_filters_changed)
        self._filters.panel.save_requested.connect(self._actions["save_search"].trigger)

    def _refresh(self, query: str) -> None:
        if self._shown.filter(query):  # the Activities view shown: its list filtered
            return
        count = self._list.refresh(query, self._state)
        if count is not None:
            self._show_count(count)

    def _show_count(self, count: int) -> None:
        self._shown.count(self._list.count_text(count))
        for name, in_trash in (("delete", False), ("edit", False), ("restore", True)):
            self._shown.hold(name, count > 0 and self._state.trash == in_trash)
        self._actions["new_activity"].setEnabled(not self._state.trash)  # none for the Trash

    def _refresh_navigation(self) -> None:
        self._nav.refresh(self._db, self._state.key)

    def _on_smart_folders_changed(self, new_folder: int) -> None:
        """A smart folder was saved (shown at once, its search cleared), renamed or removed
        (the whole contacts list if it was the one shown)."""
        if new_folder >= 0:
            with QSignalBlocker(self._search):
                self._search.clear()
            self._refresh_navigation()
            self._nav.select((Folder.SMART.value, new_folder))
            return
        self._refresh_navigation()
        if self._state.folder is Folder.SMART and not self._nav.select(self._state.key):
            self._select_view(Folder.CONTACTS)

    def _on_nav_chosen(self, key: NavKey) -> None:
        self._state = self._state.at(key)
        self._shown.name_records(accounts=self._state.accounts)  # New account… in Accounts
        self._actions["empty_trash"].setVisible(self._state.trash)
        self._lists.setCurrentWidget(self._list.view)
        self._cards.setCurrentWidget(self._list.card)
        self._refresh(self._search.text())

    def _on_filters_changed(self, filters: ContactFilter) -> None:
        self._state = self._state.filtered_by(filters)
        self._refresh(self._search.text())

    def _on_model_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        sort = SORT_BY_COLUMN.get(column, ContactSort.NAME)
        self._state = self._state.sorted_by(sort, order == Qt.SortOrder.DescendingOrder)
        with self._contacts.selection_kept():  # the same contacts selected, in sight
            self._refresh(self._search.text())

    def _on_changes(self, changes: Changes) -> None:
        """After a change: the rows it touched (the whole list only when its order can have
        changed), and the folder counts when they can have."""
        recount = self._list.apply(changes, self._search.text(), self._state)
        self._show_count(self._list.count())
        if (
            recount or changes == Changes() or self._nav.has_smart_folders()
        ):  # an account's change says no more than that
            self._refresh_navigation()

    def _on_changed_elsewhere(self) -> None:
        """A command run beside the window changed the database (gui/outside_changes.py)."""
        refresh_after_outside_change(self)

    def _read_list_marks(self) -> tuple[object, ...] | None:
        """The list's marks now (None when they cannot be read: all is read again)."""
        try:
            self._list_marks = self._db.list_marks()
        except CrmError:
            self._list_marks = None
        self._marks_generation = self._db.generation
        return self._list_marks

    def _on_outside_quiet(self) -> None:
        """No change made elsewhere: the marks as the window's own writes left them (read
        again only after one: a millisecond at 100,000 contacts)."""
        if self._marks_generation != self._db.generation:
            self._read_list_marks()

    def _on_imported(self) -> None:  # the list and the folders read again
        self._refresh(self._search.text())
        self._refresh_navigation()

    def show_trash(self) -> None:
        """Switch the list to the Trash (as a click on it in the navigation pane does)."""
        self._nav.select((Folder.TRASH.value, None))

    def show_account(self, account_id: int) -> None:
        """Switch to the accounts list with this account selected (a click on it in a card)."""
        self._select_view(Folder.ACCOUNTS)
        self._accounts.select_id(account_id)

    def show_contact(self, contact_id: int) -> None:
        """Switch to all contacts with this one selected (a click on it in an account)."""
        self._select_view(Folder.CONTACTS)
        self._contacts.select_id(contact_id)

    def _select_view(self, folder: Folder) -> None:
        """``folder``'s whole list, the search cleared."""
        with QSignalBlocker(self._search):
            self._search.clear()
        if not self._nav.select((folder.value, None)):
            self._refresh("")

    def select_row(self, row: int) -> None:
        """Make ``row`` the one selected row of the contacts list."""
        self._contacts.select_row(row)

    def column_menu(self) -> QMenu:
        """Which columns show: one checkable entry per column (the name always shows)."""
        return self._contacts.column_menu()

    def _on_contacts_typed(self, text: str) -> None:
        """Typing letters in the list goes on in the search box (as in Outlook's People)."""
        self._search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search.insert(text)

    def _on_find_triggered(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

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
            self._card.set_actions(self._schedule.actions)
            self._accounts.pane.set_actions(self._schedule.actions)
        return self._schedule

    def _on_activities_view_triggered(self) -> None:
        self.schedule.show_activities()

    @property
    def sales(self) -> WindowSales:
        """View > Pipeline and View > Reports: made when first shown."""
        if self._sales is None:
            from crm_desktop.gui.window_sales import WindowSales

            self._sales = WindowSales(
                self, lambda: self._db, self._views, self._undo, self.show_error,
                lambda: self._nav.category_names,
            )  # fmt: skip
            self._sales.changed.connect(self._on_deals_changed)
        return self._sales

    def _on_deals_changed(self, _changes: object) -> None:
        """A deal changed: the deals under the card shown, and the folder counts."""
        for pane, shown in ((self._card, self._card.card.shown),
                            (self._accounts.pane, self._accounts.pane.card.shown)):  # fmt: skip
            if pane.on_shown is not None:
                pane.on_shown(shown.id if shown is not None else None)
        self._refresh_navigation()

    def _on_calendar_changed(self) -> None:
        """Another calendar (View > Calendar): the lists write their dates again."""
        for view in self.findChildren(QAbstractItemView):
            view.viewport().update()

    def _on_contacts_view_triggered(self) -> None:
        self._views.setCurrentWidget(self._splitter)

    def _on_schedule_contact_activated(self, contact_id: int) -> None:
        self._on_contacts_view_triggered()
        self.show_contact(contact_id)

    def _on_new_activity_triggered(self) -> None:
        contact, account = self._list.activity_target()
        self.schedule.actions.new_activity(ActivityKind.CALL, contact, account)

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
        if self._sales is not None:  # deals or accounts restored: the pipeline or report too
            self._sales.reload()

    def find_duplicates(self) -> DuplicatesDialog:
        """Contacts > Find Duplicates: its window (one, kept while the database is open; its
        merges are on this window's undo stack), shown and looking again."""
        if self._duplicates is None:
            from crm_desktop.gui.duplicates_dialog import DuplicatesDialog

            self._duplicates = DuplicatesDialog(self._db, self._undo, self)
            self._duplicates.changed.connect(self._on_changes)
        dialog = self._duplicates
        dialog.show()
        dialog.activateWindow()
        dialog.search()
        return dialog

    def _drop_duplicates(self) -> None:
        """Close the duplicates window, its search ended (the database goes away)."""
        if self._duplicates is not None:
            self._duplicates.stop()
            self._duplicates.close()
            self._duplicates.deleteLater()
            self._duplicates = None

    def hold_for_restore(self, hold: bool) -> None:
        """Nothing reads the database while a restore replaces its file: no painting, no
        reminders, no background reads (``hold``); then all of it again."""
        self.setUpdatesEnabled(not hold)
        if hold:
            self._outside.stop()
            self.wait_for_daily_backup()
            if self._duplicates is not None:
                self._duplicates.stop()
        if self._schedule is not None:
            (self._schedule.stop if hold else self._schedule.reminders.start)()
        if not hold:
            self._outside.start()  # the restored file's changes, once reloaded

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files dropped on the window (contacts, calendars, e-mails: told apart by content)
        are imported as File > Import does, once the drop itself is over."""
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not files or self.import_export.running:
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.import_export.ask_and_import(files))

    def _on_preferences_triggered(self) -> None:
        from crm_desktop.gui.window_preferences import open_preferences

        open_preferences(self, self._db, self.syncing.apply_interval)

    def _retranslate(self) -> None:
        """The window's own words (the widgets it holds retranslate themselves)."""
        title = self.tr("%1 — CRM Desktop")  # ends with Qt's display name: not added twice
        self.setWindowTitle(title.replace("%1", self._db.path.name))
        self._search.setPlaceholderText(self._shown.placeholder())
        self._search.setAccessibleName(self.tr("Search contacts"))
        retranslate_actions(self, self._actions, self._toolbar)
        self.printing.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self._retranslate()
            for records in (self._contacts, self._accounts):
                records.retranslate()
            self._show_count(self._list.count())
            if self._rest_loaded and self._db.writer_open:
                self._refresh_navigation()
        super().changeEvent(event)

    def _on_about_triggered(self) -> None:
        from crm_desktop.gui.about_dialog import AboutDialog

        AboutDialog(self._db.path, self).exec()

    def show_error(self, error: CrmError) -> None:
        show_error(self, error)
        damaged = isinstance(error, DatabaseError) and error.problem is DatabaseProblem.CORRUPT
        if damaged and self._db.writer_open and not self._damage_told:
            self._damage_told = True  # once: a damaged file fails again at every read
            QTimer.singleShot(0, lambda: self.open_backups(damaged=True))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._rest_loaded = True  # a window closed before its first paint opens nothing more
        self._outside.stop()
        if self._schedule is not None:
            self._schedule.stop()
        if self._duplicates is not None:
            self._duplicates.stop()
        save_window_state(self, self._splitter, self._table.horizontalHeader())
        self.wait_for_daily_backup()
        super().closeEvent(event)
