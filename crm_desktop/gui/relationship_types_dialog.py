"""Relationship Types: the user's list of kinds of link, each with its inverse (Manager /
Direct report); add one, rename one (either word), remove one no relationship uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.relationship_words import type_word
from crm_desktop.records.relationships import RelationshipType
from crm_desktop.services.database import Database
from crm_desktop.services.relationships import (
    add_relationship_type,
    edit_relationship_type,
    relationship_types,
    remove_relationship_type,
)


class TypeNamesDialog(QDialog):
    """A type's two words: its name and its inverse (left empty: the same word)."""

    def __init__(self, name: str = "", inverse: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("typeName")
        self.inverse = QLineEdit(inverse, self)
        self.inverse.setObjectName("typeInverse")
        self._name_label = QLabel(self)
        self._inverse_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self._name_label, self.name)
        form.addRow(self._inverse_label, self.inverse)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_text_changed)
        self._retranslate()
        self._on_name_text_changed(name)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Relationship Type"))
        self._name_label.setText(self.tr("&Name:"))
        self._inverse_label.setText(self.tr("&Inverse (on the other card):"))
        self._name_label.setBuddy(self.name)
        self._inverse_label.setBuddy(self.inverse)
        self.inverse.setPlaceholderText(self.tr("The same word"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_name_text_changed(self, text: str) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))


class RelationshipTypesDialog(QDialog):
    def __init__(
        self,
        db: Callable[[], Database],
        show_error: Callable[[CrmError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._show_error = show_error
        self.types: list[RelationshipType] = []
        self.list = QListWidget(self)
        self.list.setObjectName("relationshipTypes")
        self.add_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Relationship Types"))
        self.add_button.setText(self.tr("&Add…"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        row = self.list.currentRow()
        try:
            self.types = relationship_types(self._db())
        except CrmError as error:
            self._show_error(error)
            return
        self.list.clear()
        for t in self.types:
            text = type_word(t.name)
            if not t.symmetric:
                text = (
                    self.tr("%1 / %2").replace("%1", text).replace("%2", type_word(t.inverse_name))
                )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self._on_list_current_row_changed(self.list.currentRow())

    def _on_list_current_row_changed(self, row: int) -> None:
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)

    def names_dialog(self, name: str = "", inverse: str = "") -> TypeNamesDialog:
        return TypeNamesDialog(name, inverse, self)

    def _on_add_clicked(self) -> None:
        dialog = self.names_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: add_relationship_type(self._db(), dialog.name.text(),
                                                    dialog.inverse.text()))  # fmt: skip
        dialog.deleteLater()

    def _on_rename_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        chosen = self.types[row]
        inverse = "" if chosen.symmetric else chosen.inverse_name
        dialog = self.names_dialog(chosen.name, inverse)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: edit_relationship_type(self._db(), chosen.id, dialog.name.text(),
                                                     dialog.inverse.text()))  # fmt: skip
        dialog.deleteLater()

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            type_id = self.types[row].id
            self._run(lambda: remove_relationship_type(self._db(), type_id))

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except CrmError as error:
            self._show_error(error)
        self.refresh()
