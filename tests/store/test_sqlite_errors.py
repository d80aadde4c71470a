"""SQLite's failures mapped by their result codes: each one the user can act on is our
``DatabaseError`` of its kind, in words that say what happened; anything else is our bug."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from bench.faults import Fault, inject
from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.store.sqlite_errors import environment_error, os_error


def _error(name: str, message: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = getattr(sqlite3, name)
    error.sqlite_errorname = name
    return error


MAPPED = [
    ("SQLITE_IOERR", "disk I/O error", DatabaseProblem.IO_ERROR,
     "the disk failed to read or write the database (disk I/O error)"),
    ("SQLITE_IOERR_WRITE", "disk I/O error", DatabaseProblem.IO_ERROR,
     "the disk failed to read or write the database (disk I/O error, SQLITE_IOERR_WRITE)"),
    ("SQLITE_IOERR_FSYNC", "disk I/O error", DatabaseProblem.IO_ERROR,
     "the disk failed to read or write the database (disk I/O error, SQLITE_IOERR_FSYNC)"),
    ("SQLITE_IOERR_SHMSIZE", "disk I/O error", DatabaseProblem.DISK_FULL,
     "the disk is full (its shared-memory file cannot grow: disk I/O error, "
     "SQLITE_IOERR_SHMSIZE)"),
    ("SQLITE_FULL", "database or disk is full", DatabaseProblem.DISK_FULL,
     "the disk is full (database or disk is full)"),
    ("SQLITE_READONLY", "attempt to write a readonly database", DatabaseProblem.READ_ONLY,
     "the database is read-only (attempt to write a readonly database)"),
    ("SQLITE_READONLY_DBMOVED", "attempt to write a readonly database",
     DatabaseProblem.CANNOT_OPEN,
     "the database cannot be opened (the file was moved or deleted while it was in use)"),
    ("SQLITE_BUSY", "database is locked", DatabaseProblem.LOCKED,
     "the database is busy (locked by another program) (another program, such as the open "
     "window, was writing to it for over 5 s; try again)"),
    ("SQLITE_LOCKED", "database table is locked", DatabaseProblem.LOCKED,
     "the database is busy (locked by another program) (database table is locked)"),
    ("SQLITE_CORRUPT", "database disk image is malformed", DatabaseProblem.CORRUPT,
     "the database file is damaged (database disk image is malformed)"),
    ("SQLITE_NOTADB", "file is not a database", DatabaseProblem.NOT_A_DATABASE,
     "the file is not a CRM Desktop database (file is not a database)"),
    ("SQLITE_CANTOPEN", "unable to open database file", DatabaseProblem.CANNOT_OPEN,
     "the database cannot be opened (unable to open database file)"),
    ("SQLITE_PERM", "access permission denied", DatabaseProblem.CANNOT_OPEN,
     "the database cannot be opened (access permission denied)"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "message", "problem", "words"), MAPPED,
                         ids=[m[0] for m in MAPPED])  # fmt: skip
def test_each_failure_of_the_environment_is_our_error_of_its_kind(
    name: str, message: str, problem: DatabaseProblem, words: str
) -> None:
    path = Path("/data/crm.sqlite3")
    mapped = environment_error(_error(name, message), path)
    assert mapped is not None
    assert (mapped.problem, str(mapped)) == (problem, f"{path}: {words}")


@pytest.mark.parametrize(
    ("name", "message"),
    [("SQLITE_ERROR", "no such table: contacts"), ("SQLITE_CONSTRAINT", "UNIQUE failed")],
)
def test_a_failure_of_ours_is_not_mapped(name: str, message: str) -> None:
    assert environment_error(_error(name, message), Path("crm.sqlite3")) is None


def test_an_io_error_during_a_write_says_so_not_that_the_file_cannot_be_opened(
    tmp_path: Path,
) -> None:
    """The disk failing the import's INSERT: a disk I/O error, the transaction undone."""
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(formatted_name="Already Here")])
    with (
        inject(Fault(errno.EIO, "sqlite-write", tmp_path)),  # on connections made from now
        open_database(path, "en") as db,
        pytest.raises(DatabaseError) as failed,
    ):
        add_contacts(db, [ContactDraft(formatted_name="Pau Serra")])
    assert failed.value.problem is DatabaseProblem.IO_ERROR
    assert str(failed.value) == (
        f"{path}: the disk failed to read or write the database (disk I/O error, "
        "SQLITE_IOERR_WRITE)"
    )
    with open_database(path, "en") as db:
        assert [row.name for row in search_contacts(db).rows] == ["Already Here"]


@pytest.mark.parametrize(
    ("number", "writing", "problem"),
    [
        (errno.ENOSPC, True, DatabaseProblem.DISK_FULL),
        (errno.EDQUOT, True, DatabaseProblem.DISK_FULL),
        (errno.EROFS, False, DatabaseProblem.READ_ONLY),
        (errno.EACCES, True, DatabaseProblem.READ_ONLY),
        (errno.EACCES, False, DatabaseProblem.CANNOT_OPEN),
        (errno.EIO, True, DatabaseProblem.IO_ERROR),
        (errno.ENAMETOOLONG, False, DatabaseProblem.CANNOT_OPEN),
        (errno.ENOENT, False, DatabaseProblem.CANNOT_OPEN),
    ],
)
def test_a_failure_of_the_system_around_the_database_is_our_error_naming_the_file(
    number: int, writing: bool, problem: DatabaseProblem
) -> None:
    path = Path("/data/crm.sqlite3")
    lock = "/data/crm.sqlite3.lock"
    mapped = os_error(OSError(number, "the system's words", lock), path, writing=writing)
    assert (mapped.problem, mapped.path) == (problem, path)
    assert mapped.detail == f"{lock}: the system's words"
