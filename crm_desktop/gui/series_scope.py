"""Outlook's question before an occurrence of a repeating activity is changed or deleted:
only this one, or all in the series."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.gui.plain_text import message_box

ONE = QMessageBox.StandardButton.Yes  # the button that says "Only this one"
ALL = QMessageBox.StandardButton.YesToAll  # "All in the series"


class Scope(Enum):
    ONE = "one"
    ALL = "all"


def ask_series_scope(parent: QWidget | None, subject: str, *, deleting: bool) -> Scope | None:
    """Which part of the series ``subject`` the user means; None: cancelled."""
    title = (
        QCoreApplication.translate("SeriesScope", "Delete repeating activity")
        if deleting
        else QCoreApplication.translate("SeriesScope", "Edit repeating activity")
    )
    text = (
        QCoreApplication.translate(
            "SeriesScope", "“%1” repeats. Delete only this occurrence, or every one in the series?"
        )
        if deleting
        else QCoreApplication.translate(
            "SeriesScope", "“%1” repeats. Change only this occurrence, or every one in the series?"
        )
    ).replace("%1", subject)
    box = message_box(
        QMessageBox.Icon.Question, title, text, ONE | ALL | QMessageBox.StandardButton.Cancel,
        parent,
    )  # fmt: skip
    box.setObjectName("seriesScope")
    box.button(ONE).setText(QCoreApplication.translate("SeriesScope", "Only &this one"))
    box.button(ALL).setText(QCoreApplication.translate("SeriesScope", "&All in the series"))
    box.setDefaultButton(ONE)
    answer = box.exec()
    if answer == ONE.value:
        return Scope.ONE
    if answer == ALL.value:
        return Scope.ALL
    return None
