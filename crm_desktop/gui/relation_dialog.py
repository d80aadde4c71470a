"""Add Relationship: the type (each type in both directions: Manager, Direct report...) and the
other person, typed with a completer over the contacts and accounts; a name no record has is
kept as a name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.relationship_words import type_word
from crm_desktop.records.relationships import OtherKind, RelationDraft, RelationshipType


class RelationDialog(QDialog):
    """Choose a type and a person for the record shown: a contact (``contact_id``) or an
    account (``account_id``: the other must then be a contact)."""

    def __init__(
        self,
        types: Sequence[RelationshipType],
        candidates: Sequence[tuple[OtherKind, int, str]],
        *,
        contact_id: int | None = None,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._contact_id = contact_id
        self._account_id = account_id
        self.type_box = QComboBox(self)
        self.type_box.setObjectName("relationType")
        for t in types:
            # The word as this record's card will show it: from a contact's side, the type's
            # name reads "the other is my <name>"; an account's side sees the inverse first.
            # (A row read from its other end shows the inverse when not reversed.)
            on_account = account_id is not None
            first, second = (t.inverse_name, t.name) if on_account else (t.name, t.inverse_name)
            self.type_box.addItem(type_word(first), (t.id, False))
            if not t.symmetric:
                self.type_box.addItem(type_word(second), (t.id, True))
        self._people: dict[str, tuple[OtherKind, int]] = {}
        for kind, record_id, name in candidates:
            if account_id is not None and kind is not OtherKind.CONTACT:
                continue
            if kind is OtherKind.CONTACT and record_id == contact_id:
                continue
            shown = name if kind is OtherKind.CONTACT else self._account_text(name)
            self._people.setdefault(shown, (kind, record_id))
        self.person = QLineEdit(self)
        self.person.setObjectName("relationPerson")
        completer = QCompleter(QStringListModel(sorted(self._people), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._form = QFormLayout()
        self._type_label = QLabel(self)
        self._person_label = QLabel(self)
        self._form.addRow(self._type_label, self.type_box)
        self._form.addRow(self._person_label, self.person)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self._hint)
        layout.addWidget(self._buttons)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.person.textChanged.connect(self._on_person_text_changed)
        self._retranslate()
        self._on_person_text_changed(self.person.text())

    def _account_text(self, name: str) -> str:
        return self.tr("%1 (account)").replace("%1", name)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Relationship"))
        self._type_label.setText(self.tr("&Relationship:"))
        self._person_label.setText(self.tr("&Person:"))
        self._type_label.setBuddy(self.type_box)
        self._person_label.setBuddy(self.person)
        self._on_person_text_changed(self.person.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_person_text_changed(self, text: str) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        name = text.strip()
        if not name:
            self._hint.setText("")
            ok.setEnabled(False)
            return
        if name in self._people:
            self._hint.setText("")
            ok.setEnabled(True)
        elif self._account_id is not None:  # an account's relationship is with a contact
            self._hint.setText(self.tr("Choose one of your contacts."))
            ok.setEnabled(False)
        else:
            self._hint.setText(
                self.tr("No contact or account has this name: it is kept as a name.")
            )
            ok.setEnabled(True)

    def draft(self) -> RelationDraft | None:
        """The relationship chosen (None: nothing valid is chosen)."""
        data = self.type_box.currentData()
        name = self.person.text().strip()
        if data is None or not name:
            return None
        type_id, reverse = data
        found = self._people.get(name)
        if self._account_id is not None:
            if found is None:
                return None
            return RelationDraft(found[1], type_id, reverse, other_account_id=self._account_id)
        assert self._contact_id is not None
        if found is None:
            return RelationDraft(self._contact_id, type_id, reverse, other_name=name)
        kind, record_id = found
        if kind is OtherKind.ACCOUNT:
            return RelationDraft(self._contact_id, type_id, reverse, other_account_id=record_id)
        return RelationDraft(self._contact_id, type_id, reverse, other_contact_id=record_id)
