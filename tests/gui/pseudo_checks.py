"""The checks of a pseudo-translated pass (``CRM_DESKTOP_PSEUDO=1``): words on screen outside
the pseudo markers (never translated), buttons and one-line labels narrower than their words,
labels that show their accelerator's "&" as written, hints cut by their field."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

# A shortcut at the end of a tooltip, "(Ctrl+Shift+N)": keys, not words to translate.
_KEYS = re.compile(r"\((?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:F\d{1,2}|Del|[^\s()+])\)$")


def english_outside_markers(text: str) -> bool:
    outside = re.sub(r"\[[^\[\]]*\]", "", text.replace("&", ""))
    return re.search(r"[A-Za-z]{2,}", _KEYS.sub("", outside)) is not None


def words(top: QWidget) -> list[tuple[str, str]]:
    """(widget, text) of the words shown by ``top`` and its visible children."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QTableView) and (model := widget.model()) is not None:
            found += [
                (name, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
        found.append((name + " tip", widget.toolTip()))
    return [(what, text) for what, text in found if text.strip()]


def clipped(top: QWidget) -> list[str]:
    """The buttons and one-line labels narrower than their words."""
    return [
        widget.text()
        for widget in top.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLabel)
        and widget.isVisible()
        and widget.text()
        and not (isinstance(widget, QLabel) and widget.wordWrap())
        and widget.width() + 1 < widget.minimumSizeHint().width()
    ]


def literal_ampersands(top: QWidget) -> list[str]:
    """Labels that show their accelerator's "&" as written (a label has one only with a
    buddy)."""
    return [
        label.text()
        for label in top.findChildren(QLabel)
        if label.isVisible()
        and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText
        and "<" not in label.text()
        and re.search(r"&[^&\s]", label.text().replace("&&", ""))
    ]


def check(qtbot: QtBot, top: QWidget, *, dialog: bool = False) -> None:
    if dialog:
        qtbot.addWidget(top)
        top.show()
        qtbot.waitExposed(top)
    english = [(what, text) for what, text in words(top) if english_outside_markers(text)]
    assert english == []
    assert literal_ampersands(top) == []
    if dialog:
        assert clipped(top) == []


def choices(top: QWidget) -> list[tuple[str, str]]:
    """(widget, text) of the items of the visible lists to choose from and the hints of the
    visible fields (a web address's ``https://`` is what is typed, not words)."""
    found: list[tuple[str, str]] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QComboBox) and not widget.isEditable():
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QLineEdit) and widget.placeholderText() != "https://":
            found.append((name + " hint", widget.placeholderText()))
    return [(what, text) for what, text in found if text.strip()]


def cut_hints(top: QWidget) -> list[str]:
    """The hints (placeholder texts) of visible empty fields too narrow to show them whole."""
    cut = []
    for edit in top.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not (edit.isVisible() and hint and not edit.text()):
            continue
        room = edit.contentsRect().width() - 2 * edit.fontMetrics().averageCharWidth()
        if edit.fontMetrics().horizontalAdvance(hint) > room:
            cut.append(hint)
    return cut


def narrow_choices(top: QWidget) -> list[str]:
    """The current items of visible lists to choose from that are cut (the list narrower
    than its longest item wants)."""
    return [
        combo.currentText()
        for combo in top.findChildren(QComboBox)
        if combo.isVisible()
        and not combo.isEditable()
        and combo.width() + 1 < combo.sizeHint().width()
    ]
