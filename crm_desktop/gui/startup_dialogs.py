"""What start-up asks or tells before the window: a damaged database and the backup that can
replace it, and a database kept in a folder a cloud service syncs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from crm_desktop.gui.backups_dialog import local_date_time
from crm_desktop.services.backups import BackupInfo

SYNC_WARNING_KEY = "warnings/syncedFolderDismissed"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupDialogs", text)


def offer_restore(path: Path, backup: BackupInfo | None, parent: QWidget | None = None) -> bool:
    """The database at ``path`` is damaged: True if the user chose to restore ``backup``
    (the newest good one), False to quit. Nothing is changed until the user chooses."""
    damaged = (
        _tr("The database %1 is damaged and cannot be opened.").replace("%1", str(path))
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
        + _tr("The newest good backup was made on %1 and holds %2 contacts.")
        .replace("%1", local_date_time(backup.made_at))
        .replace("%2", QLocale().toString(backup.contacts))
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
        .replace("%1", str(path))
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
