"""What a user does to activities and notes, shared by the timeline, the Activities view and
the main window: each opens its dialog, calls the services, and says what changed.

Completing an activity asks for its outcome and offers the follow-up, prefilled (ACT!'s
"record history, schedule follow-up"). Every change is a command (``activity_commands``) on
the window's undo stack when one is given (else it is simply done).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_commands import (
    ActivityCommands,
    ChangeActivityCommand,
    CreateActivityCommand,
    CreateNoteCommand,
    EditNoteCommand,
    TrashActivitiesCommand,
)
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.complete_dialog import CompleteDialog
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.preferences import NO_REMINDER, reminder_default
from crm_desktop.gui.series_scope import Scope, ask_series_scope
from crm_desktop.records.activities import ActivityDraft, ActivityRow, NoteRow
from crm_desktop.records.ids import AccountId, ActivityId, ContactId
from crm_desktop.records.vocabulary import TIMED_KINDS, ActivityKind, ActivityStatus
from crm_desktop.services import activities as service
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.series import change_occurrence, trash_occurrence

Clock = Callable[[], datetime]
CONTACT_MATCHES = 20


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

    def push(self, command: QUndoCommand) -> None:
        """Do ``command``, on the undo stack when there is one."""
        if self._undo is not None:
            self._undo.push(command)
        else:
            command.redo()

    def _create(self, draft: ActivityDraft, deal_id: int | None = None) -> ActivityRow | None:
        command = CreateActivityCommand(self, draft, deal_id)
        self.push(command)
        return command.row

    def _change(self, row: ActivityRow, text: str,
                change: Callable[[Database], ActivityRow]) -> ActivityRow | None:  # fmt: skip
        """``change`` done to ``row`` as one undoable step (undo: the activity as it is now)."""
        try:
            before = service.get_activity(self.database, row.id)
        except CrmError as error:
            self.show_error(error)
            return None
        command = ChangeActivityCommand(self, before, text, change)
        self.push(command)
        return command.row

    def _find_contacts(self, text: str) -> list[tuple[ContactId, str]]:
        try:
            page = search_contacts(self.database, text, limit=CONTACT_MATCHES)
        except CrmError:
            return []
        return [(row.id, row.name) for row in page.rows]

    def editor(
        self,
        draft: ActivityDraft | None,
        names: dict[ContactId, str] | None = None,
        *,
        repeat: bool = True,
    ) -> ActivityEditorDialog:
        try:
            accounts = [(row.id, row.name) for row in account_rows(self.database)]
        except CrmError as error:
            self.show_error(error)
            accounts = []
        return ActivityEditorDialog(
            draft, self._widget, contact_names=names, accounts=accounts,
            find_contacts=self._find_contacts, now=self.clock(), repeat=repeat,
        )  # fmt: skip

    # ---- activities ---------------------------------------------------------------------

    def new_activity(
        self,
        kind: str = ActivityKind.CALL,
        contact: tuple[ContactId, str] | None = None,
        account_id: AccountId | None = None,
        day: date | None = None,
        at: datetime | None = None,
    ) -> ActivityRow | None:
        """Open the editor for a new activity about ``contact`` or ``account_id`` (on ``day``,
        or at the time ``at``: a slot of the week view)."""
        from crm_desktop.gui.activity_editor import next_half_hour
        from crm_desktop.gui.activity_text import local_moment, to_qdatetime

        now = next_half_hour(self.clock())
        when = now
        if at is not None:
            when = at
        elif day is not None:
            hour = to_qdatetime(now).time()
            when = local_moment(day, hour.hour(), hour.minute())
        timed = kind in TIMED_KINDS
        lead = reminder_default()  # Preferences' reminder
        draft = ActivityDraft(
            kind=kind, subject="", start=when if timed else None, due=None if timed else when,
            contact_ids=(contact[0],) if contact else (), account_id=account_id,
            reminder=when - timedelta(minutes=lead) if lead != NO_REMINDER else None,
        )  # fmt: skip
        dialog = self.editor(draft, dict([contact]) if contact else None)
        dialog.setWindowTitle(QCoreApplication.translate("ActivityEditorDialog", "New activity"))
        if dialog.exec() != QDialog.DialogCode.Accepted or (saved := dialog.result_draft()) is None:
            return None
        return self._create(saved)

    def edit_activity(self, row: ActivityRow) -> ActivityRow | None:
        """Edit ``row``; of a repeating one, asks first: only this occurrence (it becomes a
        single activity of its own) or all in the series."""
        names = dict(zip(row.contact_ids, row.contact_names, strict=False))
        if row.repeats and row.status == ActivityStatus.OPEN:
            scope = ask_series_scope(self._widget, row.subject, deleting=False)
            if scope is None:
                return None
            if scope is Scope.ONE:
                return self._edit_occurrence(row, names)
            if row.occurrence is not None:  # the series itself, at its next occurrence
                found = self.run(lambda: service.get_activity(self.database, row.id))
                if not isinstance(found, ActivityRow):
                    return None
                row = found
        dialog = self.editor(row.to_draft(), names)
        if dialog.exec() != QDialog.DialogCode.Accepted or (saved := dialog.result_draft()) is None:
            return None
        if saved == row.to_draft():
            return row
        text = ActivityCommands().edited(row.to_draft(), saved)
        return self._change(row, text, lambda db: service.update_activity(db, row.id, saved))

    def _edit_occurrence(self, row: ActivityRow, names: dict[ContactId, str]) -> ActivityRow | None:
        occurrence = row.occurrence or row.start or row.due
        assert occurrence is not None  # a series has a time
        draft = replace(row.to_draft(), recurrence="", recurrence_exdates=(), recurrence_rdates=())
        dialog = self.editor(draft, names, repeat=False)
        if dialog.exec() != QDialog.DialogCode.Accepted or (saved := dialog.result_draft()) is None:
            return None
        db = self.database
        result = self.run(lambda: change_occurrence(db, row.id, occurrence, saved))
        return result if isinstance(result, ActivityRow) else None

    def trash_rows(self, rows: Sequence[ActivityRow]) -> None:
        """Delete these activities; one occurrence of a repeating one asks first: only this
        one (the series keeps the others) or all in the series."""
        if len(rows) == 1 and rows[0].repeats and rows[0].status == ActivityStatus.OPEN:
            row = rows[0]
            scope = ask_series_scope(self._widget, row.subject, deleting=True)
            if scope is None:
                return
            if scope is Scope.ONE:
                occurrence = row.occurrence or row.start or row.due
                assert occurrence is not None
                db = self.database
                self.run(lambda: trash_occurrence(db, row.id, occurrence))
                return
        self.trash([row.id for row in rows])

    def complete(self, row: ActivityRow) -> ActivityRow | None:
        """Ask for the outcome, mark done, and offer the follow-up (prefilled); the follow-up
        is returned when one was saved, else the completed activity."""
        dialog = CompleteDialog(row.kind, row.subject, self._widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        outcome = dialog.outcome.text().strip()
        occurrence = row.occurrence  # of a repeating one: that one (else its next)
        done = self._change(
            row, ActivityCommands().mark_done(),
            lambda db: service.complete_activity(db, row.id, outcome, occurrence=occurrence),
        )  # fmt: skip
        if done is None:
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
        return self._create(saved) or done

    def log_contact(
        self, kind: str, contact: tuple[ContactId, str], when: datetime
    ) -> ActivityRow | None:
        """A call or an e-mail with ``contact`` just made (from the log bar): the editor
        opens prefilled, done at ``when``, the cursor in the outcome; Enter saves it."""
        subject = (
            QCoreApplication.translate("ActivityActions", "Call with %1")
            if kind == ActivityKind.CALL
            else QCoreApplication.translate("ActivityActions", "E-mail to %1")
        ).replace("%1", contact[1])
        at = when.replace(second=0, microsecond=0)
        draft = ActivityDraft(
            kind=kind, subject=subject, start=at if kind in TIMED_KINDS else None,
            due=None if kind in TIMED_KINDS else at, status=ActivityStatus.DONE,
            completed_at=at, contact_ids=(contact[0],),
        )  # fmt: skip
        dialog = self.editor(draft, dict([contact]))
        dialog.focus_outcome()
        if dialog.exec() != QDialog.DialogCode.Accepted or (saved := dialog.result_draft()) is None:
            return None
        return self._create(saved)  # undoable: Ctrl+Z takes the call back

    def log_call(
        self, contact: tuple[ContactId, str] | None, account_id: AccountId | None = None
    ) -> ActivityRow | None:
        """File > Log a Call (Ctrl+L): a call just made with ``contact``, done now, the
        cursor in its outcome; with no one chosen, a new call to fill in."""
        if contact is None:
            return self.new_activity(ActivityKind.CALL, None, account_id)
        return self.log_contact(ActivityKind.CALL, contact, self.clock())

    def reschedule(self, activity_id: int, day: date) -> ActivityRow | None:
        try:
            row = service.get_activity(self.database, ActivityId(activity_id))
        except CrmError as error:
            self.show_error(error)
            return None
        return self._change(
            row, ActivityCommands().reschedule(),
            lambda db: service.reschedule_activity(db, row.id, day),
        )  # fmt: skip

    def reschedule_all(self, activity_ids: Sequence[int], day: date) -> None:
        """Several activities dropped on a day: one undo step for all of them."""
        macro = self._undo is not None and len(activity_ids) > 1
        if macro and self._undo is not None:
            self._undo.beginMacro(ActivityCommands().reschedule())
        for activity_id in activity_ids:
            self.reschedule(activity_id, day)
        if macro and self._undo is not None:
            self._undo.endMacro()

    def move_all(self, activity_ids: Sequence[int], moment: datetime) -> None:
        """Activities dropped on a time (the week and day views): each to that day and time,
        one undo step for all of them."""
        macro = self._undo is not None and len(activity_ids) > 1
        if macro and self._undo is not None:
            self._undo.beginMacro(ActivityCommands().reschedule())
        for activity_id in activity_ids:
            try:
                row = service.get_activity(self.database, ActivityId(activity_id))
            except CrmError as error:
                self.show_error(error)
                continue
            self._change(row, ActivityCommands().reschedule(), self._mover(row.id, moment))
        if macro and self._undo is not None:
            self._undo.endMacro()

    @staticmethod
    def _mover(activity_id: ActivityId, moment: datetime) -> Callable[[Database], ActivityRow]:
        return lambda db: service.move_activity(db, activity_id, moment)

    def trash(self, activity_ids: Sequence[int] = (), note_ids: Sequence[int] = ()) -> None:
        """Activities and notes to the Trash (undoable), and the status bar says so."""
        if not activity_ids and not note_ids:
            return
        self.push(TrashActivitiesCommand(self, activity_ids, note_ids))

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
        if kind == "note":
            command = CreateNoteCommand(
                self,
                lambda db: service.add_note(db, subject, contact_id, account_id, deal_id=deal_id),
            )
            self.push(command)
            return command.row
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
            return self._create(draft, deal_id)
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
        return self._create(draft, deal_id)

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
        command = EditNoteCommand(self, note, body=body)
        self.push(command)
        return command.row

    def pin_note(self, note: NoteRow, pinned: bool) -> None:
        self.push(EditNoteCommand(self, note, pinned=pinned))
