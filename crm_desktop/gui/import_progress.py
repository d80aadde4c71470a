"""An import's progress in words: how many of how many, the share done, the pace and the time
left ("Importing 1,200 of 10,000 (12%)", "800 a second · about 11 seconds left"), every
number through QLocale; and the dialog that shows it at once, with Cancel (the import's one
transaction rolled back: nothing imported)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.gui.placeholders import filled

Clock = Callable[[], float]
STEADY_AFTER_S = 1.0  # no pace or time left said before this much of the import has run


class ImportPace(QObject):
    """What an import has done, against its total, measured on ``clock`` (seconds)."""

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._start = clock()
        self._first: tuple[float, int] | None = None  # the first count seen, and when
        self.total: int | None = None  # None: not counted yet
        self.done = 0

    def restart(self) -> None:
        self._start = self._clock()
        self._first = None
        self.done = 0

    def update(self, done: int) -> None:
        self.done = done
        if self._first is None:
            self._first = (self._clock(), done)

    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, self.done * 100 // self.total)

    def rate(self) -> float | None:
        """Records a second, once the import has run long enough to say."""
        elapsed = self._clock() - self._start
        if elapsed < STEADY_AFTER_S or self.done <= 0:
            return None
        return self.done / elapsed

    def seconds_left(self) -> int | None:
        rate = self.rate()
        if rate is None or not self.total or rate <= 0:
            return None
        return max(0, math.ceil((self.total - min(self.done, self.total)) / rate))

    # ---- in words ------------------------------------------------------------------------

    def headline(self) -> str:
        """ "Importing 1,200 of 10,000 (12%)"; before the total is known, what is done."""
        locale = QLocale()
        percent = self.percent()
        if self.total is None or percent is None:
            if self.done:
                return filled(self.tr("Importing: %1 so far…"), locale.toString(self.done))
            return self.tr("Importing: reading the files…")
        return filled(
            self.tr("Importing %1 of %2 (%3)"),
            locale.toString(min(self.done, self.total)),
            locale.toString(self.total),
            percent_text(percent),
        )

    def pace(self) -> str:
        """ "800 a second · about 11 seconds left" (empty while too early to say)."""
        rate = self.rate()
        if rate is None:
            return ""
        words = filled(self.tr("%1 a second"), QLocale().toString(round(rate)))
        left = self.seconds_left()
        if left is None:
            return words
        return filled(self.tr("%1 · %2"), words, self.time_left(left))

    def time_left(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("about %Ln second(s) left", "", max(seconds, 1))
        if seconds < 3600:
            return self.tr("about %Ln minute(s) left", "", round(seconds / 60))
        return self.tr("about %Ln hour(s) left", "", round(seconds / 3600))


def percent_text(percent: int) -> str:
    """12 as "12%", in the user's digits and percent sign."""
    locale = QLocale()
    return locale.toString(percent) + locale.percent()


class ImportProgressDialog(QProgressDialog):
    """The progress of an import: shown at once (not after a delay), with a total as soon as
    the files are counted, the share done, the pace and the time left; Cancel stops it."""

    counted = Signal(int)  # the total, from the worker thread (queued to this one)

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.pace = ImportPace(clock, self)
        self.setWindowTitle(self.tr("Importing"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the total is known
        self.setMinimumWidth(420)
        self.counted.connect(self.set_total)
        self._show_words()

    def set_total(self, total: int) -> None:
        self.pace.total = total
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(self.pace.done, total))
        self._show_words()

    def progress(self, done: int) -> None:
        """``done`` records read so far."""
        self.pace.update(done)
        if self.pace.total:
            self.setValue(min(done, self.pace.total))
        self._show_words()

    def _show_words(self) -> None:
        pace = self.pace.pace()
        self.setLabelText(self.pace.headline() + ("\n" + pace if pace else "\n"))
