"""New and Edit for an account: its name, website, industry, phones, emails and note."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.gui.bidi import keep_left_to_right
from crm_desktop.gui.detail_rows import (
    EMAIL,
    PHONE,
    add_and_edit,
    add_row,
    cells,
    parse_types,
    setup_table,
)
from crm_desktop.gui.draft_editor import DraftEditorMixin
from crm_desktop.gui.forms.ui_account_editor import Ui_AccountEditor
from crm_desktop.records.drafts import AccountDraft, EmailValue, PhoneValue


class AccountEditor(DraftEditorMixin[AccountDraft], QDialog):
    _ui: Ui_AccountEditor

    def __init__(self, draft: AccountDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_AccountEditor()
        self._ui.setupUi(self)
        self._original = draft or AccountDraft("")
        ui = self._ui
        for table in (ui.phones, ui.emails):
            setup_table(table)
            keep_left_to_right(table, 0)  # a number's groups stay in order
        ui.name.setText(self._original.name)
        ui.website.setText(self._original.website)
        ui.industry.setText(self._original.industry)
        ui.note.setPlainText(self._original.note)
        for phone in self._original.phones:
            add_row(ui.phones, [phone.value, ", ".join(phone.types)], phone)
        for email in self._original.emails:
            add_row(ui.emails, [email.value, ", ".join(email.types)], email)
        self._retranslate()
        ui.addPhone.clicked.connect(lambda: add_and_edit(ui.phones))
        ui.removePhone.clicked.connect(lambda: ui.phones.removeRow(ui.phones.currentRow()))
        ui.addEmail.clicked.connect(lambda: add_and_edit(ui.emails))
        ui.removeEmail.clicked.connect(lambda: ui.emails.removeRow(ui.emails.currentRow()))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _retranslate(self) -> None:
        self._ui.phones.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Type")])
        self._ui.emails.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Type")])
        self.setWindowTitle(
            self.tr("New account") if not self._original.name else self.tr("Account")
        )

    def _draft(self) -> AccountDraft:
        ui = self._ui
        name = ui.name.text().strip()
        if not name:
            raise ValueError(self.tr("Give the account a name."))
        phones = [(c[0], parse_types(c[1]), o) for c, o in cells(ui.phones)]
        for value, _, _ in phones:
            if not PHONE.match(value):
                raise ValueError(self.tr("%1 is not a phone number.").replace("%1", value))
        emails = [(c[0], parse_types(c[1]), o) for c, o in cells(ui.emails)]
        for value, _, _ in emails:
            if not EMAIL.match(value):
                raise ValueError(self.tr("%1 is not an email address.").replace("%1", value))
        return replace(
            self._original,
            name=name,
            website=ui.website.text().strip(),
            industry=ui.industry.text().strip(),
            note=ui.note.toPlainText().strip(),
            phones=tuple(
                replace(o, value=v, types=t) if isinstance(o, PhoneValue) else PhoneValue(v, t)
                for v, t, o in phones
            ),
            emails=tuple(
                replace(o, value=v, types=t) if isinstance(o, EmailValue) else EmailValue(v, t)
                for v, t, o in emails
            ),
        )
