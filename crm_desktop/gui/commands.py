"""Undoable changes to contacts and accounts (edits, the Trash, merging duplicates): each
stores ids and frozen drafts and calls the services.

An error of ours (the database went away, a disk filled) is reported through ``report``
instead of escaping into Qt's event loop; the command then leaves things as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from crm_desktop.errors import CrmError
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.placeholders import filled
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.services.account_edits import (
    create_account,
    restore_accounts,
    trash_accounts,
    update_account,
)
from crm_desktop.services.account_merge import (
    AccountMergeUndo,
    merge_accounts,
    unmerge_accounts,
)
from crm_desktop.services.contact_edits import restore_contacts, trash_contacts, update_contact
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.database import Database
from crm_desktop.services.duplicates import (
    MergeUndo,
    forget_not_duplicate,
    mark_not_duplicate,
    merge_contacts,
    unmerge_contacts,
)

Report = Callable[[CrmError], None]
Changed = Callable[[Changes], None]


class Commands(QObject):
    """Undo texts that hold a count (lupdate finds plural forms only in ``tr``)."""

    def delete_contacts(self, n: int) -> str:
        return self.tr("Delete %Ln contact(s)", "", n)

    def deleted_contacts(self, n: int) -> str:
        """The status bar's word after the delete."""
        return self.tr("Deleted %Ln contact(s)", "", n)

    def deleted_accounts(self, n: int) -> str:
        return self.tr("Deleted %Ln account(s)", "", n)

    def contact_trashed(self, name: str) -> str:
        """The status bar's word after one contact went to the Trash, naming it."""
        return filled(self.tr("Contact “%1” moved to the Trash"), isolated(name))

    def account_trashed(self, name: str) -> str:
        return filled(self.tr("Account “%1” moved to the Trash"), isolated(name))


class _ServiceCommand(QUndoCommand):
    def __init__(self, db: Database, changed: Changed, report: Report, text: str) -> None:
        super().__init__(text)
        self._db = db
        self._changed = changed
        self._report = report
        self.feedback = ""  # what the status bar says when it is done (a delete's)

    def _call(self, action: Callable[[], Changes]) -> None:
        try:
            changes = action()
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
            return
        self._changed(changes)


class TrashContactsCommand(_ServiceCommand):
    """Delete (to the Trash); undo restores. ``name``: the one contact's, said when done."""

    def __init__(
        self,
        db: Database,
        ids: Sequence[ContactId],
        changed: Changed,
        report: Report,
        name: str = "",
    ) -> None:
        text = (
            Commands().delete_contacts(len(ids))
            if len(ids) != 1
            else QCoreApplication.translate("Commands", "Delete contact")
        )
        super().__init__(db, changed, report, text)
        self._ids = list(ids)
        words = Commands()
        one = len(ids) == 1 and name
        self.feedback = words.contact_trashed(name) if one else words.deleted_contacts(len(ids))

    def redo(self) -> None:
        self._call(lambda: trash_contacts(self._db, self._ids))

    def undo(self) -> None:
        self._call(lambda: restore_contacts(self._db, self._ids))


class RestoreContactsCommand(_ServiceCommand):
    """Restore from the Trash; undo puts them back there."""

    def __init__(
        self, db: Database, ids: Sequence[ContactId], changed: Changed, report: Report
    ) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Restore from the Trash")
        )
        self._ids = list(ids)

    def redo(self) -> None:
        self._call(lambda: restore_contacts(self._db, self._ids))

    def undo(self) -> None:
        self._call(lambda: trash_contacts(self._db, self._ids))


class CreateContactCommand(_ServiceCommand):
    """A new contact; undo moves it to the Trash, redo brings it back (same id)."""

    def __init__(self, db: Database, draft: ContactDraft, changed: Changed, report: Report) -> None:
        super().__init__(db, changed, report, QCoreApplication.translate("Commands", "New contact"))
        self._draft = draft
        self.contact_id: ContactId | None = None

    def redo(self) -> None:
        if self.contact_id is None:

            def create() -> Changes:
                self.contact_id = create_contact(self._db, self._draft)
                return Changes(contacts_added=(self.contact_id,))

            self._call(create)
        else:
            contact_id = self.contact_id
            self._call(lambda: restore_contacts(self._db, [contact_id]))

    def undo(self) -> None:
        if self.contact_id is not None:
            contact_id = self.contact_id
            self._call(lambda: trash_contacts(self._db, [contact_id]))


class EditContactCommand(_ServiceCommand):
    """An edit; undo writes the contact as it was before."""

    def __init__(
        self,
        db: Database,
        contact_id: ContactId,
        before: ContactDraft,
        after: ContactDraft,
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Edit contact")
        )
        self._id = contact_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._call(lambda: update_contact(self._db, self._id, self._after))

    def undo(self) -> None:
        self._call(lambda: update_contact(self._db, self._id, self._before))


class CreateAccountCommand(_ServiceCommand):
    """A new account; undo moves it to the Trash, redo brings it back."""

    def __init__(self, db: Database, draft: AccountDraft, changed: Changed, report: Report) -> None:
        super().__init__(db, changed, report, QCoreApplication.translate("Commands", "New account"))
        self._draft = draft
        self.account_id: int | None = None

    def redo(self) -> None:
        if self.account_id is None:

            def create() -> Changes:
                self.account_id = create_account(self._db, self._draft)
                return Changes(accounts_added=(AccountId(self.account_id),))

            self._call(create)
        else:
            account_id = self.account_id
            self._call(lambda: restore_accounts(self._db, [account_id]))

    def undo(self) -> None:
        if self.account_id is not None:
            account_id = self.account_id
            self._call(lambda: trash_accounts(self._db, [account_id]))


class EditAccountCommand(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        account_id: int,
        before: AccountDraft,
        after: AccountDraft,
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Edit account")
        )
        self._id = account_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._call(lambda: update_account(self._db, self._id, self._after))

    def undo(self) -> None:
        self._call(lambda: update_account(self._db, self._id, self._before))


class TrashAccountsCommand(_ServiceCommand):
    def __init__(
        self, db: Database, ids: Sequence[int], changed: Changed, report: Report, name: str = ""
    ) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Delete account")
        )
        self._ids = list(ids)
        words = Commands()
        one = len(ids) == 1 and name
        self.feedback = words.account_trashed(name) if one else words.deleted_accounts(len(ids))

    def redo(self) -> None:
        self._call(lambda: trash_accounts(self._db, self._ids))

    def undo(self) -> None:
        self._call(lambda: restore_accounts(self._db, self._ids))


class RestoreAccountsCommand(_ServiceCommand):
    def __init__(self, db: Database, ids: Sequence[int], changed: Changed, report: Report) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Restore account")
        )
        self._ids = list(ids)

    def redo(self) -> None:
        self._call(lambda: restore_accounts(self._db, self._ids))

    def undo(self) -> None:
        self._call(lambda: trash_accounts(self._db, self._ids))


class MergeContactsCommand(_ServiceCommand):
    """Merge contacts into one (the others to the Trash); undo puts every one back as it was:
    the kept contact's before-snapshot, the merged ones out of the Trash with their activities,
    notes and account links."""

    def __init__(
        self,
        db: Database,
        keep_id: int,
        other_ids: Sequence[int],
        draft: ContactDraft,
        primary_account: int | None,
        changed: Changed,
        report: Report,
        seen: Mapping[int, ContactDraft] | None = None,
    ) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Merge contacts")
        )
        self._seen = seen  # the contacts as the draft was made from them
        self._keep_id = keep_id
        self._other_ids = tuple(other_ids)
        self._draft = draft
        self._primary_account = primary_account
        self._undo: MergeUndo | None = None

    def redo(self) -> None:
        def merge() -> Changes:
            merged = merge_contacts(
                self._db,
                self._keep_id,
                self._other_ids,
                draft=self._draft,
                primary_account=self._primary_account,
                seen=self._seen,
            )
            self._undo = merged.undo
            return merged.changes

        self._call(merge)

    def undo(self) -> None:
        undo = self._undo
        if undo is not None:
            self._undo = None
            self._call(lambda: unmerge_contacts(self._db, undo))


class NotDuplicatesCommand(_ServiceCommand):
    """Remember that these records are not one; undo forgets it (the pairs it added only)."""

    def __init__(
        self,
        db: Database,
        ids: Sequence[int],
        accounts: bool,
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Not duplicates")
        )
        self._ids = tuple(ids)
        self._accounts = accounts
        self._added: tuple[tuple[int, int], ...] = ()

    def redo(self) -> None:
        def mark() -> Changes:
            self._added = mark_not_duplicate(self._db, self._ids, accounts=self._accounts)
            return Changes()

        self._call(mark)

    def undo(self) -> None:
        added = self._added
        self._call(lambda: _forget(self._db, added, self._accounts))


def _forget(db: Database, pairs: Sequence[tuple[int, int]], accounts: bool) -> Changes:
    forget_not_duplicate(db, pairs, accounts=accounts)
    return Changes()


class MergeAccountsCommand(_ServiceCommand):
    """Merge accounts into one keeping every value (the others to the Trash); undo puts every
    one back with its contacts, activities and notes."""

    def __init__(
        self,
        db: Database,
        keep_id: int,
        other_ids: Sequence[int],
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(
            db, changed, report, QCoreApplication.translate("Commands", "Merge accounts")
        )
        self._keep_id = keep_id
        self._other_ids = tuple(other_ids)
        self._undo: AccountMergeUndo | None = None

    def redo(self) -> None:
        def merge() -> Changes:
            merged = merge_accounts(self._db, self._keep_id, self._other_ids)
            self._undo = merged.undo
            return merged.changes

        self._call(merge)

    def undo(self) -> None:
        undo = self._undo
        if undo is not None:
            self._undo = None
            self._call(lambda: unmerge_accounts(self._db, undo))
