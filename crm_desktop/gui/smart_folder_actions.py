"""Saving the search shown as a smart folder, renaming and removing one (the window's part)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.plain_text import message_box
from crm_desktop.gui.view_state import Folder, ViewState
from crm_desktop.records.search import ContactFilter
from crm_desktop.services.contact_list import category_counts
from crm_desktop.services.database import Database
from crm_desktop.services.smart_folders import (
    remove_folder,
    rename_folder,
    save_smart_folder,
    smart_folder_by_id,
)


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A name typed in a small dialog; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class SmartFolderActions(QObject):
    """Asks, calls the services, and says ``changed`` (with the new folder's id, or -1)."""

    changed = Signal(int)

    def __init__(
        self,
        parent: QWidget,
        db: Callable[[], Database],
        show_error: Callable[[CrmError], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._db = db
        self._show_error = show_error

    def save(self, query: str, state: ViewState) -> None:
        """Save the search, the folder shown (a category, a smart folder) and the filter
        panel's filters under a name."""
        name = ask_name(
            self._parent,
            self.tr("Save Search as Smart Folder"),
            self.tr("Name of the smart folder:"),
            query.strip(),
        )
        if name is None or not name.strip():
            return
        try:
            filters = ContactFilter()
            if state.folder is Folder.CATEGORY and state.category is not None:
                names = [c.name for c in category_counts(self._db()) if c.id == state.category]
                filters = ContactFilter(categories=tuple(names))
            elif state.folder is Folder.SMART and state.category is not None:
                shown = smart_folder_by_id(self._db(), state.category)
                query, filters = f"{shown.query} {query}".strip(), shown.filters
            filters = filters.narrowed_by(state.filters)  # the filter panel's, if any
            folder = save_smart_folder(self._db(), name, query, filters)
        except CrmError as error:
            self._show_error(error)
            return
        self.changed.emit(folder.id)

    def rename(self, folder_id: int, name: str) -> None:
        new = ask_name(self._parent, self.tr("Rename Smart Folder"), self.tr("New name:"), name)
        if new is None or new.strip() == name:
            return
        try:
            rename_folder(self._db(), folder_id, new)
        except CrmError as error:
            self._show_error(error)
            return
        self.changed.emit(-1)

    def remove(self, folder_id: int, name: str) -> None:
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Remove Smart Folder"),
            self.tr("Remove the smart folder “%1”? The contacts it shows stay.").replace(
                "%1", name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_folder(self._db(), folder_id)
        except CrmError as error:
            self._show_error(error)
            return
        self.changed.emit(-1)
