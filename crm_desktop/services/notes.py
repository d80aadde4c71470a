"""Notes about a contact or an account (editable, pinnable), and the timeline that shows
them with the activities, newest first. Each mutation is one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import NoteRow, TimelineItem
from crm_desktop.records.attachments import FileOwner, OwnerKind
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ActivityId, NoteId
from crm_desktop.services.database import Database
from crm_desktop.services.schedule_rows import activity_rows, note_row
from crm_desktop.store import activity_queries as queries
from crm_desktop.store.base import utc_now
from crm_desktop.store.files_store import files_of
from crm_desktop.store.mail_store import files_of_activities
from crm_desktop.store.models import Account, Activity, Contact, Deal, DealNote, Note


def get_note(db: Database, note_id: int) -> NoteRow:
    with db.raw_reading() as connection:
        found = queries.notes_by_id(connection, [note_id])
    if not found:
        raise NotFoundError("note", note_id)
    return note_row(found[0])


def _body(body: str) -> str:
    if not body.strip():
        raise InvalidValueError("note", body, "some text")
    return body


def live_deal(session: Session, deal_id: int) -> Deal:
    """The deal ``deal_id`` outside the Trash (an activity or a note is linked to it)."""
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise NotFoundError("deal", deal_id)
    return deal


def add_note(
    db: Database,
    body: str,
    contact_id: int | None = None,
    account_id: int | None = None,
    *,
    pinned: bool = False,
    deal_id: int | None = None,
) -> NoteRow:
    """A new note about a contact or an account (one of them at least), pinned to the top of
    its timeline or not; with ``deal_id``, about that deal too (one transaction)."""
    if contact_id is None and account_id is None:
        raise InvalidValueError("note", body, "a note about a contact or an account")
    _body(body)
    with db.writing() as session:
        if contact_id is not None and session.get(Contact, contact_id) is None:
            raise NotFoundError("contact", contact_id)
        if account_id is not None and session.get(Account, account_id) is None:
            raise NotFoundError("account", account_id)
        now = utc_now()
        note = Note(
            body=body,
            contact_id=contact_id,
            account_id=account_id,
            pinned=pinned,
            created_at=now,
            updated_at=now,
        )
        session.add(note)
        session.flush()
        note_id = note.id
        if deal_id is not None:
            live_deal(session, deal_id)
            session.add(DealNote(note_id=note_id, deal_id=deal_id))
    return get_note(db, note_id)


def _change(db: Database, note_id: int, **values: object) -> NoteRow:
    with db.writing() as session:
        done = session.execute(update(Note).where(Note.id == note_id).values(**values))
        if not done.rowcount:  # type: ignore[attr-defined]
            raise NotFoundError("note", note_id)
    return get_note(db, note_id)


def edit_note(db: Database, note_id: int, body: str) -> NoteRow:
    """The note's new text (its time of writing stays; its time of change moves)."""
    return _change(db, note_id, body=_body(body), updated_at=utc_now())


def pin_note(db: Database, note_id: int, pinned: bool) -> NoteRow:
    """Pin the note to the top of its timeline, or unpin it."""
    return _change(db, note_id, pinned=pinned)


def trash_notes(db: Database, ids: Sequence[int]) -> Changes:
    return trash_timeline_items(db, (), ids)


def restore_notes(db: Database, ids: Sequence[int]) -> Changes:
    return restore_timeline_items(db, (), ids)


def _set_deleted(session: Session, model: type[Activity | Note], ids: Sequence[int],
                 trashed: bool) -> list[int]:  # fmt: skip
    """Move the rows of ``ids`` not yet there to the Trash (``trashed``) or back; their ids."""
    if not ids:
        return []
    there = model.deleted_at.is_not(None)
    found = list(session.scalars(select(model.id).where(model.id.in_(ids), ~there if trashed
                                                        else there)))  # fmt: skip
    if found:
        session.execute(
            update(model)
            .where(model.id.in_(found))
            .values(deleted_at=utc_now() if trashed else None)
        )
    return found


def trash_timeline_items(
    db: Database, activity_ids: Sequence[int], note_ids: Sequence[int]
) -> Changes:
    """Move activities and notes to the Trash (restorable), in one transaction."""
    with db.writing() as session:
        activities = _set_deleted(session, Activity, activity_ids, True)
        notes = _set_deleted(session, Note, note_ids, True)
    return Changes(
        activities_removed=tuple(ActivityId(i) for i in activities),
        notes_removed=tuple(NoteId(i) for i in notes),
    )


def restore_timeline_items(
    db: Database, activity_ids: Sequence[int], note_ids: Sequence[int]
) -> Changes:
    """Bring activities and notes back from the Trash, in one transaction."""
    with db.writing() as session:
        activities = _set_deleted(session, Activity, activity_ids, False)
        notes = _set_deleted(session, Note, note_ids, False)
    return Changes(
        activities_added=tuple(ActivityId(i) for i in activities),
        notes_added=tuple(NoteId(i) for i in notes),
    )


def timeline(
    db: Database,
    contact_id: int | None = None,
    account_id: int | None = None,
    kinds: frozenset[str] | None = None,
    limit: int | None = None,
) -> list[TimelineItem]:
    """A contact's or an account's activities, notes and the files kept on it (outside the
    Trash): pinned notes first, then newest first, a file at the time it was attached. An
    account's includes what was done with its contacts. ``kinds`` keeps only those ("note",
    "file", "call", "meeting"...)."""
    if contact_id is None and account_id is None:
        raise ValueError("a timeline is of a contact or of an account")
    items: list[TimelineItem] = []
    with db.raw_reading() as connection:
        contacts = [contact_id] if contact_id is not None else []
        if account_id is not None:
            contacts += queries.account_member_ids(connection, account_id)
        # Each source gives its own first ``limit`` in the timeline's order (SQLite sorts);
        # the merged first ``limit`` is among them.
        if kinds is None or kinds - {"note", "file"}:
            of_kind = sorted(kinds - {"note", "file"}) if kinds is not None else None
            found = queries.timeline_activities(connection, contacts, account_id, of_kind, limit)
            rows = activity_rows(connection, found)
            files = files_of_activities(connection, [row.id for row in rows])
            for row in rows:
                when = row.when or row.created_at
                assert when is not None
                kept = tuple(files.get(row.id, ()))
                items.append(TimelineItem(row.kind, row, None, when, False, kept))
        if kinds is None or "note" in kinds:
            for note_found in queries.timeline_notes(connection, contacts, account_id, limit):
                note = note_row(note_found)
                items.append(TimelineItem("note", None, note, note.created_at, note.pinned))
        if kinds is None or "file" in kinds:
            owner = (
                FileOwner(OwnerKind.CONTACT, contact_id)
                if contact_id is not None
                else FileOwner(OwnerKind.ACCOUNT, account_id or 0)
            )
            for file in files_of(connection, owner)[:limit]:
                when = file.created_at or datetime.min.replace(tzinfo=UTC)  # a damaged row
                items.append(TimelineItem("file", None, None, when, False, (file,)))
    items.sort(key=lambda item: (not item.pinned, -item.when.timestamp()))
    return items if limit is None else items[:limit]
