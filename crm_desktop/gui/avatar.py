"""The initials of a contact in a coloured circle, where the card has no photo: the first
letter of the given name and of the family name (or of the first and last words of the
name), in any script. Arabic and Persian letters are kept apart (a zero-width non-joiner
between them: side by side they would join into one word); a name's colour is always the
same, and the circle stays readable on a light and on a dark desktop."""

from __future__ import annotations

import unicodedata
import zlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.records.drafts import ContactDraft

AVATAR_SIZE = 56  # pixels, logical
_JOINING = frozenset({"AL", "R"})  # Arabic and Persian letters join their neighbours
_ZWNJ = "\u200c"


def _first_letter(word: str) -> str:
    for ch in word:
        if unicodedata.category(ch).startswith("L"):
            return ch
    return ""


def _words(text: str) -> list[str]:
    """The words of a name that may give an initial: not a title ending in "." (Dr., Mr.)."""
    return [w for w in text.split() if _first_letter(w) and not w.endswith(".")]


def initials(draft: ContactDraft, organization: str = "") -> str:
    """Up to two letters: given and family name's first letters, else those of the first and
    last words of the name (or of the company, for a company's card); upper case where the
    script has case, Arabic letters kept from joining."""
    given, family = _words(draft.given_name), _words(draft.family_name)
    if given or family:
        letters = [_first_letter(w[0]) for w in (given, family) if w]
    else:
        words = _words(draft.formatted_name) or _words(organization)
        chosen = words[:1] + words[1:][-1:]
        letters = [_first_letter(w) for w in chosen]
    letters = [letter.upper() for letter in letters if letter]
    if any(unicodedata.bidirectional(letter) in _JOINING for letter in letters):
        return _ZWNJ.join(letters)
    return "".join(letters)


def avatar_color(name: str) -> QColor:
    """The circle's colour for ``name``: one of twelve hues, the same for the same name; dark
    enough for white letters (4.5:1) on a light desktop and on a dark one."""
    hue = (zlib.crc32(name.encode("utf-8")) % 12) * 30
    return QColor.fromHsl(hue, 140, 80)


class Avatar(QLabel):
    """The circle, painted at the screen's pixel ratio (sharp at 200%)."""

    def __init__(self, letters: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardAvatar")
        self.letters = letters
        self.color = avatar_color(name)
        self.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.setAccessibleName(self.tr("Initials"))
        self.setAccessibleDescription(letters)
        self._paint()

    def _paint(self) -> None:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(AVATAR_SIZE * ratio), round(AVATAR_SIZE * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        circle = QRectF(0, 0, AVATAR_SIZE, AVATAR_SIZE)
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(AVATAR_SIZE * 2 // 5)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.letters)
        painter.end()
        self.setPixmap(pixmap)
