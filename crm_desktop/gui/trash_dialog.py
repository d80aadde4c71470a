"""Edit > Trash: every trashed contact, account, note, activity and deal, restorable until the
Trash is emptied (which is confirmed, naming how many of which kinds go for good).

Restoring the selected records calls each kind's service once; what they changed goes out
in ``changed`` so the window behind refreshes what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.forms.ui_trash_dialog import Ui_TrashDialog
from crm_desktop.gui.trash import ask_and_empty_trash
from crm_desktop.gui.trash_table_model import (
    COLUMN_DELETED,
    COLUMN_KIND,
    COLUMN_TITLE,
    SORT_ROLE,
    TRASH_KIND_ROLE,
    TrashTableModel,
)
from crm_desktop.records.contacts import Changes, TrashItem, TrashKind
from crm_desktop.services.account_edits import restore_accounts
from crm_desktop.services.activities import restore_activities
from crm_desktop.services.contact_edits import restore_contacts
from crm_desktop.services.deals import restore_deals
from crm_desktop.services.files import restore_files
from crm_desktop.services.notes import restore_notes
from crm_desktop.services.trash import trash_items

if TYPE_CHECKING:
    from crm_desktop.services.database import Database

Restorer = Callable[["Database", Sequence[int]], Changes]


def _restore_deals(db: Database, ids: Sequence[int]) -> Changes:
    """The deals back from the Trash (the window reads the pipeline again after the dialog;
    a deal whose account is in the Trash stays there until the account comes back)."""
    restore_deals(db, ids)
    return Changes()


_RESTORERS: dict[TrashKind, Restorer] = {
    TrashKind.CONTACT: restore_contacts,
    TrashKind.ACCOUNT: restore_accounts,
    TrashKind.NOTE: restore_notes,
    TrashKind.ACTIVITY: restore_activities,
    TrashKind.FILE: restore_files,
    TrashKind.DEAL: _restore_deals,
}


def merged(first: Changes, second: Changes) -> Changes:
    """What both changed."""
    return Changes(
        **{f.name: getattr(first, f.name) + getattr(second, f.name) for f in fields(Changes)}
    )


class TrashDialog(QDialog):
    changed = Signal(object)  # the Changes of a restore or of emptying the Trash
    emptied = Signal()  # the Trash was emptied: what was in it is gone for good

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_TrashDialog()
        self._ui.setupUi(self)
        self._db = db
        self._items: tuple[TrashItem, ...] = ()
        self._model = TrashTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterRole(TRASH_KIND_ROLE)
        self._proxy.setSortRole(SORT_ROLE)
        self._proxy.setSortLocaleAware(True)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table = self._ui.items
        table.setModel(self._proxy)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_DELETED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(COLUMN_DELETED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        self._ui.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._ui.items.selectionModel().selectionChanged.connect(self._on_items_selection_changed)
        self._ui.restore.clicked.connect(self._on_restore_clicked)
        self._ui.emptyTrash.clicked.connect(self._on_empty_trash_clicked)
        self._ui.buttons.rejected.connect(self.reject)

    # ---- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the Trash again."""
        try:
            self._items = trash_items(self._db)
        except CrmError as error:
            self._items = ()
            self._show_error(error)
        self._model.set_items(self._items)
        self._fill_kinds()
        self._update()

    def _kind_names(self) -> list[tuple[str, TrashKind | None]]:
        return [
            (self.tr("All kinds (%1)"), None),
            (self.tr("Contacts (%1)"), TrashKind.CONTACT),
            (self.tr("Accounts (%1)"), TrashKind.ACCOUNT),
            (self.tr("Notes (%1)"), TrashKind.NOTE),
            (self.tr("Activities (%1)"), TrashKind.ACTIVITY),
            (self.tr("Files (%1)"), TrashKind.FILE),
            (self.tr("Deals (%1)"), TrashKind.DEAL),
        ]

    def _fill_kinds(self) -> None:
        """The kind filter, each with how many there are; the chosen one stays chosen."""
        locale = QLocale()
        combo = self._ui.kind
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, kind in self._kind_names():
            count = sum(1 for item in self._items if kind is None or item.kind is kind)
            combo.addItem(
                text.replace("%1", locale.toString(count)), None if kind is None else kind.value
            )
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        kind = self._ui.kind.currentData()
        pattern = "" if kind is None else f"^{QRegularExpression.escape(str(kind))}$"
        self._proxy.setFilterRegularExpression(QRegularExpression(pattern))

    def _items_at(self, rows: Sequence[int]) -> list[TrashItem]:
        sources = (self._proxy.mapToSource(self._proxy.index(row, 0)).row() for row in rows)
        return [item for row in sources if (item := self._model.item(row)) is not None]

    def shown(self) -> list[TrashItem]:
        """What the list shows, in its order (the kind filter and the sort applied)."""
        return self._items_at(range(self._proxy.rowCount()))

    def selected(self) -> list[TrashItem]:
        """The selected records, in the list's order."""
        selection = self._ui.items.selectionModel().selectedRows()
        return self._items_at(sorted({index.row() for index in selection}))

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select these rows of the list (as a Ctrl-click on each does)."""
        selection = QItemSelection()
        for row in rows:
            selection.select(self._proxy.index(row, 0), self._proxy.index(row, COLUMN_DELETED))
        self._ui.items.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def set_kind(self, kind: TrashKind | None) -> None:
        """Show only the records of ``kind`` (all, for None), as choosing it in the list does."""
        combo = self._ui.kind
        combo.setCurrentIndex(0 if kind is None else combo.findData(kind.value))

    def _update(self) -> None:
        shown = self._proxy.rowCount()
        self._ui.empty.setVisible(shown == 0)
        self._ui.empty.setText(
            self.tr("The Trash is empty.")
            if not self._items
            else self.tr("There is nothing of this kind in the Trash.")
        )
        self._ui.restore.setEnabled(bool(self._ui.items.selectionModel().selectedRows()))
        self._ui.emptyTrash.setEnabled(bool(self._items))

    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._ui.items.clearSelection()
        self._apply_filter()
        self._update()

    def _on_items_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._update()

    # ---- restore, empty ------------------------------------------------------------------

    def restore_selected(self) -> Changes:
        """Bring the selected records back (one service call per kind); what changed."""
        by_kind: dict[TrashKind, list[int]] = {}
        for item in self.selected():
            by_kind.setdefault(item.kind, []).append(item.id)
        changes = Changes()
        failure: CrmError | None = None
        for kind, ids in by_kind.items():
            try:
                changes = merged(changes, _RESTORERS[kind](self._db, ids))
            except CrmError as error:
                failure = error
                break
        if by_kind:
            self.reload()
            self.changed.emit(changes)  # what was restored before a failure stays restored
        if failure is not None:
            self._show_error(failure)
        return changes

    def _on_restore_clicked(self) -> None:
        self.restore_selected()

    def _on_empty_trash_clicked(self) -> None:
        emptied = ask_and_empty_trash(self, self._db)
        if emptied is not None:
            self.reload()
            self.emptied.emit()
            self.changed.emit(emptied.changes)

    def _show_error(self, error: CrmError) -> None:
        show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._model.retranslate()
            self._fill_kinds()
            self._update()
        super().changeEvent(event)
