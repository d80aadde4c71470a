"""The activity editor: a draft in, a draft out, times in local time, problems said inline;
the contact editor's keep-in-touch interval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activity_editor import ActivityEditorDialog, next_half_hour
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import AccountId, ContactId

NOW = datetime(2026, 12, 1, 9, 10, tzinfo=UTC)


def _editor(qtbot: QtBot, draft: ActivityDraft | None, **kwargs: object) -> ActivityEditorDialog:
    editor = ActivityEditorDialog(draft, now=NOW, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    return editor


def test_a_draft_comes_back_as_it_went_in(qtbot: QtBot) -> None:
    draft = ActivityDraft(
        kind="meeting", subject="Quarterly review", details="Bring the figures",
        start=datetime(2026, 12, 3, 14, 30, tzinfo=UTC), duration_minutes=60,
        location="Their office", priority="high", reminder=datetime(2026, 12, 3, 14, 15, tzinfo=UTC),
        contact_ids=(ContactId(7),), account_id=AccountId(3),
    )  # fmt: skip
    editor = _editor(
        qtbot, draft, contact_names={ContactId(7): "Ελένη Παπαδοπούλου"},
        accounts=[(AccountId(3), "Aegean Foods S.A.")],
    )  # fmt: skip
    ui = editor._ui
    assert ui.subject.text() == "Quarterly review"
    assert ui.kind.currentText() == "Meeting" and ui.priority.currentText() == "High"
    assert ui.start.dateTime() == QDateTime.fromSecsSinceEpoch(int(draft.start.timestamp()))  # type: ignore[union-attr]
    assert not ui.hasDue.isChecked() and not ui.due.isEnabled()
    assert ui.reminder.currentData() == 15 and "15" in ui.reminder.currentText()
    assert ui.contacts.item(0).text() == "\u2068Ελένη Παπαδοπούλου\u2069"
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted.value
    assert editor.result_draft() == draft


def test_a_new_activity_starts_at_the_next_half_hour(qtbot: QtBot) -> None:
    editor = _editor(qtbot, None)
    editor._ui.subject.setText("Call back about the samples")
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None
    assert (draft.kind, draft.start, draft.due) == (
        "call",
        datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        None,
    )
    assert next_half_hour(datetime(2026, 12, 1, 9, 30, tzinfo=UTC)) == datetime(
        2026, 12, 1, 10, 0, tzinfo=UTC
    )


def test_making_it_a_task_moves_the_time_to_due(qtbot: QtBot) -> None:
    editor = _editor(qtbot, None)
    ui = editor._ui
    ui.subject.setText("Send the price list")
    ui.kind.setCurrentIndex(ui.kind.findData("task"))
    assert ui.hasDue.isChecked() and not ui.hasStart.isChecked()
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.start is None
    assert draft.due == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def test_problems_are_said_inline_and_the_dialog_stays_open(qtbot: QtBot) -> None:
    editor = _editor(qtbot, None)
    ui = editor._ui
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted.value
    assert ui.problem.text() == "Give the activity a subject."
    ui.subject.setText("Lunch")
    ui.hasStart.setChecked(False)
    ui.reminder.setCurrentIndex(ui.reminder.findData(30))
    editor.accept()
    assert ui.problem.text() == "A reminder needs a start or a due time."
    ui.hasDue.setChecked(True)
    ui.due.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(datetime(2026, 12, 4, 12, 0, tzinfo=UTC).timestamp()))
    )
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.reminder == datetime(2026, 12, 4, 11, 30, tzinfo=UTC)


def test_the_outcome_counts_only_once_it_is_not_open(qtbot: QtBot) -> None:
    editor = _editor(qtbot, ActivityDraft(kind="call", subject="Ring Jordi", start=NOW))
    ui = editor._ui
    assert not ui.outcome.isEnabled()
    ui.status.setCurrentIndex(ui.status.findData("done"))
    assert ui.outcome.isEnabled()
    ui.outcome.setText("Left a message")
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and (draft.status, draft.outcome) == ("done", "Left a message")


def test_contacts_are_added_by_typing_a_name_and_removed(qtbot: QtBot) -> None:
    people = [(ContactId(1), "Jordi Puig"), (ContactId(2), "Núria Ferrer")]

    def find(text: str) -> list[tuple[ContactId, str]]:
        return [p for p in people if text.casefold() in p[1].casefold()]

    editor = _editor(qtbot, ActivityDraft(kind="call", subject="x", start=NOW), find_contacts=find)
    ui = editor._ui
    ui.contactSearch.setText("núria")
    ui.contactSearch.returnPressed.emit()
    ui.contactSearch.setText("jordi puig")
    ui.contactSearch.returnPressed.emit()
    assert ui.contacts.count() == 2
    ui.contacts.setCurrentRow(0)
    ui.removeContact.click()
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.contact_ids == (ContactId(1),)


def test_the_contact_editor_keeps_the_keep_in_touch_interval(qtbot: QtBot) -> None:
    editor = ContactEditor(ContactDraft(given_name="Ana", keep_in_touch_days=30), [], [])
    qtbot.addWidget(editor)
    assert editor._ui.keepInTouch.value() == 30
    assert editor._ui.keepInTouch.text() == "every 30 days"
    editor._ui.keepInTouch.setValue(14)
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.keep_in_touch_days == 14
    editor = ContactEditor(ContactDraft(given_name="Ana"), [], [])
    qtbot.addWidget(editor)
    assert editor._ui.keepInTouch.text() == "Not set"
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.keep_in_touch_days is None


def test_an_unknown_reminder_lead_is_kept(qtbot: QtBot) -> None:
    start = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
    draft = ActivityDraft(
        kind="call", subject="x", start=start, reminder=start - timedelta(minutes=45)
    )
    editor = _editor(qtbot, draft)
    assert editor._ui.reminder.currentData() == 45 and "45" in editor._ui.reminder.currentText()
    editor.accept()
    assert editor.result_draft() == draft
