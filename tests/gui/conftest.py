"""Fixtures of every GUI test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from crm_desktop.gui.calendars import forget_chosen_calendar


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> None:
    """The window's remembered layout and choices (QSettings) go to the test's own folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    forget_chosen_calendar()  # the calendar chosen in View > Calendar is read from there


@pytest.fixture(autouse=True)
def _no_message_box_that_guesses_the_format(monkeypatch: pytest.MonkeyPatch) -> None:
    """``QMessageBox.warning()`` and its kin read data as rich text (they guess the format)
    and, modal, would hang a test: the GUI uses ``crm_desktop.gui.plain_text`` instead. One
    called fails the test at once."""

    def refuse(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError("a QMessageBox static function: use crm_desktop.gui.plain_text")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
