"""Undoable changes to activities and notes, on the main window's undo stack beside the
contacts' (``commands``) and the deals' (``pipeline/deal_commands``), so that Ctrl+Z undoes
the last thing done, whatever it was: a call logged, an activity marked done, moved to
another day, edited, cancelled or deleted, a note written, edited or pinned.

Each command stores ids and frozen drafts; its ``redo`` and ``undo`` are one service call
(one transaction) each. An error of ours is reported through ``run``, never thrown into
Qt's event loop, and the command is then dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from crm_desktop.records.activities import ActivityDraft, ActivityRow, NoteRow
from crm_desktop.records.ids import ActivityId, NoteId
from crm_desktop.records.vocabulary import ActivityKind, ActivityStatus
from crm_desktop.services import activities as service
from crm_desktop.services.database import Database
from crm_desktop.services.notes import restore_timeline_items, trash_timeline_items


class Runner(Protocol):
    """What runs a command's service call: ``ActivityActions`` (errors shown, ``changed``)."""

    database: Database

    def run(self, action: Callable[[], object]) -> object | None: ...


class ActivityCommands(QObject):
    """The words of the commands (in the Edit menu's Undo and Redo): per kind, for a
    translator to say each whole, and counts through ``tr`` for their plural forms."""

    def created(self, kind: str, done: bool) -> str:
        words: dict[str, str]
        if done:
            words = {
                ActivityKind.CALL: self.tr("Log call"),
                ActivityKind.MEETING: self.tr("Log meeting"),
                ActivityKind.EMAIL: self.tr("Log e-mail"),
                ActivityKind.LETTER: self.tr("Log letter"),
            }
            return words.get(kind, self.tr("Log task"))
        words = {
            ActivityKind.CALL: self.tr("New call"),
            ActivityKind.MEETING: self.tr("New meeting"),
            ActivityKind.EMAIL: self.tr("New e-mail"),
            ActivityKind.LETTER: self.tr("New letter"),
        }
        return words.get(kind, self.tr("New task"))

    def edited(self, before: ActivityDraft, after: ActivityDraft) -> str:
        """What an edit did, in the words of the user's intent."""
        if after.status != before.status:
            if after.status == ActivityStatus.DONE:
                return self.mark_done()
            if after.status == ActivityStatus.CANCELLED:
                return self.tr("Cancel activity")
            return self.tr("Reopen activity")
        return self.tr("Edit activity")

    def mark_done(self) -> str:
        return self.tr("Mark done")

    def reschedule(self) -> str:
        return self.tr("Reschedule activity")

    def delete(self, activities: int, notes: int) -> str:
        if not notes:
            return self.tr("Delete %Ln activity(ies)", "", activities)
        if not activities:
            return self.tr("Delete %Ln note(s)", "", notes)
        return self.tr("Delete %Ln item(s)", "", activities + notes)

    def deleted(self, activities: int, notes: int) -> str:
        """The status bar's word after a delete (the Undo key follows it)."""
        if not notes:
            return self.tr("Deleted %Ln activity(ies)", "", activities)
        if not activities:
            return self.tr("Deleted %Ln note(s)", "", notes)
        return self.tr("Deleted %Ln item(s)", "", activities + notes)

    def new_note(self) -> str:
        return self.tr("New note")

    def edit_note(self) -> str:
        return self.tr("Edit note")

    def pin_note(self, pinned: bool) -> str:
        return self.tr("Pin note") if pinned else self.tr("Unpin note")


class _Command(QUndoCommand):
    def __init__(self, runner: Runner, text: str) -> None:
        super().__init__(text)
        self._runner = runner
        self.feedback = ""  # what the status bar says when it is done (a delete's)

    def _run(self, action: Callable[[], object]) -> object | None:
        """``action``'s result; None (the error shown, the command dropped) when it failed."""
        result = self._runner.run(action)
        if result is None:
            self.setObsolete(True)
        return result


class CreateActivityCommand(_Command):
    """A new activity (a call logged, a task scheduled...); undo moves it to the Trash, redo
    brings the same one back."""

    def __init__(self, runner: Runner, draft: ActivityDraft, deal_id: int | None = None) -> None:
        done = draft.status == ActivityStatus.DONE
        super().__init__(runner, ActivityCommands().created(draft.kind, done))
        self._draft = draft
        self._deal_id = deal_id  # the deal it is about (linked in the same transaction)
        self.row: ActivityRow | None = None

    def redo(self) -> None:
        db, draft, deal_id = self._runner.database, self._draft, self._deal_id
        if self.row is None:
            row = self._run(lambda: service.create_activity(db, draft, deal_id=deal_id))
            self.row = row if isinstance(row, ActivityRow) else None
        else:
            ids = [self.row.id]
            self._run(lambda: restore_timeline_items(db, ids, ()))

    def undo(self) -> None:
        if self.row is not None:
            db, ids = self._runner.database, [self.row.id]
            self._run(lambda: trash_timeline_items(db, ids, ()))


class ChangeActivityCommand(_Command):
    """An activity edited, marked done, cancelled or moved: ``change`` does it the first time
    (the service that says what it means: complete, reschedule, update); undo writes the
    activity back as it was, redo as ``change`` left it."""

    def __init__(self, runner: Runner, before: ActivityRow, text: str,
                 change: Callable[[Database], ActivityRow]) -> None:  # fmt: skip
        super().__init__(runner, text)
        self._id = before.id
        self._before = before.to_draft()
        self._change: Callable[[Database], ActivityRow] | None = change
        self._after: ActivityDraft | None = None
        self.row: ActivityRow | None = None

    def redo(self) -> None:
        db = self._runner.database
        change, after, activity = self._change, self._after, self._id
        if change is not None:
            row = self._run(lambda: change(db))
        elif after is not None:
            row = self._run(lambda: service.update_activity(db, activity, after))
        else:
            return
        if isinstance(row, ActivityRow):
            self.row, self._change, self._after = row, None, row.to_draft()

    def undo(self) -> None:
        db, before, activity = self._runner.database, self._before, self._id
        self._run(lambda: service.update_activity(db, activity, before))


class TrashActivitiesCommand(_Command):
    """Delete activities and notes (to the Trash, one transaction); undo brings them back."""

    def __init__(self, runner: Runner, activity_ids: Sequence[int],
                 note_ids: Sequence[int]) -> None:  # fmt: skip
        words = ActivityCommands()
        super().__init__(runner, words.delete(len(activity_ids), len(note_ids)))
        self.feedback = words.deleted(len(activity_ids), len(note_ids))
        self._activities = [ActivityId(i) for i in activity_ids]
        self._notes = [NoteId(i) for i in note_ids]

    def redo(self) -> None:
        db, activities, notes = self._runner.database, self._activities, self._notes
        self._run(lambda: trash_timeline_items(db, activities, notes))

    def undo(self) -> None:
        db, activities, notes = self._runner.database, self._activities, self._notes
        self._run(lambda: restore_timeline_items(db, activities, notes))


class CreateNoteCommand(_Command):
    """A new note; undo moves it to the Trash, redo brings the same one back."""

    def __init__(self, runner: Runner, create: Callable[[Database], NoteRow]) -> None:
        super().__init__(runner, ActivityCommands().new_note())
        self._create = create
        self.row: NoteRow | None = None

    def redo(self) -> None:
        db = self._runner.database
        if self.row is None:
            create = self._create
            row = self._run(lambda: create(db))
            self.row = row if isinstance(row, NoteRow) else None
        else:
            ids = [self.row.id]
            self._run(lambda: restore_timeline_items(db, (), ids))

    def undo(self) -> None:
        if self.row is not None:
            db, ids = self._runner.database, [self.row.id]
            self._run(lambda: trash_timeline_items(db, (), ids))


class EditNoteCommand(_Command):
    """A note's new text, or its pin; undo puts back what it was."""

    def __init__(self, runner: Runner, note: NoteRow, *, body: str | None = None,
                 pinned: bool | None = None) -> None:  # fmt: skip
        words = ActivityCommands()
        super().__init__(runner, words.edit_note() if pinned is None else words.pin_note(pinned))
        self._id = note.id
        self._pin = pinned is not None
        self._before = note.pinned if self._pin else note.body
        self._after = pinned if pinned is not None else (note.body if body is None else body)
        self.row: NoteRow | None = None

    def _write(self, value: str | bool) -> None:
        db, note = self._runner.database, self._id
        if isinstance(value, bool):
            row = self._run(lambda: service.pin_note(db, note, value))
        else:
            row = self._run(lambda: service.edit_note(db, note, value))
        self.row = row if isinstance(row, NoteRow) else None

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)
