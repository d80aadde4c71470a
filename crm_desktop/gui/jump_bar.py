"""The A-Z jump bar beside the contacts list (as Outlook's and KAddressBook's): one letter of
the user's alphabet per step, and "#" for the names that start with no letter of it (digits,
signs: at the top of the list). A click, or the keyboard (Up, Down, Home, End, then Enter or
Space; or a letter typed), asks for the first name at that letter. The letters no name of
the list starts at are greyed and passed over; the whole bar is disabled (greyed, out of the
Tab order) while the list is empty.

The alphabet follows the window's language: English and Catalan A-Z (Catalan's Ç is folded
to C by the same folding that sorts the names, so it needs no step of its own), Greek Α-Ω,
Arabic in its alphabetical (hijā'ī) order, Persian with پ چ ژ گ and و before ه. The bar is
a vertical strip, so a right-to-left window only moves it to the list's other side."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

OTHERS = "#"
ALPHABETS: dict[str, str] = {
    "en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ca": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "el": "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
}


def alphabet_for(language: str) -> tuple[str, ...]:
    """The bar's steps for a language code ("el", "fa_IR"): "#" and the letters."""
    code = language.replace("-", "_").split("_", 1)[0].lower()
    return (OTHERS, *ALPHABETS.get(code, ALPHABETS["en"]))


class JumpBar(QWidget):
    jumped = Signal(str)  # the step chosen: a letter, or "#"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jumpBar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._hover = -1
        self._current = 0
        self.letters: tuple[str, ...] = ()
        self._present: frozenset[str] | None = None  # None: every letter may be chosen
        self.follow_language()

    def follow_language(self) -> None:
        """The alphabet and the words of the window's language now."""
        letters = alphabet_for(QLocale().name())
        if letters != self.letters and self._present is not None and self.isEnabled():
            self._present = None  # another alphabet: each open until the list is looked at
        self.letters = letters
        self._current = min(self._current, len(self.letters) - 1)
        self.setAccessibleName(self.tr("Go to letter"))
        self.setToolTip(self.tr("Go to the names starting with a letter (click, or type it)"))
        self.updateGeometry()
        self.update()

    def set_present(self, letters: Collection[str] | None) -> None:
        """The letters some name of the list starts at (None: not known, every one may be
        chosen); none at all (an empty list): the bar disabled."""
        self._present = None if letters is None else frozenset(letters)
        self.setEnabled(letters is None or bool(self._present))
        if not self.present(self.letters[self._current]):
            self._current = self._nearest_present(self._current)
        self.update()

    def present(self, letter: str) -> bool:
        """Whether ``letter`` may be chosen (a name of the list starts at it)."""
        return self.isEnabled() and (self._present is None or letter in self._present)

    def _nearest_present(self, step: int) -> int:
        """The step nearest ``step`` whose letter may be chosen (``step``: none may)."""
        steps = sorted(range(len(self.letters)), key=lambda found: abs(found - step))
        return next((found for found in steps if self.present(self.letters[found])), step)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.follow_language()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        wide = max(metrics.horizontalAdvance(letter) for letter in self.letters)
        return QSize(wide + 12, metrics.height() * len(self.letters))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), 8 * len(self.letters))

    def _step_rect(self, step: int) -> QRect:
        height = self.height() / len(self.letters)
        top = round(step * height)
        return QRect(0, top, self.width(), round((step + 1) * height) - top)

    def _step_at(self, point: QPoint) -> int:
        step = int(point.y() * len(self.letters) / max(1, self.height()))
        return max(0, min(len(self.letters) - 1, step))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        font = painter.font()
        step_height = self.height() / len(self.letters)
        if self.fontMetrics().height() > step_height:  # a short window: smaller letters
            font.setPixelSize(max(6, int(step_height)))
            painter.setFont(font)
        greyed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        for step, letter in enumerate(self.letters):
            rect = self._step_rect(step)
            if not self.present(letter):
                painter.setPen(greyed)
            elif step == self._hover or (step == self._current and self.hasFocus()):
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self._step_rect(self._current)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        step = self._step_at(event.position().toPoint())
        if step != self._hover:
            self._hover = step
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            step = self._step_at(event.position().toPoint())
            if self.present(self.letters[step]):
                self._current = step
                self.update()
                self.jumped.emit(self.letters[step])
            return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        last = len(self.letters) - 1
        moves = {  # the step, the way on past greyed letters
            Qt.Key.Key_Up: (self._current - 1, -1),
            Qt.Key.Key_Down: (self._current + 1, 1),
            Qt.Key.Key_Home: (0, 1),
            Qt.Key.Key_End: (last, -1),
        }
        if key in moves:
            step, way = moves[key]
            step = max(0, min(last, step))
            found = step
            while 0 <= found <= last and not self.present(self.letters[found]):
                found += way
            if 0 <= found <= last:  # none that way: where it was
                self._current = found
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.present(self.letters[self._current]):
                self.jumped.emit(self.letters[self._current])
            return
        typed = event.text().upper()
        if typed and typed in self.letters:
            if self.present(typed):
                self._current = self.letters.index(typed)
                self.update()
                self.jumped.emit(typed)
            return
        super().keyPressEvent(event)

    def choose(self, letter: str) -> None:
        """As a click on ``letter`` does (nothing when it is greyed)."""
        if not self.present(letter):
            return
        self._current = self.letters.index(letter)
        self.update()
        self.jumped.emit(letter)
