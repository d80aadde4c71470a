"""File > Import: which files, what to do with duplicates, strict or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.gui.bidi import keep_left_to_right
from crm_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from crm_desktop.gui.resources import icon
from crm_desktop.records.importing import DuplicatePolicy

# Code pages of old exporters, for 8-bit text that names no charset: (codec, what users call it).
# "" detects: a CSV file's code page is guessed, a vCard's 8-bit text read as the locale's.
LEGACY_ENCODINGS = (
    ("", QT_TRANSLATE_NOOP("ImportDialog", "Detect automatically")),
    ("cp1252", QT_TRANSLATE_NOOP("ImportDialog", "Western European (Windows-1252)")),
    ("cp1253", QT_TRANSLATE_NOOP("ImportDialog", "Greek (Windows-1253)")),
    ("iso8859_7", QT_TRANSLATE_NOOP("ImportDialog", "Greek (ISO 8859-7)")),
    ("cp1256", QT_TRANSLATE_NOOP("ImportDialog", "Arabic and Persian (Windows-1256)")),
    ("cp1250", QT_TRANSLATE_NOOP("ImportDialog", "Central European (Windows-1250)")),
    ("cp1251", QT_TRANSLATE_NOOP("ImportDialog", "Cyrillic (Windows-1251)")),
    ("shift_jis", QT_TRANSLATE_NOOP("ImportDialog", "Japanese (Shift JIS)")),
)


class ImportDialog(QDialog):
    def __init__(self, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ImportDialog()
        self._ui.setupUi(self)
        self._files = files
        for path in files:
            self._ui.files.addItem(str(path))
        keep_left_to_right(self._ui.files, 0)  # a path reads left to right in Arabic too
        for codec, name in LEGACY_ENCODINGS:
            self._ui.encoding.addItem(self.tr(str(name)), codec)
        self._ui.buttons.accepted.connect(self.accept)
        ok = self._ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setIcon(icon("import"))  # the action's own, not a tick
        self._name_button()
        self._ui.buttons.rejected.connect(self.reject)

    @property
    def files(self) -> list[Path]:
        return list(self._files)

    @property
    def duplicates(self) -> DuplicatePolicy:
        if self._ui.skip.isChecked():
            return DuplicatePolicy.SKIP
        if self._ui.create.isChecked():
            return DuplicatePolicy.CREATE
        return DuplicatePolicy.MERGE

    @property
    def strict(self) -> bool:
        return self._ui.strict.isChecked()

    @property
    def encoding(self) -> str | None:
        """The code page the user chose, or None to detect it."""
        return str(self._ui.encoding.currentData()) or None

    def _name_button(self) -> None:
        """The button says what it does ("Import", not "OK")."""
        ok = self._ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._name_button()
        super().changeEvent(event)
