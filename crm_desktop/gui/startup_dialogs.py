"""A damaged database, found at start or when the window opens it fully: the newest good
backup offered in its place (or quit), never a silent reset to an empty database."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.errors import CrmError, DatabaseError, DatabaseProblem
from crm_desktop.gui.backups_dialog import local_date_time
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.plain_text import message_box, tell
from crm_desktop.gui.preferences import backup_folder
from crm_desktop.records.contacts import BackupEntry
from crm_desktop.services.backups import (
    inspect_backup,
    list_backups,
    newest_good_backup,
    restore_backup_into,
)

if TYPE_CHECKING:
    from crm_desktop.services.database import Database


class StartupDialogs(QObject):
    """Start-up words that hold a count (lupdate finds plural forms only in ``tr``)."""

    def newest_backup(self, contacts: int) -> str:
        return self.tr(
            "The newest good backup was made on %1 and holds %Ln contact(s).", "", contacts
        )


def offer_restore(path: Path, backup: BackupEntry | None, parent: QWidget | None = None) -> bool:
    """The database at ``path`` is damaged: True if the user chose to restore ``backup``
    (the newest good one), False to quit. Nothing is changed until the user chooses."""
    damaged = (
        QCoreApplication.translate(
            "StartupDialogs", "The database %1 is damaged and cannot be opened."
        ).replace("%1", isolated(str(path), left_to_right=True))
        + " "
        + QCoreApplication.translate("StartupDialogs", "It has not been changed.")
    )
    if backup is None:
        tell(
            parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("StartupDialogs", "The database is damaged"),
            damaged
            + "\n\n"
            + QCoreApplication.translate(
                "StartupDialogs",
                "No backup of it was found. Keep the file: a copy of it may still be "
                "repaired. CRM Desktop will now quit.",
            ),
        )
        return False
    contacts = backup.contacts  # a plain name: lupdate reads no attribute as the count
    text = (
        damaged
        + "\n\n"
        + (
            QCoreApplication.translate("StartupDialogs", "The newest good backup was made on %1.")
            if contacts is None
            else StartupDialogs().newest_backup(contacts)
        ).replace("%1", isolated(local_date_time(backup.created_at)))
        + " "
        + QCoreApplication.translate(
            "StartupDialogs",
            "Restore it? The damaged file is kept beside it under another name; "
            "what changed since the backup is not in it.",
        )
    )
    box = message_box(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartupDialogs", "The database is damaged"),
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Close,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("StartupDialogs", "&Restore the backup")
    )
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("StartupDialogs", "&Quit")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Close)
    return box.exec() == QMessageBox.StandardButton.Ok


def _backup_entry(error: DatabaseError) -> BackupEntry | None:
    """The newest good backup in the backups folder chosen in Preferences, else what the
    error names (the folder beside the database), with its date and contacts."""
    folder = backup_folder()
    if folder is not None:
        with suppress(CrmError, OSError):
            chosen = newest_good_backup(error.path, folder)
            if chosen is not None:
                return chosen
    if error.backup is None:
        return None
    try:
        listed = list_backups(error.path)
    except (CrmError, OSError):
        listed = ()
    entry = next((b for b in listed if b.path == error.backup), None)
    if entry is None:  # not named as our backups are: its facts from the file itself
        try:
            entry = inspect_backup(error.backup)
        except (CrmError, OSError):
            return None
    return entry


def recover_damaged_database(
    error: DatabaseError, parent: QWidget | None = None
) -> Database | None:
    """Offer to restore the newest good backup of the damaged database ``error`` names; the
    database opened on it, or None when the user quits (or the restore failed: said so).
    The damaged file is backed up or renamed aside by the restore, never deleted."""
    backup = _backup_entry(error)
    if not offer_restore(error.path, backup, parent) or backup is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return restore_backup_into(
            error.path, backup.path, locale_name=QLocale().name(), backups_folder=backup_folder()
        ).database
    except CrmError as failure:
        problem = failure
    finally:
        QApplication.restoreOverrideCursor()
    show_error(parent, problem, QMessageBox.Icon.Critical)
    return None


def recover_in_window(error: CrmError, window: QWidget) -> Database | None:
    """The database failed to open after the first screen showed: a damaged one is offered its
    newest good backup (the window closes if the user quits rather); other errors are told,
    then the window closes: without its database (and its lock) it can do nothing safely."""
    if not (isinstance(error, DatabaseError) and error.problem is DatabaseProblem.CORRUPT):
        show_error(window, error)
        window.close()
        return None
    restored = recover_damaged_database(error, window)
    if restored is None:
        window.close()
    return restored
