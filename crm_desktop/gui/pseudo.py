"""Pseudo-translation (``CRM_DESKTOP_PSEUDO=1``): every string that goes through Qt's
translation comes out accented, 40 % longer and between markers, ``[Ñéŵ çóñţáçţ…·····]``.

A string that shows plain English was never translated (it does not go through ``tr``); a
string whose ``]`` is missing, or whose end is cut, is clipped by its widget. Placeholders
(``%1``, ``%n``, ``%L1``), the letter after an accelerator ``&``, HTML tags and entities,
the patterns of a file filter (``(*.vcf)``) and key sequences (``Ctrl+E``) are kept as they
are, so the program works the same in this mode.
"""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import QObject, QTranslator

PSEUDO_VARIABLE = "CRM_DESKTOP_PSEUDO"
START, END, PAD = "[", "]", "·"
GROWTH = 0.4

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ",
)
# What is kept as written: placeholders, an accelerator and its letter, tags, entities.
_KEPT = re.compile(r"%L?(?:\d+|n)|&&|&#?\w+;|&\w|<[^<>]*>")
_FILTER = re.compile(r"^(?P<text>.*?)(?P<patterns>\s*\([^()]*\*[^()]*\))$", re.DOTALL)
_KEYS = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+$")
_FILE_NAME = re.compile(r"^[\w-]+\.\w{2,5}$")
# Qt's own keys: the layout direction ("LTR"/"RTL") and the names of keys in shortcuts.
_LEFT_ALONE = {"QGuiApplication", "QShortcut", "QKeySequence"}


def pseudo(text: str) -> str:
    """``text`` accented, 40 % longer, between the markers; what must stay is kept."""
    if not text.strip():
        return text
    if match := _FILTER.match(text):  # "vCard files (*.vcf)": Qt reads the patterns
        return pseudo(match["text"]) + match["patterns"]
    parts: list[str] = []
    position = 0
    for kept in _KEPT.finditer(text):
        parts.append(text[position : kept.start()].translate(_ACCENTED))
        parts.append(kept.group())
        position = kept.end()
    parts.append(text[position:].translate(_ACCENTED))
    body = "".join(parts)
    padding = PAD * max(1, math.ceil(len(text) * GROWTH))
    return f"{START}{body}{padding}{END}"


def pseudo_requested() -> bool:
    return os.environ.get(PSEUDO_VARIABLE, "").strip() not in ("", "0")


class PseudoTranslator(QTranslator):
    """Answers every message with its pseudo-translation (installed last, it is asked first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context in _LEFT_ALONE or _KEYS.match(source) or _FILE_NAME.match(source):
            return None  # None: not translated here (Qt then asks the next translator)
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False  # else installing it sends no LanguageChange
