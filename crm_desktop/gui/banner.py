"""A message strip across the top of the window: reminders where there is no system tray,
the activities overdue at start. It says what, offers one action, and closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from crm_desktop.gui.colors import banner_colors

MAX_LINES = 4


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.action = QPushButton(self)
        self.action.setObjectName("bannerAction")
        self._close = QToolButton(self)
        self._close.setObjectName("bannerClose")
        self._close.setAutoRaise(True)
        self._close.setText("✕")
        self._apply_colors()
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self._close)
        self._lines: list[str] = []
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._on_action_clicked)
        self._close.clicked.connect(self.dismiss)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self._close.setToolTip(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close the message"))

    def _apply_colors(self) -> None:
        """Yellow on a light desktop, dark amber on a dark one (a palette, not a style sheet:
        nothing to parse at start-up)."""
        background, text = banner_colors()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(palette)
        close_palette = self._close.palette()  # flat on the banner: its text colour
        close_palette.setColor(QPalette.ColorRole.ButtonText, text)
        self._close.setPalette(close_palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the desktop went dark
            self._apply_colors()  # (changeEvent is not told of this one)
        return super().event(event)

    def show_message(
        self, text: str, action: str = "", callback: Callable[[], None] | None = None
    ) -> None:
        """Add a line (the newest first, the last few kept) and show the strip."""
        self._lines = [text, *self._lines][:MAX_LINES]
        self.label.setText("\n".join(self._lines))
        self.action.setText(action)
        self.action.setVisible(bool(action) and callback is not None)
        self._callback = callback
        self.show()

    def lines(self) -> list[str]:
        return list(self._lines)

    def replace_line(self, old: str, new: str) -> None:
        """Say ``new`` where ``old`` was (a count that changed); an empty ``new`` takes the
        line away, and the strip when it was the last."""
        if old not in self._lines:
            return
        self._lines = [new if line == old else line for line in self._lines if new or line != old]
        if not self._lines:
            self.dismiss()
            return
        self.label.setText("\n".join(self._lines))

    def dismiss(self) -> None:
        self._lines = []
        self._callback = None
        self.hide()

    def _on_action_clicked(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()
