"""The warning for a database kept in a folder a sync client (Dropbox, OneDrive, Google Drive,
iCloud) copies while CRM Desktop writes to it: once per start, until told not to again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from crm_desktop.gui.plain_text import message_box

SYNC_WARNING_KEY = "warnings/syncedFolderDismissed"  # the databases not to warn about again


def _isolated_path(path: Path) -> str:
    return "\u2066" + str(path) + "\u2069"  # left to right, whatever the sentence


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
    box = message_box(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SyncWarning", "The database is in a synced folder"),
        QCoreApplication.translate(
            "SyncWarning", "The database %1 is in a folder that %2 keeps in sync."
        )
        .replace("%1", _isolated_path(path))
        .replace("%2", service)
        + "\n\n"
        + QCoreApplication.translate(
            "SyncWarning",
            "Sync services copy the database while CRM Desktop writes to it, which can damage "
            "it or make conflicting copies. Keep the database in a folder that is not synced "
            "(start CRM Desktop with --db to choose one), and put exports or backups in the "
            "synced folder instead.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    dont_ask = QCheckBox(
        QCoreApplication.translate("SyncWarning", "&Don't show this again for this database"), box
    )
    box.setCheckBox(dont_ask)
    box.exec()
    if dont_ask.isChecked():
        QSettings().setValue(SYNC_WARNING_KEY, [*_dismissed(), str(path)])
