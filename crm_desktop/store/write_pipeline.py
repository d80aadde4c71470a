"""Bulk inserts on a helper thread while the caller prepares the next rows (stdlib only).

An import spends about as long in Python (reading the file, matching, building rows) as
SQLite spends inserting them and keeping the search index; on two cores the two can overlap.
Inside ``pipelined(connection)``, ``insert_rows`` hands rows to one helper thread that inserts
them, in the order given, into the caller's open transaction; the caller goes on with the next
batch. Any other use of the connection (a read, a single write, the commit or the rollback)
first waits until every handed-over row is in, so the transaction sees exactly what it would
have seen without the helper: same statements, same order, same single transaction.

A failed insert (a constraint, a full disk) is raised to the caller at its next use of the
connection (at the latest on leaving ``pipelined``), as the error it is; nothing after it is
inserted, and the caller's transaction is rolled back as for any failed write.

Rows go to SQLite as multi-row ``INSERT ... VALUES (...), (...)`` statements of up to
``_VARIABLES`` values: SQLite inserts them with Python's lock released, which a row-by-row
``executemany`` would take back for every row (the helper would then wait on the caller's
thread thousands of times).
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import Any

_VARIABLES = 32766  # SQLite's default limit of bound values in one statement (3.32+)
_SWITCH_INTERVAL = 0.0005  # s: the helper gets the interpreter back soon after each statement
_MOST_PENDING = 32  # statements handed over and not yet done (a batch of 500 cards makes ~9)


class PipelinedConnection(sqlite3.Connection):
    """A ``sqlite3`` connection whose bulk inserts may run on a helper thread (``pipelined``).

    Outside ``pipelined`` it is a plain connection. Inside, every method the store calls waits
    for the handed-over inserts first (and raises their error, if one failed)."""

    _pipe: _Pipe | None = None

    def _settle(self) -> None:
        if self._pipe is not None:
            self._pipe.wait()

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self._settle()
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        self._settle()
        return super().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        self._settle()
        return super().executescript(sql_script)

    def cursor(self, factory: Any = None) -> Any:
        self._settle()
        return super().cursor() if factory is None else super().cursor(factory)

    def commit(self) -> None:
        self._settle()
        super().commit()

    def rollback(self) -> None:
        self._settle()
        super().rollback()

    def close(self) -> None:
        self._settle()
        super().close()


class _Pipe:
    """The helper thread and the inserts handed to it, done in order."""

    def __init__(self, connection: PipelinedConnection) -> None:
        self._connection = connection
        self._work: deque[tuple[str, list[Any]] | None] = deque()
        self._changed = threading.Condition()
        self._pending = 0
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sqlite-inserts", daemon=True)
        self._thread.start()

    def submit(self, statement: str, values: list[Any]) -> None:
        with self._changed:
            while self._pending >= _MOST_PENDING and self._error is None:
                self._changed.wait()  # the caller runs ahead by a few batches at most
            self._raise()
            self._pending += 1
            self._work.append((statement, values))
            self._changed.notify_all()

    def wait(self) -> None:
        """Until every handed-over insert is in; its error, if one failed."""
        if threading.current_thread() is self._thread:
            return  # the helper's own statements
        with self._changed:
            while self._pending:
                self._changed.wait()
            self._raise()

    def _raise(self) -> None:
        # Raised again at every later use: rows after it were never inserted, so nothing may
        # be committed on top of them (the caller rolls back; ``pipelined`` then lets go).
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        with self._changed:
            self._work.append(None)
            self._changed.notify_all()
        self._thread.join()

    def _run(self) -> None:
        execute = sqlite3.Connection.execute
        while True:
            with self._changed:
                while not self._work:
                    self._changed.wait()
                item = self._work.popleft()
            if item is None:
                return
            statement, values = item
            try:
                if self._error is None:  # after a failure nothing more goes in
                    execute(self._connection, statement, values)
            except BaseException as error:  # raised to the caller, who rolls back
                self._error = error
            finally:
                with self._changed:
                    self._pending -= 1
                    self._changed.notify_all()


def insert_rows(
    connection: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table`` in the open transaction:
    on the helper thread inside ``pipelined``, else now. Either way in the order given."""
    if not rows:
        return
    names = ", ".join(f'"{name}"' for name in columns)
    marks = "(" + ", ".join("?" * len(columns)) + ")"
    pipe = connection._pipe if isinstance(connection, PipelinedConnection) else None
    if pipe is None:
        connection.executemany(f"INSERT INTO {table} ({names}) VALUES {marks}", rows)
        return
    per_statement = max(1, _VARIABLES // len(columns))
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        statement = f"INSERT INTO {table} ({names}) VALUES " + ", ".join([marks] * len(chunk))
        pipe.submit(statement, list(chain.from_iterable(chunk)))


@contextmanager
def pipelined(connection: sqlite3.Connection) -> Iterator[None]:
    """Hand ``insert_rows`` to a helper thread until the block ends (see the module doc); a
    connection that is not a ``PipelinedConnection`` simply inserts as it goes.

    On the way out every insert is in (or its error raised). When the block itself fails, the
    helper is stopped first and its own error, if any, dropped: the caller rolls back."""
    if not isinstance(connection, PipelinedConnection) or connection._pipe is not None:
        yield
        return
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, _SWITCH_INTERVAL))
    pipe = _Pipe(connection)
    connection._pipe = pipe
    try:
        yield
        pipe.wait()
    finally:
        connection._pipe = None
        pipe.stop()
        sys.setswitchinterval(interval)
