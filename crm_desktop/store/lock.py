"""One process per database: an OS lock on ``<db>.lock``, released by the OS when we die.

An advisory lock held by the kernel (``flock`` / ``LockFileEx``) cannot go stale: a
crashed process leaves the file behind but not the lock, so the next start takes it.
The file holds the owner's PID and host name for the message a second instance shows.

It is opened without following a link, and only in a folder no other user can write to
(or one with the sticky bit, like ``/tmp``): a link or a hard link another user planted at
its name would otherwise have us empty the file it points to. A lock file that is not a
plain file of ours alone is refused before anything is written to it.
"""

from __future__ import annotations

import os
import stat
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO

from crm_desktop.errors import AlreadyRunningError, DatabaseError, DatabaseProblem
from crm_desktop.paths import PRIVATE_FILE_MODE, folder_safety_problem
from crm_desktop.store.sqlite_errors import os_error

_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


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
        """Take the lock, or raise ``AlreadyRunningError``, or ``DatabaseError`` (``UNSAFE``
        for a folder or lock file another user could have planted; nothing is written)."""
        problem = folder_safety_problem(self.path.parent)
        if problem is not None:
            raise self._unsafe(problem)
        try:
            fd = os.open(self.path, _OPEN_FLAGS, PRIVATE_FILE_MODE)
        except OSError as exc:  # a read-only folder, a path through a file, a link...
            if self.path.is_symlink():
                raise self._unsafe(f"its lock file {self.path} is a symbolic link") from None
            raise os_error(exc, self.db_path) from exc
        problem = _lock_file_problem(fd, self.path)
        if problem is not None:
            os.close(fd)
            raise self._unsafe(problem)
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
        import socket  # here: loading it (its constants as enums) costs every start 5-10 ms

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

    def _unsafe(self, problem: str) -> DatabaseError:
        return DatabaseError(
            DatabaseProblem.UNSAFE, self.db_path, f"{problem}; nothing was changed"
        )

    def release(self) -> None:
        if self._file is None:
            return
        self._file.seek(0)
        self._file.truncate()
        _unlock(self._file)
        self._file.close()
        self._file = None


def _lock_file_problem(fd: int, path: Path) -> str | None:
    """Why the opened lock file is not one to write to: not a plain file, another user's,
    or a hard link (another name of some other file, which truncating it would empty)."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        return f"its lock file {path} is not a plain file"
    if os.name != "posix":
        return None
    if info.st_uid != os.geteuid():
        return f"its lock file {path} belongs to another user"
    if info.st_nlink > 1:
        return f"its lock file {path} is a hard link to another file"
    return None


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
