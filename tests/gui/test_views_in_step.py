"""The window's views in step (issue 20): the View menu follows the view shown however it was
reached; the overdue count follows what was done; in Activities the search box filters the
activities and the status bar counts them; a new sort order keeps the selection in sight; a
contact in the Trash offers no Log a call."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_text import local_moment
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.contact_table_model import COLUMN_EMAIL
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.records.ids import ActivityId, ContactId
from crm_desktop.services.activities import create_activity, get_activity
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

TODAY = date(2026, 12, 1)
NOW = local_moment(TODAY, 10)


@pytest.fixture
def people(db: Database) -> list[ContactId]:
    """40 contacts: names A..., e-mails in the reverse order."""
    drafts = [
        ContactDraft(given_name=f"Person{n:02d}", family_name="Vidal",
                     emails=(EmailValue(f"{99 - n:02d}@vidal.example"),))
        for n in range(40)
    ]  # fmt: skip
    return add_contacts(db, drafts)


@pytest.fixture
def overdue(db: Database, people: list[ContactId]) -> list[ActivityId]:
    """Two overdue tasks (one about Person00), one for next week."""
    ids = []
    for subject, days in (("Send the proposal", -1), ("Call the bank", -2), ("Visit", 5)):
        draft = ActivityDraft("task", subject, due=local_moment(TODAY + timedelta(days=days), 9),
                              contact_ids=(people[0],))  # fmt: skip
        ids.append(create_activity(db, draft).id)
    return ids


@pytest.fixture
def window(qtbot: QtBot, db: Database, overdue: list[ActivityId]) -> Iterator[MainWindow]:
    main = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _checked_view(window: MainWindow) -> list[str]:
    names = ("contacts_view", "activities_view", "pipeline_view", "reports_view")
    return [name for name in names if window._actions[name].isChecked()]


def test_the_banner_s_show_switches_the_view_menu_and_toolbar_too(
    qtbot: QtBot, window: MainWindow
) -> None:
    banner = window._banner
    assert banner.isVisible() and banner.lines() == ["Overdue activities: 2"]
    assert _checked_view(window) == ["contacts_view"]
    banner.action.click()
    assert isinstance(window._views.currentWidget(), ActivitiesView)
    assert _checked_view(window) == ["activities_view"]
    window.show_contact(1)  # back to the contacts another way than the menu
    window._views.setCurrentWidget(window._splitter)
    assert _checked_view(window) == ["contacts_view"]


def test_the_overdue_count_follows_completing_and_rescheduling(
    qtbot: QtBot, window: MainWindow, db: Database, overdue: list[ActivityId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    def done(dialog: CompleteDialog) -> int:
        dialog.follow_up.setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CompleteDialog, "exec", done)
    actions = window.schedule.actions
    actions.complete(get_activity(db, overdue[0]))
    assert window._banner.lines() == ["Overdue activities: 1"]
    window._actions["undo"].trigger()
    assert window._banner.lines() == ["Overdue activities: 2"]
    actions.reschedule(overdue[0], TODAY + timedelta(days=1))
    actions.reschedule(overdue[1], TODAY + timedelta(days=1))
    assert not window._banner.isVisible()  # nothing overdue: nothing to say


def test_in_activities_the_search_box_filters_the_activities_and_the_status_bar_counts_them(
    qtbot: QtBot, window: MainWindow, overdue: list[ActivityId]
) -> None:
    window._actions["activities_view"].trigger()
    view = window.schedule.view
    assert view is not None
    view.set_due(Due.ALL)
    assert window._count.text().startswith("3 activit")
    assert window._search.placeholderText().startswith("Search activities")
    window._search.setText("PROPOSAL")
    window._search.returnPressed.emit()
    assert [row.id for row in view.model.rows()] == [overdue[0]]
    assert window._count.text().startswith("1 activit")
    window._search.setText("vidal person00")  # the contact's name finds its activities
    window._search.returnPressed.emit()
    assert len(view.model.rows()) == 3
    window._actions["contacts_view"].trigger()  # the contacts found by the same words
    assert window._count.text().startswith("1 contact")
    assert window._search.placeholderText().startswith("Search names")


def test_a_new_sort_order_keeps_the_selected_contact_selected_and_in_sight(
    qtbot: QtBot, window: MainWindow, people: list[ContactId]
) -> None:
    window._contacts.select_id(people[35])
    window._table.horizontalHeader().setSortIndicatorShown(True)
    window._table.sortByColumn(COLUMN_EMAIL, Qt.SortOrder.AscendingOrder)
    assert window._contacts.selected_ids() == [people[35]]
    row = window._model.row_of(people[35])
    assert row == 4  # its e-mail is the fifth
    window._table.sortByColumn(COLUMN_EMAIL, Qt.SortOrder.DescendingOrder)
    row = window._model.row_of(people[35])
    assert row == 35 and window._contacts.selected_ids() == [people[35]]
    rect = window._table.visualRect(window._model.index(row, 0))
    assert window._table.viewport().rect().contains(rect.center())


def test_a_contact_in_the_trash_offers_no_log_a_call(
    qtbot: QtBot, window: MainWindow, db: Database, people: list[ContactId]
) -> None:
    trash_contacts(db, [people[0]])
    window.show_trash()
    window._contacts.select_id(people[0])
    timeline = window._card.timeline
    assert window._card.card.shown is not None and window._card.card.shown.id == people[0]
    assert timeline.model.rowCount() == 3  # its history is there to read
    assert not timeline.quick_add.isEnabled() and not timeline.quick_text.isEnabled()
    assert not timeline._new.isEnabled()
    assert not window._actions["new_activity"].isEnabled()
    item = timeline.model.item(0)
    assert item is not None
    menu = timeline.context_menu(item)
    qtbot.addWidget(menu)
    assert [a.text() for a in menu.actions() if a.text()] == []  # nothing to change it by
    window._nav.select(("contacts", None))
    window._contacts.select_id(people[1])
    assert timeline.quick_add.isEnabled() and window._actions["new_activity"].isEnabled()


def test_the_list_s_edit_and_delete_are_off_while_another_view_shows(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_row(0)
    assert window._actions["delete"].isEnabled() and not window._actions["restore"].isEnabled()
    window._actions["activities_view"].trigger()
    assert not window._actions["delete"].isEnabled() and not window._actions["edit"].isEnabled()
    window._actions["contacts_view"].trigger()
    assert window._actions["delete"].isEnabled() and window._actions["edit"].isEnabled()
    assert not window._actions["restore"].isEnabled()
