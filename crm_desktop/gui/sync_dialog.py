"""File > Sync Accounts…: the sync accounts (add, remove, sync now), how often to sync, and
the conflicts waiting for the user (keep mine / keep the server's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.plain_text import add_form_row, plain_label, tell, tool_tip
from crm_desktop.services.database import Database
from crm_desktop.services.sync import SyncError

if TYPE_CHECKING:
    from crm_desktop.gui.window_sync import WindowSync


class AddSyncAccountDialog(QDialog):
    """A server URL, a user name and a password; the address book found on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Sync Account"))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.book = QLineEdit(self)
        hint_text = self.tr("the first one (a new one when there is none)")
        self.book.setPlaceholderText(hint_text)
        self.book.setToolTip(hint_text)
        margins = 4 * self.book.fontMetrics().averageCharWidth()  # the frame and the padding
        self.book.setMinimumWidth(self.book.fontMetrics().horizontalAdvance(hint_text) + margins)
        add_form_row(form, self.tr("&Name:"), self.name, buddy=True)
        add_form_row(form, self.tr("&Server:"), self.url, buddy=True)
        add_form_row(form, self.tr("&User name:"), self.username, buddy=True)
        add_form_row(form, self.tr("&Password:"), self.password, buddy=True)
        add_form_row(form, self.tr("Address &book:"), self.book, buddy=True)
        hint = plain_label(
            self.tr(
                "Nextcloud, iCloud, Fastmail, Radicale, Baïkal and other CardDAV/CalDAV "
                "servers. The password is kept in your system's keyring, never in CRM Desktop's "
                "files."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        add = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        add.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


class SyncAccountsDialog(QDialog):
    def __init__(self, db: Database, syncing: WindowSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._syncing = syncing
        self.setWindowTitle(self.tr("Sync Accounts"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Server"), self.tr("User"), self.tr("Last sync")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.sync_button = QPushButton(self.tr("&Sync Now"), self)
        self.add_button.clicked.connect(self.add_account)
        self.remove_button.clicked.connect(self.remove_account)
        self.sync_button.clicked.connect(lambda: syncing.run(asked=True))
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.sync_button):
            row.addWidget(button)
        row.addStretch(1)
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 24 * 60)
        self.interval.setSpecialValueText(self.tr("never"))
        self.interval.setSuffix(self.tr(" min"))
        from crm_desktop.gui.window_sync import INTERVAL_KEY, interval_minutes

        self.interval.setValue(interval_minutes())
        self.interval.valueChanged.connect(lambda v: QSettings().setValue(INTERVAL_KEY, v))
        every = QFormLayout()
        add_form_row(every, self.tr("Sync &every:"), self.interval, buddy=True)
        self.conflicts = QTableWidget(0, 3, self)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Fields"), self.tr("Server's version")]
        )
        self.conflicts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.conflicts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.keep_mine = QPushButton(self.tr("Keep &Mine"), self)
        self.keep_server = QPushButton(self.tr("Keep the Server's"), self)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_server.clicked.connect(lambda: self.resolve("server"))
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.keep_mine)
        conflict_buttons.addWidget(self.keep_server)
        conflict_buttons.addStretch(1)
        box = QGroupBox(self.tr("Changed on both sides"), self)
        box_layout = QVBoxLayout(box)
        explained = plain_label(
            self.tr(
                "The same field was changed here and on the server. Yours is kept until "
                "you choose; the server's version is kept here too."
            ),
            box,
        )
        explained.setWordWrap(True)
        box_layout.addWidget(explained)
        box_layout.addWidget(self.conflicts)
        box_layout.addLayout(conflict_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addLayout(every)
        layout.addWidget(box)
        layout.addWidget(close)
        self.resize(760, 520)
        syncing.synced.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        from crm_desktop.gui.window_sync import when_text
        from crm_desktop.services.sync import conflicts, list_sync_accounts

        accounts = list_sync_accounts(self._db)
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            status = a.last_error or a.last_summary or self.tr("never synced")
            last = QTableWidgetItem(when_text(a.last_sync_at) or self.tr("never"))
            last.setToolTip(tool_tip(status))  # the server's words: data
            for column, item in enumerate(
                (
                    QTableWidgetItem(a.name),
                    QTableWidgetItem(a.url),
                    QTableWidgetItem(a.username),
                    last,
                )
            ):
                self.table.setItem(row, column, item)
        found = conflicts(self._db)
        self.conflicts.setRowCount(len(found))
        for row, c in enumerate(found):
            name = QTableWidgetItem(c.name)
            name.setData(Qt.ItemDataRole.UserRole, c.item_id)
            self.conflicts.setItem(row, 0, name)
            self.conflicts.setItem(row, 1, QTableWidgetItem(", ".join(c.fields)))
            server = QTableWidgetItem(" ".join(c.server_card.split())[:200])
            server.setToolTip(tool_tip(c.server_card))
            self.conflicts.setItem(row, 2, server)
        self.remove_button.setEnabled(bool(accounts))
        self.sync_button.setEnabled(bool(accounts))
        self.keep_mine.setEnabled(bool(found))
        self.keep_server.setEnabled(bool(found))

    def add_account(self) -> None:
        from crm_desktop.services.sync import add_sync_account

        dialog = AddSyncAccountDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                _account, in_keyring = add_sync_account(
                    self._db, dialog.name.text(), dialog.url.text().strip(),
                    dialog.username.text(), dialog.password.text(),
                    address_book=dialog.book.text().strip() or None,
                )  # fmt: skip
            except SyncError as error:
                from crm_desktop.gui.window_sync import SyncTexts

                tell(self, QMessageBox.Icon.Warning, self.tr("Add Sync Account"),
                     SyncTexts(self).problem(error))  # fmt: skip
                continue
            except CrmError as error:
                tell(self, QMessageBox.Icon.Warning, self.tr("Add Sync Account"), str(error))
                continue
            if not in_keyring:
                tell(
                    self,
                    QMessageBox.Icon.Information,
                    self.tr("Add Sync Account"),
                    self.tr(
                        "No keyring is available on this system: the password was not kept, "
                        "and will be asked for once each session."
                    ),
                )
            break
        dialog.deleteLater()
        self.reload()

    def selected_account(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.text()

    def remove_account(self) -> None:
        from crm_desktop.services.sync import remove_sync_account

        name = self.selected_account()
        if name is None:
            return
        remove_sync_account(self._db, name)  # nothing here or there is deleted
        self.reload()

    def resolve(self, keep: str) -> None:
        from crm_desktop.services.sync import resolve_conflict

        rows = self.conflicts.selectionModel().selectedRows() or [
            self.conflicts.model().index(0, 0)
        ]
        item = self.conflicts.item(rows[0].row(), 0)
        if item is None:
            return
        resolve_conflict(self._db, int(item.data(Qt.ItemDataRole.UserRole)), keep)
        self.reload()
