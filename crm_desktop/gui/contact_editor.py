"""New and Edit: a contact's names, account, title, birthday, emails, phones, categories, note.

The dialog takes a draft and returns one; what it does not show (addresses, URLs, custom
fields, the properties kept from imports, the photo) is carried through untouched.
Problems are said inline, under the fields, and Save waits until they are mended.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crm_desktop.errors import InvalidValueError
from crm_desktop.gui.forms.ui_contact_editor import Ui_ContactEditor
from crm_desktop.services.dates import normalize_partial_date
from crm_desktop.services.records import AccountLinkDraft, ContactDraft, EmailValue, PhoneValue

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[0-9\s().\-/]*[0-9][0-9\s().\-/]*(;ext=\d+|\s*(x|ext\.?)\s*\d+)?$")


class ContactEditor(QDialog):
    def __init__(
        self,
        draft: ContactDraft | None,
        account_names: list[str],
        categories: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ContactEditor()
        self._ui.setupUi(self)
        self._original = draft or ContactDraft()
        self._result: ContactDraft | None = None
        completer = QCompleter(account_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._ui.account.setCompleter(completer)
        for table in (self._ui.emails, self._ui.phones):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        self._fill(self._original, categories)
        self._retranslate()
        self._ui.addEmail.clicked.connect(self._on_add_email_clicked)
        self._ui.removeEmail.clicked.connect(self._on_remove_email_clicked)
        self._ui.addPhone.clicked.connect(self._on_add_phone_clicked)
        self._ui.removePhone.clicked.connect(self._on_remove_phone_clicked)
        self._ui.buttons.accepted.connect(self.accept)
        self._ui.buttons.rejected.connect(self.reject)

    # ---- filling and reading ------------------------------------------------------------

    def _fill(self, d: ContactDraft, categories: list[str]) -> None:
        ui = self._ui
        ui.prefix.setText(d.prefix)
        ui.given.setText(d.given_name)
        ui.additional.setText(d.additional_names)
        ui.family.setText(d.family_name)
        ui.suffix.setText(d.suffix)
        ui.formatted.setText(d.formatted_name)
        primary = next((a for a in d.accounts if a.primary), d.accounts[0] if d.accounts else None)
        ui.account.setText(primary.name if primary else "")
        ui.title.setText(d.title)
        ui.department.setText(d.department)
        ui.birthday.setText(d.birthday or "")
        for email in d.emails:
            self._add_row(ui.emails, email.value, ", ".join(email.types))
        for phone in d.phones:
            self._add_row(ui.phones, phone.value, ", ".join(phone.types))
        for name in dict.fromkeys([*categories, *d.categories]):
            item = QListWidgetItem(name, ui.categories)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in d.categories else Qt.CheckState.Unchecked
            )
        ui.note.setPlainText(d.note)

    def _retranslate(self) -> None:
        for table in (self._ui.emails, self._ui.phones):
            table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Type (work, home, cell…)")])
        self.setWindowTitle(
            self.tr("New contact") if not self._original.formatted_name else self.tr("Contact")
        )

    @staticmethod
    def _add_row(table: QTableWidget, value: str = "", types: str = "") -> None:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(value))
        table.setItem(row, 1, QTableWidgetItem(types))

    @staticmethod
    def _rows(table: QTableWidget) -> list[tuple[str, tuple[str, ...]]]:
        rows: list[tuple[str, tuple[str, ...]]] = []
        for row in range(table.rowCount()):
            value_item, types_item = table.item(row, 0), table.item(row, 1)
            value = value_item.text().strip() if value_item else ""
            types_text = types_item.text() if types_item else ""
            types = tuple(t.strip().lower() for t in re.split(r"[,;]", types_text) if t.strip())
            if value:
                rows.append((value, types))
        return rows

    @classmethod
    def _add_and_edit(cls, table: QTableWidget) -> None:
        cls._add_row(table)
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.setFocus()

    def _on_add_email_clicked(self) -> None:
        self._add_and_edit(self._ui.emails)

    def _on_remove_email_clicked(self) -> None:
        self._ui.emails.removeRow(self._ui.emails.currentRow())

    def _on_add_phone_clicked(self) -> None:
        self._add_and_edit(self._ui.phones)

    def _on_remove_phone_clicked(self) -> None:
        self._ui.phones.removeRow(self._ui.phones.currentRow())

    def _draft(self) -> ContactDraft:
        """What the fields say (raises ``ValueError`` with the words to show)."""
        ui = self._ui
        emails = self._rows(ui.emails)
        for value, _ in emails:
            if not _EMAIL.match(value):
                raise ValueError(self.tr("%1 is not an email address.").replace("%1", value))
        phones = self._rows(ui.phones)
        for value, _ in phones:
            if not _PHONE.match(value):
                raise ValueError(
                    self.tr("%1 is not a phone number (digits, spaces, + ( ) - . /).").replace(
                        "%1", value
                    )
                )
        try:
            birthday = normalize_partial_date(ui.birthday.text(), "birthday")
        except InvalidValueError:
            raise ValueError(
                self.tr("%1 is not a date: write 1980-04-15, or --04-15 without the year.").replace(
                    "%1", ui.birthday.text()
                )
            ) from None
        original = self._original
        old = {e.value: e for e in original.emails}
        old_phones = {p.value: p for p in original.phones}
        account = ui.account.text().strip()
        others = tuple(a for a in original.accounts if not a.primary and a.name != account)
        accounts = (
            (AccountLinkDraft(account, ui.title.text().strip(), True),) if account else ()
        ) + others
        checked = [
            ui.categories.item(i).text()
            for i in range(ui.categories.count())
            if ui.categories.item(i).checkState() == Qt.CheckState.Checked
        ]
        draft = replace(
            original,
            prefix=ui.prefix.text().strip(),
            given_name=ui.given.text().strip(),
            additional_names=ui.additional.text().strip(),
            family_name=ui.family.text().strip(),
            suffix=ui.suffix.text().strip(),
            formatted_name=ui.formatted.text().strip(),
            title=ui.title.text().strip(),
            department=ui.department.text().strip(),
            birthday=birthday,
            note=ui.note.toPlainText().strip(),
            categories=tuple(checked),
            accounts=accounts,
            emails=tuple(
                replace(old[v], types=t) if v in old else EmailValue(v, t) for v, t in emails
            ),
            phones=tuple(
                replace(old_phones[v], types=t) if v in old_phones else PhoneValue(v, t)
                for v, t in phones
            ),
        )
        if not (draft.formatted_name or draft.given_name or draft.family_name or emails or phones):
            raise ValueError(self.tr("Give the contact a name, an email or a phone."))
        if not draft.formatted_name:
            parts = (draft.prefix, draft.given_name, draft.additional_names, draft.family_name,
                     draft.suffix)  # fmt: skip
            draft = replace(draft, formatted_name=" ".join(p for p in parts if p))
        return draft

    def accept(self) -> None:
        try:
            self._result = self._draft()
        except ValueError as problem:
            self._ui.problem.setText(str(problem))
            self._ui.problem.setStyleSheet("color: palette(highlight); font-weight: bold")
            return
        self._ui.problem.clear()
        super().accept()

    def result_draft(self) -> ContactDraft | None:
        """The contact as saved, or None if the dialog was cancelled."""
        return self._result

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
