"""The accounts list (a few thousand at most, held whole) and the account's card, with what
New, Edit, Delete and Restore mean for an account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtWidgets import QAbstractItemView, QDialog

from crm_desktop.errors import CrmError
from crm_desktop.gui.account_card import AccountPane
from crm_desktop.gui.account_table_model import AccountTableModel
from crm_desktop.gui.counts import ListCounts
from crm_desktop.gui.record_lists import ListHost, RecordList, table_view
from crm_desktop.gui.view_state import ViewState
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.services.accounts import account_rows, get_account


class AccountList(RecordList):
    """The accounts (or those in the Trash), held whole, and the account's card."""

    def __init__(self, host: ListHost) -> None:
        super().__init__(host)
        self.model = AccountTableModel(self)
        self.table = table_view(host.parent, "accounts")
        self.table.setModel(self.model)
        self.retranslate()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().resizeSection(0, 260)
        self.pane = AccountPane(host.parent)
        self.card = self.pane
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_table_activated)

    def retranslate(self) -> None:
        self.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Accounts"))
        self.model.retranslate()

    def count_text(self, count: int) -> str:
        return ListCounts().accounts(count)

    def refresh(self, query: str, state: ViewState) -> int | None:
        try:
            rows = account_rows(self._host.db(), query, trashed=state.trash)
        except CrmError as error:
            self._host.show_error(error)
            return None
        self.model.set_rows(rows)
        if rows:
            self.select_row(0)
        else:
            self.pane.show_card(None)
        return len(rows)

    def apply(self, changes: Changes, query: str, state: ViewState) -> bool:
        """A few thousand accounts at most: read again whole, the selected one kept."""
        selected = self.selected()
        self.refresh(query, state)
        if selected is not None:
            self.select_id(selected)
        return True

    def selected(self) -> AccountId | None:
        current = self.table.selectionModel().currentIndex()
        found = self.model.account_id(current.row()) if current.isValid() else None
        return AccountId(found) if found is not None else None

    def select_id(self, account_id: int) -> None:
        row = self.model.row_of(account_id)
        if row is not None:
            self.select_row(row)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        account_id = self.selected()
        if account_id is None:
            self.pane.show_card(None)
            return
        try:
            self.pane.show_card(get_account(self._host.db(), account_id))
        except CrmError as error:
            self._host.show_error(error)

    def _on_table_activated(self, _index: object) -> None:
        self.edit()

    def new(self) -> None:
        from crm_desktop.gui.account_editor import AccountEditor
        from crm_desktop.gui.commands import CreateAccountCommand

        host = self._host
        editor = AccountEditor(None, host.parent)
        if editor.exec() == QDialog.DialogCode.Accepted and (draft := editor.result_draft()):
            host.push(CreateAccountCommand(host.db(), draft, host.changed, host.show_error))

    def edit(self) -> None:
        from crm_desktop.gui.account_editor import AccountEditor
        from crm_desktop.gui.commands import EditAccountCommand
        from crm_desktop.services.account_edits import account_draft

        host = self._host
        account_id = self.selected()
        if account_id is None:
            return
        try:
            before = account_draft(host.db(), account_id)
        except CrmError as error:
            host.show_error(error)
            return
        editor = AccountEditor(before, host.parent)
        after = editor.result_draft() if editor.exec() == QDialog.DialogCode.Accepted else None
        if after is not None and after != before:
            host.push(
                EditAccountCommand(
                    host.db(), account_id, before, after, host.changed, host.show_error
                )
            )

    def delete(self) -> None:
        from crm_desktop.gui.commands import TrashAccountsCommand

        host = self._host
        account_id = self.selected()
        if account_id is not None:
            name = self.model.name_of(account_id)
            host.push(
                TrashAccountsCommand(host.db(), [account_id], host.changed, host.show_error, name)
            )

    def restore(self) -> None:
        from crm_desktop.gui.commands import RestoreAccountsCommand

        host = self._host
        account_id = self.selected()
        if account_id is not None and host.state().trash:
            host.push(
                RestoreAccountsCommand(host.db(), [account_id], host.changed, host.show_error)
            )

    def activity_target(self) -> tuple[tuple[ContactId, str] | None, AccountId | None]:
        return None, self.selected()
