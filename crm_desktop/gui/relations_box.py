"""Under a contact's or an account's card: its relationships, each "word: other", the other a
link to its record (a name no record has is plain text), each with a button to remove it,
and Add Relationship…; adding and removing are undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.plain_text import escaped, plain_label
from crm_desktop.gui.relation_dialog import RelationDialog
from crm_desktop.gui.relationship_words import type_word
from crm_desktop.records.relationships import OtherKind, Relation, RelationDraft
from crm_desktop.services.database import Database
from crm_desktop.services.relationships import (
    relate,
    relation_candidates,
    relations,
    relationship_types,
    unrelate,
)

Refresh = Callable[[], None]
Report = Callable[[CrmError], None]


class AddRelationCommand(QUndoCommand):
    """Add a relationship; undo removes it."""

    def __init__(self, db: Database, draft: RelationDraft, done: Refresh, report: Report) -> None:
        super().__init__(QCoreApplication.translate("RelationsBox", "Add Relationship"))
        self._db, self._draft, self._done, self._report = db, draft, done, report
        self.relation_id: int | None = None

    def redo(self) -> None:
        try:
            self.relation_id = relate(self._db, self._draft)
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
        self._done()

    def undo(self) -> None:
        if self.relation_id is not None:
            try:
                unrelate(self._db, self.relation_id)
            except CrmError as error:
                self._report(error)
        self._done()


class RemoveRelationCommand(QUndoCommand):
    """Remove a relationship; undo puts it back."""

    def __init__(self, db: Database, relation: Relation, done: Refresh, report: Report) -> None:
        super().__init__(QCoreApplication.translate("RelationsBox", "Remove Relationship"))
        self._db, self._done, self._report = db, done, report
        self._draft = relation.draft
        self._id = relation.id

    def redo(self) -> None:
        try:
            self._draft = unrelate(self._db, self._id)
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
        self._done()

    def undo(self) -> None:
        try:
            self._id = relate(self._db, self._draft)
        except CrmError as error:
            self._report(error)
        self._done()


class RelationsBox(QWidget):
    """A contact's (or, with ``of_account``, an account's) relationships."""

    contact_activated = Signal(int)
    account_activated = Signal(int)

    def __init__(
        self,
        db: Callable[[], Database],
        undo: QUndoStack,
        show_error: Report,
        parent: QWidget | None = None,
        *,
        of_account: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationsBox")
        self._db = db
        self._undo = undo
        self._show_error = show_error
        self._of_account = of_account
        self.record_id: int | None = None
        self.shown: list[Relation] = []
        self.links: list[QLabel] = []  # the shown relationships' links to their records
        self.remove_buttons: list[QToolButton] = []  # one per shown relationship
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._buttons: QBoxLayout | None = None  # Add Relationship and Relationship Types
        self.hide()

    def show_for(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # not drawn under the new lines until it is deleted
                widget.deleteLater()
            elif (inner := item.layout()) is not None:
                while (child := inner.takeAt(0)) is not None:
                    if (w := child.widget()) is not None:
                        w.hide()
                        w.deleteLater()
        self.shown, self.links, self.remove_buttons = [], [], []
        self._buttons = None
        if self.record_id is None:
            self.hide()
            return
        try:
            if self._of_account:
                self.shown = relations(self._db(), account_id=self.record_id)
            else:
                self.shown = relations(self._db(), contact_id=self.record_id)
        except CrmError as error:
            self._show_error(error)
            self.hide()
            return
        title = QLabel(self.tr("Relationships"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self._layout.addWidget(title)
        for relation in self.shown:
            self._layout.addLayout(self._row(relation))
        add = QPushButton(self.tr("Add Relationship…"), self)
        add.setObjectName("addRelation")
        add.clicked.connect(self._on_add_clicked)
        types = QPushButton(self.tr("Relationship Types…"), self)
        types.setObjectName("relationshipTypesButton")
        types.clicked.connect(self._on_types_clicked)
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._buttons.addWidget(add)
        self._buttons.addWidget(types)
        self._buttons.addStretch(1)
        self._layout.addLayout(self._buttons)
        self._fit_buttons()
        self.show()

    def _fit_buttons(self) -> None:
        """The two buttons side by side when their words fit the card's width, else one
        under the other (longer languages; a narrow card): never cut."""
        if self._buttons is None:
            return
        widths = [
            widget.sizeHint().width()
            for i in range(self._buttons.count())
            if (item := self._buttons.itemAt(i)) is not None
            and (widget := item.widget()) is not None
        ]
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        side_by_side = sum(widths) + self._buttons.spacing() * (len(widths) - 1) <= room
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else (QBoxLayout.Direction.TopToBottom)
        )
        if self._buttons.direction() != direction:
            self._buttons.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_buttons()

    def line_texts(self) -> list[str]:
        """The relationships as shown: "word: name" each."""
        return [f"{type_word(r.label)}: {r.other_name}" for r in self.shown]

    def _row(self, relation: Relation) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("%1:").replace("%1", type_word(relation.label)), self))
        if relation.other_id is None:
            other = plain_label(relation.other_name, self)
        else:
            href = f"{relation.other_kind.value}:{relation.other_id}"
            shown = isolated(escaped(relation.other_name), left_to_right=False)
            other = QLabel(f'<a href="{href}">{shown}</a>', self)
            other.setTextFormat(Qt.TextFormat.RichText)
            other.setObjectName("relationLink")
            other.linkActivated.connect(self._on_link_activated)
            self.links.append(other)
        other.setWordWrap(True)
        row.addWidget(other, 1)
        remove = QToolButton(self)
        remove.setObjectName("removeRelation")
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this relationship"))
        remove.clicked.connect(lambda _=False, r=relation: self._on_remove_clicked(r))
        self.remove_buttons.append(remove)
        row.addWidget(remove)
        return row

    def _on_link_activated(self, url: str) -> None:
        kind, _, record_id = url.partition(":")
        if kind == OtherKind.ACCOUNT.value:
            self.account_activated.emit(int(record_id))
        else:
            self.contact_activated.emit(int(record_id))

    def dialog(self) -> RelationDialog:
        """The Add Relationship dialog for the record shown (not yet opened)."""
        db = self._db()
        record = self.record_id
        return RelationDialog(
            relationship_types(db), relation_candidates(db),
            contact_id=None if self._of_account else record,
            account_id=record if self._of_account else None, parent=self,
        )  # fmt: skip

    def _on_add_clicked(self) -> None:
        try:
            dialog = self.dialog()
        except CrmError as error:
            self._show_error(error)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(dialog.draft())
        dialog.deleteLater()

    def _on_types_clicked(self) -> None:
        from crm_desktop.gui.relationship_types_dialog import RelationshipTypesDialog

        dialog = RelationshipTypesDialog(self._db, self._show_error, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()  # a renamed type's word

    def add(self, draft: RelationDraft | None) -> None:
        if draft is not None:
            self._undo.push(AddRelationCommand(self._db(), draft, self.refresh, self._show_error))

    def _on_remove_clicked(self, relation: Relation) -> None:
        self._undo.push(RemoveRelationCommand(self._db(), relation, self.refresh, self._show_error))


class Window(Protocol):
    """What the relationships need of the main window."""

    _db: Database

    def show_error(self, error: CrmError) -> None: ...
    def show_contact(self, contact_id: int) -> None: ...
    def show_account(self, account_id: int) -> None: ...


def attach_relations(
    window: Window, panes: tuple[QSplitter, QSplitter], undo: QUndoStack
) -> list[RelationsBox]:
    """Under the contact's card and the account's card (``panes``), their relationships,
    filled whenever the pane shows another record; a click on one shows that record."""
    boxes = []
    for pane, of_account in ((panes[0], False), (panes[1], True)):
        box = RelationsBox(lambda: window._db, undo, window.show_error, pane, of_account=of_account)
        pane.insertWidget(1, box)
        pane.setStretchFactor(1, 0)
        box.contact_activated.connect(window.show_contact)
        box.account_activated.connect(window.show_account)
        before: Callable[[int | None], None] | None = getattr(pane, "on_shown", None)

        def shown(
            record: int | None,
            b: RelationsBox = box,
            earlier: Callable[[int | None], None] | None = before,
        ) -> None:
            if earlier is not None:
                earlier(record)
            b.show_for(record)

        pane.on_shown = shown  # type: ignore[attr-defined]
        boxes.append(box)
    return boxes
