"""File > Import, before anything is written: what the import will do (new, merged into whom
and why, possible duplicates, problems by file and line), with each merge switchable to
"create" and the policy for duplicates switchable (the preview is then run again).

The preview is a dry run of the import, run off the GUI thread like the import itself; Cancel
stops it and writes nothing, Import hands the user's choices to the real import.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QLocale, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QTableWidgetItem,
    QWidget,
)

from crm_desktop.gui.bidi import cell_text, isolated
from crm_desktop.gui.forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from crm_desktop.gui.import_match_model import CardKey, ImportMatchModel
from crm_desktop.gui.import_progress import ImportPace, percent_text
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.gui.tasks import ServiceTask
from crm_desktop.records.importing import DuplicatePolicy, ImportSummary
from crm_desktop.services.cancel import CancelToken

# The dry run of the import with a policy: (policy, progress, cancel) -> what it would do.
Preview = Callable[[DuplicatePolicy, Callable[[int], None], CancelToken], ImportSummary]
GEOMETRY_KEY = "importPreview/geometry"


class ImportPreviewDialog(QDialog):
    """Runs ``preview`` with ``policy`` at once, and again whenever the user picks another
    policy; accepted, ``policy`` and ``kept_apart`` are what the import must be given."""

    previewed = Signal(object)  # the ImportSummary now shown
    failed = Signal(object)  # the CrmError (or our bug) that ended a preview; the dialog closes

    counted = Signal(int)  # the files' records, counted by the preview's worker

    def __init__(
        self,
        preview: Preview,
        policy: DuplicatePolicy,
        parent: QWidget | None = None,
        *,
        count: Callable[[], int] | None = None,
    ) -> None:
        """``count`` (run off the GUI thread) says how many records the files hold: the
        progress is then "12 of 10,000 (0%)", with its pace and time left."""
        super().__init__(parent)
        self._ui = Ui_ImportPreviewDialog()
        self._ui.setupUi(self)
        self._preview = preview
        self._count = count
        self._pace = ImportPace(parent=self)
        self.counted.connect(self._on_counted)
        self._summary: ImportSummary | None = None
        self._task: ServiceTask | None = None
        self._again = False  # the policy changed while a preview ran: run it again after
        self._closing = False  # closed: what a preview still reports is not wanted
        self._import = QPushButton(self)
        self._ui.buttons.addButton(self._import, QDialogButtonBox.ButtonRole.AcceptRole)
        self._import.setDefault(True)
        self._merges = ImportMatchModel(choosable=True, parent=self)
        self._duplicates = ImportMatchModel(choosable=False, parent=self)
        for view, model in (
            (self._ui.merges, self._merges),
            (self._ui.duplicates, self._duplicates),
        ):
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(True)
        self._ui.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for policy_choice in DuplicatePolicy:
            self._ui.policy.addItem("", policy_choice)
        self._ui.policy.setCurrentIndex(self._ui.policy.findData(policy))
        self._retranslate()
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self._ui.merges.installEventFilter(self)
        self._ui.policy.currentIndexChanged.connect(self._on_policy_currentIndexChanged)
        self._merges.choices_changed.connect(self._show_counts)
        self._ui.buttons.accepted.connect(self.accept)
        self._ui.buttons.rejected.connect(self.reject)
        self._run()

    @property
    def policy(self) -> DuplicatePolicy:
        policy = self._ui.policy.currentData()
        assert isinstance(policy, DuplicatePolicy)
        return policy

    @property
    def kept_apart(self) -> frozenset[CardKey]:
        """The cards the user switched from "merge" to "create" (file name, line)."""
        return self._merges.kept_apart() if self.policy is DuplicatePolicy.MERGE else frozenset()

    @property
    def summary(self) -> ImportSummary | None:
        """What the last preview found (None while the first one runs)."""
        return self._summary

    @property
    def running(self) -> bool:
        return self._task is not None

    def merges_model(self) -> ImportMatchModel:
        return self._merges

    def duplicates_model(self) -> ImportMatchModel:
        return self._duplicates

    def set_policy(self, policy: DuplicatePolicy) -> None:
        self._ui.policy.setCurrentIndex(self._ui.policy.findData(policy))

    def _run(self) -> None:
        policy, preview = self.policy, self._preview

        count, counted = self._count, self.counted

        def work(progress: Callable[[int], None], cancel: CancelToken) -> ImportSummary:
            if count is not None:
                counted.emit(count())
            return preview(policy, progress, cancel)

        task = ServiceTask(work, self)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self._again = False
        self._pace.restart()
        self._show_busy(0)
        task.start()

    def _show_busy(self, done: int | None) -> None:
        """``done`` cards read by the preview under way, or None: no preview runs."""
        running = done is not None
        self._import.setEnabled(not running and self._summary is not None)
        self._ui.busy.setVisible(running)
        self._ui.status.setVisible(running)
        if done is None:
            return
        self._pace.update(done)
        if self._pace.total:
            self._ui.busy.setRange(0, self._pace.total)
            self._ui.busy.setValue(min(done, self._pace.total))
            pace = self._pace.pace()
            self._ui.status.setText(
                filled(
                    self.tr("Reading the files: %1 of %2 (%3)"),
                    QLocale().toString(min(done, self._pace.total)),
                    QLocale().toString(self._pace.total),
                    percent_text(self._pace.percent() or 0),
                )
                + (f" · {pace}" if pace else "")
            )
            return
        self._ui.busy.setRange(0, 0)
        self._ui.status.setText(
            self.tr("Reading the files: %Ln card(s) so far…", "", done)
            if done
            else self.tr("Reading the files…")
        )

    def _on_counted(self, total: int) -> None:
        self._pace.total = total or None
        if self._task is not None:
            self._show_busy(self._pace.done)

    def _on_policy_currentIndexChanged(self, _index: int) -> None:
        if self._task is not None:
            self._again = True
            self._task.cancel()
        else:
            self._run()

    def _on_task_progressed(self, done: int) -> None:
        if not (self._again or self._closing):
            self._show_busy(done)

    def _on_task_succeeded(self, result: object) -> None:
        assert isinstance(result, ImportSummary)
        if self._again or self._closing:
            return  # a preview with the policy just left (its successor is on its way)
        self._summary = result
        self._merges.set_matches(result.merges)
        self._duplicates.set_matches(result.possible_duplicates)
        self._show_problems(result)
        for view in (self._ui.merges, self._ui.duplicates):
            _fit_columns(view)
        self._show_counts()
        self.previewed.emit(result)

    def _on_task_failed(self, error: object) -> None:
        if self._again or self._closing:
            return
        self.reject()  # closed first, then the error is told over the window
        self.failed.emit(error)

    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()
            task.deleteLater()
        if self._again and not self._closing:
            self._run()
        else:
            self._show_busy(None)

    def _show_problems(self, summary: ImportSummary) -> None:
        table = self._ui.problems
        table.setRowCount(len(summary.problems))
        locale = QLocale()
        for row, problem in enumerate(summary.problems):
            what = (
                problem.message
                if problem.fatal
                else filled(
                    self.tr("Will be imported, with a warning: %1"), isolated(problem.message)
                )
            )
            for column, text in enumerate(
                (
                    cell_text(problem.file, left_to_right=True),
                    locale.toString(problem.line) if problem.line else "",  # 0: the whole file
                    what,
                )
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 2:  # the whole of a long message; escaped, a tool tip may be markup
                    item.setToolTip(tool_tip(text))
                table.setItem(row, column, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)

    def counts_text(self) -> str:
        """What the import will do, a line for each kind of outcome it has."""
        summary = self._summary
        if summary is None:
            return ""
        switched = len(self.kept_apart)
        lines = [
            self.tr("%Ln card(s) to add as new", "", summary.imported + switched),
            self.tr("%Ln card(s) to merge into a contact", "", summary.merged - switched),
        ]
        if summary.possible_duplicates:
            lines.append(
                self.tr(
                    "%Ln possible duplicate(s) to review later",
                    "",
                    len(summary.possible_duplicates),
                )
            )
        if summary.skipped:
            lines.append(self.tr("%Ln card(s) to skip", "", summary.skipped))
        if summary.failed:
            lines.append(self.tr("%Ln card(s) that cannot be read", "", summary.failed))
        if summary.unread_files:
            lines.append(
                self.tr("%Ln file(s) that cannot be read at all", "", len(summary.unread_files))
            )
        warnings = sum(not problem.fatal for problem in summary.problems)
        if warnings:
            lines.append(self.tr("%Ln warning(s)", "", warnings))
        return "\n".join(lines)

    def _show_counts(self) -> None:
        self._ui.counts.setText(self.counts_text())
        summary = self._summary
        locale = QLocale()
        for tab, title, count in (
            (self._ui.mergesTab, self.tr("Merges (%1)"), self._merges.rowCount()),
            (
                self._ui.duplicatesTab,
                self.tr("Possible duplicates (%1)"),
                self._duplicates.rowCount(),
            ),
            (
                self._ui.problemsTab,
                self.tr("Problems (%1)"),
                len(summary.problems) if summary is not None else 0,
            ),
        ):
            self._ui.tabs.setTabText(
                self._ui.tabs.indexOf(tab), filled(title, locale.toString(count))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space switches the current row of the merges list, whichever cell has the focus."""
        if (
            watched is self._ui.merges
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            row = self._ui.merges.currentIndex().row()
            if row >= 0:
                self._merges.set_merged(row, not self._merges.merged(row))
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ui.merges.setFocus()

    def done(self, result: int) -> None:
        """Closed either way: a preview under way is stopped first (it writes nothing)."""
        self._closing = True
        task = self._task
        if task is not None:
            task.cancel()
            task.wait()
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def _retranslate(self) -> None:
        self._import.setText(self.tr("&Import"))
        for index, text in enumerate(
            (
                self.tr("Merge it into that contact"),
                self.tr("Skip the card"),
                self.tr("Create a new contact anyway"),
            )
        ):
            self._ui.policy.setItemText(index, text)
        self._ui.problems.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Line"), self.tr("Problem")]
        )
        self._merges.retranslate()
        self._duplicates.retranslate()
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


def _fit_columns(view: QTableView) -> None:
    """Each column as wide as its texts, but none wider than a fifth of the list, and the last
    one (why) filling the rest, so that all are seen; the user can widen any."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    view.resizeColumnsToContents()
    widest = max(header.defaultSectionSize(), view.viewport().width() // 5)
    last = header.count() - 1
    for column in range(last):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
    others = sum(header.sectionSize(column) for column in range(last))
    header.resizeSection(last, max(header.minimumSectionSize(), view.viewport().width() - others))
    header.setStretchLastSection(True)
