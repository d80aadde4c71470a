"""The window offers only the years 1000 to 9998: the activity editor's times, the quick
task's day and the month calendar cannot be taken past them, and the contact editor says a
birthday outside them is refused."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_calendar import ActivityCalendar
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import from_qdatetime, supported_days
from crm_desktop.gui.contact_card import ContactPane
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.date_range import EARLIEST, END, time_in_range
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import create_activity, timeline
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

NOW = datetime(2026, 12, 1, 9, 10, tzinfo=UTC)


def test_the_activity_editor_cannot_be_given_a_time_outside_the_years(qtbot: QtBot) -> None:
    editor = ActivityEditorDialog(ActivityDraft("meeting", "Review", start=NOW), now=NOW)
    qtbot.addWidget(editor)
    ui = editor._ui
    ui.hasDue.setChecked(True)
    for edit in (ui.start, ui.due):
        assert from_qdatetime(edit.minimumDateTime()) == EARLIEST
        assert time_in_range(from_qdatetime(edit.maximumDateTime()))
        assert from_qdatetime(edit.maximumDateTime().addSecs(60)) >= END
    ui.start.setDateTime(QDateTime(QDate(9999, 12, 31), QTime(20, 0)))
    ui.due.setDateTime(QDateTime(QDate(226, 12, 3), QTime(9, 0)))
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted.value
    draft = editor.result_draft()
    assert draft is not None and draft.start is not None and draft.due is not None
    assert time_in_range(draft.start) and draft.start.year == 9998
    assert time_in_range(draft.due) and draft.due == EARLIEST


def test_the_quick_task_bar_cannot_be_given_a_day_outside_the_years(
    qtbot: QtBot, db: Database
) -> None:
    [who] = add_contacts(db, [ContactDraft("Ana Puig")])
    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.timeline.set_actions(ActivityActions(db, None))
    pane.show_card(get_contact(db, who))
    bar = pane.timeline
    assert (bar.quick_due.minimumDate(), bar.quick_due.maximumDate()) == supported_days()
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("task"))
    bar.quick_due.setDate(QDate(9999, 12, 31))
    bar.quick_text.setText("Renew in the last year")
    bar.quick_add.click()
    [item] = timeline(db, contact_id=who)
    assert item.activity is not None and item.activity.due is not None
    assert time_in_range(item.activity.due) and item.activity.due.year == 9998


def test_the_month_calendar_stops_at_the_supported_days(qtbot: QtBot) -> None:
    calendar = ActivityCalendar()
    qtbot.addWidget(calendar)
    first, last = supported_days()
    assert (calendar.minimumDate(), calendar.maximumDate()) == (first, last)
    assert first.year() == 1000 and last.year() == 9998
    calendar.setSelectedDate(QDate(9999, 12, 31))
    assert calendar.selectedDate() == last


def test_the_contact_editor_refuses_a_birthday_outside_the_years_saying_which(
    qtbot: QtBot,
) -> None:
    editor = ContactEditor(ContactDraft("Ana Puig"), [], [])
    qtbot.addWidget(editor)
    editor._ui.birthday.setText("0226-12-03")
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted.value
    assert editor._ui.problem.text() == (
        "0226-12-03 is outside the years 1000 to 9998 that CRM Desktop keeps."
    )
    editor._ui.birthday.setText("1226-12-03")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted.value
    assert editor.result_draft().birthday == "1226-12-03"  # type: ignore[union-attr]


def test_the_window_starts_and_lists_over_rows_another_program_damaged(
    qtbot: QtBot, db: Database
) -> None:
    """What made the window's start fail before 0005 (a time no reader took), written since
    by another program: the rows are listed, their bad times shown as none."""
    [who] = add_contacts(db, [ContactDraft("Ana Puig")])
    due = datetime(2026, 12, 3, 9, tzinfo=UTC)
    row = create_activity(db, ActivityDraft("task", "Damaged", due=due, contact_ids=(who,)))
    with db.raw_writing() as connection:
        connection.execute(
            "UPDATE activities SET due_at = '226-12-03T09:00:00.000000Z', "
            f"created_at = '9999-12-31T20:00:00.000000Z' WHERE id = {row.id}"
        )
        connection.execute(f"UPDATE contacts SET next_activity_at = '226-1-1' WHERE id = {who}")
    window = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    table = window.findChild(QTableView, "contacts")
    assert table is not None and table.model().rowCount() == 1
    window._actions["activities_view"].trigger()
    view = window.schedule.view
    assert view is not None
    view.set_due(Due.ALL)
    assert [r.id for r in view.model.rows()] == [row.id]
