"""The timeline under a contact's and an account's card: order, the kind filter, the quick-add
bar, notes edited and pinned, an activity completed with its follow-up, and paging."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.gui.account_card import AccountPane
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import from_qdate, local_date
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.contact_card import ContactPane
from crm_desktop.gui.contact_table_model import COLUMN_LAST_CONTACT
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.timeline_model import FIRST_PAGE, TimelineModel
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.activities import (
    add_note,
    create_activity,
    due_activities,
    get_activity,
    pin_note,
    timeline,
)
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass
class People:
    jordi: ContactId
    nuria: ContactId
    account: AccountId


@pytest.fixture
def people(db: Database) -> People:
    jordi, nuria = add_contacts(
        db,
        [
            ContactDraft(given_name="Jordi", family_name="Puig",
                         accounts=(AccountLinkDraft("Aegean Foods", "Buyer", True),)),
            ContactDraft(given_name="Núria", family_name="Ferrer",
                         accounts=(AccountLinkDraft("Aegean Foods", "", True),)),
        ],
    )  # fmt: skip
    [account] = account_rows(db)
    return People(jordi, nuria, account.id)


@pytest.fixture
def history(db: Database, people: People) -> People:
    """Jordi: a call three days ago, a meeting yesterday, a task due tomorrow, a note, a pinned
    note from long ago; Núria: a call two days ago."""

    def activity(kind: str, subject: str, when: datetime, who: ContactId) -> None:
        draft = ActivityDraft(
            kind=kind, subject=subject, start=None if kind == "task" else when,
            due=when if kind == "task" else None, contact_ids=(who,), account_id=people.account,
        )  # fmt: skip
        create_activity(db, draft)

    pinned = add_note(db, "Decision maker for packaging", contact_id=people.jordi)
    pin_note(db, pinned.id, True)
    activity("call", "Discussed the spring order", NOW - timedelta(days=3), people.jordi)
    activity("meeting", "Quarterly review", NOW - timedelta(days=1), people.jordi)
    activity("task", "Send samples", NOW + timedelta(days=1), people.jordi)
    activity("call", "Núria asked for the catalogue", NOW - timedelta(days=2), people.nuria)
    add_note(db, "Likes football\nTalk about Barça first", contact_id=people.jordi)
    return people


@pytest.fixture
def actions(db: Database) -> ActivityActions:
    return ActivityActions(db, None)


def _contact_pane(
    qtbot: QtBot, db: Database, actions: ActivityActions, who: ContactId
) -> ContactPane:
    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.timeline.set_actions(actions)
    pane.show_card(get_contact(db, who))
    return pane


def _titles(model: TimelineModel) -> list[str]:
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def test_the_timeline_shows_pinned_notes_first_then_newest_first(
    qtbot: QtBot, db: Database, history: People, actions: ActivityActions
) -> None:
    pane = _contact_pane(qtbot, db, actions, history.jordi)
    assert _titles(pane.timeline.model) == [
        "Decision maker for packaging", "Send samples", "Likes football", "Quarterly review",
        "Discussed the spring order",
    ]  # fmt: skip


def test_the_timeline_model_passes_qt_model_checks(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    history: People,
    actions: ActivityActions,
) -> None:
    pane = _contact_pane(qtbot, db, actions, history.jordi)
    qtmodeltester.check(pane.timeline.model)


def test_the_kind_filter_shows_one_kind(
    qtbot: QtBot, db: Database, history: People, actions: ActivityActions
) -> None:
    pane = _contact_pane(qtbot, db, actions, history.jordi)
    combo = pane.timeline._filter
    combo.setCurrentIndex(combo.findData("note"))
    assert _titles(pane.timeline.model) == ["Decision maker for packaging", "Likes football"]
    combo.setCurrentIndex(combo.findData("call"))
    assert _titles(pane.timeline.model) == ["Discussed the spring order"]
    combo.setCurrentIndex(combo.findData(""))
    assert pane.timeline.model.rowCount() == 5


def test_an_account_timeline_includes_what_was_done_with_its_contacts(
    qtbot: QtBot, db: Database, history: People, actions: ActivityActions
) -> None:
    pane = AccountPane()
    qtbot.addWidget(pane)
    pane.timeline.set_actions(actions)
    pane.show_card(get_account(db, history.account))
    titles = _titles(pane.timeline.model)
    assert "Núria asked for the catalogue" in titles and "Quarterly review" in titles
    assert titles.index("Quarterly review") < titles.index("Núria asked for the catalogue")
    # Each line names whom it regards, isolated, but not the account whose card this is.
    model = pane.timeline.model
    tip = model.data(model.index(titles.index("Núria asked for the catalogue")),
                     Qt.ItemDataRole.ToolTipRole)  # fmt: skip
    assert "\u2068Núria Ferrer\u2069" in tip and "Aegean Foods" not in tip


def test_a_contact_timeline_line_names_the_account_not_the_contact(
    qtbot: QtBot, db: Database, history: People, actions: ActivityActions
) -> None:
    pane = _contact_pane(qtbot, db, actions, history.jordi)
    model = pane.timeline.model
    row = _titles(model).index("Quarterly review")
    tip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert "\u2068Aegean Foods\u2069" in tip and "Jordi" not in tip


def test_the_quick_add_bar_logs_a_call_adds_a_note_and_schedules_a_task(
    qtbot: QtBot, db: Database, people: People, actions: ActivityActions
) -> None:
    pane = _contact_pane(qtbot, db, actions, people.jordi)
    bar = pane.timeline
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("call"))
    bar.quick_text.setText("Agreed the price")
    qtbot.keyClick(bar.quick_text, Qt.Key.Key_Return)
    assert bar.quick_text.text() == ""
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("note"))
    bar.quick_text.setText("Prefers mornings")
    bar.quick_add.click()
    today = local_date(datetime.now(UTC))  # the bar's clock (the fixture's NOW may be
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("task"))  # before midnight)
    assert bar.quick_due.isVisibleTo(bar)
    due_day = from_qdate(bar.quick_due.date())
    assert due_day == today + timedelta(days=1)  # tomorrow, unless changed
    bar.quick_text.setText("Send the contract")
    qtbot.keyClick(bar.quick_text, Qt.Key.Key_Return)
    items = timeline(db, contact_id=people.jordi)
    by_title = {(i.activity.subject if i.activity else i.note.body): i for i in items}  # type: ignore[union-attr]
    call = by_title["Agreed the price"].activity
    assert call is not None and call.kind == "call" and call.status == "done"
    assert by_title["Prefers mornings"].kind == "note"
    task = by_title["Send the contract"].activity
    assert task is not None and task.status == "open" and task.due is not None
    assert local_date(task.due) == due_day
    assert set(_titles(bar.model)) == {"Agreed the price", "Prefers mornings", "Send the contract"}


def test_a_note_is_edited_and_pinned_from_its_menu(
    qtbot: QtBot, db: Database, history: People, actions: ActivityActions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    pane = _contact_pane(qtbot, db, actions, history.jordi)
    model = pane.timeline.model
    row = _titles(model).index("Likes football")
    item = model.item(row)
    assert item is not None

    def exec_(dialog: QInputDialog) -> int:
        assert dialog.textValue() == "Likes football\nTalk about Barça first"
        dialog.setTextValue("Likes football (FC Barcelona)")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    menu = pane.timeline.context_menu(item)
    qtbot.addWidget(menu)
    [edit] = [a for a in menu.actions() if a.text() == "&Edit…"]
    edit.trigger()
    assert "Likes football (FC Barcelona)" in _titles(model)
    item = model.item(_titles(model).index("Likes football (FC Barcelona)"))
    assert item is not None
    menu = pane.timeline.context_menu(item)
    qtbot.addWidget(menu)
    [pin] = [a for a in menu.actions() if a.text() == "&Pin to the top"]
    pin.trigger()
    notes = [i for i in timeline(db, contact_id=history.jordi) if i.note is not None]
    assert all(i.pinned for i in notes)
    assert set(_titles(model)[:2]) == {
        "Decision maker for packaging",
        "Likes football (FC Barcelona)",
    }


def test_completing_asks_the_outcome_and_saves_the_prefilled_follow_up(
    qtbot: QtBot, db: Database, history: People, actions: ActivityActions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    pane = _contact_pane(qtbot, db, actions, history.jordi)
    model = pane.timeline.model
    item = model.item(_titles(model).index("Send samples"))
    assert item is not None and item.activity is not None
    task_id = item.activity.id
    seen: dict[str, object] = {}

    def complete_exec(dialog: CompleteDialog) -> int:
        assert dialog.follow_up.isChecked()  # offered by default
        dialog.outcome.setText("Samples posted")
        dialog.accept()
        return dialog.result()

    def editor_exec(editor: ActivityEditorDialog) -> int:
        ui = editor._ui
        seen.update(subject=ui.subject.text(), kind=ui.kind.currentData(),
                    contacts=ui.contacts.count(), account=ui.account.currentData())  # fmt: skip
        ui.subject.setText(ui.subject.text() + " (ask for feedback)")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(CompleteDialog, "exec", complete_exec)
    monkeypatch.setattr(ActivityEditorDialog, "exec", editor_exec)
    menu = pane.timeline.context_menu(item)
    qtbot.addWidget(menu)
    [done] = [a for a in menu.actions() if a.text() == "Mark as &done…"]
    done.trigger()
    finished = get_activity(db, task_id)
    assert (finished.status, finished.outcome) == ("done", "Samples posted")
    assert seen == {"subject": "Follow-up: Send samples", "kind": "task", "contacts": 1,
                    "account": history.account}  # fmt: skip
    [follow_up] = [r for r in due_activities(db, Due.ALL) if r.subject.startswith("Follow-up")]
    assert follow_up.subject == "Follow-up: Send samples (ask for feedback)"
    assert follow_up.contact_ids == (history.jordi,) and follow_up.status == "open"
    assert "Follow-up: Send samples (ask for feedback)" in _titles(model)


def test_a_long_timeline_reads_its_first_page_then_more_on_scrolling(
    qtbot: QtBot, db: Database, people: People, actions: ActivityActions
) -> None:
    for n in range(FIRST_PAGE + 10):
        create_activity(db, ActivityDraft(kind="email", subject=f"Mail {n}",
                                          start=NOW - timedelta(hours=n), contact_ids=(people.jordi,)))  # fmt: skip
    pane = _contact_pane(qtbot, db, actions, people.jordi)
    model = pane.timeline.model
    assert model.rowCount() == FIRST_PAGE
    assert model.canFetchMore(model.index(-1)) is True
    pane.resize(400, 600)
    pane.show()
    pane.timeline.list.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE + 10, timeout=3000)
    assert _titles(model)[0] == "Mail 0" and _titles(model)[-1] == f"Mail {FIRST_PAGE + 9}"


def test_delete_in_the_timeline_removes_the_item_not_the_contact_and_undo_brings_it_back(
    qtbot: QtBot, db: Database, history: People
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    window.show_contact(history.jordi)
    timeline_view = window._card.timeline
    model = timeline_view.model
    row = _titles(model).index("Quarterly review")
    timeline_view.list.setCurrentIndex(model.index(row))
    timeline_view.list.setFocus()
    qtbot.keyClick(timeline_view.list, Qt.Key.Key_Delete)
    assert "Quarterly review" not in _titles(model)
    assert get_contact(db, history.jordi).deleted_at is None  # the contact stays
    window._actions["undo"].trigger()
    assert "Quarterly review" in _titles(model)


def test_a_call_logged_in_the_card_updates_the_list_s_last_contact(
    qtbot: QtBot, db: Database, people: People
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    window.show_contact(people.jordi)
    row = window._model.row_of(people.jordi)
    assert row is not None
    cell = window._model.index(row, COLUMN_LAST_CONTACT)
    assert window._model.data(cell) == ""
    bar = window._card.timeline
    bar.quick_kind.setCurrentIndex(bar.quick_kind.findData("call"))
    bar.quick_text.setText("Checked the delivery")
    qtbot.keyClick(bar.quick_text, Qt.Key.Key_Return)
    today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
    assert window._model.data(cell) == today
