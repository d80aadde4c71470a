"""What start-up asks or tells before the window: a damaged database and the backup that can
replace it, and a database kept in a folder a cloud service syncs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QWidget

from crm_desktop.errors import CrmError, DatabaseError, DatabaseProblem
from crm_desktop.gui.backups_dialog import isolated, local_date_time
from crm_desktop.gui.error_text import error_text, error_title
from crm_desktop.services.backups import inspect_backup, list_backups, restore_backup_into
from crm_desktop.services.records import BackupEntry

if TYPE_CHECKING:
    from crm_desktop.services.database import Database

SYNC_WARNING_KEY = "warnings/syncedFolderDismissed"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupDialogs", text)


def offer_restore(path: Path, backup: BackupEntry | None, parent: QWidget | None = None) -> bool:
    """The database at ``path`` is damaged: True if the user chose to restore ``backup``
    (the newest good one), False to quit. Nothing is changed until the user chooses."""
    damaged = (
        _tr("The database %1 is damaged and cannot be opened.").replace(
            "%1", isolated(str(path), left_to_right=True)
        )
        + " "
        + _tr("It has not been changed.")
    )
    if backup is None:
        QMessageBox.critical(
            parent,
            _tr("The database is damaged"),
            damaged
            + "\n\n"
            + _tr(
                "No backup of it was found. Keep the file: a copy of it may still be "
                "repaired. CRM Desktop will now quit."
            ),
        )
        return False
    text = (
        damaged
        + "\n\n"
        + (
            _tr("The newest good backup was made on %1.")
            if backup.contacts is None
            else QCoreApplication.translate(
                "StartupDialogs",
                "The newest good backup was made on %1 and holds %Ln contact(s).",
                "",
                backup.contacts,
            )
        ).replace("%1", isolated(local_date_time(backup.created_at)))
        + " "
        + _tr(
            "Restore it? The damaged file is kept beside it under another name; "
            "what changed since the backup is not in it."
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _tr("The database is damaged"),
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Close,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(_tr("&Restore the backup"))
    box.button(QMessageBox.StandardButton.Close).setText(_tr("&Quit"))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Close)
    return box.exec() == QMessageBox.StandardButton.Ok


def _backup_entry(error: DatabaseError) -> BackupEntry | None:
    """What the error names as the newest good backup, with its date and contacts."""
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
        return restore_backup_into(error.path, backup.path, locale_name=QLocale().name()).database
    except CrmError as failure:
        problem = failure
    finally:
        QApplication.restoreOverrideCursor()
    QMessageBox.critical(parent, error_title(problem), error_text(problem))
    return None


def recover_in_window(error: CrmError, window: QWidget) -> Database | None:
    """The database failed to open after the first screen showed: a damaged one is offered its
    newest good backup (the window closes if the user quits rather), other errors are told."""
    if not (isinstance(error, DatabaseError) and error.problem is DatabaseProblem.CORRUPT):
        QMessageBox.warning(window, error_title(error), error_text(error))
        return None
    restored = recover_damaged_database(error, window)
    if restored is None:
        window.close()
    return restored


def _dismissed() -> list[str]:
    value = QSettings().value(SYNC_WARNING_KEY, [])
    if isinstance(value, str):  # an INI file gives one entry back as a plain string
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []


def warn_synced_folder(path: Path, service: str, parent: QWidget | None = None) -> None:
    """Tell the user (once per start, unless told not to again for this database) that
    ``service`` (Dropbox, OneDrive, ...) syncs the folder holding the database."""
    if str(path) in _dismissed():
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("The database is in a synced folder"),
        _tr("The database %1 is in a folder that %2 keeps in sync.")
        .replace("%1", isolated(str(path), left_to_right=True))
        .replace("%2", service)
        + "\n\n"
        + _tr(
            "Sync services copy the database while CRM Desktop writes to it, which can damage "
            "it or make conflicting copies. Keep the database in a folder that is not synced "
            "(start CRM Desktop with --db to choose one), and put exports or backups in the "
            "synced folder instead."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    dont_ask = QCheckBox(_tr("&Don't show this again for this database"), box)
    box.setCheckBox(dont_ask)
    box.exec()
    if dont_ask.isChecked():
        QSettings().setValue(SYNC_WARNING_KEY, [*_dismissed(), str(path)])
