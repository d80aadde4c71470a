"""What the window learns from ``changed_elsewhere``: another process's commits, once each,
never its own (raw or ORM writes), even when another's commit came just before its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database, read_database
from crm_desktop.services.notes import add_note


@pytest.fixture
def window(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "crm.sqlite3", "en") as db:
        add_contacts(db, [ContactDraft("Ana Puig")])
        db.watch_changes()
        yield db


@pytest.fixture
def beside(window: Database) -> Iterator[Database]:
    """Another handle writing beside the window, as a command does (it takes no lock)."""
    with read_database(window.path) as db:
        yield db


def test_the_window_s_own_writes_raw_or_orm_are_not_changes_made_elsewhere(
    window: Database,
) -> None:
    add_contacts(window, [ContactDraft("Pau Serra")])  # the raw writer
    add_note(window, "Met at the fair", contact_id=1)  # an ORM unit of work
    assert not window.changed_elsewhere()


def test_another_process_s_write_is_told_once_and_drops_the_read_caches(
    window: Database, beside: Database
) -> None:
    generation = window.generation
    add_contacts(beside, [ContactDraft("Pau Serra")])
    assert beside.beside_of is not None and window.lock.held
    assert window.changed_elsewhere()
    assert window.generation > generation  # the cached name order is read again
    assert search_contacts(window).total == 2
    assert not window.changed_elsewhere()


def test_a_change_made_elsewhere_just_before_the_window_s_own_write_is_not_lost(
    window: Database, beside: Database
) -> None:
    add_note(beside, "Logged from the command line", contact_id=1)
    add_contacts(window, [ContactDraft("Pau Serra")])  # before the window looked
    assert window.changed_elsewhere()
    assert not window.changed_elsewhere()


def test_a_handle_that_does_not_watch_says_nothing_changed(beside: Database) -> None:
    add_contacts(beside, [ContactDraft("Pau Serra")])
    assert not beside.changed_elsewhere()
