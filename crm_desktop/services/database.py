"""Opening the user's database, and the handle every other service takes.

A ``Database`` reads through a raw ``sqlite3`` reader, opened at once, and writes through
one of two writers, opened when first needed (or at open): on a current file the raw writer
(``store.raw_writer``: one plain ``sqlite3`` connection, for the bulk writes of import,
adding contacts and the Trash), and SQLAlchemy (the ORM units of work, and creating or
migrating the file), imported only when a service needs it. So a command that only reads,
or imports into, a current database never imports SQLAlchemy (0.3 s), and the window
paints its first screen before it does.

Beside the window: the window holds the single-instance lock while it is open. A handle
opened ``beside`` (the command line's) that finds the lock taken works next to it: it reads
as always, and writes through a writer of its own, with no lock, no file checks (the
window's, done under its lock) and no sort keys made again; each write waits for the
window's to end (SQLite's busy timeout), and the window sees it (``changed_elsewhere``).
What needs the file alone (creating or upgrading it, a restore, a large import) is refused
with ``AlreadyRunningError``: close the window first.
"""

from __future__ import annotations

import locale
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from crm_desktop.errors import AlreadyRunningError, CrmError, DatabaseError, DatabaseProblem
from crm_desktop.records.contacts import BackupEntry
from crm_desktop.store.change_marks import list_marks
from crm_desktop.store.file_checks import check_exists, prepare_file
from crm_desktop.store.folding import collation_language
from crm_desktop.store.lock import DatabaseLock
from crm_desktop.store.raw_writer import RawWriter, open_beside_writer, open_raw_writer
from crm_desktop.store.reader import ChangeWatch, ReadConnection, Reader, open_reader
from crm_desktop.store.sort_language import rebuild_sort_keys, stored_sort_language
from crm_desktop.store.sqlite_errors import environment_errors
from crm_desktop.store.transactions import RawConnection

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
        writer: RawWriter | Store | None = None,
        language: str | None = None,
        beside: bool = False,
    ) -> None:
        """``lock``: held for the writer to come (the window's), or by ``writer``;
        ``language``: the alphabet the sort keys are made for when a writer opens (None:
        kept as stored); ``beside``: when another process holds the lock, the writer opens
        beside it (see the module's doc) instead of refusing."""
        self.path = path
        self._may_go_beside = beside
        # The window's refusal of the lock when this handle writes beside it; else None.
        self.beside_of: AlreadyRunningError | None = None
        self._watch: ChangeWatch | None = None  # the window's: changes made elsewhere
        self._seen_version = 0
        self._changed_elsewhere = False
        self._versions = threading.Lock()  # the two above, read and set by any thread
        self._reader = reader
        self._lock = lock
        self._raw = writer if isinstance(writer, RawWriter) else None
        self._store = None if writer is None or isinstance(writer, RawWriter) else writer
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
        # Where automatic backups go, rotate and are listed (the window sets the folder
        # chosen in Preferences); None: ``paths.backups_dir`` beside the database.
        self.backups_folder: Path | None = None

    @property
    def writer_open(self) -> bool:
        """A writer is open: the file's checks were done, under the lock."""
        return self._store is not None or self._raw is not None

    @property
    def store(self) -> Store:
        """The SQLAlchemy writer (engine and sessions), opened on first need."""
        if self._store is None:
            self.open_writer()
        assert self._store is not None
        return self._store

    def open_writer(self) -> None:
        """Open the SQLAlchemy writer now if it is not open: the file's checks (folder,
        modes, pages; done already when the raw writer is open), migrations, and the sort
        keys made again when the language changed.

        Raises ``DatabaseError`` (damaged, read-only, in use by another window...).
        """
        with self._building:
            if self._store is not None:
                return
            from crm_desktop.store.database import open_store
            from crm_desktop.store.file_checks import PreparedFile

            if self._raw is None:
                lock = self._lock = self._lock or DatabaseLock(self.path)
                if self._may_go_beside and self.beside_of is None and not lock.held:
                    try:
                        lock.acquire()
                    except AlreadyRunningError as running:
                        self._go_beside(running)
                if self.beside_of is None:
                    self._store = open_store(self.path, lock)
                else:  # the window's checks stand; upgrading the file is refused
                    beside = PreparedFile(created=False, repaired_modes=())
                    self._store = open_store(self.path, lock, prepared=beside, pages_checked=True)
            else:  # checked under the lock, which it has held since
                assert self._lock is not None
                self._store = open_store(
                    self.path, self._lock, prepared=self._raw.prepared, pages_checked=True
                )
                self._raw.close()  # every write goes through SQLAlchemy's connection now
            self._ensure_sort_language()

    def _open_first_writer(self) -> None:
        """Open the raw writer (or SQLAlchemy's, for a file to create or migrate) unless a
        writer is open."""
        with self._building:
            if self.writer_open:
                return
            self._lock = self._lock or DatabaseLock(self.path)
            try:
                writer = _open_writer(self.path, self._lock)
                self.beside_of = None  # the window closed since this handle opened: ours now
            except AlreadyRunningError as running:
                if not self._may_go_beside:
                    raise
                writer = open_beside_writer(self.path) or _refused(running, "")
                self._go_beside(running)
            if isinstance(writer, RawWriter):
                self._raw = writer
            else:
                self._store = writer
            self._ensure_sort_language()

    def _go_beside(self, running: AlreadyRunningError) -> None:
        """Work beside the process that holds the lock: its sort keys stand."""
        self.beside_of = running
        self._language = None

    @property
    def created(self) -> bool:
        """The writer found the file new (or empty): there was nothing to back up."""
        if self._store is not None:
            return self._store.created
        return self._raw is not None and self._raw.prepared.created

    @property
    def migration_backup(self) -> Path | None:
        return None if self._store is None else self._store.migration_backup

    @property
    def repaired_modes(self) -> tuple[Path, ...]:
        """Files of the database others could read, made private when a writer opened."""
        if self._store is not None:
            return self._store.repaired_modes
        return () if self._raw is None else self._raw.prepared.repaired_modes

    @property
    def removed_leftovers(self) -> tuple[Path, ...]:
        """What a restore killed before it finished had left beside the database (its copy
        of the chosen file and journal), deleted when a writer opened."""
        if self._store is not None:
            return self._store.removed_leftovers
        return () if self._raw is None else self._raw.prepared.removed_leftovers

    @property
    def lock(self) -> DatabaseLock:
        """The single-instance lock this handle holds (taken now, with a writer, if not)."""
        if self._lock is None or not self._lock.held:
            self._open_first_writer()
        if self.beside_of is not None:
            raise self.beside_of
        assert self._lock is not None
        return self._lock

    def hand_over_lock(self) -> None:
        """Another handle holds the lock now (a restore reopened the file): closing this one
        must not release it."""
        self._lock = None
        if self._store is not None:
            self._store.lock = DatabaseLock(self.path)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
        self._reader.close()
        if self._raw is not None:
            self._raw.close()
        if self._store is not None:
            self._store.close()  # releases the lock it holds
        if self._lock is not None:
            self._lock.release()

    def close_connections(self) -> None:
        """Close every connection to the file, keeping the lock (a restore replaces it)."""
        self._reader.close()
        if self._raw is not None:
            self._raw.close()
        if self._store is not None:
            self._store.close_connections()

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
        the SQLAlchemy writer."""
        with environment_errors(self.path), self.store.reading() as session:
            yield session
            session.rollback()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One ORM write transaction (``BEGIN IMMEDIATE``), committed at the end or rolled
        back; it opens the SQLAlchemy writer."""
        store = self.store
        try:
            with environment_errors(self.path), store.writing.begin() as session:
                if self._watch is not None:
                    session.connection()  # BEGIN IMMEDIATE: the write lock, before the look
                    self._before_own_write()
                yield session
            self._after_own_write()
        finally:
            self.generation += 1

    @contextmanager
    def raw_writing(self) -> Iterator[RawConnection]:
        """One write transaction (``BEGIN IMMEDIATE``) on a plain ``sqlite3`` connection,
        committed at the end or rolled back; same error mapping and generation bump as
        ``writing()``. On SQLAlchemy's own connection when that writer is open (one writing
        connection: what it set, such as ``max_page_count``, holds here too), else on the raw
        writer, opened if need be: SQLAlchemy is imported only for a file to create or
        migrate."""
        if not self.writer_open:
            self._open_first_writer()
        transaction = self._raw_transaction()
        try:
            with environment_errors(self.path), transaction as connection:
                self._before_own_write()
                yield connection
            self._after_own_write()
        finally:
            self.generation += 1

    # ---- changes made by another process (the window watches) ----------------------------

    def watch_changes(self) -> None:
        """From now on, ``changed_elsewhere`` tells of commits by other processes."""
        if self._watch is None:
            self._watch = ChangeWatch(self.path)
            with environment_errors(self.path):
                self._seen_version = self._watch.version()

    def changed_elsewhere(self) -> bool:
        """Whether another process (a command run beside the window) committed a change since
        last asked (``PRAGMA data_version``: microseconds, at any size); the read caches are
        dropped when it did. False when not watching."""
        if self._watch is None:
            return False
        with environment_errors(self.path):
            version = self._watch.version()
        with self._versions:
            changed = self._changed_elsewhere or version != self._seen_version
            self._seen_version, self._changed_elsewhere = version, False
        if changed:
            self.generation += 1
        return changed

    def list_marks(self) -> tuple[object, ...]:
        """Marks that change when the contacts list or the folder counts can have
        (``store.change_marks``): a millisecond at 100,000 contacts."""
        with self.raw_reading() as connection:
            return list_marks(connection)

    def _before_own_write(self) -> None:
        """In our write transaction (its lock taken: no other process can commit now): a
        version unlike the one last seen is another process's change, told at the next
        ``changed_elsewhere``."""
        if self._watch is not None:
            version = self._watch.version()
            with self._versions:
                self._changed_elsewhere |= version != self._seen_version

    def _after_own_write(self) -> None:
        """Our commit is no change made elsewhere: its version is taken as seen."""
        if self._watch is not None:
            version = self._watch.version()
            with self._versions:
                self._seen_version = version

    def _raw_transaction(self) -> AbstractContextManager[RawConnection]:
        if self._store is not None:
            return self._store.raw_writing()
        assert self._raw is not None
        return self._raw.writing()

    def _ensure_sort_language(self) -> None:
        """Sort keys made for another alphabet are made again, in one transaction (on the
        writer just opened)."""
        if self._language is None:
            return
        with self.raw_reading() as connection:
            stored = stored_sort_language(connection)
        if stored == self._language:
            self.sort_language = stored
            return
        try:
            with environment_errors(self.path), self._raw_transaction() as connection:
                rebuild_sort_keys(connection, self._language)
        finally:
            self.generation += 1
        self.sort_language = self._language


def _refused(running: AlreadyRunningError, need: str) -> NoReturn:
    """Raise ``running`` (saying what needs the database alone, if ``need``)."""
    if need:
        running.need = need
    raise running


def _open_writer(path: Path, lock: DatabaseLock) -> RawWriter | Store:
    """After the file's checks, under ``lock`` (taken unless held, released on failure): the
    raw writer of a current file, else SQLAlchemy's, which creates or migrates it."""
    prepared = prepare_file(path, lock)
    try:
        raw = open_raw_writer(path, prepared)
    except BaseException:
        lock.release()
        raise
    if raw is not None:
        return raw
    from crm_desktop.store.database import open_store

    return open_store(path, lock, prepared=prepared)


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
    beside: bool = False,
) -> Database:
    """Open (or create) the database at ``path``; sort keys follow ``locale_name``.

    The lock is taken and the file checked; then a current file's raw writer opens (no
    SQLAlchemy import), or SQLAlchemy's, which creates or migrates the file. When the
    database's sort keys were made for another language's alphabet, they are rebuilt, in
    one transaction, before anything is shown. The daily backup is ``services.opening``'s to take.

    ``writer_later``: the lock is taken now, but on a current database only the reader
    opens; the writer (and with it the checks and the sort keys) waits for ``open_writer()``
    or the first write, and no backup is taken.

    ``beside``: when another process (the window) holds the lock, a current database opens
    beside it (its reader now, a writer of its own at the first write; ``beside_of`` says
    whose lock it is); one to create or upgrade is refused (``AlreadyRunningError``).

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
    if lock is None:
        lock = DatabaseLock(path)
    try:
        writer = _open_writer(path, lock)
    except AlreadyRunningError as running:
        if not beside:
            raise
        return _beside(path, running)
    try:
        reader = open_reader(path)
        if reader is None and not path.exists():  # deleted or renamed as it was opened
            raise DatabaseError(DatabaseProblem.CANNOT_OPEN, path, "the file was moved or deleted")
        if reader is None:
            raise RuntimeError(f"{path} is not at the current schema revision after opening")
    except BaseException:
        writer.close()
        lock.release()
        raise
    db = _on_reader(path, reader, lock=lock, writer=writer, language=language, beside=beside)
    try:
        db._ensure_sort_language()
    except BaseException:
        db.close()
        raise
    return db


def require_database(path: Path) -> None:
    """Refuse a path where there is no database (``DatabaseError``, ``MISSING``): what
    reads or changes records must not create an empty database where a mistyped path points."""
    check_exists(path)


def read_database(path: Path) -> Database:
    """The database at ``path`` to read: only its reader, taking no lock (the window may have
    it open), when it is current; else opened whole, which creates or upgrades it. A write
    through it opens a writer, beside the window if the window has the database open."""
    reader = open_reader(path)
    if reader is None:
        return open_database(path, beside=True)
    return _on_reader(path, reader, beside=True)


def _beside(path: Path, running: AlreadyRunningError) -> Database:
    """The database ``running`` (the window) has open, to work beside it: its reader now,
    a writer of its own at the first write; refused when the file is not current."""
    reader = open_reader(path)
    if reader is None:
        _refused(running, "the database must be created or upgraded first")
    db = _on_reader(path, reader, beside=True)
    db.beside_of = running
    return db


def _on_reader(
    path: Path,
    reader: Reader,
    *,
    lock: DatabaseLock | None = None,
    writer: RawWriter | Store | None = None,
    language: str | None = None,
    beside: bool = False,
) -> Database:
    """The database over ``reader``; the reader (and ``writer``, and the lock) closed if it
    cannot be made."""
    try:
        return Database(path, reader, lock=lock, writer=writer, language=language, beside=beside)
    except BaseException:
        reader.close()
        if writer is not None:
            writer.close()
        if lock is not None and writer is not None:
            lock.release()
        raise
