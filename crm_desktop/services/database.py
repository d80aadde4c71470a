"""Opening the user's database, and the handle every other service takes."""

from __future__ import annotations

import locale
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.errors import CrmError
from crm_desktop.records.contacts import BackupEntry
from crm_desktop.records.naming import file_as
from crm_desktop.store.database import Store, open_store
from crm_desktop.store.engine import driver_connection
from crm_desktop.store.folding import collation_language, sort_key
from crm_desktop.store.lock import DatabaseLock
from crm_desktop.store.settings import SORT_LANGUAGE
from crm_desktop.store.sqlite_errors import environment_error


@dataclass
class Database:
    """An open database. Services open one unit of work per call on it."""

    store: Store
    sort_language: str
    # Bumped by every write; read caches (the whole list in name order) key on it.
    generation: int = 0
    list_cache: dict[str, object] = field(default_factory=dict)
    # The daily backup taken at start, or why it could not be (the window warns; the
    # database opens all the same).
    start_backup: BackupEntry | None = None
    backup_problem: CrmError | None = None
    # The last backup taken through this handle, and the generation it holds: a second
    # risky change with no write in between needs no second backup.
    last_backup: tuple[BackupEntry, int] | None = None

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def migration_backup(self) -> Path | None:
        return self.store.migration_backup

    @property
    def repaired_modes(self) -> tuple[Path, ...]:
        """Files of the database others could read, made private at start."""
        return self.store.repaired_modes

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (``BEGIN``); environment failures become our errors."""
        with self._errors(), self.store.reading() as session:
            yield session
            session.rollback()

    @contextmanager
    def raw_reading(self) -> Iterator[sqlite3.Connection]:
        """The sqlite3 connection of a read transaction (for ``contact_list``)."""
        with self.reading() as session:
            yield driver_connection(session.connection())

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``), committed at the end or rolled back."""
        try:
            with self._errors(), self.store.writing.begin() as session:
                yield session
        finally:
            self.generation += 1

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:  # raw sqlite3 too: bulk writes use it
            mapped = environment_error(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc


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
) -> Database:
    """Open (or create) the database at ``path``; sort keys follow ``locale_name``.

    When the database's sort keys were made for another language's alphabet, they are
    rebuilt, in one transaction, before anything is shown. The daily backup is
    ``services.opening``'s to take.

    Raises ``DatabaseError``: a damaged database (``CORRUPT``, with ``backup`` naming the
    newest good backup), one of a newer version (``TOO_NEW``), not ours...
    """
    db = Database(open_store(path, lock), collation_language(locale_name or system_locale_name()))
    try:
        _ensure_sort_language(db)
    except BaseException:
        db.close()
        raise
    return db


def _ensure_sort_language(db: Database) -> None:
    """Sort keys made for another alphabet are made again (plain SQL: no ORM at start-up)."""
    with db.reading() as session:
        stored = (
            driver_connection(session.connection())
            .execute("SELECT value FROM settings WHERE key = ?", (SORT_LANGUAGE,))
            .fetchone()
        )
    if stored is not None and stored[0] == db.sort_language:
        return
    with db.writing() as session:
        raw = driver_connection(session.connection())
        raw.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SORT_LANGUAGE, db.sort_language),
        )
        contacts = raw.execute(
            "SELECT id, family_name, given_name, additional_names, formatted_name FROM contacts"
        ).fetchall()
        raw.executemany(
            "UPDATE contacts SET sort_key = ? WHERE id = ?",
            [(sort_key(file_as(*row[1:]), db.sort_language), row[0]) for row in contacts],
        )
        accounts = raw.execute("SELECT id, name FROM accounts").fetchall()
        raw.executemany(
            "UPDATE accounts SET sort_key = ? WHERE id = ?",
            [(sort_key(name, db.sort_language), account_id) for account_id, name in accounts],
        )
