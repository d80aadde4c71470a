"""Merging duplicate accounts keeping every value, and putting a merge back (undo).

The kept account takes every e-mail, phone, address, web page, category, custom field and
kept vCard property of the others (``combined_account_draft``), their contacts, activities and
notes; the others go to the Trash (restorable). One transaction, after a backup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.errors import NotFoundError
from crm_desktop.records.contacts import BackupEntry, Changes
from crm_desktop.records.drafts import AccountDraft
from crm_desktop.records.ids import AccountId, ActivityId, ContactId, NoteId
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.backups import BEFORE_MERGE, backup_before
from crm_desktop.services.contact_combine import combined_account_draft
from crm_desktop.services.database import Database
from crm_desktop.services.exporting import account_drafts
from crm_desktop.store.account_moves import (
    MovedAccountRows,
    move_account_rows,
    move_account_rows_back,
    trash_accounts,
    untrash_accounts,
)
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.search_index import reindex
from crm_desktop.store.transactions import raw as raw_connection


@dataclass(frozen=True, slots=True)
class AccountMergeUndo:
    """What ``unmerge_accounts`` needs to put a merge back exactly."""

    keep_id: AccountId
    other_ids: tuple[AccountId, ...]
    kept_before: AccountDraft
    moved: MovedAccountRows


@dataclass(frozen=True, slots=True)
class MergedAccounts:
    changes: Changes
    backup: BackupEntry | None
    undo: AccountMergeUndo


def _changes(moved: MovedAccountRows) -> Changes:
    return Changes(
        contacts_changed=tuple(ContactId(c) for c in moved.contacts()),
        activities_changed=tuple(ActivityId(a) for a, _ in moved.activities),
        notes_changed=tuple(NoteId(n) for n, _ in moved.notes),
    )


def merge_accounts(db: Database, keep_id: int, other_ids: Sequence[int]) -> MergedAccounts:
    """Merge accounts ``other_ids`` into ``keep_id`` (see the module).

    Raises ``NotFoundError`` when an account is missing or in the Trash, ``ValueError`` when
    nothing is to be merged."""
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    if not others:
        raise ValueError("merge needs at least one account besides the one kept")
    listed = {row.id for row in account_rows(db)}
    for account_id in (keep_id, *others):
        if account_id not in listed:
            raise NotFoundError("account", account_id)
    [kept] = account_drafts(db, [keep_id])
    combined = combined_account_draft(kept, [d for i in others for d in account_drafts(db, [i])])
    backup = backup_before(db, BEFORE_MERGE)
    with db.writing() as session:
        raw = raw_connection(session)
        ContactWriter(raw, db.sort_language).rewrite_account(keep_id, combined)
        moved = move_account_rows(raw, keep_id, others)
        trash_accounts(raw, others)
        reindex(raw, moved.contacts())
    undo = AccountMergeUndo(AccountId(keep_id), tuple(AccountId(i) for i in others), kept, moved)
    return MergedAccounts(_changes(moved), backup, undo)


def unmerge_accounts(db: Database, undo: AccountMergeUndo) -> Changes:
    """Put a merge of accounts back: the kept account as it was, the merged ones out of the
    Trash with their contacts, activities and notes. One transaction."""
    with db.writing() as session:
        raw = raw_connection(session)
        untrash_accounts(raw, undo.other_ids)
        ContactWriter(raw, db.sort_language).rewrite_account(undo.keep_id, undo.kept_before)
        move_account_rows_back(raw, undo.keep_id, undo.moved)
        reindex(raw, undo.moved.contacts())
    changes = _changes(undo.moved)
    return Changes(
        contacts_changed=changes.contacts_changed,
        accounts_added=undo.other_ids,
        activities_changed=changes.activities_changed,
        notes_changed=changes.notes_changed,
    )
