"""Edit > Preferences: the language of CRM Desktop (the system's, or one chosen), the
calendar (as View > Calendar), light, dark or the system's colours, kept in QSettings and
applied at once when the dialog is accepted; the user's own e-mail addresses (an imported
e-mail sent from one of them is outgoing) and postal address (the sender on envelopes), and
how many automatic backups to keep, kept in the database; the default currency and region,
the keeping-in-touch interval and reminder new records start with, the folder Back up now
writes to and the sync interval (``gui/preferences.py`` says where each takes effect)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from crm_desktop.gui.language import LANGUAGES, apply_language, chosen_language, store_language
from crm_desktop.gui.preference_fields import PreferenceFields
from crm_desktop.services.database import Database


class PreferencesDialog(QDialog):
    language_changed = Signal(str)  # the code now in use ("" for the system's)

    def __init__(self, parent: QWidget | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_PreferencesDialog()
        self._ui.setupUi(self)
        self._db = db
        self._own: tuple[str, ...] = ()
        self._postal = ""
        if db is not None:
            from crm_desktop.services.labels import own_postal_address
            from crm_desktop.services.mail import own_addresses

            self._own = own_addresses(db)
            self._ui.ownAddresses.setText(", ".join(self._own))
            self._postal = own_postal_address(db)
            self._ui.postalAddress.setPlainText(self._postal)
        for widget in (
            self._ui.ownAddresses, self._ui.ownAddressesLabel,
            self._ui.postalAddress, self._ui.postalAddressLabel,
        ):  # fmt: skip
            widget.setVisible(db is not None)
        combo = self._ui.language
        combo.addItem("", "")  # the system's: worded in _retranslate
        for code, name in LANGUAGES:  # each language named in itself, never translated
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen_language())))
        self.fields = PreferenceFields(self, self._ui.form, db)
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

    def postal_address(self) -> str:
        """The postal address typed (the sender on envelopes), line by line."""
        return self._ui.postalAddress.toPlainText()

    def set_postal_address(self, text: str) -> None:
        self._ui.postalAddress.setPlainText(text)

    def accept(self) -> None:
        if self._db is not None and not self._store_addresses(self._db):
            return
        if not self.fields.store():
            return
        code = self.language()
        if code != chosen_language():
            store_language(code)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_language(app, code)
            self.language_changed.emit(code)
        super().accept()

    def _store_addresses(self, db: Database) -> bool:
        """Keep the e-mail and postal addresses that changed; whether it went well (an error
        is shown)."""
        from crm_desktop.gui.error_text import show_error
        from crm_desktop.services.labels import set_own_postal_address
        from crm_desktop.services.mail import set_own_addresses

        try:
            if tuple(self.own_addresses()) != self._own:
                set_own_addresses(db, self.own_addresses())
            if self.postal_address().strip() != self._postal:
                set_own_postal_address(db, self.postal_address())
        except CrmError as error:
            show_error(self, error)
            return False
        return True

    def _retranslate(self) -> None:
        system = QLocale.system()
        name = system.nativeLanguageName() or system.name()
        self._ui.language.setItemText(0, self.tr("System default (%1)").replace("%1", name))
        self.fields.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
