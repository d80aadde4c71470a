"""The Files section of a card: the files kept on a contact, an account or a deal (name, size,
date attached), attached with "Attach file…" or by dropping files on the card, opened with the
system's viewer, saved elsewhere ("Save as…") and removed to the Trash (undoable).

The files are kept inside the database (``services.files``). Opening one writes a private copy
(a new folder 0700, the file 0600) that the system's viewer is handed; what is kept stays in
the database. Files dropped on a card are attached, unless they are all e-mail files (.eml,
.mbox, .msg): those are imported onto the history, as a drop on the window does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_text import is_delete_key
from crm_desktop.gui.bidi import cell_alignment, cell_text, copy_without_marks
from crm_desktop.gui.calendars import date_text
from crm_desktop.records.attachments import MAX_ATTACHMENT_BYTES, AttachmentRow, FileOwner
from crm_desktop.services import files as service
from crm_desktop.services.database import Database

Report = Callable[[CrmError], None]
MAIL_SUFFIXES = frozenset({".eml", ".mbox", ".msg"})  # imported onto the history instead
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    """A file's size in the user's locale: "2.0 KB", "1.5 MB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries, to attach: none when they are all e-mail files (those
    go on to the window, which imports them)."""
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    if all(path.suffix.lower() in MAIL_SUFFIXES for path in paths):
        return []
    return paths


class FileWords(QObject):
    """Undo texts that hold a count (lupdate finds plural forms only in ``tr``)."""

    def attach(self, n: int) -> str:
        return self.tr("Attach %Ln file(s)", "", n)

    def remove(self, n: int) -> str:
        return self.tr("Remove %Ln file(s)", "", n)


class _FilesCommand(QUndoCommand):
    def __init__(self, actions: FileActions, owner: FileOwner, text: str) -> None:
        super().__init__(text)
        self._actions = actions
        self._owner = owner

    def _call(self, action: Callable[[Database], object]) -> bool:
        try:
            action(self._actions.database())
        except CrmError as error:
            self.setObsolete(True)
            self._actions.report(error)
            return False
        self._actions.changed.emit(self._owner)
        return True


class AttachFilesCommand(_FilesCommand):
    """Files attached to a record; undo removes them to the Trash, redo brings them back."""

    def __init__(self, actions: FileActions, owner: FileOwner, paths: Sequence[Path]) -> None:
        super().__init__(actions, owner, FileWords().attach(len(paths)))
        self._paths = list(paths)
        self.ids: list[int] = []
        self.done = False

    def redo(self) -> None:
        if self.ids:
            self._call(lambda db: service.restore_files(db, self.ids))
            return

        def attach(db: Database) -> None:
            added = service.attach_files(db, self._owner, self._paths, limit=self._actions.limit)
            self.ids = [row.id for row in added]

        self.done = self._call(attach)

    def undo(self) -> None:
        self._call(lambda db: service.trash_files(db, self.ids))


class RemoveFilesCommand(_FilesCommand):
    """Files removed from their record to the Trash; undo brings them back."""

    def __init__(self, actions: FileActions, owner: FileOwner, ids: Sequence[int]) -> None:
        super().__init__(actions, owner, FileWords().remove(len(ids)))
        self._ids = list(ids)

    def redo(self) -> None:
        self._call(lambda db: service.trash_files(db, self._ids))

    def undo(self) -> None:
        self._call(lambda db: service.restore_files(db, self._ids))


class FileActions(QObject):
    """What the user does to the files of records, shared by every Files section."""

    changed = Signal(object)  # the FileOwner whose files were attached, removed or restored
    file_opened = Signal(str)  # the private copy handed to the system's viewer

    def __init__(
        self,
        database: Callable[[], Database],
        undo: QUndoStack | None,
        report: Report,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._undo = undo
        self.report = report
        self.limit = MAX_ATTACHMENT_BYTES  # the largest file attached, in bytes

    def attach(self, owner: FileOwner, paths: Sequence[Path]) -> bool:
        """Attach ``paths`` to ``owner`` (one transaction, undoable); False when refused
        (too large, unreadable: told to the user, nothing attached)."""
        if not paths:
            return False
        command = AttachFilesCommand(self, owner, paths)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._undo is not None:
                self._undo.push(command)
            else:
                command.redo()
        finally:
            QApplication.restoreOverrideCursor()
        return command.done

    def ask_and_attach(self, owner: FileOwner, parent: QWidget | None) -> bool:
        names, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("FileActions", "Attach files")
        )
        return self.attach(owner, [Path(name) for name in names])

    def open(self, row: AttachmentRow) -> None:
        """A private copy handed to the system's viewer."""
        try:
            path = service.file_to_open(self.database(), row.id)
        except CrmError as error:
            self.report(error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.file_opened.emit(str(path))

    def save_as(self, row: AttachmentRow, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("FileActions", "Save file as"), row.file_name
        )
        if not name:
            return None
        try:
            return service.save_file(self.database(), row.id, Path(name))
        except CrmError as error:
            self.report(error)
            return None

    def remove(self, owner: FileOwner, ids: Sequence[int]) -> None:
        if not ids:
            return
        command = RemoveFilesCommand(self, owner, ids)
        if self._undo is not None:
            self._undo.push(command)
        else:
            command.redo()


class FilesSection(QWidget):
    """The files of the record a card shows; files dropped on it are attached."""

    def __init__(self, actions: FileActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesSection")
        self.file_actions = actions
        self.owner: FileOwner | None = None
        self.rows: tuple[AttachmentRow, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self._heading = QLabel(self)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachFile")
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.attach_button)
        layout.addLayout(top)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("filesList")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        # About six lines, then it scrolls (the timeline below keeps the room).
        self.tree.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        layout.addWidget(self.tree)
        self.setAcceptDrops(True)
        self.tree.setAcceptDrops(False)  # the section takes the drop, not the list
        self.tree.installEventFilter(self)
        copy_without_marks(self.tree)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        actions.changed.connect(self._on_actions_changed)
        self._retranslate()
        self.show_for(None)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Files"))
        self.attach_button.setText(self.tr("Attach file…"))
        self.attach_button.setToolTip(
            self.tr("Keep a file on this record (or drop files on the card); at most 100 MB")
        )
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Attached")])
        self.tree.setAccessibleName(self.tr("Files"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and is_delete_key(event):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # ---- what it shows ------------------------------------------------------------------

    def show_for(self, owner: FileOwner | None) -> None:
        """The files of ``owner`` (None: nothing, and nothing to attach to)."""
        self.owner = owner
        self.setVisible(owner is not None)
        self.refresh()

    def refresh(self) -> None:
        rows: tuple[AttachmentRow, ...] = ()
        if self.owner is not None:
            try:
                rows = service.record_files(self.file_actions.database(), self.owner)
            except CrmError as error:
                self.file_actions.report(error)
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        for row in self.rows:
            when = ""
            if row.created_at is not None:
                when = date_text(row.created_at.astimezone().date(), QLocale.FormatType.ShortFormat)
            # Plain text items: a file's name is data, never markup.
            # A name in its own direction, on its own script's side (bidi.py).
            item = QTreeWidgetItem([cell_text(row.file_name), size_text(row.size), when])
            if (side := cell_alignment(row.file_name)) is not None:
                item.setTextAlignment(0, Qt.AlignmentFlag(side))
            item.setData(0, ID_ROLE, row.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.setVisible(bool(self.rows))  # no empty list: the heading and the button
        self.attach_button.setEnabled(self.owner is not None)

    def _on_actions_changed(self, owner: object) -> None:
        if owner == self.owner:
            self.refresh()

    def selected_rows(self) -> list[AttachmentRow]:
        chosen = {int(item.data(0, ID_ROLE)) for item in self.tree.selectedItems()}
        return [row for row in self.rows if row.id in chosen]

    # ---- what the user does -------------------------------------------------------------

    def attach(self, paths: Sequence[Path]) -> bool:
        return self.owner is not None and self.file_actions.attach(self.owner, paths)

    def _on_attach_button_clicked(self) -> None:
        if self.owner is not None:
            self.file_actions.ask_and_attach(self.owner, self)

    def _row(self, item: QTreeWidgetItem) -> AttachmentRow | None:
        file_id = int(item.data(0, ID_ROLE))
        return next((row for row in self.rows if row.id == file_id), None)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if (row := self._row(item)) is not None:
            self.file_actions.open(row)

    def remove_selected(self) -> None:
        if self.owner is not None:
            self.file_actions.remove(self.owner, [row.id for row in self.selected_rows()])

    def context_menu(self, row: AttachmentRow) -> QMenu:
        """What a right-click on a file offers."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.file_actions.open(row))
        menu.addAction(self.tr("&Save as…"), lambda: self.file_actions.save_as(row, self))
        menu.addSeparator()
        menu.addAction(self.tr("&Remove"), self.remove_selected)
        return menu

    def _on_tree_context_menu_requested(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is None or (row := self._row(item)) is None:
            return
        if not item.isSelected():
            self.tree.setCurrentItem(item)
        self.context_menu(row).exec(self.tree.viewport().mapToGlobal(position))

    # ---- drops ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner is not None and dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if self.owner is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach(paths)


class CardDrops(QObject):
    """Files dropped anywhere on a card (a scroll area's viewport) are attached through its
    Files section; a drop of e-mail files alone goes on to the window, which imports it."""

    def __init__(self, target: QWidget, section: FilesSection) -> None:
        super().__init__(target)
        self._section = section
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragMoveEvent
        ):
            if self._section.owner is not None and dropped_files(event):
                event.acceptProposedAction()
                return True
            event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_files(event)
            if self._section.owner is None or not paths:
                event.ignore()
                return True
            event.acceptProposedAction()
            self._section.attach(paths)
            return True
        return super().eventFilter(watched, event)
