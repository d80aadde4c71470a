"""The window's start-up under failures of the system: one message box that says what
happened, never a traceback into Qt; nothing is opened."""

from __future__ import annotations

import argparse
import errno
import sqlite3
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bench.faults import Fault, inject
from crm_desktop.app import start_or_recover
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.store.schema import SCHEMA_REVISION


def _boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, text) of every critical message box shown (each answered at once)."""
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText  # a path or error is never markup
        if box.icon() == QMessageBox.Icon.Critical:
            shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _start(db: Path | None = None, *, demo: bool = False) -> object:
    return start_or_recover(argparse.Namespace(demo=demo, db=str(db) if db else None, command=None))


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(formatted_name="Ana Puig")])
    return path


@pytest.mark.parametrize(
    ("number", "point", "said"),
    [
        (errno.ENOSPC, "fs", "is full"),
        (errno.EACCES, "fs", "cannot be written to"),
        (errno.EIO, "sqlite-open", "The disk failed to read or write"),
        (errno.ENAMETOOLONG, "stat", "cannot be opened"),
    ],
)
def test_a_failure_of_the_system_at_start_is_one_message_box(
    qtbot: QtBot,
    database: Path,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    point: str,
    said: str,
) -> None:
    shown = _boxes(monkeypatch)
    fault = Fault(number, point, database.parent, looked_at=database)
    with inject(fault):
        assert _start(database) is None
    assert fault.fired
    [(title, text)] = shown
    assert title == "The database cannot be used"
    assert said in text and str(database) in text


def test_a_demo_that_cannot_make_its_folder_is_one_message_box(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk where the demo's temporary folder goes: the OSError of ``mkdtemp``."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    shown = _boxes(monkeypatch)
    with inject(Fault(errno.ENOSPC, "fs", tmp_path)):
        assert _start(demo=True) is None
    [(_title, text)] = shown
    assert "No space left on device" in text


def test_a_database_that_makes_sqlite_fail_unexpectedly_is_one_message_box(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A file that claims our schema but lacks its tables: SQLite's "no such table" is no
    failure of the system, yet the start-up tells it in a box (its traceback on stderr)."""
    path = tmp_path / "crm.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        raw.execute("INSERT INTO alembic_version VALUES (?)", (SCHEMA_REVISION,))
    raw.close()
    shown = _boxes(monkeypatch)
    assert _start(path) is None
    [(title, text)] = shown
    assert title == "The database cannot be used"
    assert text.startswith(f"{path} cannot be opened: ") and "no such table" in text
    assert "sqlite3.OperationalError" in capsys.readouterr().err
