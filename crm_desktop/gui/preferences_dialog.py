"""Edit > Preferences: the language of CRM Desktop (the system's, or one chosen), kept in
QSettings and applied at once when the dialog is accepted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crm_desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from crm_desktop.gui.language import LANGUAGES, apply_language, chosen_language, store_language


class PreferencesDialog(QDialog):
    language_changed = Signal(str)  # the code now in use ("" for the system's)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_PreferencesDialog()
        self._ui.setupUi(self)
        combo = self._ui.language
        combo.addItem("", "")  # the system's: worded in _retranslate
        for code, name in LANGUAGES:  # each language named in itself, never translated
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen_language())))
        self._retranslate()
        self._ui.buttons.accepted.connect(self.accept)
        self._ui.buttons.rejected.connect(self.reject)

    def language(self) -> str:
        """The code chosen in the list ("" for the system's language)."""
        return str(self._ui.language.currentData())

    def select_language(self, code: str) -> None:
        self._ui.language.setCurrentIndex(max(0, self._ui.language.findData(code)))

    def accept(self) -> None:
        code = self.language()
        if code != chosen_language():
            store_language(code)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_language(app, code)
            self.language_changed.emit(code)
        super().accept()

    def _retranslate(self) -> None:
        system = QLocale.system()
        name = system.nativeLanguageName() or system.name()
        self._ui.language.setItemText(0, self.tr("System default (%1)").replace("%1", name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
