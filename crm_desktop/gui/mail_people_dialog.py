"""After an e-mail import: the people the messages were with who are no contacts, offered as
new ones (each ticked; the names are the headers', shown as plain text). Accepting adds the
ticked ones, each linked to the e-mails that name their address."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.records.importing import UnknownPerson


class MailPeopleDialog(QDialog):
    def __init__(self, people: Sequence[UnknownPerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = tuple(people)
        self._note = QLabel(self)
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.setWordWrap(True)
        self._list = QListWidget(self)
        for person in self._people:
            written = f"{person.name} <{person.address}>" if person.name else person.address
            item = QListWidgetItem(written)  # an item's text is never read as rich text
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self._list.addItem(item)
        self._buttons = QDialogButtonBox(self)
        self._add = QPushButton(self)
        self._buttons.addButton(self._add, QDialogButtonBox.ButtonRole.AcceptRole)
        self._later = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._note)
        layout.addWidget(self._list)
        layout.addWidget(self._buttons)
        self._retranslate()

    def chosen(self) -> list[UnknownPerson]:
        """The people ticked."""
        return [
            person
            for row, person in enumerate(self._people)
            if self._list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, row: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self._list.item(row).setCheckState(state)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("People from the e-mails"))
        self._note.setText(
            self.tr(
                "%n person(s) in the imported e-mails are not among your contacts. Add the "
                "ones ticked as new contacts? Each is linked to the e-mails that name them.",
                "",
                len(self._people),
            )
        )
        self._add.setText(self.tr("&Add as contacts"))
        self._later.setText(self.tr("Not now"))
        self._list.setAccessibleName(self.tr("People not among your contacts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
