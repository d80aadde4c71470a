"""What a newcomer sees instead of a blank list: where to bring contacts in from (Outlook,
Google, a phone, any CSV, each with where that program keeps its export), adding the first
one by hand, or a look at the demo.

The demo opens as ``crm-desktop --demo`` does: a window of its own on a fresh temporary
database filled with sample data. Nothing of it is written into the user's database."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QProcess, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.plain_text import plain_label

MAX_WIDTH = 760  # the lines of text stay readable on a wide window
STATUS_MS = 10_000
DEMO_FAILED = QT_TRANSLATE_NOOP("EmptyViews", "The demo could not be started.")
DEMO_STARTED = QT_TRANSLATE_NOOP(
    "EmptyViews", "The demo opens in a window of its own; your database is not changed."
)


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that start the demo window (the bundle is its own program)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "crm_desktop", "--demo"]


def start_demo() -> int | None:
    """The demo started in a process of its own; its process id (None when it did not start)."""
    program, arguments = demo_command()
    started, pid = QProcess.startDetached(program, arguments)
    return int(pid) if started else None


class WelcomePanel(QWidget):
    """The welcome: one button per way to start, each with a line on what it does."""

    demo_started = Signal(object)  # the demo's process id, or None when it could not start

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setMaximumWidth(MAX_WIDTH)
        self._actions = actions
        self.demo_pid: int | None = None  # the demo window's process, once started
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        self._lines: dict[str, QLabel] = {}
        starts: tuple[tuple[str, Callable[[], None]], ...] = (
            ("outlook", self._import), ("google", self._import), ("phone", self._import),
            ("csv", self._import), ("new", self._new), ("demo", self._demo),
        )  # fmt: skip
        for row, (name, slot) in enumerate(starts):
            button = QPushButton(self)
            button.setObjectName(f"welcome_{name}")
            button.clicked.connect(slot)
            line = plain_label("", self)
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(line, row, 1, Qt.AlignmentFlag.AlignTop)
            self.buttons[name], self._lines[name] = button, line
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def line(self, name: str) -> str:
        """The line beside the button ``name`` (where that program keeps its export...)."""
        return self._lines[name].text().lstrip("\u200f")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to CRM Desktop"))
        self.intro.setText(
            self.tr(
                "There are no contacts yet. Bring in the ones you already have, "
                "or start with the first one."
            )
        )
        words = {
            "outlook": (
                self.tr("Import from Outlook…"),
                self.tr(
                    "In Outlook: File > Open & Export > Import/Export > Export to a file > "
                    "Comma Separated Values. Outlook.com: People > Manage contacts > "
                    "Export contacts."
                ),
            ),
            "google": (
                self.tr("Import from Google…"),
                self.tr(
                    "At contacts.google.com: Export, then Google CSV or vCard. The file goes "
                    "to your Downloads folder."
                ),
            ),
            "phone": (
                self.tr("Import from a phone…"),
                self.tr(
                    "Android: Contacts > Fix & manage > Export to file (a .vcf file). "
                    "iPhone: at icloud.com/contacts select all, then Export vCard."
                ),
            ),
            "csv": (
                self.tr("Import a CSV file…"),
                self.tr(
                    "Any other program or spreadsheet: save the list as CSV; you then say "
                    "which column holds what."
                ),
            ),
            "new": (self.tr("Add a contact…"), self.tr("Type in the first one yourself.")),
            "demo": (
                self.tr("Open the demo"),
                self.tr(
                    "A separate window with sample contacts, accounts and activities, to "
                    "look around in. Nothing of it is added to your own database."
                ),
            ),
        }
        # A right-to-left paragraph even where its first word is a name ("Android: ..."):
        # its own first letter would turn the whole line around.
        mark = (
            "\u200f" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
        )
        for name, (text, line) in words.items():
            self.buttons[name].setText(text)
            self._lines[name].setText(mark + line)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _import(self) -> None:
        self._actions["import"].trigger()

    def _new(self) -> None:
        self._actions["new"].trigger()

    def _demo(self) -> None:
        self.demo_pid = start_demo()
        window = self.window()
        if isinstance(window, QMainWindow):
            said = DEMO_FAILED if self.demo_pid is None else DEMO_STARTED
            window.statusBar().showMessage(
                QCoreApplication.translate("EmptyViews", str(said)), STATUS_MS
            )
        self.demo_started.emit(self.demo_pid)
