"""Opening the user's database, and the handle every other service takes.

A ``Database`` reads through a raw ``sqlite3`` reader, opened at once, and writes through
SQLAlchemy, built only when first needed: at the first write, when ``open_writer()`` is
called, or at open when the file must be created or migrated. So a command that only reads a
current database never imports SQLAlchemy (0.2 s), and the window paints its first screen
before it does.
"""

from __future__ import annotations

import locale
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.errors import CrmError, DatabaseError
from crm_desktop.records.contacts import BackupEntry
from crm_desktop.store.folding import collation_language
from crm_desktop.store.lock import DatabaseLock
from crm_desktop.store.reader import ReadConnection, Reader, open_reader
from crm_desktop.store.sort_language import rebuild_sort_keys, stored_sort_language
from crm_desktop.store.sqlite_errors import environment_errors

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.store.database import Store


class Database:
    """An open database. Services open one unit of work per call on it."""

    def __init__(
        self,
        path: Path,
        reader: Reader,
        *,
        lock: DatabaseLock | None = None,
        store: Store | None = None,
        language: str | None = None,
    ) -> None:
        """``lock``: held for the writer to come (the window's); ``language``: the alphabet
        the sort keys are made for when the writer opens (None: kept as stored)."""
        self.path = path
        self._reader = reader
        self._lock = lock
        self._store = store
        self._language = language
        self._building = threading.Lock()
        with self.raw_reading() as connection:
            stored = stored_sort_language(connection)
        self.sort_language = stored or language or "root"
        # Bumped by every write; read caches (the whole list in name order) key on it.
        self.generation = 0
        self.list_cache: dict[str, object] = {}
        # The daily backup taken at start, or why it could not be (the window warns; the
        # database opens all the same).
        self.start_backup: BackupEntry | None = None
        self.backup_problem: CrmError | None = None
        # The last backup taken through this handle, and the generation it holds: a second
        # risky change with no write in between needs no second backup.
        self.last_backup: tuple[BackupEntry, int] | None = None

    @property
    def writer_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        """The writer (SQLAlchemy engine and sessions), opened on first need."""
        if self._store is None:
            self.open_writer()
        assert self._store is not None
        return self._store

    def open_writer(self) -> None:
        """Open the writer now if it is not open: the file's checks (folder, modes, pages),
        migrations, and the sort keys made again when the language changed.

        Raises ``DatabaseError`` (damaged, read-only, in use by another window...).
        """
        with self._building:
            if self._store is not None:
                return
            from crm_desktop.store.database import open_store

            self._store = open_store(self.path, self._lock)
            self._lock = self._store.lock
            self._ensure_sort_language()

    @property
    def migration_backup(self) -> Path | None:
        return None if self._store is None else self._store.migration_backup

    @property
    def repaired_modes(self) -> tuple[Path, ...]:
        """Files of the database others could read, made private when the writer opened."""
        return () if self._store is None else self._store.repaired_modes

    def close(self) -> None:
        self._reader.close()
        if self._store is not None:
            self._store.close()  # releases the lock it holds
        elif self._lock is not None:
            self._lock.release()

    def close_connections(self) -> None:
        """Close every connection to the file, keeping the lock (a restore replaces it)."""
        self._reader.close()
        if self._store is not None:
            self._store.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def raw_reading(self) -> AbstractContextManager[ReadConnection]:
        """A connection inside one read transaction: every read goes through here."""
        return self._reader.reading()

    @contextmanager
    def session_reading(self) -> Iterator[Session]:
        """A read-only ORM unit of work (``BEGIN``), for reads that need the models; it opens
        the writer."""
        with environment_errors(self.path), self.store.reading() as session:
            yield session
            session.rollback()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``), committed at the end or rolled back."""
        store = self.store
        try:
            with environment_errors(self.path), store.writing.begin() as session:
                yield session
        finally:
            self.generation += 1

    def _ensure_sort_language(self) -> None:
        """Sort keys made for another alphabet are made again, in one transaction."""
        if self._language is None:
            return
        with self.raw_reading() as connection:
            stored = stored_sort_language(connection)
        if stored == self._language:
            self.sort_language = stored
            return
        try:
            with environment_errors(self.path), self.store.raw_writing() as connection:
                rebuild_sort_keys(connection, self._language)
        finally:
            self.generation += 1
        self.sort_language = self._language


def system_locale_name() -> str:
    """The collation locale of this process (``LC_ALL``, ``LC_COLLATE``, ``LANG``)."""
    for variable in ("LC_ALL", "LC_COLLATE", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return locale.getlocale(locale.LC_COLLATE)[0] or "en"


def open_database(
    path: Path,
    locale_name: str | None = None,
    lock: DatabaseLock | None = None,
    *,
    writer_later: bool = False,
) -> Database:
    """Open (or create) the database at ``path``; sort keys follow ``locale_name``.

    When the database's sort keys were made for another language's alphabet, they are
    rebuilt, in one transaction, before anything is shown. The daily backup is
    ``services.opening``'s to take.

    ``writer_later``: the lock is taken now, but on a current database only the reader
    opens; the writer (and with it the checks and the sort keys) waits for ``open_writer()``
    or the first write, and no backup is taken.

    Raises ``DatabaseError``: a damaged database (``CORRUPT``, with ``backup`` naming the
    newest good backup), one of a newer version (``TOO_NEW``), not ours...
    """
    language = collation_language(locale_name or system_locale_name())
    if writer_later:
        if lock is None:
            lock = DatabaseLock(path)
        try:
            if path.is_file() and not lock.held:
                lock.acquire()
            try:
                reader = open_reader(path) if lock.held else None
            except DatabaseError:
                reader = None  # the writer says what is wrong, and names the backup to restore
            if reader is not None:
                return _on_reader(path, reader, lock=lock, language=language)
        except BaseException:
            lock.release()
            raise
    from crm_desktop.store.database import open_store

    store = open_store(path, lock)
    try:
        reader = open_reader(path)
        if reader is None:
            raise RuntimeError(f"{path} is not at the current schema revision after opening")
    except BaseException:
        store.close()
        raise
    db = _on_reader(path, reader, store=store, language=language)
    try:
        db._ensure_sort_language()
    except BaseException:
        db.close()
        raise
    return db


def read_database(path: Path) -> Database:
    """The database at ``path`` to read: only its reader, taking no lock (the window may have
    it open), when it is current; else opened whole, which creates or upgrades it."""
    reader = open_reader(path)
    if reader is None:
        return open_database(path)
    return _on_reader(path, reader)


def _on_reader(
    path: Path,
    reader: Reader,
    *,
    lock: DatabaseLock | None = None,
    store: Store | None = None,
    language: str | None = None,
) -> Database:
    """The database over ``reader``; the reader (and ``store``) closed if it cannot be made."""
    try:
        return Database(path, reader, lock=lock, store=store, language=language)
    except BaseException:
        reader.close()
        if store is not None:
            store.close()
        raise
