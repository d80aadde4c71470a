"""Designer forms: the compiled modules in crm_desktop/gui/forms match ui/, and they work."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop import __version__
from crm_desktop.gui.about_dialog import AboutDialog

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-uic is missing from the environment that runs the tests")
    return found


def _without_header(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("## Created by:")]


@pytest.mark.parametrize("form", FORMS, ids=lambda path: path.name)
def test_compiled_form_is_what_pyside6_uic_makes_of_the_ui_file(form: Path, tmp_path: Path) -> None:
    compiled = ROOT / "crm_desktop" / "gui" / "forms" / f"ui_{form.stem}.py"
    fresh = tmp_path / compiled.name
    subprocess.run([_uic(), str(form), "-o", str(fresh)], check=True, timeout=60)
    assert _without_header(compiled.read_text(encoding="utf-8")) == _without_header(
        fresh.read_text(encoding="utf-8")
    ), f"run: pyside6-uic {form.relative_to(ROOT)} -o {compiled.relative_to(ROOT)}"


def test_there_is_a_form_to_check() -> None:
    assert FORMS


def test_about_dialog_names_the_version_and_the_database(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "crm.sqlite3")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Version {__version__}" in texts
    assert str(tmp_path / "crm.sqlite3") in texts
    assert not dialog.findChild(QLabel, "icon").pixmap().isNull()
