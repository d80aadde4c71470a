"""The status bar's word after a delete: what went, and the key that brings it back ("Contact
“Eleni” moved to the Trash — Undo (Ctrl+Z)"), with an Undo button right after it (not at the
bar's far end) while it shows. A command says it in its ``feedback`` attribute; an undo takes
the word away again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QStatusBar, QToolButton
from shiboken6 import isValid

SHOWN_MS = 10_000
# Pixels from the bar's leading edge to where QStatusBar draws its message (qstatusbar.cpp:
# 6 from the left, 12 from the right in a right-to-left bar).
MESSAGE_START = {Qt.LayoutDirection.LeftToRight: 6, Qt.LayoutDirection.RightToLeft: 12}
GAP = 8  # pixels between the message and the button


class UndoFeedback(QObject):
    def __init__(self, stack: QUndoStack, status_bar: QStatusBar) -> None:
        super().__init__(stack)
        self._stack = stack
        self._status = status_bar
        self._index = stack.index()
        self._shown = ""
        self.button = QToolButton(status_bar)  # Undo, after the word while it shows
        self.button.setObjectName("undoFeedback")
        self.button.setAutoRaise(True)
        self.button.hide()
        self.button.clicked.connect(self._on_button_clicked)
        self.button.installEventFilter(self)
        status_bar.installEventFilter(self)  # resized: the button follows the word
        self._retranslate()
        status_bar.messageChanged.connect(self._on_message_changed)
        stack.indexChanged.connect(self._on_stack_index_changed)

    def _retranslate(self) -> None:
        self.button.setText(self.tr("Undo"))
        self.button.setToolTip(self.tr("Bring back what was just deleted"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.button and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if watched is self._status and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        """The button right after the message as the status bar draws it (from its leading
        edge), kept inside the bar when the message is long."""
        if not isValid(self.button) or not isValid(self._status):
            return
        bar = self._status
        self.button.adjustSize()
        size = self.button.sizeHint()
        text = bar.fontMetrics().horizontalAdvance(self._shown)
        start = MESSAGE_START.get(bar.layoutDirection(), 6)
        offset = min(start + text + GAP, max(0, bar.width() - size.width() - 16))
        x = (
            offset
            if bar.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else (bar.width() - offset - size.width())
        )
        self.button.setGeometry(x, (bar.height() - size.height()) // 2, size.width(),
                                min(size.height(), bar.height()))  # fmt: skip
        self.button.raise_()

    def _on_button_clicked(self) -> None:
        self.button.hide()
        self._stack.undo()

    def _on_message_changed(self, message: str) -> None:
        if isValid(self.button) and (not message or message != self._shown):
            self.button.hide()

    def _on_stack_index_changed(self, index: int) -> None:
        previous, self._index = self._index, index
        if not isValid(self._status):  # the window is closing (its stack cleared last)
            return
        if index > previous:  # a command done (or redone)
            feedback = getattr(self._stack.command(index - 1), "feedback", "")
            if isinstance(feedback, str) and feedback:
                self.tell(feedback)
        elif self._shown and self._status.currentMessage() == self._shown:
            self._status.clearMessage()  # undone: the word is no longer true

    def tell(self, feedback: str) -> None:
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self._shown = self.tr("%1 — Undo (%2)").replace("%2", keys).replace("%1", feedback)
        self._status.showMessage(self._shown, SHOWN_MS)
        self._place()
        self.button.show()
