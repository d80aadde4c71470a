"""Repeating activities in the GUI (issue 19): the editor's Repeat section makes the rule,
the day list shows each occurrence, editing or deleting one asks "Only this one / All in the
series", and marking one done moves the series on."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import local_moment, to_qdate
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.services.activities import activities_on, create_activity, get_activity
from crm_desktop.services.database import Database
from tests.gui.message_boxes import answer

TODAY = date(2026, 12, 1)  # a Tuesday
NOW = local_moment(TODAY, 8)


def _view(qtbot: QtBot, db: Database) -> tuple[ActivitiesView, ActivityActions]:
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = ActivityActions(db, holder, clock=lambda: NOW)
    view = ActivitiesView(actions, holder)
    view.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    view.calendar.setSelectedDate(to_qdate(TODAY))
    holder.show()
    view.show()
    view.refresh()
    qtbot.waitExposed(view, timeout=5000)
    return view, actions


def test_the_repeat_section_makes_a_weekly_rule_on_the_chosen_days(
    qtbot: QtBot, db: Database
) -> None:
    draft = ActivityDraft("meeting", "Stand-up", start=local_moment(TODAY, 9))
    editor = ActivityEditorDialog(draft, now=NOW)
    qtbot.addWidget(editor)
    section = editor.repeat
    section.frequency.setCurrentIndex(section.frequency.findData("WEEKLY"))
    assert section.weekdays[1].isChecked()  # the start's day, Tuesday
    section.weekdays[3].setChecked(True)
    section.ends.setCurrentIndex(section.ends.findData("count"))
    section.count.setValue(8)
    editor.accept()
    saved = editor.result_draft()
    assert saved is not None and saved.recurrence == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8"
    section.frequency.setCurrentIndex(section.frequency.findData("MONTHLY"))
    section.monthly.setCurrentIndex(1)
    assert section.rule() == "FREQ=MONTHLY;BYDAY=1TU;COUNT=8"  # 1 December: the first Tuesday


def test_an_unchanged_rule_is_kept_as_it_was_written(qtbot: QtBot) -> None:
    rule = "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=SU"
    draft = ActivityDraft("meeting", "Staff", start=local_moment(TODAY, 9), recurrence=rule)
    editor = ActivityEditorDialog(draft, now=NOW)
    qtbot.addWidget(editor)
    assert editor.repeat.frequency.currentData() == "WEEKLY"
    assert editor.repeat.rule() == rule


def test_editing_only_this_occurrence_detaches_it_and_keeps_the_series(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    series = create_activity(
        db,
        ActivityDraft("meeting", "Stand-up", start=local_moment(TODAY, 9), recurrence="FREQ=DAILY"),
        now=NOW,
    ).id
    view, _ = _view(qtbot, db)
    thursday = TODAY + timedelta(days=2)
    view.calendar.setSelectedDate(to_qdate(thursday))
    [occurrence] = view.day_model.rows()
    assert occurrence.id == series and occurrence.occurrence is not None
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)  # "Only this one"

    def exec_(editor: ActivityEditorDialog) -> int:
        assert not editor.repeat.isVisibleTo(editor)
        editor._ui.subject.setText("Stand-up with the auditors")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    view._actions.edit_activity(occurrence)
    assert [b.objectName() for b in asked] == ["seriesScope"]
    assert [r.subject for r in activities_on(db, thursday)] == ["Stand-up with the auditors"]
    assert [r.subject for r in activities_on(db, thursday + timedelta(days=1))] == ["Stand-up"]
    assert get_activity(db, series).recurrence == "FREQ=DAILY"


def test_all_in_the_series_edits_the_series_and_deleting_one_leaves_the_rest(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    series = create_activity(
        db,
        ActivityDraft("meeting", "Stand-up", start=local_moment(TODAY, 9), recurrence="FREQ=DAILY"),
        now=NOW,
    ).id
    _, actions = _view(qtbot, db)
    later = TODAY + timedelta(days=4)
    [occurrence] = activities_on(db, later)
    answer(monkeypatch, QMessageBox.StandardButton.YesToAll)

    def exec_(editor: ActivityEditorDialog) -> int:
        assert editor.repeat.frequency.currentData() == "DAILY"
        editor._ui.location.setText("Room 2")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    actions.edit_activity(occurrence)
    assert {r.location for r in activities_on(db, later)} == {"Room 2"}
    assert get_activity(db, series).start == local_moment(TODAY, 9)

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    actions.trash_rows(activities_on(db, later))
    assert activities_on(db, later) == []
    assert len(activities_on(db, later + timedelta(days=1))) == 1


def test_marking_the_next_occurrence_done_moves_the_series_on(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    series = create_activity(
        db,
        ActivityDraft("task", "Timesheet", due=local_moment(TODAY, 17), recurrence="FREQ=WEEKLY"),
        now=NOW,
    ).id
    view, actions = _view(qtbot, db)
    view.set_due(Due.ALL)
    [row] = view.model.rows()

    def exec_(dialog: CompleteDialog) -> int:
        dialog.outcome.setText("filled in")
        dialog.follow_up.setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CompleteDialog, "exec", exec_)
    done = actions.complete(row)
    assert done is not None and done.id != series and done.outcome == "filled in"
    view.refresh()
    [moved] = view.model.rows()
    assert moved.id == series and moved.due == local_moment(TODAY + timedelta(days=7), 17)
