"""Won or lost: the reason, asked when a deal is dropped on Won or Lost (or closed from its
card). A lost deal may name the competitor it went to, from the accounts in the Competitor
category. The reason is required for a lost deal (why deals are lost is what the report
is for), optional for a won one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.plain_text import add_form_row, plain_label
from crm_desktop.records.ids import AccountId
from crm_desktop.records.sales import Deal


class DealCloseDialog(QDialog):
    def __init__(
        self,
        deal: Deal,
        *,
        won: bool,
        competitors: Sequence[tuple[AccountId, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dealCloseDialog")
        self.won = won
        self.setWindowTitle(self.tr("Deal won") if won else self.tr("Deal lost"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(isolated(deal.title), self))
        form = QFormLayout()
        layout.addLayout(form)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("closeReason")
        self.reason.setPlaceholderText(
            self.tr("Why it was won (optional)") if won else self.tr("Why it was lost")
        )
        add_form_row(form, self.tr("&Reason:"), self.reason, buddy=True)
        self.competitor = QComboBox(self)
        self.competitor.setObjectName("competitor")
        self.competitor.addItem(self.tr("No competitor"), None)
        for account_id, name in competitors:
            self.competitor.addItem(name, int(account_id))
        if not won:
            add_form_row(form, self.tr("Lost to &competitor:"), self.competitor, buddy=True)
        else:
            self.competitor.hide()
        self._hint = QLabel(self)
        self._hint.setEnabled(False)
        self._hint.setWordWrap(True)  # a long translation wraps instead of running off
        if not won and not competitors:
            self._hint.setText(self.tr("Accounts in the Competitor category are offered here."))
            layout.addWidget(self._hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self._on_reason_text_changed(self.reason.text())

    def _on_reason_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.won or bool(text.strip()))

    @property
    def reason_text(self) -> str:
        return self.reason.text().strip()

    @property
    def competitor_id(self) -> AccountId | None:
        value = self.competitor.currentData()
        return AccountId(value) if isinstance(value, int) and not self.won else None
