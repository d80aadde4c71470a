"""Edit > Empty Trash: say how many records of each kind go for good, then delete them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui import confirm as confirming
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.plain_text import tell
from crm_desktop.records.contacts import EmptiedTrash, TrashCounts
from crm_desktop.services.trash import empty_trash, trash_counts

if TYPE_CHECKING:
    from crm_desktop.services.database import Database


class Trash(QObject):
    """The Trash's words that hold a count (lupdate finds plural forms only in ``tr``)."""

    def contacts(self, n: int) -> str:
        return self.tr("%Ln contact(s)", "", n)

    def accounts(self, n: int) -> str:
        return self.tr("%Ln account(s)", "", n)

    def notes(self, n: int) -> str:
        return self.tr("%Ln note(s)", "", n)

    def activities(self, n: int) -> str:
        return self.tr("%Ln activity(ies)", "", n)

    def files(self, n: int) -> str:
        return self.tr("%Ln file(s)", "", n)

    def deals(self, n: int) -> str:
        return self.tr("%Ln deal(s)", "", n)

    def question(self, n: int) -> str:
        return self.tr("Permanently delete the %Ln item(s) in the Trash?", "", n)


def counts_text(counts: TrashCounts) -> str:
    """'3 contacts, 1 account, 2 notes, 4 activities' (the kinds there are, in the locale)."""
    words = Trash()
    parts = [
        words.contacts(counts.contacts) if counts.contacts else "",
        words.accounts(counts.accounts) if counts.accounts else "",
        words.notes(counts.notes) if counts.notes else "",
        words.activities(counts.activities) if counts.activities else "",
        words.files(counts.files) if counts.files else "",
        words.deals(counts.deals) if counts.deals else "",
    ]
    return QCoreApplication.translate("Trash", ", ").join(part for part in parts if part)


def ask_and_empty_trash(parent: QWidget | None, db: Database) -> EmptiedTrash | None:
    """Confirm, naming what will be deleted for good, then empty the Trash (a backup is taken
    first); what was deleted, or None when the user cancelled, the Trash was empty or it
    failed (the error is shown, nothing was deleted)."""
    try:
        counts = trash_counts(db)
    except CrmError as error:
        show_error(parent, error)
        return None
    if counts.total == 0:
        tell(
            parent,
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Trash", "Empty Trash"),
            QCoreApplication.translate("Trash", "The Trash is already empty."),
        )
        return None
    total = counts.total
    text = (
        Trash().question(total)
        + "\n"
        + counts_text(counts)
        + "\n\n"
        + QCoreApplication.translate(
            "Trash", "This cannot be undone (a backup of the database is made first)."
        )
    )
    if not confirming.confirm(
        parent,
        QCoreApplication.translate("Trash", "Empty Trash"),
        text,
        QCoreApplication.translate("Trash", "&Empty Trash"),
        destructive=True,
    ):
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return empty_trash(db)
    except CrmError as error:
        failure = error
    finally:
        QApplication.restoreOverrideCursor()
    show_error(parent, failure)
    return None
