"""Driving the window with the keyboard only: keys go where the user's would, to the widget
with the focus (``QApplication.focusWidget()``), and a dialog opened by a key is answered with
keys too, once it shows."""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

D = TypeVar("D", bound=QDialog)
WAIT_S = 10.0


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _has_keyboard() -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and widget.window().isActiveWindow()


def focused(qtbot: QtBot) -> QWidget:
    """The widget with the focus, once a window has the keyboard (a dialog just closed
    hands it back to the window a moment later)."""
    if QApplication.activeWindow() is None:
        # What a window manager does when a dialog closes (the offscreen platform does not):
        # the window under it is active again.
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QMainWindow) and window.isVisible():
                window.activateWindow()
    qtbot.waitUntil(_has_keyboard, timeout=int(WAIT_S * 1000))
    return focus()


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """``key`` pressed (and released) on the widget with the focus."""
    qtbot.keyClick(focused(qtbot), key, modifiers)


def type_in(qtbot: QtBot, text: str) -> None:
    """``text`` typed on the widget with the focus."""
    qtbot.keyClicks(focused(qtbot), text)


def answer(kind: type[D], keys: Callable[[D], None]) -> list[D]:
    """When a modal dialog of ``kind`` shows (opened by a key pressed next) and has the
    keyboard, ``keys(dialog)`` types into it. The list returned holds the dialog once answered. A dialog the keys left
    open is closed (``done(0)``), so that a failing test does not hang."""
    answered: list[D] = []
    deadline = monotonic() + WAIT_S

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        widget = QApplication.focusWidget()
        if not isinstance(dialog, kind) or widget is None or widget.window() is not dialog:
            if monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        try:
            keys(dialog)
            answered.append(dialog)
        finally:
            if dialog.isVisible():
                dialog.done(0)

    QTimer.singleShot(0, poll)
    return answered
