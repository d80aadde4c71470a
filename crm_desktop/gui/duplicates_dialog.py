"""Contacts > Find Duplicates: the groups of contacts (or accounts) that are probably one,
each with why and how sure; a group of contacts side by side, where the user chooses what
the kept contact is made of; Merge, and Not Duplicates, both undoable on the window's undo
stack (Ctrl+Z works in this window too).

The search runs in a ``ServiceTask`` (100,000 contacts take seconds) with its progress shown
here; it runs again after every merge, "not duplicates" and their undo, so the list is what
the database holds. Accounts (the same folded name or website domain) are merged keeping
every value of each, into the one chosen in Keep.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QLocale, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.commands import (
    MergeAccountsCommand,
    MergeContactsCommand,
    NotDuplicatesCommand,
)
from crm_desktop.gui.duplicate_group_model import (
    COLUMN_NAMES,
    COLUMN_REASONS,
    COLUMN_SCORE,
    DuplicateGroupModel,
)
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.forms.ui_duplicates_dialog import Ui_DuplicatesDialog
from crm_desktop.gui.merge_choice_model import MergeChoiceModel, name_text
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import tell
from crm_desktop.gui.preferences import chosen_region
from crm_desktop.records.contacts import Changes, ContactCard
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.contact_list import contact_rows
from crm_desktop.services.duplicates import (
    DuplicateGroup,
    find_duplicate_accounts,
    find_duplicates,
)

if TYPE_CHECKING:
    from crm_desktop.gui.tasks import ServiceTask
    from crm_desktop.services.cancel import CancelToken
    from crm_desktop.services.database import Database

Found = tuple[tuple[DuplicateGroup, ...], dict[int, str]]
CONTACTS, ACCOUNTS = "contacts", "accounts"


def _contact_groups(
    db: Database, region: str | None, progress: Callable[[int], None], cancel: CancelToken
) -> Found:
    groups = find_duplicates(db, region=region, progress=progress, cancel=cancel)
    ids = sorted({i for group in groups for i in group.ids})
    return groups, {row.id: row.name for row in contact_rows(db, ids)}


def _account_groups(db: Database) -> Found:
    groups = find_duplicate_accounts(db)
    return groups, {row.id: row.name for row in account_rows(db)}


class DuplicatesDialog(QDialog):
    changed = Signal(object)  # the Changes of a merge or of its undo, for the window behind
    found = Signal()  # a search ended: the list shows what it found

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        region: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_DuplicatesDialog()
        self._ui.setupUi(self)
        self._db = db
        self._undo = undo_stack
        self._region = region
        self._task: ServiceTask | None = None
        self._again = False  # search again once the running search ends
        self._settled: tuple[int, ...] | None = None  # a group just merged or set apart
        self._groups = DuplicateGroupModel(self)
        self._choice = MergeChoiceModel(self)
        self._setup_views()
        self._setup_undo()
        self._fill_kinds()
        self._connect()
        self._update()

    def _setup_views(self) -> None:
        ui = self._ui
        ui.groups.setModel(self._groups)
        header = ui.groups.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_NAMES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_REASONS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMN_NAMES, self.fontMetrics().averageCharWidth() * 30)
        header.setSectionResizeMode(COLUMN_SCORE, QHeaderView.ResizeMode.ResizeToContents)
        row_height = self.fontMetrics().height() + 8
        ui.groups.verticalHeader().setDefaultSectionSize(row_height)
        ui.comparison.verticalHeader().setDefaultSectionSize(row_height)
        ui.comparison.setModel(self._choice)
        compare = ui.comparison.horizontalHeader()
        compare.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        compare.setDefaultSectionSize(200)
        compare.setStretchLastSection(True)
        ui.progress.setVisible(False)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([1, 1])  # halves

    def _setup_undo(self) -> None:
        """The window's Undo and Redo, with their shortcuts, while this window is active."""
        undo = self._undo.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._undo.createRedoAction(self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(undo)
        self.addAction(redo)

    def _fill_kinds(self) -> None:
        combo = self._ui.kind
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Contacts"), CONTACTS)
        combo.addItem(self.tr("Accounts"), ACCOUNTS)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self._ui
        ui.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        ui.findAgain.clicked.connect(self._on_find_again_clicked)
        ui.groups.selectionModel().selectionChanged.connect(self._on_groups_selection_changed)
        ui.keep.currentIndexChanged.connect(self._on_keep_current_index_changed)
        ui.merge.clicked.connect(self._on_merge_clicked)
        ui.notDuplicates.clicked.connect(self._on_not_duplicates_clicked)
        ui.buttons.rejected.connect(self.reject)

    # ---- finding -------------------------------------------------------------------------

    def accounts(self) -> bool:
        """Whether the window looks among accounts (else contacts)."""
        return bool(self._ui.kind.currentData() == ACCOUNTS)

    def set_accounts(self, accounts: bool) -> None:
        """Look among accounts (or contacts), as choosing it in the list does."""
        self._ui.kind.setCurrentIndex(self._ui.kind.findData(ACCOUNTS if accounts else CONTACTS))

    def search(self) -> None:
        """Look for duplicates (again), off the GUI thread; ``found`` when done."""
        from crm_desktop.gui.tasks import ServiceTask

        if self._task is not None:
            self._again = True
            self._task.cancel()
            return
        db, region = self._db, self._region or chosen_region()  # Preferences' country
        if self.accounts():
            task = ServiceTask(lambda _progress, _cancel: _account_groups(db), self)
        else:
            task = ServiceTask(
                lambda progress, cancel: _contact_groups(db, region, progress, cancel), self
            )
        task.progressed.connect(self._ui.progress.setValue)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self._ui.progress.setValue(0)
        self._ui.progress.setVisible(True)
        self._ui.status.setText(self.tr("Looking for duplicates…"))
        self._update()
        task.start()

    def searching(self) -> bool:
        return self._task is not None

    def stop(self) -> None:
        """Cancel a running search and wait for its thread to end."""
        task = self._task
        if task is not None:
            self._again = False
            task.cancel()
            task.wait()

    def _on_task_succeeded(self, result: object) -> None:
        if self._again:
            return  # stale: a newer search follows
        groups, names = cast("Found", result)
        chosen = self._current_ids()
        self._groups.set_groups(groups, names)
        self._select(chosen)

    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, CrmError):
            self._show_error(error)
        else:
            tell(  # plain text: the error may quote data
                self,
                QMessageBox.Icon.Critical,
                self.tr("Unexpected error"),
                filled(self.tr("Looking for duplicates failed: %1"), str(error)),
            )

    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self._ui.progress.setVisible(False)
        if self._again:
            self._again = False
            self.search()
            return
        self._update()
        self.found.emit()

    # ---- the list and the comparison -------------------------------------------------------

    def groups(self) -> list[DuplicateGroup]:
        """The groups listed, in order."""
        return [
            group
            for row in range(self._groups.rowCount())
            if (group := self._groups.group(row)) is not None
        ]

    def group_text(self, row: int, column: int) -> str:
        """What the list shows in that cell."""
        return str(self._groups.data(self._groups.index(row, column)) or "")

    def choice(self) -> MergeChoiceModel:
        """The comparison of the group selected (its checks are what a merge keeps)."""
        return self._choice

    def _current_ids(self) -> tuple[int, ...] | None:
        rows = self._ui.groups.selectionModel().selectedRows()
        group = self._groups.group(rows[0].row()) if rows else None
        return group.ids if group is not None else None

    def select_group(self, row: int) -> None:
        """Select the group of that row (as a click on it does)."""
        self._ui.groups.selectionModel().select(
            QItemSelection(self._groups.index(row, 0), self._groups.index(row, COLUMN_SCORE)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )

    def _select(self, ids: tuple[int, ...] | None) -> None:
        """The group of ``ids`` selected again after a search, else the first."""
        row = self._groups.row_of(ids) if ids is not None else None
        if self._groups.rowCount():
            self.select_group(row if row is not None else 0)
        else:
            self._show_group(None)

    def _on_groups_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_group(self._current_ids())

    def _show_group(self, ids: tuple[int, ...] | None) -> None:
        cards: list[ContactCard] = []
        if ids is not None and not self.accounts():
            try:
                cards = get_contacts(self._db, list(ids))
            except CrmError as error:
                self._show_error(error)
        if self.accounts():
            names = [(i, self._groups.name(i)) for i in ids or ()]
        else:
            names = [(card.id, name_text(card.draft)) for card in cards]
        keep = self._ui.keep
        keep.blockSignals(True)
        keep.clear()
        for record_id, name in names:
            shown = isolated(name or self.tr("(no name)"))
            number = QLocale().toString(record_id)
            keep.addItem(self.tr("%1 (no. %2)").replace("%2", number).replace("%1", shown))
            keep.setItemData(keep.count() - 1, record_id)
        keep.blockSignals(False)
        self._choice.set_cards(cards)
        self._fit_comparison()
        self._update()

    def _fit_comparison(self) -> None:
        self._ui.comparison.resizeColumnToContents(0)

    def set_kept(self, contact_id: int) -> None:
        """Keep this contact of the group (as choosing it in Keep does)."""
        self._ui.keep.setCurrentIndex(self._ui.keep.findData(contact_id))

    def _on_keep_current_index_changed(self, _index: int) -> None:
        keep_id = self._ui.keep.currentData()
        cards = self._choice.cards()
        if keep_id is None or not cards:
            return
        ordered = sorted(cards, key=lambda card: card.id != keep_id)
        self._choice.set_cards(ordered)
        self._fit_comparison()

    # ---- merge, not duplicates -------------------------------------------------------------

    def merge(self) -> None:
        """Merge the group shown as the checks say (undoable); accounts keep every value."""
        if self.accounts():
            self._merge_accounts()
            return
        keep_id = self._choice.kept_id()
        others = self._choice.other_ids()
        ids = self._current_ids()
        if keep_id is None or not others or ids is None:
            return
        self._settled = ids
        self._undo.push(
            MergeContactsCommand(
                self._db,
                keep_id,
                others,
                self._choice.result(),
                self._choice.primary_account(),
                self._on_command_changes,
                self._show_error,
                seen=self._choice.seen(),
            )
        )
        self._settled = None

    def _merge_accounts(self) -> None:
        ids = self._current_ids()
        keep_id = self._ui.keep.currentData()
        if ids is None or keep_id is None:
            return
        self._settled = ids
        self._undo.push(
            MergeAccountsCommand(
                self._db,
                keep_id,
                [i for i in ids if i != keep_id],
                self._on_command_changes,
                self._show_error,
            )
        )
        self._settled = None

    def not_duplicates(self) -> None:
        """Remember that the group selected is not one record (undoable); it leaves the list."""
        ids = self._current_ids()
        if ids is None:
            return
        self._settled = ids
        self._undo.push(
            NotDuplicatesCommand(
                self._db, ids, self.accounts(), self._on_command_changes, self._show_error
            )
        )
        self._settled = None

    def _on_merge_clicked(self) -> None:
        self.merge()

    def _on_not_duplicates_clicked(self) -> None:
        self.not_duplicates()

    def _on_command_changes(self, changes: Changes) -> None:
        """A merge, a "not duplicates" or the undo of one was done: the list follows."""
        if self._settled is not None:  # done from here: it leaves the list at once
            row = self._groups.row_of(self._settled)
            self._groups.remove(self._settled)
            if self._groups.rowCount():
                self.select_group(min(row or 0, self._groups.rowCount() - 1))
            else:
                self._show_group(None)
        self.changed.emit(changes)
        if self.isVisible():  # else it looks again when shown
            self.search()

    # ---- the rest ------------------------------------------------------------------------

    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._groups.set_groups((), {})
        self._show_group(None)
        self.search()

    def _on_find_again_clicked(self) -> None:
        self.search()

    def _update(self) -> None:
        ui = self._ui
        contacts = not self.accounts()
        count = self._groups.rowCount()
        searching = self._task is not None
        ui.comparison.setVisible(contacts)
        ui.accountsMerge.setVisible(not contacts)
        ui.merge.setEnabled(self._ui.keep.count() > 1)
        ui.notDuplicates.setEnabled(self._current_ids() is not None)
        ui.empty.setVisible(count == 0 and not searching)
        if not searching:
            ui.status.setText(self.tr("%Ln group(s) of probable duplicates", "", count))

    def _show_error(self, error: CrmError) -> None:
        show_error(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._fill_kinds()
            self._groups.retranslate()
            self._choice.retranslate()
            self._update()
        super().changeEvent(event)
