"""The window a salesperson keeps open all day: search, the contacts list, the card."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelection, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.about_dialog import AboutDialog
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.contact_table_model import ContactTableModel
from crm_desktop.gui.debounce import Debounce
from crm_desktop.gui.error_text import error_text, error_title
from crm_desktop.gui.export_dialog import ExportDialog, ExportScope
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.tasks import ServiceTask, Work
from crm_desktop.services.contact_list import contact_rows, ordered_contact_ids
from crm_desktop.services.contacts import CancelToken, get_contact
from crm_desktop.services.database import Database
from crm_desktop.services.exporting import export_vcards
from crm_desktop.services.importing import ImportSummary, import_files
from crm_desktop.services.records import ContactId, ContactRow

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    imported = Signal(object)  # an ImportSummary, once shown and the list refreshed
    exported = Signal(int)  # how many cards were written
    task_ended = Signal()  # an import or export finished, failed or was cancelled

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._task: ServiceTask | None = None
        self._progress: QProgressDialog | None = None
        self._last_message: QMessageBox | None = None
        self.setWindowTitle(self.tr("CRM Desktop — %1").replace("%1", db.path.name))
        self.setObjectName("mainWindow")
        self.setMinimumSize(720, 480)

        self._search = QLineEdit(self)
        self._search.setObjectName("search")
        self._search.setPlaceholderText(self.tr("Search names, accounts, emails, phones, notes"))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search contacts"))
        self._debounce = Debounce(SEARCH_DELAY_MS, self)

        self._model = ContactTableModel(self._load_rows, self)
        self._table = QTableView(self)
        self._table.setObjectName("contacts")
        self._table.setAccessibleName(self.tr("Contacts"))
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self._table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 200, 160, 150, 240)):
            header.resizeSection(column, width)

        self._card = ContactCardView(self)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self._table)
        self._splitter.addWidget(self._card)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self._splitter)

        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self._search)
        self._count = QLabel(self)
        self.statusBar().addPermanentWidget(self._count)

        self._build_menus()
        self._connect()
        self._restore_settings()
        self._refresh("")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import…"), self)
        import_action.setShortcut(QKeySequence.StandardKey.Open)
        import_action.setToolTip(self.tr("Import contacts from vCard files"))
        import_action.triggered.connect(self._on_import_triggered)
        file_menu.addAction(import_action)
        export_action = QAction(self.tr("&Export…"), self)
        export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        export_action.setToolTip(self.tr("Export contacts to a vCard file"))
        export_action.triggered.connect(self._on_export_triggered)
        file_menu.addAction(export_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._on_find_triggered)
        edit_menu.addAction(find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About CRM Desktop"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about_action)

    def _connect(self) -> None:
        self._search.textChanged.connect(self._debounce.push)
        self._search.returnPressed.connect(self._debounce.flush)
        self._debounce.settled.connect(self._refresh)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _load_rows(self, ids: Sequence[int]) -> list[ContactRow]:
        try:
            return contact_rows(self._db, ids)
        except CrmError as error:
            self.show_error(error)
            return []

    def _refresh(self, query: str) -> None:
        try:
            ids = ordered_contact_ids(self._db, query)
        except CrmError as error:
            self.show_error(error)
            return
        self._model.set_ids(ids)
        self._count.setText(self.tr("%Ln contact(s)", "", len(ids)))
        if ids:
            self._table.selectRow(0)
        else:
            self._card.show_card(None)

    # ---- import and export --------------------------------------------------------------

    def _on_import_triggered(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("vCard files (*.vcf *.vcard);;All files (*)"),
        )
        if names:
            self.ask_and_import([Path(name) for name in names])

    def ask_and_import(self, files: list[Path]) -> None:
        """Ask how (duplicates, strict, code page), then import ``files`` off the GUI thread."""
        dialog = ImportDialog(files, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, duplicates, strict, encoding = (
            self._db,
            dialog.duplicates,
            dialog.strict,
            dialog.encoding,
        )

        def work(progress: Callable[[int], None], cancel: CancelToken) -> ImportSummary:
            return import_files(
                db, files, duplicates=duplicates, strict=strict, fallback_encoding=encoding,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        self._run_task(work, self.tr("Importing contacts…"), self._on_import_succeeded)

    def _run_task(self, work: Work, label: str, succeeded: Callable[[object], None]) -> None:
        task = ServiceTask(work, self)
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(task.cancel)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        task.finished.connect(progress.close)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self._progress = progress
        task.start()

    def _on_task_progressed(self, done: int) -> None:
        if self._progress is not None:
            self._progress.setLabelText(
                self.tr("%1 cards so far…").replace("%1", QLocale().toString(done))
            )

    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, CrmError):
            self.show_error(error)

    def _on_task_cancelled(self) -> None:
        QMessageBox.information(
            self, self.tr("Cancelled"), self.tr("Cancelled: nothing was changed.")
        )

    def cancel_task(self) -> None:
        """What the progress dialog's Cancel does."""
        if self._task is not None:
            self._task.cancel()

    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()
            task.deleteLater()
        self.task_ended.emit()

    def _on_import_succeeded(self, result: object) -> None:
        assert isinstance(result, ImportSummary)
        locale = QLocale()
        text = (
            self.tr("Imported %1, merged %2, skipped %3; %4 could not be read.")
            .replace("%1", locale.toString(result.imported))
            .replace("%2", locale.toString(result.merged))
            .replace("%3", locale.toString(result.skipped))
            .replace("%4", locale.toString(result.failed))
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"), text,
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        if result.problems:
            box.setDetailedText(
                "\n".join(
                    self.tr("%1, line %2: %3")
                    .replace("%1", p.file)
                    .replace("%2", locale.toString(p.line))
                    .replace("%3", p.message)
                    for p in result.problems
                )
            )
        self._refresh(self._search.text())
        box.open()
        self._last_message = box
        self.imported.emit(result)

    def _on_export_triggered(self) -> None:
        selected = self._selected_ids()
        dialog = ExportDialog(len(selected), self._model.rowCount(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contacts"),
            self.tr("contacts.vcf"),
            self.tr("vCard files (*.vcf)"),
        )
        if name:
            self.export_to(Path(name), dialog.scope, dialog.version, dialog.with_accounts)

    def export_to(self, path: Path, scope: ExportScope, version: str, with_accounts: bool) -> None:
        """Export the chosen contacts to ``path`` off the GUI thread."""
        if scope is ExportScope.SELECTION:
            ids = self._selected_ids()
        elif scope is ExportScope.SEARCH_RESULT:
            ids = self._model.contact_ids()
        else:
            ids = ordered_contact_ids(self._db)
        db = self._db

        def work(_progress: Callable[[int], None], cancel: CancelToken) -> int:
            return export_vcards(
                db, path, ids, version=version, with_accounts=with_accounts, cancel=cancel
            )

        self._run_task(work, self.tr("Exporting contacts…"), self._on_export_succeeded)

    def _on_export_succeeded(self, result: object) -> None:
        assert isinstance(result, int)
        self.statusBar().showMessage(
            self.tr("%1 cards exported.").replace("%1", QLocale().toString(result)), 8000
        )
        self.exported.emit(result)

    def _selected_ids(self) -> list[ContactId]:
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        return [cid for row in rows if (cid := self._model.contact_id(row)) is not None]

    def _on_about_triggered(self) -> None:
        dialog = AboutDialog(self._db.path, self)
        dialog.exec()

    def _on_find_triggered(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self._table.selectionModel().currentIndex()
        contact_id = self._model.contact_id(current.row()) if current.isValid() else None
        if contact_id is None:
            self._card.show_card(None)
            return
        try:
            self._card.show_card(get_contact(self._db, contact_id))
        except CrmError as error:
            self.show_error(error)

    def show_error(self, error: CrmError) -> None:
        QMessageBox.warning(self, error_title(error), error_text(error))

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, target in (
            ("mainWindow/splitter", self._splitter.restoreState),
            ("mainWindow/columns", self._table.horizontalHeader().restoreState),
        ):
            state = settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                target(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self._splitter.saveState())
        settings.setValue("mainWindow/columns", self._table.horizontalHeader().saveState())
        super().closeEvent(event)
