"""File > Import and File > Export, run off the GUI thread with progress: the file dialogs,
the import and export options, the import's preview (gui/import_preview_dialog.py), the
task with its progress dialog, and the report.

The main window holds one ``ImportExport`` (its strings keep the ``MainWindow`` translation
context) and tells it, at construction, where it reads and what to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from crm_desktop.errors import CrmError
from crm_desktop.gui.import_progress import ImportProgressDialog
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import message_box, tell
from crm_desktop.gui.preferences import chosen_region, home_region
from crm_desktop.services.cancel import CancelToken
from crm_desktop.services.contact_list import ordered_contact_ids

if TYPE_CHECKING:
    from crm_desktop.gui.export_dialog import ExportScope
    from crm_desktop.gui.tasks import ServiceTask, Work
    from crm_desktop.records.ids import ContactId
    from crm_desktop.records.importing import DuplicatePolicy, ImportSummary
    from crm_desktop.services.database import Database

ContactIds = Callable[[], list["ContactId"]]


class ImportExport(QObject):
    """Import and export for ``window``: ``db`` gives the open database, ``selected`` and
    ``shown`` the contacts selected and listed, ``imported_into`` refreshes the window's
    lists after an import, ``show_error`` tells one of our errors."""

    imported = Signal(object)  # an ImportSummary, once shown and the list refreshed
    exported = Signal(int)  # how many cards were written
    task_ended = Signal()  # an import or export finished, failed or was cancelled

    def __init__(
        self,
        window: QMainWindow,
        db: Callable[[], Database],
        selected: ContactIds,
        shown: ContactIds,
        imported_into: Callable[[], None],
        show_error: Callable[[CrmError], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._selected = selected
        self._shown = shown
        self._imported_into = imported_into
        self._show_error = show_error
        self._task: ServiceTask | None = None
        self._progress: QProgressDialog | None = None
        self.last_message: QMessageBox | None = None  # the last import's report
        self.people_dialog: QDialog | None = None  # the people of imported e-mails, offered

    @property
    def running(self) -> bool:
        """An import or export is under way."""
        return self._task is not None

    def ask_for_files(self) -> None:
        """File > Import: which files, then how."""
        names, _ = QFileDialog.getOpenFileNames(
            self._window,
            QCoreApplication.translate("MainWindow", "Import contacts"),
            "",
            ";;".join(
                (
                    QCoreApplication.translate(
                        "MainWindow",
                        "Contacts, calendars and e-mails "
                        "(*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)",
                    ),
                    QCoreApplication.translate("MainWindow", "vCard files (*.vcf *.vcard)"),
                    QCoreApplication.translate("MainWindow", "CSV files (*.csv *.txt)"),
                    QCoreApplication.translate("MainWindow", "iCalendar files (*.ics)"),
                    QCoreApplication.translate("MainWindow", "E-mail files (*.eml *.mbox *.msg)"),
                    QCoreApplication.translate("MainWindow", "All files (*)"),
                )
            ),
        )
        if names:
            self.ask_and_import([Path(name) for name in names])

    def _csv_mappings(self, files: list[Path]) -> dict[Path, dict[str, str]] | None:
        """For each CSV file with a column whose field is uncertain, ask which field each
        column fills (the guesses, or remembered choices, preselected): the mapping of each
        such file; None if the user cancels."""
        from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog
        from crm_desktop.services.importing import csv_preview

        mappings: dict[Path, dict[str, str]] = {}
        for path in files:
            try:
                preview = csv_preview(path)
            except (CrmError, OSError):
                continue  # the import itself reports it, by name
            if preview is None or not preview.uncertain_headers:
                continue
            dialog = ColumnMappingDialog(path.name, preview, self._window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            mappings[path] = dialog.mapping()
        return mappings

    def ask_and_import(self, files: list[Path]) -> None:
        """Ask how (duplicates, strict, code page), show what the import will do (a dry run:
        nothing written, each merge switchable to "create", the policy switchable), then
        import ``files`` off the GUI thread as the user chose."""
        from crm_desktop.gui.import_dialog import ImportDialog
        from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog
        from crm_desktop.services import importing

        mappings = self._csv_mappings(files)
        if mappings is None:
            return  # the user cancelled a column mapping
        dialog = ImportDialog(files, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, strict, encoding = self._db(), dialog.strict, dialog.encoding
        region = chosen_region()  # Preferences' country: national phone numbers read as its

        def run(
            duplicates: DuplicatePolicy,
            keep_apart: frozenset[tuple[str, int]],
            progress: Callable[[int], None],
            cancel: CancelToken,
            *,
            dry_run: bool,
        ) -> ImportSummary:
            return importing.import_files(
                db, files, duplicates=duplicates, strict=strict, fallback_encoding=encoding,
                csv_encoding=encoding, file_mappings=mappings, progress=progress, cancel=cancel,
                dry_run=dry_run, keep_apart=keep_apart, region=region,
            )  # fmt: skip

        preview = ImportPreviewDialog(
            lambda policy, progress, cancel: run(
                policy, frozenset(), progress, cancel, dry_run=True
            ),
            dialog.duplicates,
            self._window,
            count=lambda: importing.expected_records(files),
        )
        preview.failed.connect(self._on_preview_failed)
        chosen = preview.exec() == QDialog.DialogCode.Accepted
        duplicates, keep_apart = preview.policy, preview.kept_apart
        preview.deleteLater()
        if not chosen:
            return

        shown = ImportProgressDialog(self._window)

        def work(progress: Callable[[int], None], cancel: CancelToken) -> ImportSummary:
            shown.counted.emit(importing.expected_records(files))  # the total, at once
            return run(duplicates, keep_apart, progress, cancel, dry_run=False)

        self._run_task(work, "", self._on_import_succeeded, shown)
        shown.show()  # at once: the first seconds of a long import are not a blank wait

    def _on_preview_failed(self, error: object) -> None:
        """The preview stopped on an error: the import ends there, nothing written."""
        self._on_task_failed(error)
        self.task_ended.emit()

    def _run_task(
        self,
        work: Work,
        label: str,
        succeeded: Callable[[object], None],
        shown: ImportProgressDialog | None = None,
    ) -> None:
        """``work`` off the GUI thread; its progress in ``shown`` (an import's), else in a
        dialog with ``label`` and a count."""
        from crm_desktop.gui.tasks import ServiceTask

        task = ServiceTask(work, self)
        if shown is None:
            progress = QProgressDialog(
                label, QCoreApplication.translate("MainWindow", "Cancel"), 0, 0, self._window
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(400)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            task.progressed.connect(self._on_task_progressed)
        else:
            progress = shown
            task.progressed.connect(shown.progress)
        progress.canceled.connect(task.cancel)
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
                QCoreApplication.translate("MainWindow", "%1 cards so far…").replace(
                    "%1", QLocale().toString(done)
                )
            )

    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, CrmError):
            self._show_error(error)
        else:
            tell(  # plain text: the exception's words may quote the file's
                self._window,
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("MainWindow", "Unexpected error"),
                filled(
                    QCoreApplication.translate(
                        "MainWindow",
                        "The operation stopped on an unexpected error and nothing was changed. "
                        "Please report it with these details:\n\n%1",
                    ),
                    f"{type(error).__name__}: {error}",
                ),
            )

    def _on_task_cancelled(self) -> None:
        tell(
            self._window,
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Cancelled"),
            QCoreApplication.translate("MainWindow", "Cancelled: nothing was changed."),
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
        from crm_desktop.gui.bidi import isolated
        from crm_desktop.gui.import_match_model import contact_text
        from crm_desktop.records.importing import ImportSummary

        assert isinstance(result, ImportSummary)
        locale = QLocale()
        text = (
            QCoreApplication.translate(
                "MainWindow", "Imported %1, merged %2, skipped %3; %4 could not be read."
            )
            .replace("%1", locale.toString(result.imported))
            .replace("%2", locale.toString(result.merged))
            .replace("%3", locale.toString(result.skipped))
            .replace("%4", locale.toString(result.failed))
        )
        if result.unread_files:
            text += "\n" + self.tr(
                "%Ln file(s) could not be read at all; the others were imported.",
                "",
                len(result.unread_files),
            )
        if result.possible_duplicates:
            text += "\n" + self.tr(  # self.tr: lupdate sees plurals only there
                "%Ln possible duplicate(s) created and recorded for you to review.",
                "",
                len(result.possible_duplicates),
            )
        box = message_box(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Import finished"),
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        problem = QCoreApplication.translate("MainWindow", "%1, line %2: %3")
        whole_file = QCoreApplication.translate("MainWindow", "%1: %2")
        merged = QCoreApplication.translate("MainWindow", "%1, line %2: %3 merged into %4")
        perhaps = QCoreApplication.translate("MainWindow", "%1, line %2: %3 is perhaps %4")
        details = [
            filled(whole_file, p.file, p.message)
            if p.line == 0  # the file as a whole could not be read
            else filled(problem, p.file, locale.toString(p.line), p.message)
            for p in result.problems
        ]
        for template, matches in ((merged, result.merges), (perhaps, result.possible_duplicates)):
            details.extend(
                filled(
                    template,
                    isolated(m.file, left_to_right=True),
                    locale.toString(m.line),
                    isolated(m.name),
                    isolated(contact_text(m)),
                )
                for m in matches
            )
        if details:
            box.setDetailedText("\n".join(details))
        self._imported_into()
        box.open()
        self.last_message = box
        if result.unknown_people and not result.dry_run:
            self._offer_people(result)
        self.imported.emit(result)

    def _offer_people(self, result: ImportSummary) -> None:
        """The people of the imported e-mails who are no contacts, offered as new ones."""
        from crm_desktop.gui.mail_people_dialog import MailPeopleDialog

        dialog = MailPeopleDialog(result.unknown_people, self._window)
        dialog.accepted.connect(lambda: self._add_people(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.people_dialog = dialog
        dialog.open()

    def _add_people(self, dialog: QDialog) -> None:
        from crm_desktop.gui.mail_people_dialog import MailPeopleDialog
        from crm_desktop.services.mail import add_mail_contacts

        assert isinstance(dialog, MailPeopleDialog)
        chosen = dialog.chosen()
        if not chosen:
            return
        try:
            add_mail_contacts(self._db(), chosen)
        except CrmError as error:
            self._show_error(error)
            return
        self._imported_into()

    def ask_for_target(self) -> None:
        """File > Export: which contacts, in which format, to which file."""
        from crm_desktop.gui.export_dialog import ExportDialog

        dialog = ExportDialog(len(self._selected()), len(self._shown()), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.version == "ics":
            suggested = QCoreApplication.translate("MainWindow", "activities.ics")
            kinds = QCoreApplication.translate("MainWindow", "iCalendar files (*.ics)")
        elif dialog.version.endswith("-csv") or dialog.version == "mail-merge":
            suggested = QCoreApplication.translate("MainWindow", "contacts.csv")
            kinds = QCoreApplication.translate("MainWindow", "CSV files (*.csv)")
        else:
            suggested = QCoreApplication.translate("MainWindow", "contacts.vcf")
            kinds = QCoreApplication.translate("MainWindow", "vCard files (*.vcf)")
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("MainWindow", "Export contacts"),
            suggested,
            kinds,
        )
        if name:
            self.export_to(Path(name), dialog.scope, dialog.version, dialog.with_accounts)

    def export_to(self, path: Path, scope: ExportScope, version: str, with_accounts: bool) -> None:
        """Export the chosen contacts to ``path`` off the GUI thread."""
        from crm_desktop.gui.export_dialog import ExportScope
        from crm_desktop.services.exporting import export_csv, export_mail_merge, export_vcards

        if scope is ExportScope.SELECTION:
            ids = self._selected()
        elif scope is ExportScope.SEARCH_RESULT:
            ids = self._shown()
        else:
            ids = ordered_contact_ids(self._db())
        db = self._db()

        everyone = scope is ExportScope.EVERYONE
        home = home_region()  # mail merge: no country line on domestic addresses
        language = QLocale().name()  # for addresses there; the others' in the user's language

        def work(_progress: Callable[[int], None], cancel: CancelToken) -> int:
            if version == "ics":  # the activities of these contacts (all of them: everyone's)
                from crm_desktop.services.calendar_files import (
                    calendar_activity_ids,
                    export_icalendar,
                )

                activities = calendar_activity_ids(db, None if everyone else ids)
                return export_icalendar(db, path, activities)
            if version == "mail-merge":
                return export_mail_merge(db, path, ids, home_country=home, language=language)
            if version.endswith("-csv"):  # Outlook's or Google's CSV
                return export_csv(db, path, ids, version)
            return export_vcards(
                db, path, ids, version=version, with_accounts=with_accounts, cancel=cancel
            )

        self._run_task(
            work,
            QCoreApplication.translate("MainWindow", "Exporting contacts…"),
            self._on_calendar_export_succeeded if version == "ics" else self._on_export_succeeded,
        )

    def _on_calendar_export_succeeded(self, result: object) -> None:
        assert isinstance(result, int)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "%1 events and to-dos exported.").replace(
                "%1", QLocale().toString(result)
            ),
            8000,
        )
        self.exported.emit(result)

    def _on_export_succeeded(self, result: object) -> None:
        assert isinstance(result, int)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "%1 cards exported.").replace(
                "%1", QLocale().toString(result)
            ),
            8000,
        )
        self.exported.emit(result)
