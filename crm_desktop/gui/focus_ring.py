"""The ring drawn around the control with the keyboard's focus: Fusion draws none around a
list or a card, and a faint one on buttons and tabs. In the palette's highlight colour, so
that it shows in a dark palette as in a light one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QComboBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# The controls drawn with a ring when they have the focus (a line edit, a spin box and a text
# box draw their own highlighted frame).
RINGED = (QAbstractScrollArea, QTabBar, QAbstractButton, QComboBox, QAbstractSlider)
UNRINGED = (QPlainTextEdit, QTextEdit)  # their frame is highlighted already


class FocusRing(QWidget):
    """A ring in the highlight colour just inside the edge of the widget with the focus
    (Fusion draws none around a list or a card, and a faint one on buttons and tabs). It is
    the widget's child, above its contents, so that no neighbour covers it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Around ``widget`` (None: hidden)."""
        owner = self.parentWidget()
        if owner is not None and owner is not widget:
            owner.removeEventFilter(self)
        if widget is None:
            self.hide()
            return
        if owner is not widget:
            self.setParent(widget)
            widget.installEventFilter(self)
        self.setGeometry(widget.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            assert isinstance(watched, QWidget)
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(color, 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
