"""Files opened while a window is already open on the same database are handed to it.

``crm-desktop FILE...`` (the desktop's "Open with") cannot open a second window on a database
that one has open (its lock refuses). So a window listens on a local socket
(``QLocalServer``), named per user and per database and open to its user only; a second start
with files connects to it, sends their paths and exits 0, and the window comes to the front
and imports them through File > Import's options and preview (``OpenedFiles``).

The protocol is one line each way: ``{"files": ["/abs/path", ...]}`` then ``ok``. Where no
window answers (none runs, or a crashed one left its socket file behind) the second start goes
on as before; where one is there but does not take the files, it says so on stderr and goes
on as before too (the window already open is then reported as usual).

On Linux and macOS the socket is a file in ``$XDG_RUNTIME_DIR`` (private to the user) or the
temporary folder; the window listening holds the database's lock, so a file left at its name
can only be a dead window's, and is replaced. A socket file another user owns is never
connected to.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.opened_files import OpenedFiles

ANSWER_TIMEOUT_MS = 5000  # a window that does not take the files in this time is not waited for
_MAX_REQUEST = 1 << 20  # bytes: a request longer than this is no request of ours
_PATH_LIMIT = 100  # sun_path holds 104 (macOS) to 108 (Linux) bytes


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "")


def _private_runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR`` when it is a folder of ours no one else may enter."""
    folder = os.environ.get("XDG_RUNTIME_DIR")
    if not folder or not hasattr(os, "getuid"):
        return None
    try:
        status = Path(folder).stat()
    except OSError:
        return None
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.getuid():
        return None
    return None if status.st_mode & 0o077 else Path(folder)


def server_name(db_path: Path) -> str:
    """The socket of the window open on ``db_path``, for this user: a full path to the socket
    file on Linux and macOS, a pipe name on Windows."""
    key = f"{_user()}\0{os.path.realpath(db_path)}".encode("utf-8", "surrogateescape")
    name = f"crm-desktop-{hashlib.sha256(key).hexdigest()[:32]}"
    if sys.platform == "win32":
        return name
    for folder in (_private_runtime_dir(), Path(tempfile.gettempdir())):
        if folder is not None and len(str(folder / name)) <= _PATH_LIMIT:
            return str(folder / name)
    return name  # Qt's temporary folder


def _owned_by_someone_else(name: str) -> bool:
    if not hasattr(os, "getuid") or not Path(name).is_absolute():
        return False
    try:
        return Path(name).lstat().st_uid != os.getuid()
    except OSError:  # not there: nothing listens
        return False


class Handoff(enum.Enum):
    HANDED = "handed"  # the window took the files
    NO_WINDOW = "no window"  # none listens: start as usual
    FAILED = "failed"  # one is there but did not take them


@dataclass(frozen=True)
class HandoffResult:
    outcome: Handoff
    reason: str = ""


def hand_to_running_window(
    db_path: Path, files: Sequence[Path], timeout_ms: int = ANSWER_TIMEOUT_MS
) -> HandoffResult:
    """Give ``files`` (absolute paths) to the window open on ``db_path``, if one listens."""
    name = server_name(db_path)
    if _owned_by_someone_else(name):
        return HandoffResult(Handoff.FAILED, f"{name} belongs to another user")
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        if socket.error() in (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,  # a dead window's socket
        ):
            return HandoffResult(Handoff.NO_WINDOW)
        return HandoffResult(Handoff.FAILED, socket.errorString())
    try:
        request = json.dumps({"files": [str(path) for path in files]}) + "\n"
        socket.write(request.encode("utf-8", "surrogateescape"))
        if not socket.waitForBytesWritten(timeout_ms):
            return HandoffResult(Handoff.FAILED, socket.errorString())
        answer = b""
        while not answer.endswith(b"\n") and len(answer) < 64:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(timeout_ms):
                timed_out = socket.error() == QLocalSocket.LocalSocketError.SocketTimeoutError
                reason = f"no answer in {timeout_ms} ms" if timed_out else socket.errorString()
                return HandoffResult(Handoff.FAILED, reason)
            answer += bytes(socket.readAll().data())
        if answer != b"ok\n":
            return HandoffResult(Handoff.FAILED, f"unexpected answer {answer[:20]!r}")
        return HandoffResult(Handoff.HANDED)
    finally:
        socket.abort()


def _parse(request: bytes) -> list[Path] | None:
    """The absolute paths a request names, or None for anything else."""
    try:
        message = json.loads(request.decode("utf-8", "surrogateescape"))
    except ValueError:
        return None
    files = message.get("files") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(name, str) for name in files):
        return None
    paths = [Path(name) for name in files]
    return paths if all(path.is_absolute() for path in paths) else None


class FileHandoffServer(QObject):
    """The window's end: takes the files a second start hands over, brings the window to the
    front and opens them through ``opened`` (the import options, then the preview)."""

    def __init__(self, window: MainWindow, opened: OpenedFiles, db_path: Path) -> None:
        super().__init__(window)
        self._window = window
        self._opened = opened
        self.name = server_name(db_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening (False, told on stderr, where the system refuses)."""
        # The window holds the database's lock: a socket at our name is a dead window's.
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        print(
            f"crm-desktop: files opened from now on cannot be handed to this window "
            f"({self.name}: {self._server.errorString()})",
            file=sys.stderr,
        )
        return False

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            received = bytearray()
            socket.readyRead.connect(partial(self._on_ready_read, socket, received))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += bytes(socket.readAll().data())
        if b"\n" not in received:
            if len(received) > _MAX_REQUEST:
                socket.abort()
            return
        files = _parse(bytes(received.split(b"\n", 1)[0]))
        if files is None:
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        # After this slot: opening them runs the import's dialogs (an event loop of their own).
        QTimer.singleShot(0, self, lambda: self._take(files))

    def _take(self, files: list[Path]) -> None:
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self._opened.open(files)
