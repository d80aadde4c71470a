"""Text from data (names, notes, subjects, file contents, error details) shown as the
characters it holds, never read as markup.

Qt guesses the format of a label's, a message box's and a tool tip's text
(``Qt::mightBeRichText``): a contact named ``<img src=/big.png width=30000>`` would load a
local image (gigabytes, a long freeze) wherever a guess is made. So a label or message box
that shows data is set to plain text (``plain_label``, ``message_box``), and text that must
be markup (a tool tip, whose format cannot be set; a link label) holds data only escaped
(``tool_tip``, ``escaped``). Item views paint ``DisplayRole`` as plain text already.
"""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget


def escaped(text: str) -> str:
    """``text`` for inside markup: ``<``, ``>``, ``&`` and quotes as entities."""
    return html.escape(text, quote=True)


def tool_tip(text: str) -> str:
    """A tool tip showing ``text`` as it is, as a plain one would (its lines kept, none
    wrapped): escaped in a paragraph, so Qt reads it as rich text whose only content is the
    characters. "" for no tool tip."""
    if not text:
        return ""
    return f'<p style="white-space:pre">{escaped(text)}</p>'


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and whatever is set later) as plain text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def add_form_row(form: QFormLayout, label: str, field: QWidget, *, buddy: bool = False) -> QLabel:
    """``form.addRow(label, field)`` with the label plain: a custom field's or an
    address's own label is data (``QFormLayout`` makes a label that guesses). ``buddy``:
    the label is our words with an accelerator ("&Reason:") that moves to ``field`` (a
    label without a buddy shows its "&" as written)."""
    shown = plain_label(label, field.parentWidget())
    if buddy:
        shown.setBuddy(field)
    form.addRow(shown, field)
    return shown


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose text (and informative text) is plain: what it quotes from data,
    a path or an error stays characters. (``QMessageBox.warning()`` and its kin guess.)"""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """Show ``text`` in a plain-text message box with an OK button, and wait for it."""
    message_box(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()


def notification_text(text: str) -> str:
    """``text`` for a desktop notification. On Linux and the BSDs Qt hands it to the
    notification server over D-Bus, which may read it as markup (``<img>`` included) and
    offers no way to say it is plain; entities would show as ``&lt;`` where it is plain.
    So angle brackets become their full-width look-alikes there: nothing can open a tag."""
    if sys.platform in ("win32", "darwin"):  # shown by the system as plain text
        return text
    return text.replace("<", "\uff1c").replace(">", "\uff1e")
