"""One process per database: an OS lock on ``<db>.lock``, released by the OS when we die.

An advisory lock held by the kernel (``flock`` / ``LockFileEx``) cannot go stale: a
crashed process leaves the file behind but not the lock, so the next start takes it.
The file holds the owner's PID and host name for the message a second instance shows.
"""

from __future__ import annotations

import os
import socket
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO

from crm_desktop.errors import AlreadyRunningError
from crm_desktop.paths import PRIVATE_FILE_MODE
from crm_desktop.store.sqlite_errors import os_error


class DatabaseLock:
    """Held from ``acquire`` until ``release`` (or the process ends)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as exc:  # a read-only folder, a path through a file...
            raise os_error(exc, self.db_path) from exc
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            owner = handle.read(200)
            handle.close()
            pid, _, host = owner.partition("@")
            raise AlreadyRunningError(
                self.db_path, int(pid) if pid.strip().isdigit() else None, host.strip()
            ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}@{socket.gethostname()}")
            handle.flush()
        except OSError as exc:  # a full disk: the lock is not ours after all
            _unlock(handle)
            with suppress(OSError):  # closing flushes again, and fails again
                handle.close()
            raise os_error(exc, self.db_path) from exc
        self._file = handle

    def release(self) -> None:
        if self._file is None:
            return
        self._file.seek(0)
        self._file.truncate()
        _unlock(self._file)
        self._file.close()
        self._file = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
