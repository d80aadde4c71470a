"""Fault injection for the tests: the system failing under the app, at chosen points.

``inject(fault)`` makes, while it lasts, the calls of one kind (``Fault.point``) on paths
under one folder fail with the error a real system gives (``OSError`` with its errno, or
SQLite's error with its result code), from the ``skip + 1``-th such call on (a disk that is
full stays full). The points:

- ``fs``: opening, creating, renaming, linking, making folders (``os.open``, ``open``,
  ``os.mkdir``, ``os.replace``...): the lock, the empty database, backups, exports, the
  files to import;
- ``stat``: looking at the database file (``os.stat``: ``Path.exists``, ``is_file``...),
  only that file (``Fault.looked_at``): the file gone, or its name too long, as the app
  looks;
- ``sqlite-open``: SQLite opening the database (``sqlite3.connect``);
- ``sqlite-write``: a statement that writes (``INSERT``, ``BEGIN IMMEDIATE``...) or the
  backup API, on any connection;
- ``sqlite-commit``: the ``COMMIT`` that ends a write.

SQLite's own file calls are in C, out of reach of ``fs``: the ``sqlite-*`` points stand for
them, raising what SQLite raises for the same failure of the system (``SQLITE_FULL`` for a
full disk, ``SQLITE_IOERR_WRITE`` for EIO...).
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

POINTS = ("fs", "stat", "sqlite-open", "sqlite-write", "sqlite-commit")
VANISHED = errno.ENOENT  # a file that was there and is gone

# What SQLite says for each failure of the system: (when opening, when writing).
_SQLITE = {
    errno.ENOSPC: (("SQLITE_FULL", "database or disk is full"),
                   ("SQLITE_FULL", "database or disk is full")),
    errno.EACCES: (("SQLITE_CANTOPEN", "unable to open database file"),
                   ("SQLITE_READONLY", "attempt to write a readonly database")),
    errno.EROFS: (("SQLITE_READONLY", "attempt to write a readonly database"),
                  ("SQLITE_READONLY", "attempt to write a readonly database")),
    errno.ENAMETOOLONG: (("SQLITE_CANTOPEN_FULLPATH", "unable to open database file"),
                         ("SQLITE_CANTOPEN_FULLPATH", "unable to open database file")),
    errno.ENOENT: (("SQLITE_CANTOPEN", "unable to open database file"),
                   ("SQLITE_READONLY_DBMOVED", "attempt to write a readonly database")),
    errno.EIO: (("SQLITE_IOERR_READ", "disk I/O error"),
                ("SQLITE_IOERR_WRITE", "disk I/O error")),
}  # fmt: skip
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "BEGIN IMMEDIATE")


def sqlite_error(number: int, *, writing: bool) -> sqlite3.OperationalError:
    """The error SQLite raises when the system fails it with ``number`` (an errno)."""
    name, message = _SQLITE[number][writing]
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = getattr(sqlite3, name)
    error.sqlite_errorname = name
    return error


@dataclass
class Fault:
    """Calls of kind ``point`` on paths under ``under`` fail with ``number`` (an errno),
    after the first ``skip`` of them."""

    number: int
    point: str
    under: Path
    skip: int = 0
    looked_at: Path | None = None  # the one file whose ``stat`` point fails
    calls: int = 0  # matching calls seen
    fired: int = 0  # of which failed

    def hits(self, point: str, path: object = None) -> bool:
        if point != self.point:
            return False
        if path is not None and not self._under(path):
            return False
        if point == "stat" and Path(os.fsdecode(path)).absolute() != self.looked_at:  # type: ignore[arg-type]
            return False
        self.calls += 1
        if self.calls <= self.skip:
            return False
        self.fired += 1
        return True

    def _under(self, path: object) -> bool:
        if isinstance(path, int) or not isinstance(path, (str, bytes, os.PathLike)):
            return False
        name = os.fsdecode(path)
        if name.startswith("file:"):  # an SQLite URI: file:/path?mode=ro
            name = unquote(name.removeprefix("file:").partition("?")[0])
        return str(Path(name).absolute()).startswith(str(self.under) + os.sep)

    def os_error(self, path: object) -> OSError:
        return OSError(self.number, os.strerror(self.number), os.fsdecode(path))  # type: ignore[arg-type]


def _failing(fault: Fault, point: str, real: Callable[..., Any]) -> Callable[..., Any]:
    def call(path: Any, *args: Any, **kwargs: Any) -> Any:
        if fault.hits(point, path):
            raise fault.os_error(path)
        return real(path, *args, **kwargs)

    return call


def _failing_two(fault: Fault, real: Callable[..., Any]) -> Callable[..., Any]:
    """``os.replace(src, dst)`` and the like: either path under the folder."""

    def call(source: Any, target: Any, *args: Any, **kwargs: Any) -> Any:
        for path in (source, target):
            if fault.hits("fs", path):
                raise fault.os_error(path)
        return real(source, target, *args, **kwargs)

    return call


def _connection_class(fault: Fault) -> type[sqlite3.Connection]:
    def check(sql: str) -> None:
        words = sql.lstrip().upper()
        if words.startswith(_WRITES) and fault.hits("sqlite-write"):
            raise sqlite_error(fault.number, writing=True)
        if words.startswith(("COMMIT", "END")) and fault.hits("sqlite-commit"):
            raise sqlite_error(fault.number, writing=True)

    class FaultyCursor(sqlite3.Cursor):
        def execute(self, sql: str, parameters: Any = (), /) -> FaultyCursor:
            check(sql)
            return super().execute(sql, parameters)  # type: ignore[return-value]

        def executemany(self, sql: str, parameters: Any, /) -> FaultyCursor:
            check(sql)
            return super().executemany(sql, parameters)  # type: ignore[return-value]

        def executescript(self, script: str, /) -> FaultyCursor:
            check(script)
            return super().executescript(script)  # type: ignore[return-value]

    class FaultyConnection(sqlite3.Connection):
        def cursor(self, factory: Any = FaultyCursor) -> Any:
            return super().cursor(factory)

        def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
            return self.cursor().executemany(sql, parameters)

        def executescript(self, script: str, /) -> sqlite3.Cursor:
            return self.cursor().executescript(script)

        def commit(self) -> None:
            if self.in_transaction:
                check("COMMIT")
            super().commit()

        def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
            if fault.hits("sqlite-write"):
                raise sqlite_error(fault.number, writing=True)
            super().backup(target, **kwargs)

    return FaultyConnection


@contextmanager
def inject(fault: Fault) -> Iterator[Fault]:
    """While the block runs, ``fault`` holds; every patch is undone after it."""
    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, value: Any) -> None:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    real_connect = sqlite3.connect
    faulty = _connection_class(fault)

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if fault.hits("sqlite-open", database if database != ":memory:" else None):
            raise sqlite_error(fault.number, writing=False)
        kwargs.setdefault("factory", faulty)
        made: sqlite3.Connection = real_connect(database, *args, **kwargs)
        return made

    try:
        for owner, name in ((os, "open"), (io, "open"), (builtins, "open"), (os, "mkdir")):
            patch(owner, name, _failing(fault, "fs", getattr(owner, name)))
        for name in ("replace", "rename", "link"):
            patch(os, name, _failing_two(fault, getattr(os, name)))
        patch(os, "stat", _failing(fault, "stat", os.stat))
        patch(sqlite3, "connect", connect)
        yield fault
    finally:
        for owner, name, value in reversed(saved):
            setattr(owner, name, value)
