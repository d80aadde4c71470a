"""What the command line writes, the window shows when it opens: a contact added with a new
account, an edit, a deletion to the Trash, a note and a completed call on the timeline, the
list's last contact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from crm_desktop.__main__ import main
from crm_desktop.gui.contact_table_model import COLUMN_ACCOUNT, COLUMN_LAST_CONTACT, COLUMN_NAME
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.activities import create_activity
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en_GB") as db:
        add_contacts(db, [ContactDraft("Eleni Papadopoulou"), ContactDraft("Jordi Puig")])
        due = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
        create_activity(db, ActivityDraft("call", "Call back", start=due,
                                          contact_ids=(ContactId(1),)))  # fmt: skip
    return path


def _cli(*argv: str, db_path: Path) -> None:
    assert main([*argv, "--db", str(db_path)]) == 0


@pytest.fixture
def opened(db_path: Path) -> Iterator[Database]:
    _cli("contact", "add", "--name", "Pau Vila", "--account", "Vila SL", db_path=db_path)
    _cli("contact", "edit", "1", "--name", "Helen Papadopoulou", db_path=db_path)
    _cli("contact", "delete", "2", db_path=db_path)
    _cli("note", "add", "--contact", "1", "Written by a script", db_path=db_path)
    _cli("activity", "done", "1", "--outcome", "Agreed", db_path=db_path)
    database = open_database(db_path, "en_GB")
    yield database
    database.close()


def _names(window: MainWindow) -> list[str]:
    model = window._model
    return [model.data(model.index(row, COLUMN_NAME)) for row in range(model.rowCount())]


def test_the_window_opened_after_command_line_writes_shows_them(
    qtbot: QtBot, opened: Database
) -> None:
    window = MainWindow(opened)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    assert _names(window) == ["Helen Papadopoulou", "Pau Vila"]  # Jordi in the Trash
    model = window._model
    pau = model.row_of(3)
    assert pau is not None and model.data(model.index(pau, COLUMN_ACCOUNT)) == "Vila SL"
    helen = model.row_of(1)
    assert helen is not None
    today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
    assert model.data(model.index(helen, COLUMN_LAST_CONTACT)) == today  # the call, done now
    window.show_contact(1)
    timeline = window._card.timeline.model
    titles = [timeline.data(timeline.index(row)) for row in range(timeline.rowCount())]
    assert any("Written by a script" in title for title in titles)
    assert any("Call back" in title for title in titles)
    window.show_account(1)
    assert window._accounts.model.row_of(1) is not None
