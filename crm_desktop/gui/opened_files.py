"""Files the system asks CRM Desktop to open, imported into the window.

They come from the command line (``crm-desktop FILE...``: the Linux ``.desktop`` file's
``Exec=crm-desktop %F`` and Windows' "Open with" run that) and, on macOS, as ``QFileOpenEvent``
sent to the application (Finder's "Open with" and a file dropped on the Dock icon, at launch
too). Each batch goes through File > Import as if the user had chosen the files there: the
import options, then the preview (a dry run), then the import. Batches wait for the window to
have started (its database writer open) and for the import before them to end.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from crm_desktop.gui.main_window import MainWindow


class OpenedFiles(QObject):
    """Imports into ``window`` the files it is asked to open. Installed as an event filter on
    the application, it also takes macOS's file-open events."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[list[Path]] = []
        self._started = False
        self._asking = False  # inside File > Import's dialogs (they run their own event loop)
        window.started.connect(self._on_window_started)
        window.import_export.task_ended.connect(self._next)

    @property
    def waiting(self) -> int:
        """How many batches of files wait for their turn."""
        return len(self._waiting)

    def open(self, files: Sequence[Path]) -> None:
        """Import ``files`` as soon as the window can (now, if it is idle)."""
        if files:
            self._waiting.append(list(files))
            self._next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A URL that is no local file (no file()) is not ours to import.
        if isinstance(event, QFileOpenEvent) and event.file():
            self.open([Path(event.file())])
            return True
        return super().eventFilter(watched, event)

    def _on_window_started(self) -> None:
        self._started = True
        self._next()

    def _next(self) -> None:
        if not self._started or self._asking or self._window.import_export.running:
            return
        while self._waiting and not self._window.import_export.running:
            files = self._waiting.pop(0)
            self._asking = True
            try:
                self._window.import_export.ask_and_import(files)
            finally:
                self._asking = False
