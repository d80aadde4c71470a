"""Bulk actions on many contacts (the selection, or everything a search shows): categories
added or removed, a field set (the account, the keep-in-touch interval, the lead status, a
custom field), one activity logged for each. Each is one transaction that also writes its
own undo record (``bulk_changes``): the change and the exact way back are committed
together, so no whole-database backup is taken first (it was 22 s of a 10,000-contact
change at 100,000 contacts and 1,000,000 activities). Each returns what its undo needs,
undone in one step (``undo_bulk``), also after a restart (``undo_last_bulk``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ContactId
from crm_desktop.records.sales import LeadStatus
from crm_desktop.records.vocabulary import ActivityKind
from crm_desktop.services.leads import account_by_name
from crm_desktop.store.bulk_edits import (
    add_categories,
    remove_categories,
    restore_keep_in_touch,
    restore_links,
    set_keep_in_touch,
)
from crm_desktop.store.bulk_fields import (
    delete_logged,
    restore_account_links,
    restore_custom_fields,
    restore_lead_states,
    set_custom_field,
    set_lead_status,
    set_primary_account,
)
from crm_desktop.store.bulk_fields import log_done_activities as store_log
from crm_desktop.store.bulk_journal import mark_undone, recent_changes, record_change
from crm_desktop.store.contact_writer import ContactWriter

if TYPE_CHECKING:
    from crm_desktop.services.database import Database
    from crm_desktop.store.transactions import RawConnection

BULK_THRESHOLD = 10  # the undo record is written for every bulk change, of any size


@dataclass(frozen=True, slots=True)
class BulkUndo:
    """What one bulk action changed: enough for its undo (``journal``: its undo record)."""

    added: tuple[tuple[int, int], ...] = ()  # category links added
    removed: tuple[tuple[int, int], ...] = ()  # ... removed
    keep_in_touch: tuple[tuple[int, int | None], ...] = ()  # intervals before
    leads: tuple[tuple[int, bool, str | None], ...] = ()  # lead (is one, status) before
    account_contacts: tuple[int, ...] = ()  # contacts whose account links changed
    account_links: tuple[tuple[int, int, str, bool, int], ...] = ()  # ... their links before
    field_contacts: tuple[int, ...] = ()  # contacts given a custom field
    field_values: tuple[tuple[int, str], ...] = ()  # custom field rows changed, value before
    field_rows: tuple[int, ...] = ()  # ... rows added
    activities: tuple[int, ...] = ()  # activities logged
    journal: int = 0
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> str:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.pop("changes")
        values.pop("journal")
        return json.dumps(values, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, journal: int) -> BulkUndo:
        data: dict[str, Any] = json.loads(text)
        values: dict[str, Any] = {
            k: tuple(tuple(v) if isinstance(v, list) else v for v in data[k])
            for k in (f.name for f in fields(cls))
            if k in data
        }
        undo = cls(**values, journal=journal)
        return _with_changes(undo)


@dataclass(frozen=True, slots=True)
class BulkChangeRow:
    """One bulk change in its undo record: when, what, on how many, whether undone."""

    id: int
    made_at: str
    action: str
    contacts: int
    undone: bool


def _touched(undo: BulkUndo) -> list[int]:
    return sorted(
        {c for c, _ in (*undo.added, *undo.removed)}
        | {c for c, _ in undo.keep_in_touch}
        | {c for c, _, _ in undo.leads}
        | set(undo.account_contacts)
        | set(undo.field_contacts)
    )


def _with_changes(undo: BulkUndo, logged_for: Sequence[int] = ()) -> BulkUndo:
    ids = sorted(set(_touched(undo)) | set(logged_for))
    changes = Changes(contacts_changed=tuple(ContactId(i) for i in ids))
    return BulkUndo(**{f.name: getattr(undo, f.name) for f in fields(undo)} | {"changes": changes})


def _journaled(connection: RawConnection, action: str, undo: BulkUndo, count: int) -> BulkUndo:
    """The undo record written in the change's own transaction."""
    journal = record_change(connection, action, count, undo.to_json())
    values = {f.name: getattr(undo, f.name) for f in fields(undo)}
    return BulkUndo(**values | {"journal": journal})


def categorize(
    db: Database, ids: Sequence[int], names: Sequence[str], *, remove: bool = False
) -> BulkUndo:
    """Put the contacts in the categories named (created when new), or take them out."""
    with db.raw_writing() as connection:
        writer = ContactWriter(connection, db.sort_language)
        groups = sorted({writer.category_id(n) for n in names if n.strip()})
        if remove:
            undo = BulkUndo(removed=tuple(remove_categories(connection, ids, groups)))
        else:
            undo = BulkUndo(added=tuple(add_categories(connection, ids, groups)))
        undo = _with_changes(undo)
        action = "remove-category" if remove else "add-category"
        return _journaled(connection, action, undo, len(undo.changes.contacts_changed))


def set_keep_in_touch_days(db: Database, ids: Sequence[int], days: int | None) -> BulkUndo:
    """Set (or clear, None) the keep-in-touch interval of the contacts."""
    if days is not None and days < 1:
        raise InvalidValueError("keep in touch", str(days), "a number of days of 1 or more")
    with db.raw_writing() as connection:
        undo = _with_changes(
            BulkUndo(keep_in_touch=tuple(set_keep_in_touch(connection, ids, days)))
        )
        return _journaled(connection, "set-keep-in-touch", undo, len(undo.keep_in_touch))


def set_account(db: Database, ids: Sequence[int], name: str) -> BulkUndo:
    """Make the account called ``name`` (case and accents aside) the contacts' primary
    account (their other accounts kept); ``InvalidValueError`` when there is none."""
    account = account_by_name(db, name)
    if account is None:
        raise InvalidValueError("account", name, "the name of an account")
    with db.raw_writing() as connection:
        changed, before = set_primary_account(connection, ids, account)
        undo = _with_changes(BulkUndo(account_contacts=tuple(changed), account_links=tuple(before)))
        return _journaled(connection, "set-account", undo, len(changed))


def set_lead_statuses(db: Database, ids: Sequence[int], status: LeadStatus) -> BulkUndo:
    """Make the contacts leads with this status (those not yet leads become leads)."""
    with db.raw_writing() as connection:
        undo = _with_changes(BulkUndo(leads=tuple(set_lead_status(connection, ids, status.value))))
        return _journaled(connection, "set-lead-status", undo, len(undo.leads))


def set_custom_field_value(db: Database, ids: Sequence[int], label: str, value: str) -> BulkUndo:
    """Give the contacts the custom field ``label`` with ``value`` (changed where they have
    one of that label, case aside; added where not)."""
    if not label.strip():
        raise InvalidValueError("custom field", label, "a label")
    with db.raw_writing() as connection:
        contacts, updated, added = set_custom_field(connection, ids, label.strip(), value)
        undo = BulkUndo(
            field_contacts=tuple(contacts), field_values=tuple(updated), field_rows=tuple(added)
        )
        undo = _with_changes(undo)
        return _journaled(connection, "set-custom-field", undo, len(contacts))


def log_for_each(
    db: Database, ids: Sequence[int], kind: ActivityKind, subject: str, done_at: datetime
) -> BulkUndo:
    """One done activity (``kind``, ``subject``, at ``done_at``) on each contact's history."""
    if not subject.strip():
        raise InvalidValueError("subject", subject, "a subject")
    if done_at.tzinfo is None:
        raise InvalidValueError("date", done_at.isoformat(), "a time with its offset")
    with db.raw_writing() as connection:
        logged = store_log(connection, ids, kind.value, subject.strip(), done_at)
        undo = _with_changes(BulkUndo(activities=tuple(logged)), ids if logged else ())
        return _journaled(connection, "log", undo, len(logged))


def _undo_in(connection: RawConnection, undo: BulkUndo) -> None:
    if undo.added or undo.removed:
        restore_links(connection, undo.added, undo.removed)
    if undo.keep_in_touch:
        restore_keep_in_touch(connection, undo.keep_in_touch)
    if undo.leads:
        restore_lead_states(connection, undo.leads)
    if undo.account_contacts:
        restore_account_links(connection, undo.account_contacts, undo.account_links)
    if undo.field_contacts:
        restore_custom_fields(connection, undo.field_contacts, undo.field_values, undo.field_rows)
    if undo.activities:
        delete_logged(connection, undo.activities)
    if undo.journal:
        mark_undone(connection, undo.journal)


def undo_bulk(db: Database, undo: BulkUndo) -> Changes:
    """Put back what one bulk action changed, in one transaction."""
    with db.raw_writing() as connection:
        _undo_in(connection, undo)
    return undo.changes


def bulk_changes(db: Database) -> list[BulkChangeRow]:
    """The bulk changes kept in their undo record, newest first."""
    with db.raw_reading() as connection:
        return [
            BulkChangeRow(i, made, action, count, undone is not None)
            for i, made, action, count, _, undone in recent_changes(connection)
        ]


def undo_last_bulk(db: Database, change_id: int | None = None) -> BulkChangeRow:
    """Undo a bulk change from its undo record (the newest not undone, or ``change_id``):
    for after a restart, when the window's undo stack is gone. ``NotFoundError`` when there
    is none to undo."""
    with db.raw_writing() as connection:
        rows = [r for r in recent_changes(connection) if r[5] is None]
        row = next((r for r in rows if change_id is None or r[0] == change_id), None)
        if row is None:
            raise NotFoundError("bulk change", change_id or 0)
        _undo_in(connection, BulkUndo.from_json(row[4], row[0]))
    return BulkChangeRow(row[0], row[1], row[2], row[3], True)
