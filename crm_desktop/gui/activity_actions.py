"""What a user does to activities and notes, shared by the timeline, the Activities view and
the main window: each opens its dialog, calls the services, and says what changed.

Completing an activity asks for its outcome and offers the follow-up, prefilled (ACT!'s
"record history, schedule follow-up"). Deleting is undoable when an undo stack is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.error_text import show_error
from crm_desktop.records.activities import ActivityDraft, ActivityRow, NoteRow
from crm_desktop.records.ids import AccountId, ActivityId, ContactId, NoteId
from crm_desktop.records.vocabulary import TIMED_KINDS, ActivityKind, ActivityStatus
from crm_desktop.services import activities as service
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database

Clock = Callable[[], datetime]
CONTACT_MATCHES = 20


class TrashActivitiesCommand(QUndoCommand):
    """Delete activities (and notes); undo brings them back."""

    def __init__(self, actions: ActivityActions, activity_ids: Sequence[int],
                 note_ids: Sequence[int]) -> None:  # fmt: skip
        super().__init__(
            QCoreApplication.translate("ActivityActions", "Delete activities and notes")
        )
        self._actions = actions
        self._activities = [ActivityId(i) for i in activity_ids]
        self._notes = [NoteId(i) for i in note_ids]

    def redo(self) -> None:
        self._actions.run(self._trash)

    def undo(self) -> None:
        self._actions.run(self._restore)

    def _trash(self) -> None:
        db = self._actions.database
        if self._activities:
            service.trash_activities(db, self._activities)
        if self._notes:
            service.trash_notes(db, self._notes)

    def _restore(self) -> None:
        db = self._actions.database
        if self._activities:
            service.restore_activities(db, self._activities)
        if self._notes:
            service.restore_notes(db, self._notes)


class ActivityActions(QObject):
    changed = Signal()  # an activity or a note was added, changed or removed

    def __init__(
        self,
        database: Database,
        parent_widget: QWidget | None = None,
        *,
        clock: Clock | None = None,
        undo: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.database = database
        self._widget = parent_widget
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self._undo = undo

    # ---- plumbing -----------------------------------------------------------------------

    def run(self, action: Callable[[], object]) -> object | None:
        """Call a service; an error of ours is shown, not raised. Emits ``changed``."""
        try:
            result = action()
        except CrmError as error:
            self.show_error(error)
            return None
        self.changed.emit()
        return result

    def show_error(self, error: CrmError) -> None:
        show_error(self._widget, error)

    def _find_contacts(self, text: str) -> list[tuple[ContactId, str]]:
        try:
            page = search_contacts(self.database, text, limit=CONTACT_MATCHES)
        except CrmError:
            return []
        return [(row.id, row.name) for row in page.rows]

    def editor(
        self, draft: ActivityDraft | None, names: dict[ContactId, str] | None = None
    ) -> ActivityEditorDialog:
        try:
            accounts = [(row.id, row.name) for row in account_rows(self.database)]
        except CrmError as error:
            self.show_error(error)
            accounts = []
        return ActivityEditorDialog(
            draft, self._widget, contact_names=names, accounts=accounts,
            find_contacts=self._find_contacts, now=self.clock(),
        )  # fmt: skip

    # ---- activities ---------------------------------------------------------------------

    def new_activity(
        self,
        kind: str = ActivityKind.CALL,
        contact: tuple[ContactId, str] | None = None,
        account_id: AccountId | None = None,
        day: date | None = None,
    ) -> ActivityRow | None:
        """Open the editor for a new activity about ``contact`` or ``account_id`` (on ``day``)."""
        from crm_desktop.gui.activity_editor import next_half_hour
        from crm_desktop.gui.activity_text import local_moment, to_qdatetime

        now = next_half_hour(self.clock())
        when = now
        if day is not None:
            hour = to_qdatetime(now).time()
            when = local_moment(day, hour.hour(), hour.minute())
        timed = kind in TIMED_KINDS
        draft = ActivityDraft(
            kind=kind, subject="", start=when if timed else None, due=None if timed else when,
            contact_ids=(contact[0],) if contact else (), account_id=account_id,
        )  # fmt: skip
        dialog = self.editor(draft, dict([contact]) if contact else None)
        dialog.setWindowTitle(QCoreApplication.translate("ActivityEditorDialog", "New activity"))
        if dialog.exec() != QDialog.DialogCode.Accepted or (saved := dialog.result_draft()) is None:
            return None
        db = self.database
        row = self.run(lambda: service.create_activity(db, saved))
        return row if isinstance(row, ActivityRow) else None

    def edit_activity(self, row: ActivityRow) -> ActivityRow | None:
        names = dict(zip(row.contact_ids, row.contact_names, strict=False))
        dialog = self.editor(row.to_draft(), names)
        if dialog.exec() != QDialog.DialogCode.Accepted or (saved := dialog.result_draft()) is None:
            return None
        if saved == row.to_draft():
            return row
        db = self.database
        result = self.run(lambda: service.update_activity(db, row.id, saved))
        return result if isinstance(result, ActivityRow) else None

    def complete(self, row: ActivityRow) -> ActivityRow | None:
        """Ask for the outcome, mark done, and offer the follow-up (prefilled); the follow-up
        is returned when one was saved, else the completed activity."""
        dialog = CompleteDialog(row.kind, row.subject, self._widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        db = self.database
        outcome = dialog.outcome.text().strip()
        done = self.run(lambda: service.complete_activity(db, row.id, outcome))
        if not isinstance(done, ActivityRow):
            return None
        if not dialog.follow_up.isChecked():
            return done
        prefix = QCoreApplication.translate("ActivityActions", "Follow-up: ")
        draft = service.follow_up_draft(done, now=self.clock(), subject_prefix=prefix)
        names = dict(zip(done.contact_ids, done.contact_names, strict=False))
        editor = self.editor(draft, names)
        editor.setWindowTitle(QCoreApplication.translate("ActivityEditorDialog", "Follow-up"))
        if editor.exec() != QDialog.DialogCode.Accepted or (saved := editor.result_draft()) is None:
            return done
        follow_up = self.run(lambda: service.create_activity(db, saved))
        return follow_up if isinstance(follow_up, ActivityRow) else done

    def reschedule(self, activity_id: int, day: date) -> ActivityRow | None:
        db, activity = self.database, ActivityId(activity_id)
        row = self.run(lambda: service.reschedule_activity(db, activity, day))
        return row if isinstance(row, ActivityRow) else None

    def trash(self, activity_ids: Sequence[int] = (), note_ids: Sequence[int] = ()) -> None:
        if not activity_ids and not note_ids:
            return
        command = TrashActivitiesCommand(self, activity_ids, note_ids)
        if self._undo is not None:
            self._undo.push(command)
        else:
            command.redo()

    def quick_add(
        self,
        kind: str,
        subject: str,
        contact_id: ContactId | None,
        account_id: AccountId | None,
        due: datetime | None = None,
        deal_id: int | None = None,
    ) -> object | None:
        """The quick-add bar: a call logged as done now, a note, or a task due ``due``; about
        the deal ``deal_id`` when one is given (linked in the same transaction)."""
        db = self.database
        if kind == "note":
            return self.run(
                lambda: service.add_note(db, subject, contact_id, account_id, deal_id=deal_id)
            )
        now = self.clock().replace(second=0, microsecond=0)
        contacts = (contact_id,) if contact_id is not None else ()
        if kind == ActivityKind.TASK:
            draft = ActivityDraft(
                kind=ActivityKind.TASK,
                subject=subject,
                due=due or now,
                contact_ids=contacts,
                account_id=account_id,
            )
            return self.run(lambda: service.create_activity(db, draft, deal_id=deal_id))
        timed = kind in TIMED_KINDS  # logged as done, now
        draft = ActivityDraft(
            kind=kind,
            subject=subject,
            start=now if timed else None,
            due=None if timed else now,
            status=ActivityStatus.DONE,
            completed_at=now,
            contact_ids=contacts,
            account_id=account_id,
        )
        return self.run(lambda: service.create_activity(db, draft, deal_id=deal_id))

    # ---- notes ----------------------------------------------------------------------------

    def edit_note(self, note: NoteRow) -> NoteRow | None:
        dialog = QInputDialog(self._widget)
        dialog.setObjectName("noteDialog")
        dialog.setWindowTitle(QCoreApplication.translate("ActivityActions", "Edit note"))
        dialog.setLabelText(QCoreApplication.translate("ActivityActions", "Note:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(note.body)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        body = dialog.textValue().strip()
        if not body or body == note.body:
            return None
        db = self.database
        row = self.run(lambda: service.edit_note(db, note.id, body.strip()))
        return row if isinstance(row, NoteRow) else None

    def pin_note(self, note: NoteRow, pinned: bool) -> None:
        db = self.database
        self.run(lambda: service.pin_note(db, note.id, pinned))
