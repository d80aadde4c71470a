#!/usr/bin/env python3
"""The README's screenshots: the main window on the demo data, light and dark, English and
Arabic (right to left), written to docs/screenshots/.

    .venv/bin/python packaging/screenshots.py

Each shot runs in a process of its own (the UI language is chosen before Qt starts), with
Qt's offscreen platform, so it works on a machine without a display.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

SHOT = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
language, theme, target = sys.argv[1], sys.argv[2], Path(sys.argv[3])
QLocale.setDefault(QLocale(language))
QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # a first start: no saved layout
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from crm_desktop.app import create_application
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.services.database import open_database
from crm_desktop.services.demo import fill_demo_data
app = create_application(sys.argv[:1])
app.setStyle("Fusion")
if theme == "dark":  # what a desktop in dark mode hands Qt
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#2f6fb3"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Link, "#6fb0ff"),
        (QPalette.ColorRole.PlaceholderText, "#8a8a8a"),
    ):
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
db = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3", language)
fill_demo_data(db)
window = MainWindow(db)
window.resize(1280, 760)
window.show()
for _ in range(5):
    app.processEvents()
window._on_first_paint_done()
window.select_row(3)
app.processEvents()
window.grab().save(str(target))
db.close()
"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for language in ("en", "ar"):
        for theme in ("light", "dark"):
            target = OUT / f"main-window-{language}-{theme}.png"
            subprocess.run(
                [sys.executable, "-c", SHOT, language, theme, str(target)], check=True, env=env
            )
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
