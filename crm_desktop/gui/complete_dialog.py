"""Mark an activity done: what came of it, and whether to schedule the next step (ACT!'s
"record history, schedule follow-up")."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.activity_text import word
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.plain_text import plain_label


class CompleteDialog(QDialog):
    def __init__(self, kind: str, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeDialog")
        self.setMinimumWidth(520)  # room for the outcome's hint in longer languages
        self._kind = kind
        self._subject = subject
        layout = QVBoxLayout(self)
        self._heading = plain_label("", self)  # it quotes the subject
        self._heading.setObjectName("completeHeading")
        self._heading.setWordWrap(True)
        layout.addWidget(self._heading)
        form = QFormLayout()
        layout.addLayout(form)
        self.outcome = QLineEdit(self)
        self.outcome.setObjectName("outcome")
        self._outcome_label = QLabel(self)
        self._outcome_label.setBuddy(self.outcome)
        form.addRow(self._outcome_label, self.outcome)
        self.follow_up = QCheckBox(self)
        self.follow_up.setObjectName("followUp")
        self.follow_up.setChecked(True)
        layout.addWidget(self.follow_up)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark as done"))
        self._heading.setText(
            self.tr("%1: %2").replace("%1", word(self._kind)).replace("%2", isolated(self._subject))
        )
        self._outcome_label.setText(self.tr("&Outcome:"))
        self.outcome.setPlaceholderText(self.tr("What came of it (left a message, agreed…)"))
        self.follow_up.setText(self.tr("&Schedule a follow-up"))
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark as &done"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
