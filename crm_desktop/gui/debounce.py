"""Search as the user types, without a query per keystroke."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class Debounce(QObject):
    """Emits ``settled`` with the last value once nothing new came for ``delay_ms``."""

    settled = Signal(str)

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def push(self, value: str) -> None:
        self._value = value
        self._timer.start()

    def flush(self) -> None:
        """Emit now what is pending (Enter pressed, for instance)."""
        if self._timer.isActive():
            self._timer.stop()
            self.settled.emit(self._value)

    def _on_timer_timeout(self) -> None:
        self.settled.emit(self._value)
