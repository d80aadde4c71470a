"""The window open, and commands run beside it in processes of their own: a cron backup, the
reading commands, and writes the window then shows (its list, folder counts, the open card's
timeline, the Activities view), found by its look every few seconds or when activated."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.outside_changes import LOOK_EVERY_MS
from crm_desktop.records.activities import Due
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

SEEN_WITHIN_MS = LOOK_EVERY_MS * 3  # a look or two, on a machine other tests keep busy


def _cli(db: Database, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db.path)],
        capture_output=True, text=True, timeout=60, env=dict(os.environ),
    )  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _timeline_titles(window: MainWindow) -> list[str]:
    model = window._card.timeline.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def _names(window: MainWindow) -> list[str]:
    model = window._model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_cron_backup_while_the_window_is_open_is_a_sound_copy(
    window: MainWindow, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "nightly.sqlite3"
    result = _cli(db, "backup", str(target))
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = copy.execute("SELECT formatted_name FROM contacts ORDER BY id").fetchall()
    assert names == [("Ana Puig",), ("Pau Serra",)]


def test_export_check_and_contacts_run_while_the_window_is_open(
    window: MainWindow, db: Database
) -> None:
    checked = _cli(db, "check", "--quick")
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, f"ok: {db.path}\n", "")
    listed = _cli(db, "contacts")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == ["Ana Puig", "Pau Serra"]
    exported = _cli(db, "export")
    assert (exported.returncode, exported.stderr) == (0, "")
    assert "FN:Pau Serra" in exported.stdout.splitlines()


def test_a_call_logged_by_another_process_appears_on_the_open_timeline(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.select_row(1)  # Pau Serra's card and timeline
    assert window._card.card.shown is not None
    pau = window._card.card.shown.id
    assert "Called from the phone" not in _timeline_titles(window)
    window._outside.look()  # a look that finds nothing notes what the list was
    resets: list[int] = []
    window._model.modelReset.connect(lambda: resets.append(1))
    result = _cli(db, "log", str(pau), "--kind", "call", "--subject", "Called from the phone")
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(
        lambda: any("Called from the phone" in title for title in _timeline_titles(window)),
        timeout=SEEN_WITHIN_MS,
    )
    shown = window._card.card.shown
    assert shown is not None and shown.id == pau  # the card shown stays the one shown
    assert resets == []  # a call touches no contact: the list was not read again


def test_a_contact_imported_by_another_process_joins_the_list_and_the_counts(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    window.select_row(1)
    window._outside.look()  # a look that finds nothing notes what the list was
    card = tmp_path / "one.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Joan Vila\r\nCATEGORIES:Partner\r\nEND:VCARD\r\n"
    )
    result = _cli(db, "import", str(card))
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window._model.rowCount() == 3, timeout=SEEN_WITHIN_MS)
    assert _names(window) == ["Ana Puig", "Joan Vila", "Pau Serra"]
    shown = window._card.card.shown
    assert shown is not None and shown.draft.formatted_name == "Pau Serra"  # still selected
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    assert "Partner (1)" in [nav.item(row).text() for row in range(nav.count())]


def test_the_activities_view_and_activation_show_what_another_process_did(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    view = window.schedule.show_activities(Due.DONE)
    assert view.model.rows() == []
    window._outside.stop()  # no timer: the window's activation alone looks
    result = _cli(db, "log", "1", "--kind", "email", "--subject", "Sent the offer", "--json")
    assert result.returncode == 0, result.stderr
    logged = json.loads(result.stdout)["id"]
    window._outside._timer.start()  # watching again, but the next tick is seconds away
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: [row.id for row in view.model.rows()] == [logged], timeout=2000)


def test_the_window_s_own_writes_are_not_read_again_as_changes_made_elsewhere(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    resets: list[int] = []
    window._model.modelReset.connect(lambda: resets.append(1))
    add_contacts(db, [ContactDraft("Marta Soler")])  # the window's own handle writes
    window._outside.look()
    assert resets == []
    assert not db.changed_elsewhere()
