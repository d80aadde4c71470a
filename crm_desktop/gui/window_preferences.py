"""Edit > Preferences from the main window: the dialog, then what the window itself takes
from it (the sync timer's new interval)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services.database import Database


def open_preferences(
    window: QWidget, db: Database, sync_interval_changed: Callable[[], None]
) -> None:
    from crm_desktop.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window, db)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        sync_interval_changed()
    dialog.deleteLater()
