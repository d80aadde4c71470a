"""A deal's editor: every field of a deal (title, account, amount and currency, stage and
probability, expected close date, source, next step, description, its contacts and their
roles). It takes a draft and gives one back (``draft``); the caller stores it through an
undoable command. The probability follows the stage until the user sets it by hand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.activity_text import from_qdate, set_locale_format, to_qdate
from crm_desktop.gui.money import minor_units
from crm_desktop.gui.pipeline.filters import amount_of
from crm_desktop.gui.pipeline.sales_text import sales_word
from crm_desktop.gui.plain_text import plain_label
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.sales import CONTACT_ROLES, DealContact, DealDraft, Stage

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "JPY", "SAR", "AED", "IRR", "KWD", "TRY")


class DealEditor(QDialog):
    def __init__(
        self,
        draft: DealDraft,
        *,
        accounts: Sequence[tuple[AccountId, str]],
        stages: Sequence[Stage],
        sources: Sequence[str],
        people: Sequence[tuple[ContactId, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``people``: the contacts who may be on the deal (the account's), to choose from."""
        super().__init__(parent)
        self.setObjectName("dealEditor")
        self._stages = list(stages)
        self._probability_set = draft.probability is not None
        form = QFormLayout()
        self.title = QLineEdit(draft.title, self)
        self.title.setObjectName("dealTitle")
        self.account = QComboBox(self)
        self.account.setObjectName("dealAccount")
        for account_id, name in accounts:
            self.account.addItem(name, int(account_id))
        self.account.setCurrentIndex(max(self.account.findData(draft.account_id), 0))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("dealAmount")
        self.currency = QComboBox(self)
        self.currency.setObjectName("dealCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(
            [c for c in dict.fromkeys((draft.currency, *COMMON_CURRENCIES)) if c]
        )
        self.currency.setCurrentText(draft.currency)
        places = minor_units(draft.currency or "EUR")
        self.amount.setText(self.locale().toString(float(draft.amount), "f", places))
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        self.stage = QComboBox(self)
        self.stage.setObjectName("dealStage")
        for stage in self._stages:
            self.stage.addItem(sales_word(stage.name), stage.name)
        self.stage.setCurrentIndex(max(self.stage.findData(draft.stage), 0))
        self.probability = QSpinBox(self)
        self.probability.setObjectName("dealProbability")
        self.probability.setRange(0, 100)
        self.probability.setSuffix("%")
        self.probability.setValue(
            draft.probability if draft.probability is not None else self._stage_default()
        )
        self.has_close = QCheckBox(self)
        self.close_on = QDateEdit(self)
        self.close_on.setObjectName("dealClose")
        self.close_on.setCalendarPopup(True)
        self.has_close.setChecked(draft.close_date is not None)
        self.close_on.setDate(
            to_qdate(draft.close_date) if draft.close_date else QDate.currentDate()
        )
        self.close_on.setEnabled(draft.close_date is not None)
        set_locale_format(self.close_on)  # the user's calendar (Solar Hijri in Persian)
        closing = QHBoxLayout()
        closing.addWidget(self.has_close)
        closing.addWidget(self.close_on, 1)
        self.source = QComboBox(self)
        self.source.setObjectName("dealSource")
        self.source.setEditable(True)
        for name in sources:
            self.source.addItem(sales_word(name), name)
        self.source.setCurrentIndex(self.source.findData(draft.source))
        if self.source.currentIndex() < 0:
            self.source.setEditText(draft.source)
        self.next_step = QLineEdit(draft.next_step, self)
        self.description = QPlainTextEdit(draft.description, self)
        self.contacts = QTableWidget(0, 2, self)
        self.contacts.setObjectName("dealContacts")
        self.contacts.verticalHeader().hide()
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self._people = list(people)
        self._fill_contacts(draft.contacts)
        self._labels = [plain_label("", self) for _ in range(10)]  # our words, never markup
        rows: list[QWidget | QHBoxLayout] = [
            self.title, self.account, money, self.stage, self.probability, closing,
            self.source, self.next_step, self.description, self.contacts,
        ]  # fmt: skip
        buddies = {2: self.amount, 5: self.has_close}  # the rows of two fields: the first
        for number, field in enumerate(rows):
            form.addRow(self._labels[number], field)  # a plain label (made above)
            buddy = field if isinstance(field, QWidget) else buddies[number]
            self._labels[number].setBuddy(buddy)
        self.error = QLabel(self)
        self.error.setObjectName("dealError")
        self.error.setStyleSheet("color: #c0392b")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.stage.currentIndexChanged.connect(self._on_stage_current_index_changed)
        self.probability.valueChanged.connect(self._on_probability_value_changed)
        self.has_close.toggled.connect(self.close_on.setEnabled)

    def retranslate(self) -> None:
        words = (
            self.tr("&Title:"), self.tr("A&ccount:"), self.tr("A&mount:"), self.tr("&Stage:"),
            self.tr("&Probability:"), self.tr("Expected c&lose:"), self.tr("S&ource:"),
            self.tr("&Next step:"), self.tr("&Description:"), self.tr("Cont&acts:"),
        )  # fmt: skip
        for label, text in zip(self._labels, words, strict=True):
            label.setText(text)
        self.has_close.setText(self.tr("on"))
        self.contacts.setHorizontalHeaderLabels([self.tr("On the deal"), self.tr("Role")])
        self.setWindowTitle(self.tr("Deal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_contacts(self, chosen: Sequence[DealContact]) -> None:
        """A row per contact who may be on the deal: checked when on it, with the role."""
        roles = {c.contact_id: c.role for c in chosen}
        names = dict(self._people)
        names.update({c.contact_id: c.name for c in chosen if c.contact_id not in names})
        self.contacts.setRowCount(len(names))
        for row, (contact_id, name) in enumerate(names.items()):
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, int(contact_id))
            checked = contact_id in roles
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.contacts.setItem(row, 0, item)
            role = QComboBox(self.contacts)
            role.setEditable(True)
            for value in CONTACT_ROLES:
                role.addItem(sales_word(value), value)
            given = roles.get(contact_id, "")
            index = role.findData(given)
            role.setCurrentIndex(index)
            if index < 0:
                role.setEditText(given)
            self.contacts.setCellWidget(row, 1, role)

    def _stage_default(self) -> int:
        index = self.stage.currentIndex()
        return self._stages[index].probability if 0 <= index < len(self._stages) else 0

    def _on_stage_current_index_changed(self, _index: int) -> None:
        if not self._probability_set:  # the probability follows the stage until set by hand
            self.probability.blockSignals(True)
            self.probability.setValue(self._stage_default())
            self.probability.blockSignals(False)

    def _on_probability_value_changed(self, _value: int) -> None:
        self._probability_set = True

    def _chosen_contacts(self) -> tuple[DealContact, ...]:
        chosen = []
        for row in range(self.contacts.rowCount()):
            item = self.contacts.item(row, 0)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            role = self.contacts.cellWidget(row, 1)
            value = ""
            if isinstance(role, QComboBox):
                data = role.currentData()
                typed = role.currentText().strip()
                shown = role.itemText(role.currentIndex())
                value = data if isinstance(data, str) and shown == typed else typed
            contact_id = ContactId(int(item.data(Qt.ItemDataRole.UserRole)))
            chosen.append(DealContact(contact_id, item.text(), value))
        return tuple(chosen)

    def draft(self) -> DealDraft | None:
        """The deal as edited; None (and the reason shown) when a field is wrong."""
        amount = amount_of(self.amount.text())
        title = self.title.text().strip()
        currency = self.currency.currentText().strip().upper()
        account = self.account.currentData()
        problem = ""
        if not title:
            problem = self.tr("A deal needs a title.")
        elif not isinstance(account, int):
            problem = self.tr("A deal needs an account.")
        elif amount is None or amount < 0:
            problem = self.tr("The amount is not a number.")
        elif len(currency) != 3 or not currency.isalpha():
            problem = self.tr("The currency is a three-letter ISO code (EUR, USD…).")
        self.error.setText(problem)
        if problem or amount is None or not isinstance(account, int):
            return None
        source = self.source.currentData()
        typed_source = self.source.currentText().strip()
        if not (isinstance(source, str) and sales_word(source) == typed_source):
            source = typed_source
        close: date | None = (
            from_qdate(self.close_on.date()) if self.has_close.isChecked() else None
        )
        return DealDraft(
            title=title,
            account_id=account,
            amount=amount.quantize(Decimal(1).scaleb(-minor_units(currency))),
            currency=currency,
            stage=self.stage.currentData(),
            probability=self.probability.value() if self._probability_set else None,
            close_date=close,
            source=source,
            next_step=self.next_step.text().strip(),
            description=self.description.toPlainText(),
            contacts=self._chosen_contacts(),
        )

    def _on_buttons_accepted(self) -> None:
        if self.draft() is not None:
            self.accept()
