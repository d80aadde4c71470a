"""Bulk actions in the window: the selected contacts (Ctrl+A: everything the list shows) put
in a category or taken out of one, or marked as leads, after a confirmation naming how many;
one undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.plain_text import message_box
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ContactId
from crm_desktop.services.bulk_actions import BulkUndo, categorize, undo_bulk
from crm_desktop.services.contact_list import category_counts
from crm_desktop.services.database import Database
from crm_desktop.services.leads import mark_leads, unmark_leads

Report = Callable[[CrmError], None]
Changed = Callable[[Changes], None]


def ask_category(parent: QWidget, title: str, label: str, names: Sequence[str]) -> str | None:
    """A category picked from ``names`` or typed (a new one); None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(list(names))
    dialog.setComboBoxEditable(True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class BulkCategoryCommand(QUndoCommand):
    """Put contacts in a category (or take them out); undo puts back exactly what changed."""

    def __init__(
        self, db: Database, ids: Sequence[ContactId], name: str, remove: bool, text: str,
        changed: Changed, report: Report,
    ) -> None:  # fmt: skip
        super().__init__(text)
        self._db, self._ids, self._name, self._remove = db, list(ids), name, remove
        self._changed, self._report = changed, report
        self._undo = BulkUndo()

    def redo(self) -> None:
        try:
            self._undo = categorize(self._db, self._ids, [self._name], remove=self._remove)
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
            return
        self._changed(self._undo.changes)

    def undo(self) -> None:
        try:
            changes = undo_bulk(self._db, self._undo)
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
            return
        self._changed(changes)


class MarkLeadsCommand(QUndoCommand):
    """Mark contacts as new leads; undo unmarks exactly those it marked."""

    def __init__(
        self, db: Database, ids: Sequence[ContactId], text: str, changed: Changed, report: Report
    ) -> None:
        super().__init__(text)
        self._db, self._ids, self._changed, self._report = db, list(ids), changed, report
        self._marked: list[ContactId] = []

    def redo(self) -> None:
        try:
            self._marked = mark_leads(self._db, self._ids)
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
            return
        self._changed(Changes())  # the Leads folder counts them: the folders read again

    def undo(self) -> None:
        try:
            unmark_leads(self._db, self._marked)
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
            return
        self._changed(Changes())  # the Leads folder counts them: the folders read again


class BulkActions(QObject):
    def __init__(
        self, parent: QWidget, db: Callable[[], Database], undo: QUndoStack,
        changed: Changed, report: Report,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._parent, self._db, self._undo = parent, db, undo
        self._changed, self._report = changed, report

    def categorize(self, ids: Sequence[ContactId], *, remove: bool = False) -> None:
        if not ids:
            return
        try:
            names = [c.name for c in category_counts(self._db())]
        except CrmError as error:
            self._report(error)
            return
        title = self.tr("Remove from Category") if remove else self.tr("Add to Category")
        label = self.tr("Category:")
        name = ask_category(self._parent, title, label, [category_text(n) for n in names])
        if name is None or not name.strip():
            return
        for stored in names:  # a built-in category is shown translated: stored as English
            if category_text(stored) == name:
                name = stored
        if remove:
            question = self.tr("Take %n contact(s) out of “%1”?", "", len(ids))
            step = self.tr("Take %n contact(s) out of a category", "", len(ids))
        else:
            question = self.tr("Put %n contact(s) in “%1”?", "", len(ids))
            step = self.tr("Put %n contact(s) in a category", "", len(ids))
        box = message_box(
            QMessageBox.Icon.Question,
            title,
            question.replace("%1", category_text(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self._undo.push(
            BulkCategoryCommand(self._db(), ids, name, remove, step, self._changed, self._report)
        )

    def mark_leads(self, ids: Sequence[ContactId]) -> None:
        """The selected contacts made new leads (the Leads folder lists them), after asking."""
        if not ids:
            return
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Mark as Lead"),
            self.tr("Mark %n contact(s) as leads, to qualify and convert?", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        step = self.tr("Mark %n contact(s) as leads", "", len(ids))
        self._undo.push(MarkLeadsCommand(self._db(), ids, step, self._changed, self._report))
