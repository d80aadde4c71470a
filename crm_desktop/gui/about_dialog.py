"""Help > About: the version, the database in use, the Qt version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop import __version__
from crm_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from crm_desktop.gui.resources import icon


class AboutDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_AboutDialog()
        self._ui.setupUi(self)
        self._database = database
        self._ui.icon.setPixmap(icon("crm-desktop").pixmap(64, 64))
        font = self._ui.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._ui.title.setFont(font)
        self._fill()

    def _fill(self) -> None:
        self._ui.version.setText(self.tr("Version %1").replace("%1", __version__))
        self._ui.database.setText(str(self._database))
        self._ui.qtVersion.setText(qVersion())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
