"""The Leads folder: the contacts and accounts marked as leads (not yet qualified), with their
status and source, and beside the list the lead's card: its status (a disqualified one with
the reason) and Convert, which turns a contact lead into a contact under an account (created
or matched by the duplicate rules), or an account lead into a qualified account, and, if
asked, an opening deal, keeping its history."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.bidi import cell_text, isolated
from crm_desktop.gui.calendars import date_text
from crm_desktop.gui.empty_views import EmptyHint, Hint
from crm_desktop.gui.pipeline.filters import amount_of
from crm_desktop.gui.pipeline.sales_text import sales_word
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import add_form_row, plain_label, tool_tip
from crm_desktop.gui.preferences import chosen_currency
from crm_desktop.gui.record_lists import ListHost, RecordList, table_view
from crm_desktop.gui.table_model import RecordTableModel
from crm_desktop.gui.view_state import ViewState
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.sales import LEAD_STATUSES, Lead, LeadStatus
from crm_desktop.services.deals import default_currency
from crm_desktop.services.leads import (
    convert_account_lead,
    convert_lead,
    list_leads,
    set_lead_status,
)


class LeadTableModel(RecordTableModel):
    context = "LeadTableModel"
    data_columns = frozenset({0, 1})
    headers = tuple(
        str(text)
        for text in (
            QT_TRANSLATE_NOOP("LeadTableModel", "Name"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Account"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Status"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Source"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Since"),
        )
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.leads: list[Lead] = []

    def set_leads(self, leads: list[Lead]) -> None:
        self.beginResetModel()
        self.leads = leads
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.leads)

    def record_id(self, row: int) -> int | None:
        lead = self.leads[row]
        return lead.contact_id if lead.contact_id is not None else lead.account_id

    def cell(self, row: int, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        lead = self.leads[row]
        texts = (
            lead.name, lead.account_name, sales_word(lead.status), sales_word(lead.source),
            date_text(lead.created_at.date(), QLocale.FormatType.ShortFormat),
        )  # fmt: skip
        text = cell_text(texts[column])
        return tool_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text


@dataclass(frozen=True)
class ConvertChoice:
    account_name: str
    deal_title: str | None
    amount: Decimal | None


class ConvertDialog(QDialog):
    """Convert: the account the contact joins (matched or created), and an opening deal; an
    account lead is its own account (shown, not editable)."""

    def __init__(self, lead: Lead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convertDialog")
        self.setWindowTitle(self.tr("Convert lead"))
        of_account = lead.contact_id is None
        self.account = QLineEdit(lead.name if of_account else lead.account_name, self)
        self.account.setObjectName("convertAccount")
        self.account.setReadOnly(of_account)
        self.with_deal = QCheckBox(self.tr("Create an opening &deal"), self)
        self.deal_title = QLineEdit(self)
        self.deal_title.setObjectName("convertDealTitle")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("convertAmount")
        form = QFormLayout()
        add_form_row(form, self.tr("&Account:"), self.account, buddy=True)
        form.addRow(self.with_deal)
        add_form_row(form, self.tr("Deal &title:"), self.deal_title, buddy=True)
        add_form_row(form, self.tr("A&mount:"), self.amount, buddy=True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(isolated(lead.name), self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for field in (self.deal_title, self.amount):
            field.setEnabled(False)
            self.with_deal.toggled.connect(field.setEnabled)

    def choice(self) -> ConvertChoice:
        deal = self.with_deal.isChecked() and bool(self.deal_title.text().strip())
        return ConvertChoice(
            self.account.text().strip(),
            self.deal_title.text().strip() if deal else None,
            (amount_of(self.amount.text()) or Decimal(0)) if deal else None,
        )


class LeadPane(QWidget):
    """The selected lead: who, status, source; change the status, or Convert."""

    changed = Signal()

    def __init__(self, host: ListHost) -> None:
        super().__init__(host.parent)
        self.setObjectName("leadPane")
        self._host = host
        self.shown: Lead | None = None
        self.name = plain_label("", self)
        self.name.setWordWrap(True)
        self.details = plain_label("", self)
        self.details.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("leadStatus")
        for value in LEAD_STATUSES:
            self.status.addItem(sales_word(value), value)
        self.convert = QPushButton(self)
        self.convert.setObjectName("convertLead")
        self._status_label = QLabel(self)
        layout = QVBoxLayout(self)
        for widget in (self.name, self.details, self._status_label, self.status, self.convert):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()
        self.status.activated.connect(self._on_status_activated)
        self.convert.clicked.connect(self._on_convert_clicked)
        self.show_lead(None)

    def retranslate(self) -> None:
        self.convert.setText(self.tr("Conve&rt…"))
        self._status_label.setText(self.tr("Lead status:"))
        for row, value in enumerate(LEAD_STATUSES):
            self.status.setItemText(row, sales_word(value))

    def show_lead(self, lead: Lead | None) -> None:
        self.shown = lead
        for widget in (self.status, self.convert):
            widget.setEnabled(lead is not None)
        if lead is None:
            self.name.setText(self.tr("Select a lead to see it here."))
            self.details.setText("")
            return
        self.name.setText(lead.name)
        parts = [lead.account_name, sales_word(lead.source), lead.reason]
        self.details.setText("\n".join(p for p in parts if p))
        self.status.setCurrentIndex(self.status.findData(lead.status.value))
        self.convert.setEnabled(lead.status != LeadStatus.DISQUALIFIED)

    def _on_status_activated(self, _index: int) -> None:
        lead = self.shown
        if lead is None:
            return
        status = LeadStatus(self.status.currentData())
        reason = ""
        if status == LeadStatus.DISQUALIFIED:
            ask = QInputDialog(self)
            ask.setWindowTitle(self.tr("Disqualify lead"))
            ask.setLabelText(self.tr("Why is this lead disqualified?"))
            if ask.exec() != QDialog.DialogCode.Accepted or not ask.textValue().strip():
                self.status.setCurrentIndex(self.status.findData(lead.status.value))
                return
            reason = ask.textValue().strip()
        try:
            set_lead_status(self._host.db(), contact_id=lead.contact_id,
                            account_id=lead.account_id, status=status, reason=reason)  # fmt: skip
        except CrmError as error:
            self._host.show_error(error)
        self.changed.emit()

    def _on_convert_clicked(self) -> None:
        lead = self.shown
        if lead is None:
            return
        dialog = ConvertDialog(lead, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            choice = dialog.choice()
            try:
                if lead.contact_id is not None:
                    convert_lead(
                        self._host.db(), lead.contact_id,
                        account_name=choice.account_name or None, deal_title=choice.deal_title,
                        amount=choice.amount, currency=chosen_currency() or default_currency(),
                    )  # fmt: skip
                elif lead.account_id is not None:  # an account lead: a qualified account
                    convert_account_lead(
                        self._host.db(), lead.account_id, deal_title=choice.deal_title,
                        amount=choice.amount, currency=chosen_currency() or default_currency(),
                    )  # fmt: skip
            except CrmError as error:
                self._host.show_error(error)
            self.changed.emit()
        dialog.deleteLater()


class LeadList(RecordList):
    """The Leads folder: every lead, held whole (they are few), and the lead's card."""

    def __init__(self, host: ListHost) -> None:
        super().__init__(host)
        self.model = LeadTableModel(self)
        self.table = table_view(host.parent, "leads")
        self.table.setModel(self.model)
        self._query = ""
        self.hint = EmptyHint(self.table, self._hint)
        self.pane = LeadPane(host)
        self.card = self.pane
        self.pane.changed.connect(lambda: host.changed(Changes()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.pane.show_lead(
                self.model.leads[current.row()] if current.isValid() else None
            )
        )
        self.retranslate()

    def refresh(self, query: str, state: ViewState) -> int | None:
        try:
            leads = list_leads(self._host.db())
        except CrmError as error:
            self._host.show_error(error)
            return None
        folded = query.casefold()
        self._query = query.strip()
        self.model.set_leads([lead for lead in leads if folded in lead.name.casefold()])
        if self.model.leads:
            self.select_row(0)
        else:
            self.pane.show_lead(None)
        return len(self.model.leads)

    def _hint(self) -> Hint:
        """What the empty Leads folder says: how a contact becomes a lead."""
        if self._query:
            return Hint(filled(self.tr("No lead matches “%1”."), isolated(self._query)))
        return Hint(
            self.tr("No leads yet."),
            self.tr("Select contacts in the list and choose Contacts > Mark as Lead… to "
                    "qualify them and convert them when they are ready to buy."),
        )  # fmt: skip

    def apply(self, changes: Changes, query: str, state: ViewState) -> bool:
        self.refresh(query, state)
        return True

    def count_text(self, count: int) -> str:
        return QCoreApplication.translate("LeadList", "Leads: %1").replace(
            "%1", QLocale().toString(count)
        )

    def new(self) -> None:
        pass  # a lead is a contact or an account marked so (its editor)

    def edit(self) -> None:
        pass

    def delete(self) -> None:
        pass

    def restore(self) -> None:
        pass

    def activity_target(self) -> tuple[tuple[ContactId, str] | None, AccountId | None]:
        lead = self.pane.shown
        if lead is None:
            return None, None
        contact = (lead.contact_id, lead.name) if lead.contact_id is not None else None
        return contact, lead.account_id

    def retranslate(self) -> None:
        self.table.setAccessibleName(QCoreApplication.translate("LeadList", "Leads"))
        self.model.retranslate()
        self.pane.retranslate()
