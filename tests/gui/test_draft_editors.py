"""What the three editors share: a problem is said inline, in one style, and Save waits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.account_editor import AccountEditor
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.contact_editor import ContactEditor

EDITORS: dict[str, Callable[[], QDialog]] = {
    "contact": lambda: ContactEditor(None, [], []),
    "account": lambda: AccountEditor(None),
    "activity": lambda: ActivityEditorDialog(None),
}
PROBLEMS = {
    "contact": "Give the contact a name, an email or a phone.",
    "account": "Give the account a name.",
    "activity": "Give the activity a subject.",
}


@pytest.mark.parametrize("kind", list(EDITORS))
def test_a_problem_is_said_in_bold_error_red_and_the_dialog_stays_open(
    qtbot: QtBot, kind: str
) -> None:
    editor = EDITORS[kind]()
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()  # empty: each editor wants a name or a subject
    problem = editor.findChild(QWidget, "problem")
    assert problem is not None and problem.isVisible()
    assert problem.text() == PROBLEMS[kind]  # type: ignore[attr-defined]
    problem.ensurePolished()
    assert problem.font().bold()
    shown = problem.palette().color(QPalette.ColorRole.WindowText)
    assert shown == alert_color()  # the errors' red, not the selection's blue (issue 20)
    assert shown != editor.palette().color(QPalette.ColorRole.Highlight)
    assert editor.result() != QDialog.DialogCode.Accepted.value
    assert editor.result_draft() is None  # type: ignore[attr-defined]


def test_a_photo_problem_is_said_in_the_same_style(qtbot: QtBot, tmp_path: Path) -> None:
    editor = ContactEditor(None, [], [])
    qtbot.addWidget(editor)
    notes = tmp_path / "notes.png"
    notes.write_text("not an image")
    assert not editor.set_photo_file(notes)
    problem = editor.findChild(QWidget, "problem")
    assert problem is not None
    problem.ensurePolished()
    assert "notes.png is not an image" in problem.text()  # type: ignore[attr-defined]
    assert problem.font().bold()
