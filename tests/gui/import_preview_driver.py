"""Driving File > Import's preview in window tests: the dialog is shown (not run modally),
left to finish its dry run, then Import is clicked, or Cancel, as a user would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog

Choose = Callable[[ImportPreviewDialog], bool]  # what the user does; True: Import, False: Cancel


def import_what_the_preview_shows(dialog: ImportPreviewDialog) -> bool:
    return True


def answer_previews(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, choose: Choose = import_what_the_preview_shows
) -> list[ImportPreviewDialog]:
    """Every preview opened from now on is answered by ``choose`` once its dry run is done
    (one that fails closes itself); the list collects them."""
    shown: list[ImportPreviewDialog] = []

    def exec_(dialog: ImportPreviewDialog) -> int:
        shown.append(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
        if dialog.isVisible():
            if choose(dialog):
                qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
                dialog._import.click()
            else:
                dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return shown
