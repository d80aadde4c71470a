"""Message boxes in tests: every box run with ``exec()`` is answered at once and kept.

The GUI opens every message box itself (plain text: ``crm_desktop.gui.plain_text``), never
through ``QMessageBox.warning()`` and its kin, so one patch of ``exec`` sees them all:
questions (more than one button) get the answer a test chose; what is told (an OK button
alone) is collected by icon."""

from __future__ import annotations

import weakref
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QMessageBox

_ICONS = {
    "information": QMessageBox.Icon.Information,
    "warning": QMessageBox.Icon.Warning,
    "critical": QMessageBox.Icon.Critical,
}


class Boxes:
    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Ok
        self.questions: list[QMessageBox] = []
        self.told: defaultdict[QMessageBox.Icon, list[str]] = defaultdict(list)
        self.all: list[QMessageBox] = []

    def exec_(self, box: QMessageBox) -> int:
        self.all.append(box)
        if len(box.buttons()) > 1:
            self.questions.append(box)
            return self.answer.value
        self.told[box.icon()].append(box.text())
        return QMessageBox.StandardButton.Ok.value


_WATCHED: weakref.WeakKeyDictionary[pytest.MonkeyPatch, Boxes] = weakref.WeakKeyDictionary()


def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """The boxes of this test (``exec`` patched on first use)."""
    watched = _WATCHED.get(monkeypatch)
    if watched is None:
        watched = _WATCHED[monkeypatch] = Boxes()
        seen = watched

        def exec_(box: QMessageBox) -> int:
            return seen.exec_(box)

        monkeypatch.setattr(QMessageBox, "exec", exec_)
    return watched


def answer(
    monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton
) -> list[QMessageBox]:
    """Every question from now is answered with ``button``; the questions asked."""
    watched = boxes(monkeypatch)
    watched.answer = button
    return watched.questions


def told(monkeypatch: pytest.MonkeyPatch, kind: str) -> list[str]:
    """The texts of the boxes of that kind ("information", "warning", "critical") told."""
    return boxes(monkeypatch).told[_ICONS[kind]]
