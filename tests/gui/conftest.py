"""Fixtures of every GUI test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from crm_desktop.gui.calendars import forget_chosen_calendar


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> None:
    """The window's remembered layout and choices (QSettings) go to the test's own folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    forget_chosen_calendar()  # the calendar chosen in View > Calendar is read from there
