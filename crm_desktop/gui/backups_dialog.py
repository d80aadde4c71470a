"""File > Backups: the copies of the database, a new one on demand, and a restore of one.

Backing up and restoring run off the GUI thread (``ServiceTask``); a restore is confirmed
first, says that the current database is backed up before it is replaced, and a refused
restore (not our database, damaged, from a newer version) changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui import confirm as confirming
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.calendars import date_time_text
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from crm_desktop.gui.plain_text import tell, tool_tip
from crm_desktop.gui.tasks import ServiceTask, Work
from crm_desktop.records.contacts import BackupEntry
from crm_desktop.services.backups import (
    Restored,
    backup_now,
    inspect_backup,
    list_backups,
    newest_good_backup,
    restore_backup,
)

if TYPE_CHECKING:
    from crm_desktop.services.cancel import CancelToken
    from crm_desktop.services.database import Database

COLUMN_MADE, COLUMN_SIZE, COLUMN_CONTACTS, COLUMN_REASON = range(4)


def local_date_time(moment: datetime) -> str:
    """``moment`` (timezone-aware) in the user's time zone and the locale's short format."""
    when = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()
    return date_time_text(when)


class BackupsDialog(QDialog):
    backed_up = Signal(object)  # the BackupEntry of the new backup
    restored = Signal(object)  # the Database opened again on what the chosen backup held
    task_ended = Signal()  # a backup or a restore finished, failed or was refused

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, damaged: bool = False
    ) -> None:
        """``damaged``: the database was found damaged; the newest sound backup is selected."""
        super().__init__(parent)
        self._ui = Ui_BackupsDialog()
        self._ui.setupUi(self)
        self._db = db
        self._backups: list[BackupEntry] = []
        self._task: ServiceTask | None = None
        header = self._ui.backups.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COLUMN_MADE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_CONTACTS, QHeaderView.ResizeMode.ResizeToContents)
        self._damaged = damaged
        self._connect()
        self.reload()
        if damaged:
            self._select_newest_good()

    def _connect(self) -> None:
        self._ui.backUpNow.clicked.connect(self._on_back_up_now_clicked)
        self._ui.restore.clicked.connect(self._on_restore_clicked)
        self._ui.restoreFromFile.clicked.connect(self._on_restore_from_file_clicked)
        self._ui.backups.itemSelectionChanged.connect(self._update_buttons)
        self._ui.backups.itemActivated.connect(self._on_backups_item_activated)
        self._ui.buttons.rejected.connect(self.reject)

    # ---- the list ------------------------------------------------------------------------

    @property
    def backups(self) -> list[BackupEntry]:
        """What the list shows, newest first."""
        return list(self._backups)

    def reload(self) -> None:
        """Read the backups folder again."""
        try:
            self._backups = sorted(
                list_backups(self._db.path, self._db.backups_folder),
                key=lambda b: b.created_at,
                reverse=True,
            )
        except CrmError as error:
            self._backups = []
            self._show_error(error)
        self._fill()

    def _reason_text(self, reason: str) -> str:
        """Why a backup was made, in the user's words."""
        if reason.startswith("before-upgrade"):
            return self.tr("Before an upgrade")
        return {
            "manual": self.tr("Made by you"),
            "daily": self.tr("Daily"),
            "before-import": self.tr("Before an import"),
            "before-merge": self.tr("Before a merge"),
            "before-trash": self.tr("Before a deletion"),
            "before-empty-trash": self.tr("Before emptying the Trash"),
            "before-restore": self.tr("Before a restore"),
        }.get(reason, reason)

    def _contacts_text(self, backup: BackupEntry) -> str:
        if backup.contacts is None:
            return self.tr("unreadable")
        return QLocale().toString(backup.contacts)

    def _select_newest_good(self) -> None:
        try:
            good = newest_good_backup(self._db.path, self._db.backups_folder)
        except (CrmError, OSError):
            good = None
        row = next((i for i, b in enumerate(self._backups) if good and b.path == good.path), None)
        if row is not None:
            self.select_backup(row)

    def _intro(self) -> str:
        if self._damaged:
            return self.tr(
                "%1 is damaged. The newest backup that is sound is selected: click Restore to "
                "go back to it (the damaged database is kept as a backup first)."
            ).replace("%1", self._db.path.name)
        return self.tr(
            "Copies of %1, newest first. To go back to one, select it and click Restore."
        ).replace("%1", self._db.path.name)

    def _fill(self) -> None:
        locale = QLocale()
        self._ui.intro.setText(self._intro())
        tree = self._ui.backups
        tree.clear()
        for backup in self._backups:
            item = QTreeWidgetItem(
                [
                    local_date_time(backup.created_at),
                    locale.formattedDataSize(backup.size),
                    self._contacts_text(backup),
                    self._reason_text(backup.reason),
                ]
            )
            item.setToolTip(COLUMN_MADE, tool_tip(str(backup.path)))
            for column in (COLUMN_SIZE, COLUMN_CONTACTS):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
            tree.addTopLevelItem(item)
        if self._backups:
            self.select_backup(0)
        self._ui.empty.setVisible(not self._backups)
        self._update_buttons()

    def _selected(self) -> BackupEntry | None:
        item = self._ui.backups.currentItem()
        row = -1 if item is None else self._ui.backups.indexOfTopLevelItem(item)
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def select_backup(self, row: int) -> None:
        item = self._ui.backups.topLevelItem(row)
        if item is not None:
            self._ui.backups.setCurrentItem(item)

    def _update_buttons(self) -> None:
        idle = self._task is None
        self._ui.backUpNow.setEnabled(idle)
        self._ui.restoreFromFile.setEnabled(idle)
        self._ui.restore.setEnabled(idle and self._selected() is not None)
        self._ui.backups.setEnabled(idle)

    # ---- back up now ---------------------------------------------------------------------

    def _on_back_up_now_clicked(self) -> None:
        db = self._db

        def work(_progress: Callable[[int], None], _cancel: CancelToken) -> BackupEntry:
            return backup_now(db)  # into its backups folder (Preferences')

        self._run(work, self.tr("Backing up the database…"), self._on_backed_up)

    def _on_backed_up(self, result: object) -> None:
        assert isinstance(result, BackupEntry)
        self.reload()
        row = next((i for i, b in enumerate(self._backups) if b.path == result.path), None)
        if row is not None:
            self.select_backup(row)
        else:  # not in this list (gone already, or not named as ours): said where
            from crm_desktop.gui.plain_text import tell

            text = self.tr("The backup is saved as %1.").replace("%1", str(result.path))
            tell(self, QMessageBox.Icon.Information, self.tr("Back up now"), text)
        self.backed_up.emit(result)

    # ---- restore -------------------------------------------------------------------------

    def _on_backups_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._on_restore_clicked()

    def _on_restore_clicked(self) -> None:
        backup = self._selected()
        if backup is not None:
            self.restore(backup)

    def _on_restore_from_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(self._db.path.parent),
            ";;".join(
                (
                    self.tr("CRM Desktop databases (*.sqlite3 *.sqlite *.db)"),
                    self.tr("All files (*)"),
                )
            ),
        )
        if not name:
            return
        try:  # checked as the restore will check it: a refusal is told before any question
            backup = inspect_backup(Path(name))
        except CrmError as error:
            self._show_error(error)
            return
        self.restore(backup)

    def restore(self, backup: BackupEntry) -> None:
        """Ask, then replace the database with ``backup`` off the GUI thread."""
        if self._task is not None:
            return
        question = (
            self.tr("Replace everything in the database with the backup made on %1?")
            if backup.contacts is None
            else self.tr(
                "Replace everything in the database with the backup made on %1 (%Ln contact(s))?",
                "",
                backup.contacts,
            )
        )
        text = (
            question.replace("%1", isolated(local_date_time(backup.created_at)))
            + "\n\n"
            + self.tr(
                "The database as it is now is backed up first: it will be at the top of this "
                "list, so you can come back to it."
            )
        )
        if not confirming.confirm(self, self.tr("Restore a backup"), text, self.tr("&Restore")):
            return
        db, path = self._db, backup.path

        def work(_progress: Callable[[int], None], _cancel: CancelToken) -> Restored:
            return restore_backup(db, path)

        # The window behind reads nothing while the file is swapped (a read then could create
        # an empty database and its journal files where the restored one goes).
        self._hold_window(True)
        self._run(
            work,
            self.tr("Restoring the backup… The database as it is now is backed up first."),
            self._on_restored,
        )

    def _on_restored(self, result: object) -> None:
        assert isinstance(result, Restored)
        self._db = result.database
        self._damaged = False
        self.reload()
        self.restored.emit(result.database)
        self._hold_window(False)  # the window shows the restored data from here on
        tell(
            self,
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            self.tr("The database now holds the backup made on %1.").replace(
                "%1", isolated(local_date_time(result.source.created_at))
            ),
        )

    # ---- running a task ------------------------------------------------------------------

    def _run(self, work: Work, doing: str, succeeded: Callable[[object], None]) -> None:
        task = ServiceTask(work, self)
        task.succeeded.connect(succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._ui.intro.setText(doing)
        self._update_buttons()
        task.start()

    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, CrmError):
            self._show_error(error)

    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()
            task.deleteLater()
        self.unsetCursor()
        self._hold_window(False)
        self._ui.intro.setText(self._intro())
        self._update_buttons()
        self.task_ended.emit()

    def _hold_window(self, hold: bool) -> None:
        """No painting (so no reading) in the window behind while ``hold``."""
        window = self.parentWidget()
        if window is None:
            return
        hold_for_restore = getattr(window, "hold_for_restore", None)  # the main window's
        if callable(hold_for_restore):
            hold_for_restore(hold)  # its reminders and background reads wait too
        else:
            window.setUpdatesEnabled(not hold)

    def _show_error(self, error: CrmError) -> None:
        show_error(self, error)

    def reject(self) -> None:
        if self._task is None:  # a restore half done is not walked away from
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
