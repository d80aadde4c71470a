"""Bulk actions in the window: the selected contacts, or everything the list shows (the
confirmation offers both when they differ, each with its count), put in a category or taken
out of one, given a field (account, keep-in-touch interval, lead status, a custom field),
one activity logged for each, or marked as leads; each one undo step. Export, print and
Trash of the selection are File > Export, File > Print and Edit > Delete."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QDialog, QInputDialog, QMessageBox, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.bulk_dialogs import (
    ACCOUNT,
    KEEP_IN_TOUCH,
    LEAD_STATUS,
    FieldChoice,
    LogForEachDialog,
    SetFieldDialog,
    done_at,
)
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.pipeline.sales_text import sales_word
from crm_desktop.gui.plain_text import message_box
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ContactId
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.bulk_actions import (
    BulkUndo,
    categorize,
    log_for_each,
    set_account,
    set_custom_field_value,
    set_keep_in_touch_days,
    set_lead_statuses,
    undo_bulk,
)
from crm_desktop.services.contact_list import category_counts
from crm_desktop.services.database import Database
from crm_desktop.services.leads import mark_leads, unmark_leads

Report = Callable[[CrmError], None]
Changed = Callable[[Changes], None]
Ids = Callable[[], list[ContactId]]
BULK_ACTIONS = ("add_category", "remove_category", "mark_lead", "set_field", "log_each")


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


class BulkCommand(QUndoCommand):
    """One bulk change (``change``: a service of services.bulk_actions, run again on redo);
    undo puts back exactly what it changed, in one transaction."""

    def __init__(
        self, db: Database, change: Callable[[Database], BulkUndo], text: str,
        changed: Changed, report: Report,
    ) -> None:  # fmt: skip
        super().__init__(text)
        self._db, self._change = db, change
        self._changed, self._report = changed, report
        self._undo = BulkUndo()

    def redo(self) -> None:
        try:
            self._undo = self._change(self._db)
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
        changed: Changed, report: Report, shown: Ids,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._parent, self._db, self._undo = parent, db, undo
        self._changed, self._report, self._shown = changed, report, shown
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()

    def slots(self, selected: Ids) -> dict[str, Callable[[], object]]:
        """What the window's bulk actions do (window_actions.ACTIONS), on ``selected()``."""
        return {
            "add_category": lambda: self.categorize(selected()),
            "remove_category": lambda: self.categorize(selected(), remove=True),
            "mark_lead": lambda: self.mark_leads(selected()),
            "set_field": lambda: self.set_field(selected()),
            "log_each": lambda: self.log_for_each(selected()),
        }

    def enable_with(self, table: QAbstractItemView, actions: Mapping[str, QAction]) -> None:
        """The bulk actions enabled while something is selected in ``table``."""

        def follow() -> None:
            for name in BULK_ACTIONS:
                actions[name].setEnabled(table.selectionModel().hasSelection())

        table.selectionModel().selectionChanged.connect(follow)
        follow()

    def _confirm(self, title: str, question: str, ids: Sequence[ContactId]) -> list[ContactId]:
        """Asked; the contacts chosen: the selection (Yes), or everything the list shows (Yes
        to All, offered when it holds more), or none (cancelled)."""
        shown = self._shown()
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        more = len(shown) > len(ids)
        if more:
            buttons |= QMessageBox.StandardButton.YesToAll
        box = message_box(QMessageBox.Icon.Question, title, question, buttons, self._parent)
        selected = box.button(QMessageBox.StandardButton.Yes)
        selected.setText(self.tr("The %n selected", "", len(ids)))
        if more:
            everything = box.button(QMessageBox.StandardButton.YesToAll)
            everything.setText(self.tr("All %n shown", "", len(shown)))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Yes:
            return list(ids)
        return list(shown) if more and answer == QMessageBox.StandardButton.YesToAll else []

    def _push(self, change: Callable[[Database], BulkUndo], step: str) -> None:
        self._undo.push(BulkCommand(self._db(), change, step, self._changed, self._report))

    def set_field(self, ids: Sequence[ContactId]) -> None:
        """Contacts > Set Field…: asked which field and what value, then for how many."""
        if not ids:
            return
        try:
            accounts = [row.name for row in account_rows(self._db())]
        except CrmError as error:
            self._report(error)
            return
        dialog = SetFieldDialog(accounts, self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return
        what = self._field_text(choice)
        if not what:
            return
        chosen = self._confirm(
            self.tr("Set Field"), self.tr("Set %1 on %n contact(s)?", "", len(ids)).replace(
                "%1", what), ids,
        )  # fmt: skip
        if chosen:
            self._push(_field_change(choice, chosen),
                       self.tr("Set a field on %n contact(s)", "", len(chosen)))  # fmt: skip

    def _field_text(self, choice: FieldChoice) -> str:
        """The change in words (“account: Aegean Foods”); "" when nothing to set."""
        if choice.field == ACCOUNT:
            name = choice.account.strip()
            return self.tr("the account “%1”").replace("%1", name) if name else ""
        if choice.field == KEEP_IN_TOUCH:
            if choice.days is None:
                return self.tr("no keep-in-touch interval")
            return self.tr("keep in touch every %n day(s)", "", choice.days)
        if choice.field == LEAD_STATUS:
            return self.tr("the lead status “%1”").replace("%1", sales_word(choice.status.value))
        if not choice.label:
            return ""
        return self.tr("“%1” to “%2”").replace("%1", choice.label).replace("%2", choice.value)

    def log_for_each(self, ids: Sequence[ContactId]) -> None:
        """Contacts > Log Activity for Each…: one done activity on each one's history."""
        if not ids:
            return
        now = self.now()
        dialog = LogForEachDialog(now.date(), self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted or not choice.subject:
            return
        chosen = self._confirm(
            self.tr("Log Activity for Each"),
            self.tr("Log “%1” for each of %n contact(s)?", "", len(ids)).replace(
                "%1", choice.subject), ids,
        )  # fmt: skip
        if not chosen:
            return
        when = done_at(choice.day, now)
        self._push(
            lambda db: log_for_each(db, chosen, choice.kind, choice.subject, when),
            self.tr("Log an activity for %n contact(s)", "", len(chosen)),
        )

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
        else:
            question = self.tr("Put %n contact(s) in “%1”?", "", len(ids))
        chosen = self._confirm(title, question.replace("%1", category_text(name)), ids)
        if not chosen:
            return
        if remove:
            step = self.tr("Take %n contact(s) out of a category", "", len(chosen))
        else:
            step = self.tr("Put %n contact(s) in a category", "", len(chosen))
        self._push(lambda db: categorize(db, chosen, [name], remove=remove), step)

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


def _field_change(choice: FieldChoice, ids: list[ContactId]) -> Callable[[Database], BulkUndo]:
    if choice.field == ACCOUNT:
        return lambda db: set_account(db, ids, choice.account.strip())
    if choice.field == KEEP_IN_TOUCH:
        return lambda db: set_keep_in_touch_days(db, ids, choice.days)
    if choice.field == LEAD_STATUS:
        return lambda db: set_lead_statuses(db, ids, choice.status)
    return lambda db: set_custom_field_value(db, ids, choice.label, choice.value)
