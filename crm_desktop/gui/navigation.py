"""The navigation pane: the favourite (pinned) contacts at the top; Contacts, Accounts, the
two Trashes, the Rolodex categories and the smart folders (saved searches, renamed and
removed from their context menu), each with its count; then the recently viewed contacts. A
click (or Enter) on a contact shows it. Its words keep the main window's translation context."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.recent_contacts import SHOWN, recent_ids
from crm_desktop.gui.view_state import Folder, NavKey
from crm_desktop.records.contacts import CategoryCount, RecordCounts
from crm_desktop.records.ids import ContactId
from crm_desktop.records.search import SmartFolderRow
from crm_desktop.records.shortcuts import ContactShortcut
from crm_desktop.services.contact_list import category_counts, record_counts
from crm_desktop.services.database import Database
from crm_desktop.services.favourites import favourites, shortcuts
from crm_desktop.services.leads import list_leads
from crm_desktop.services.smart_folders import smart_folders

CONTACT, CONTACT_HEADING = "contact", "contact-heading"  # entries that are not folders


class NavigationPane(QListWidget):
    chosen = Signal(object)  # the NavKey of the entry the user moved to
    rename_requested = Signal(int, str)  # a smart folder's id and name: rename it
    remove_requested = Signal(int, str)  # ... remove it
    contact_chosen = Signal(int)  # a favourite or recent contact clicked: show it
    pin_requested = Signal(int, bool)  # a contact to pin (True) or unpin
    shortcuts_read = Signal()  # the favourites and recent contacts read again

    def __init__(self, parent: QWidget, show_error: Callable[[CrmError], None]) -> None:
        super().__init__(parent)
        self._show_error = show_error
        self.setObjectName("navigation")
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Folders and categories"))
        self.setMaximumWidth(240)
        self.leads: int | None = None  # how many leads (None: not read yet)
        self.category_names: list[str] = []  # the Rolodex, as last read (the pipeline's filter)
        self.currentItemChanged.connect(self._on_current_item_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_custom_context_menu_requested)
        self._folders: dict[int, str] = {}  # the smart folders shown: id -> name
        self._favourites: list[ContactShortcut] = []
        self._recent: list[ContactShortcut] = []
        self._filled: tuple[RecordCounts, Sequence[CategoryCount], Sequence[SmartFolderRow]]
        self._filled = (RecordCounts(0, 0, 0, 0), (), ())
        self.itemClicked.connect(self._on_item_activated)
        self.itemActivated.connect(self._on_item_activated)

    def refresh(self, db: Database, current: NavKey) -> None:
        """The counts read again, ``current`` selected."""
        try:
            counts, categories = record_counts(db), category_counts(db)
            self.leads = len(list_leads(db))
            folders = smart_folders(db)
            self._read_shortcuts(db)
        except CrmError as error:
            self._show_error(error)
            return
        self.fill(counts, categories, current, folders)
        self.shortcuts_read.emit()

    def _read_shortcuts(self, db: Database) -> None:
        self._favourites = favourites(db)
        self._recent = shortcuts(db, recent_ids(db.path))[:SHOWN]

    def refresh_shortcuts(self, db: Database) -> None:
        """The favourites and recent contacts read again (the counts as they were)."""
        try:
            self._read_shortcuts(db)
        except CrmError as error:
            self._show_error(error)
            return
        item = self.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        counts, categories, folders = self._filled
        self.fill(counts, categories, key if key is not None else ("", None), folders)
        self.shortcuts_read.emit()

    def pinned_ids(self) -> set[ContactId]:
        """The favourites, as last read."""
        return {shortcut.id for shortcut in self._favourites}

    def fill(
        self,
        counts: RecordCounts,
        categories: Sequence[CategoryCount],
        current: NavKey,
        folders: Sequence[SmartFolderRow] = (),
    ) -> None:
        """Every entry with its count, ``current`` selected (without telling ``chosen``)."""
        self._filled = (counts, categories, folders)
        self.category_names = [c.name for c in categories]
        locale = QLocale()
        entries: list[tuple[str, NavKey]] = [
            (
                QCoreApplication.translate("MainWindow", "Contacts (%1)").replace(
                    "%1", locale.toString(counts.contacts)
                ),
                (Folder.CONTACTS.value, None),
            ),
            (
                QCoreApplication.translate("MainWindow", "Accounts (%1)").replace(
                    "%1", locale.toString(counts.accounts)
                ),
                (Folder.ACCOUNTS.value, None),
            ),
            (
                QCoreApplication.translate("MainWindow", "Trash (%1)").replace(
                    "%1", locale.toString(counts.trashed)
                ),
                (Folder.TRASH.value, None),
            ),
            (
                QCoreApplication.translate("MainWindow", "Deleted accounts (%1)").replace(
                    "%1", locale.toString(counts.trashed_accounts)
                ),
                (Folder.ACCOUNTS_TRASH.value, None),
            ),
        ]
        entries += [
            (
                f"{category_text(c.name)} ({locale.toString(c.count)})",
                (Folder.CATEGORY.value, c.id),
            )
            for c in categories
        ]
        if self.leads is not None:  # after the Rolodex: people not yet qualified
            text = QCoreApplication.translate("MainWindow", "Leads (%1)")
            entries.append((text.replace("%1", locale.toString(self.leads)),
                            (Folder.LEADS.value, None)))  # fmt: skip
        self._folders = {f.id: f.name for f in folders}
        entries += [
            (
                QCoreApplication.translate("MainWindow", "Search: %1 (%2)")
                .replace("%2", locale.toString(f.count))
                .replace("%1", f.name),
                (Folder.SMART.value, f.id),
            )
            for f in folders
        ]
        self.blockSignals(True)
        self.clear()
        self._add_contacts(QCoreApplication.translate("MainWindow", "Favourites"),
                           self._favourites)  # fmt: skip
        for text, key in entries:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key == current:
                self.setCurrentItem(item)
        self._add_contacts(QCoreApplication.translate("MainWindow", "Recently viewed"),
                           self._recent)  # fmt: skip
        self.blockSignals(False)

    def wanted_width(self) -> int:
        """As wide as its folders' names need with a four-digit count (before it is filled:
        the window's first layout), its frame and a margin."""
        locale, metrics = QLocale(), self.fontMetrics()
        count = locale.toString(1000)
        names = ("Contacts (%1)", "Accounts (%1)", "Trash (%1)", "Deleted accounts (%1)")
        texts = [QCoreApplication.translate("MainWindow", n).replace("%1", count) for n in names]
        texts += [self.item(row).text() for row in range(self.count())]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        return widest + 2 * self.frameWidth() + 12

    def _add_contacts(self, title: str, contacts: Sequence[ContactShortcut]) -> None:
        """A heading (not an entry one can move to) and the contacts under it, if any."""
        if not contacts:
            return
        heading = QListWidgetItem(title, self)
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setData(Qt.ItemDataRole.UserRole, (CONTACT_HEADING, None))
        for contact in contacts:
            name = contact.name or QCoreApplication.translate("ContactTableModel", "(no name)")
            item = QListWidgetItem("    " + isolated(name), self)
            item.setData(Qt.ItemDataRole.UserRole, (CONTACT, contact.id))
            item.setToolTip(QCoreApplication.translate("MainWindow", "Show this contact"))

    def has_smart_folders(self) -> bool:
        """Whether smart folders are shown (their counts follow every edit)."""
        return bool(self._folders)

    def select(self, key: NavKey) -> bool:
        """Move to ``key``'s entry (``chosen`` tells it); False if it is there already or
        absent."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.currentRow() == row:
                    return False
                self.setCurrentRow(row)
                return True
        return False

    def _on_custom_context_menu_requested(self, position: QPoint) -> None:
        item = self.itemAt(position)
        if item is None:
            return
        kind, folder_id = item.data(Qt.ItemDataRole.UserRole)
        if kind == CONTACT:
            menu = QMenu(self)
            pinned = folder_id in self.pinned_ids()
            from crm_desktop.gui.contact_views import PIN, UNPIN

            action = menu.addAction(
                QCoreApplication.translate("ContactViews", UNPIN if pinned else PIN)
            )
            action.setObjectName("pinContact")
            action.triggered.connect(lambda: self.pin_requested.emit(folder_id, not pinned))
            menu.exec(self.viewport().mapToGlobal(position))
            return
        if kind != Folder.SMART.value or folder_id not in self._folders:
            return
        name = self._folders[folder_id]
        menu = QMenu(self)
        rename = menu.addAction(QCoreApplication.translate("MainWindow", "&Rename Smart Folder…"))
        remove = menu.addAction(QCoreApplication.translate("MainWindow", "Re&move Smart Folder"))
        rename.triggered.connect(lambda: self.rename_requested.emit(folder_id, name))
        remove.triggered.connect(lambda: self.remove_requested.emit(folder_id, name))
        menu.exec(self.viewport().mapToGlobal(position))

    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            kind, category = current.data(Qt.ItemDataRole.UserRole)
            if kind not in (CONTACT, CONTACT_HEADING):
                self.chosen.emit((kind, category))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        kind, contact_id = item.data(Qt.ItemDataRole.UserRole)
        if kind == CONTACT:
            self.contact_chosen.emit(contact_id)
