"""A question before something that cannot be taken back, with the action named on its button."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.plain_text import message_box
from crm_desktop.gui.resources import icon


def confirm(
    parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = False
) -> bool:
    """Ask; True when the user chose ``action`` (Cancel is the default, as Esc and Enter go).
    The action's button has no "OK" tick (the style's): ``destructive``, it says so in red
    with the Delete bin."""
    box = message_box(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent,
    )
    button = box.button(QMessageBox.StandardButton.Ok)
    button.setText(action)
    button.setIcon(icon("delete") if destructive else QIcon())
    if destructive:
        palette = button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, alert_color(palette))
        button.setPalette(palette)
        button.setObjectName("destructiveButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Ok
