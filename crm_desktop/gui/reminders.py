"""Reminders while the app runs: at an activity's reminder time, a desktop notification
through the system tray, or a banner in the window where there is no tray.

The clock and the reading of due reminders are injected, so a test fires a reminder by
moving its clock instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_text import time_text, word
from crm_desktop.gui.banner import Banner
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.plain_text import notification_text
from crm_desktop.records.activities import ActivityRow

Clock = Callable[[], datetime]
ReminderReader = Callable[[datetime, datetime], list[ActivityRow]]  # (after, until]
CHECK_EVERY_MS = 20_000
TRAY_MESSAGE_MS = 15_000


class ReminderNotifier(QObject):
    reminded = Signal(object)  # the ActivityRow whose reminder fired
    show_requested = Signal(object)  # the user asked to see it (clicked the banner's button)

    def __init__(
        self,
        read: ReminderReader,
        clock: Clock,
        banner: Banner,
        parent: QObject | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._clock = clock
        self._banner = banner
        self._tray = tray
        self._tray_available = tray_available
        self._since: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self.errors: list[CrmError] = []

    def start(self) -> None:
        """From now on, each reminder whose time comes is shown once."""
        self._since = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> list[ActivityRow]:
        """Show the reminders that fell due since the last check (what the timer calls)."""
        now = self._clock()
        since, self._since = self._since or now, now
        if now <= since:  # the clock went back: what was shown is not shown again
            self._since = since
            return []
        try:
            due = self._read(since, now)
        except CrmError as error:  # the database went away: try again at the next tick
            self._since = since
            self.errors.append(error)
            return []
        for row in due:
            self._notify(row)
            self.reminded.emit(row)
        return due

    def message(self, row: ActivityRow) -> str:
        when = time_text(row.when) if row.when is not None else ""
        text = self.tr("%1: %2").replace("%1", word(row.kind)).replace("%2", isolated(row.subject))
        if when:
            text += " — " + when
        names = ", ".join(isolated(name) for name in row.contact_names)
        if names:
            text += " (" + names + ")"
        return text

    def _notify(self, row: ActivityRow) -> None:
        text = self.message(row)
        tray = self._tray
        if tray is not None and self._tray_available():
            if not tray.isVisible():
                tray.show()
            tray.showMessage(
                self.tr("Reminder"), notification_text(text),
                QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS,
            )  # fmt: skip
            return
        self._banner.show_message(
            self.tr("Reminder: %1").replace("%1", text), self.tr("Show"),
            lambda: self.show_requested.emit(row),
        )  # fmt: skip
