"""The selected contact, shown beside the list. Contact data is always plain text."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.services.records import ContactCard


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a name like <b>x</b> is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ContactCardView(QScrollArea):
    """Name, accounts, emails, phones, addresses, birthday, categories, custom fields, note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Contact card"))
        self.show_card(None)

    def show_card(self, card: ContactCard | None) -> None:
        body = QWidget(self)
        outer = QVBoxLayout(body)
        if card is None:
            hint = QLabel(self.tr("Select a contact to see it here."), body)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setEnabled(False)
            outer.addWidget(hint)
            self.setWidget(body)
            return
        d = card.draft
        name = _plain_label(d.formatted_name, body)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        name.setFont(font)
        name.setObjectName("cardName")
        outer.addWidget(name)
        for link in card.accounts:
            line = f"{link.title} · {link.name}" if link.title else link.name
            outer.addWidget(_plain_label(line, body))
        form = QFormLayout()
        outer.addLayout(form)

        def add(label: str, value: str) -> None:
            if value:
                form.addRow(label, _plain_label(value, body))

        add(self.tr("Title"), d.title)
        add(self.tr("Department"), d.department)
        for email in d.emails:
            add(self.tr("Email"), email.value)
        for phone in d.phones:
            add(self.tr("Phone"), phone.value)
        for a in d.addresses:
            parts = (a.street, a.extended, a.po_box, a.locality, a.region, a.postal_code, a.country)
            add(self.tr("Address"), "\n".join(part for part in parts if part))
        add(self.tr("Birthday"), self._date_text(d.birthday))
        add(self.tr("Categories"), ", ".join(d.categories))
        for field in d.custom_fields:
            add(field.label, field.value)
        if d.note:
            outer.addWidget(_plain_label(d.note, body))
        outer.addStretch(1)
        self.setWidget(body)

    def _date_text(self, value: str | None) -> str:
        """A (partial) ISO date in the user's locale; a date without a year shows day and month."""
        if not value:
            return ""
        locale = QLocale()
        if value.startswith("--"):
            month, day = int(value[2:4]), int(value[5:7])
            return f"{locale.toString(day)} {locale.monthName(month)}"
        if len(value) == 10:
            date = QDate.fromString(value, Qt.DateFormat.ISODate)
            return locale.toString(date, QLocale.FormatType.LongFormat)
        return value
