"""The navigation pane: Contacts, Accounts, the two Trashes and the Rolodex categories, each
with its count. Its words keep the main window's translation context."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.view_state import Folder, NavKey
from crm_desktop.records.contacts import CategoryCount, RecordCounts
from crm_desktop.services.contact_list import category_counts, record_counts
from crm_desktop.services.database import Database
from crm_desktop.services.leads import list_leads


class NavigationPane(QListWidget):
    chosen = Signal(object)  # the NavKey of the entry the user moved to

    def __init__(self, parent: QWidget, show_error: Callable[[CrmError], None]) -> None:
        super().__init__(parent)
        self._show_error = show_error
        self.setObjectName("navigation")
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Folders and categories"))
        self.setMaximumWidth(240)
        self.leads: int | None = None  # how many leads (None: not read yet)
        self.category_names: list[str] = []  # the Rolodex, as last read (the pipeline's filter)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def refresh(self, db: Database, current: NavKey) -> None:
        """The counts read again, ``current`` selected."""
        try:
            counts, categories = record_counts(db), category_counts(db)
            self.leads = len(list_leads(db))
        except CrmError as error:
            self._show_error(error)
            return
        self.fill(counts, categories, current)

    def fill(
        self, counts: RecordCounts, categories: Sequence[CategoryCount], current: NavKey
    ) -> None:
        """Every entry with its count, ``current`` selected (without telling ``chosen``)."""
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
        self.blockSignals(True)
        self.clear()
        for text, key in entries:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

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

    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            kind, category = current.data(Qt.ItemDataRole.UserRole)
            self.chosen.emit((kind, category))
