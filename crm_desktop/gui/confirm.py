"""A question before something that cannot be taken back, with the action named on its button."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.gui.plain_text import message_box


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask; True when the user chose ``action`` (Cancel is the default, as Esc and Enter go)."""
    box = message_box(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(action)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Ok
