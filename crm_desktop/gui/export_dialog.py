"""File > Export: which contacts, which vCard version, with or without the accounts."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from crm_desktop.gui.resources import icon


class ExportScope(Enum):
    EVERYONE = "everyone"
    SELECTION = "selection"
    SEARCH_RESULT = "search"


FORMATS: tuple[tuple[str, str], ...] = tuple(
    (key, str(name))
    for key, name in (
        ("3.0", QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0 (Apple, Google, Thunderbird)")),
        ("4.0", QT_TRANSLATE_NOOP("ExportDialog", "vCard 4.0 (CardDAV servers, newer apps)")),
        ("2.1", QT_TRANSLATE_NOOP("ExportDialog", "vCard 2.1 (old Outlook, old phones)")),
        (
            "outlook-csv",
            QT_TRANSLATE_NOOP("ExportDialog", "Outlook CSV (Outlook, Excel, most programs)"),
        ),
        ("google-csv", QT_TRANSLATE_NOOP("ExportDialog", "Google CSV (Google Contacts)")),
        (
            "mail-merge",
            QT_TRANSLATE_NOOP(
                "ExportDialog",
                "Mail merge CSV: an address block and the usual fields (Word, Writer)",
            ),
        ),
        (
            "ics",
            QT_TRANSLATE_NOOP(
                "ExportDialog", "iCalendar: these contacts' activities (Outlook, Thunderbird)"
            ),
        ),
    )
)


class ExportDialog(QDialog):
    def __init__(self, selected: int, shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ExportDialog()
        self._ui.setupUi(self)
        self._selected = selected
        self._shown = shown
        for version, name in FORMATS:
            self._ui.format.addItem(self.tr(name), version)
        self._ui.buttons.accepted.connect(self.accept)
        ok = self._ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setIcon(icon("export"))  # the action's own, not a tick
        self._name_button()
        self._ui.buttons.rejected.connect(self.reject)
        self._fill()
        for choice in (self._ui.selection, self._ui.searchResult):
            choice.toggled.connect(self._on_choice_changed)
        self._ui.format.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()

    def _on_choice_changed(self) -> None:
        """The accounts go along only with everyone, as vCards: the box says so."""
        everyone = self.scope is ExportScope.EVERYONE
        self._ui.accounts.setEnabled(everyone and self.version in ("3.0", "4.0", "2.1"))

    def _fill(self) -> None:
        locale = QLocale()
        self._ui.selection.setText(
            self.tr("The &selected contacts (%1)").replace("%1", locale.toString(self._selected))
        )
        self._ui.selection.setEnabled(self._selected > 0)
        self._ui.searchResult.setText(
            self.tr("The contacts the sea&rch shows (%1)").replace(
                "%1", locale.toString(self._shown)
            )
        )

    @property
    def scope(self) -> ExportScope:
        if self._ui.selection.isChecked():
            return ExportScope.SELECTION
        if self._ui.searchResult.isChecked():
            return ExportScope.SEARCH_RESULT
        return ExportScope.EVERYONE

    @property
    def version(self) -> str:
        return str(self._ui.format.currentData())

    @property
    def with_accounts(self) -> bool:
        everyone = self.scope is ExportScope.EVERYONE
        return self._ui.accounts.isChecked() and everyone and self.version in ("3.0", "4.0", "2.1")

    def _name_button(self) -> None:
        """The button says what it does ("Import", not "OK")."""
        ok = self._ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._name_button()
            for row, (_, name) in enumerate(FORMATS):
                self._ui.format.setItemText(row, self.tr(name))
            self._fill()
        super().changeEvent(event)
