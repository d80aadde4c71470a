"""Edit > Preferences: the language of CRM Desktop (the system's, or one chosen), kept in
QSettings and applied at once when the dialog is accepted; and the user's own e-mail
addresses, kept in the database (an imported e-mail sent from one of them is outgoing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from crm_desktop.gui.language import LANGUAGES, apply_language, chosen_language, store_language
from crm_desktop.services.database import Database


class PreferencesDialog(QDialog):
    language_changed = Signal(str)  # the code now in use ("" for the system's)

    def __init__(self, parent: QWidget | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_PreferencesDialog()
        self._ui.setupUi(self)
        self._db = db
        self._own: tuple[str, ...] = ()
        if db is not None:
            from crm_desktop.services.mail import own_addresses

            self._own = own_addresses(db)
            self._ui.ownAddresses.setText(", ".join(self._own))
        self._ui.ownAddresses.setVisible(db is not None)
        self._ui.ownAddressesLabel.setVisible(db is not None)
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

    def own_addresses(self) -> list[str]:
        """The addresses typed, separated by commas, semicolons or spaces."""
        text = self._ui.ownAddresses.text().replace(";", ",").replace(" ", ",")
        return [a.strip() for a in text.split(",") if a.strip()]

    def set_own_addresses(self, text: str) -> None:
        self._ui.ownAddresses.setText(text)

    def accept(self) -> None:
        if self._db is not None and tuple(self.own_addresses()) != self._own:
            from crm_desktop.gui.error_text import show_error
            from crm_desktop.services.mail import set_own_addresses

            try:
                set_own_addresses(self._db, self.own_addresses())
            except CrmError as error:
                show_error(self, error)
                return
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
