"""The questions of the bulk actions: which field to set on many contacts and to what
(account, keep-in-touch interval, lead status, a custom field), and the activity to log for
each (kind, subject, date)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.activity_text import word
from crm_desktop.gui.pipeline.sales_text import sales_word
from crm_desktop.gui.plain_text import add_form_row
from crm_desktop.records.sales import LeadStatus
from crm_desktop.records.vocabulary import ActivityKind

ACCOUNT, KEEP_IN_TOUCH, LEAD_STATUS, CUSTOM_FIELD = range(4)


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """What the user chose to set: ``field`` (one of ACCOUNT...), and its value."""

    field: int
    account: str = ""
    days: int | None = None  # None: cleared
    status: LeadStatus = LeadStatus.NEW
    label: str = ""
    value: str = ""


@dataclass(frozen=True, slots=True)
class LogChoice:
    kind: ActivityKind
    subject: str
    day: date


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SetFieldDialog(QDialog):
    """Contacts > Set Field…: one field, one value, for every contact chosen."""

    def __init__(self, accounts: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setFieldDialog")
        self.setWindowTitle(self.tr("Set Field"))
        layout = QFormLayout(self)
        self.field = QComboBox(self)
        self.field.setObjectName("field")
        for text in (self.tr("Account"), self.tr("Keep in touch every"),
                     self.tr("Lead status"), self.tr("Custom field")):  # fmt: skip
            self.field.addItem(text)
        add_form_row(layout, self.tr("&Field:"), self.field, buddy=True)
        self.pages = QStackedWidget(self)
        self.account = QComboBox(self)
        self.account.setObjectName("account")
        self.account.addItems(list(accounts))
        self.days = QSpinBox(self)
        self.days.setObjectName("days")
        self.days.setRange(0, 3650)
        self.days.setValue(30)
        self.days.setSpecialValueText(self.tr("Never (cleared)"))
        self.days.setSuffix(self.tr(" days"))
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for status in LeadStatus:
            self.status.addItem(sales_word(status.value), status.value)
        custom = QWidget(self)
        custom_layout = QFormLayout(custom)
        custom_layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLineEdit(custom)
        self.label.setObjectName("label")
        self.value = QLineEdit(custom)
        self.value.setObjectName("value")
        add_form_row(custom_layout, self.tr("&Label:"), self.label, buddy=True)
        add_form_row(custom_layout, self.tr("&Value:"), self.value, buddy=True)
        for field in (self.account, self.days, self.status):
            page = QWidget(self)  # the field at its own height, at the top of the page
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            page_layout.addWidget(field)
            page_layout.addStretch(1)
            self.pages.addWidget(page)
        self.pages.addWidget(custom)
        layout.addRow(self.pages)
        layout.addRow(_buttons(self))
        self.field.currentIndexChanged.connect(self.pages.setCurrentIndex)

    def choice(self) -> FieldChoice:
        field = self.field.currentIndex()
        days = self.days.value() or None
        status = LeadStatus(self.status.currentData())
        return FieldChoice(field, self.account.currentText(), days, status,
                           self.label.text().strip(), self.value.text())  # fmt: skip


class LogForEachDialog(QDialog):
    """Contacts > Log Activity for Each…: the kind, the subject and the day it was done."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logForEachDialog")
        self.setWindowTitle(self.tr("Log Activity for Each"))
        layout = QFormLayout(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in ActivityKind:
            self.kind.addItem(word(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(ActivityKind.LETTER.value))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        example = self.tr("Sent Christmas card")
        self.subject.setPlaceholderText(example)
        metrics = self.subject.fontMetrics()  # the example whole, with the frame's room
        self.subject.setMinimumWidth(
            metrics.horizontalAdvance(example) + 4 * metrics.averageCharWidth()
        )
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        add_form_row(layout, self.tr("&Kind:"), self.kind, buddy=True)
        add_form_row(layout, self.tr("&Subject:"), self.subject, buddy=True)
        add_form_row(layout, self.tr("&Done on:"), self.day, buddy=True)
        layout.addRow(_buttons(self))

    def choice(self) -> LogChoice:
        day = self.day.date()
        return LogChoice(ActivityKind(self.kind.currentData()), self.subject.text().strip(),
                         date(day.year(), day.month(), day.day()))  # fmt: skip


def done_at(day: date, now: datetime) -> datetime:
    """When an activity logged for ``day`` was done: now if today, else noon that day (in
    the local time of ``now``, which carries its offset)."""
    if day == now.date():
        return now
    return now.replace(year=day.year, month=day.month, day=day.day, hour=12, minute=0,
                       second=0, microsecond=0)  # fmt: skip
