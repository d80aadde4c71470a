"""File > Print Labels: the chosen contacts' postal addresses (formatted by each country's
convention, ``records.postal``) on a label sheet (Avery L7160, 5160, L7163, 5163 or a grid of
the user's, from any label of a partly used sheet) or on envelopes (DL, C5, US #10, with the
sender's address if wanted); previewed and printed, or exported as a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.label_painting import (
    Block,
    LabelJob,
    page_layout,
    print_labels,
    write_labels_pdf,
)
from crm_desktop.gui.preferences import home_region
from crm_desktop.records.countries import country_code
from crm_desktop.records.label_sheets import (
    ENVELOPES,
    MM_PER_INCH,
    SHEETS,
    LabelSheet,
    custom_sheet,
)
from crm_desktop.records.postal import Recipient, address_lines
from crm_desktop.services.database import Database
from crm_desktop.services.labels import Recipients

CUSTOM = "custom"


def _plain(label: QLabel) -> QLabel:
    """A label that never reads its text as markup (the result names the file written)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class LabelsDialog(QDialog):
    """Labels or envelopes for the ``selected`` contacts, or for those the list ``shown``
    (the choice offered; the selection first, unless nothing is selected)."""

    exported = Signal(object)  # the Path of a PDF written

    def __init__(
        self,
        db: Database,
        selected: Sequence[int],
        shown: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from crm_desktop.services.labels import own_postal_address

        self._db = db
        self._ids = (list(selected), list(shown))
        self._found: dict[int, Recipients] = {}
        self._build()
        if not selected:  # only the list's contacts to choose
            self._which.setCurrentIndex(1)
            model = self._which.model()
            if isinstance(model, QStandardItemModel) and (item := model.item(0)) is not None:
                item.setEnabled(False)
        self._sender.setPlainText(own_postal_address(db))
        self._with_sender.setChecked(bool(self._sender.toPlainText().strip()))
        self._connect()
        self._retranslate()
        self._on_sheet_changed()
        self._on_kind_changed()

    # --- the widgets --------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self._which = QComboBox(self)
        self._which.addItems(["", ""])
        self._which_label = _plain(QLabel(self))
        self._which_label.setBuddy(self._which)
        top.addRow(self._which_label, self._which)
        self._count = _plain(QLabel(self))
        self._count.setWordWrap(True)
        top.addRow(self._count)
        self._kind = QComboBox(self)
        self._kind.addItems(["", ""])
        self._kind_label = _plain(QLabel(self))
        self._kind_label.setBuddy(self._kind)
        top.addRow(self._kind_label, self._kind)
        layout.addLayout(top)

        self._sheet_box = QGroupBox(self)
        form = QFormLayout(self._sheet_box)
        self._sheet = QComboBox(self)
        for sheet in SHEETS:
            self._sheet.addItem("", sheet.key)
        self._sheet.addItem("", CUSTOM)
        self._page = QComboBox(self)
        self._page.addItem("A4", "A4")
        self._page.addItem("Letter", "Letter")
        self._columns, self._rows = QSpinBox(self), QSpinBox(self)
        for count in (self._columns, self._rows):
            count.setRange(1, 40)
        self._sizes = [QDoubleSpinBox(self) for _ in range(6)]
        for size in self._sizes:
            size.setRange(0, 300)
            size.setDecimals(2)
            size.setSingleStep(0.5)
        self._start = QSpinBox(self)
        self._outlines = QCheckBox(self)
        self._rows_labels = [_plain(QLabel(self)) for _ in range(11)]
        fields: list[QWidget] = [
            self._sheet, self._page, self._columns, self._rows, *self._sizes, self._start
        ]  # fmt: skip
        for row, field in enumerate(fields):
            self._rows_labels[row].setBuddy(field)
            form.addRow(self._rows_labels[row], field)
        form.addRow(self._outlines)
        self._problem = _plain(QLabel(self))
        self._problem.setWordWrap(True)
        self._problem.setStyleSheet("color: #b00020")
        form.addRow(self._problem)
        layout.addWidget(self._sheet_box)

        self._envelope_box = QGroupBox(self)
        envelope_form = QFormLayout(self._envelope_box)
        self._envelope = QComboBox(self)
        for item in ENVELOPES:
            self._envelope.addItem("", item.key)
        self._envelope_label = _plain(QLabel(self))
        self._envelope_label.setBuddy(self._envelope)
        envelope_form.addRow(self._envelope_label, self._envelope)
        self._with_sender = QCheckBox(self)
        envelope_form.addRow(self._with_sender)
        self._sender = QPlainTextEdit(self)
        self._sender.setTabChangesFocus(True)
        self._sender.setMaximumHeight(90)
        envelope_form.addRow(self._sender)
        layout.addWidget(self._envelope_box)

        self._result = _plain(QLabel(self))
        self._result.setWordWrap(True)
        layout.addWidget(self._result)
        buttons = QHBoxLayout()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self._buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addWidget(self._buttons)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self._kind.currentIndexChanged.connect(self._on_kind_changed)
        self._which.currentIndexChanged.connect(self._on_which_changed)
        self._sheet.currentIndexChanged.connect(self._on_sheet_changed)
        for spin in (self._columns, self._rows):
            spin.valueChanged.connect(self._on_grid_changed)
        for size in self._sizes:
            size.valueChanged.connect(self._on_grid_changed)
        self._page.currentIndexChanged.connect(self._on_grid_changed)
        self._with_sender.toggled.connect(self._sender.setEnabled)
        self._buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)

    # --- what is chosen -----------------------------------------------------------------

    def _chosen(self) -> Recipients:
        """The recipients of the contacts chosen (selected or shown), read once."""
        from crm_desktop.services.labels import recipients

        which = self._which.currentIndex()
        if which not in self._found:
            self._found[which] = recipients(self._db, self._ids[which])
        return self._found[which]

    @property
    def _recipients(self) -> tuple[Recipient, ...]:
        return self._chosen().recipients

    def choose_shown(self) -> None:
        """The contacts the list shows, not the selection."""
        self._which.setCurrentIndex(1)

    @property
    def envelopes(self) -> bool:
        return self._kind.currentIndex() == 1

    def choose_sheet(self, key: str) -> None:
        self._sheet.setCurrentIndex(max(0, self._sheet.findData(key)))

    def choose_envelopes(self, key: str) -> None:
        self._kind.setCurrentIndex(1)
        self._envelope.setCurrentIndex(max(0, self._envelope.findData(key)))

    def set_start(self, label: int) -> None:
        self._start.setValue(label)

    def set_sender(self, text: str) -> None:
        self._sender.setPlainText(text)
        self._with_sender.setChecked(bool(text.strip()))

    def sheet(self) -> LabelSheet:
        """The sheet chosen: a common one, or the custom grid as typed."""
        key = str(self._sheet.currentData())
        if key != CUSTOM:
            return next(s for s in SHEETS if s.key == key)
        width, height, top, left, across, down = (spin.value() for spin in self._sizes)
        return custom_sheet(
            str(self._page.currentData()),
            columns=self._columns.value(), rows=self._rows.value(),
            label_width=width, label_height=height, top=top, left=left,
            column_pitch=across, row_pitch=down,
        )  # fmt: skip

    def _sender_block(self) -> Block:
        if not self._with_sender.isChecked():
            return ()
        return tuple(ln.strip() for ln in self._sender.toPlainText().splitlines() if ln.strip())

    def home_country(self) -> str:
        """The sender's country: the last line of their address if it names one, else the
        region chosen in Preferences, else the country of the language in use."""
        sender = [ln for ln in self._sender.toPlainText().splitlines() if ln.strip()]
        if sender and (code := country_code(sender[-1])):
            return code
        return home_region()

    def blocks(self) -> tuple[Block, ...]:
        home, language = self.home_country(), QLocale().name()
        return tuple(
            address_lines(r, home_country=home, language=language) for r in self._recipients
        )

    def job(self) -> LabelJob:
        if self.envelopes:
            envelope = ENVELOPES[self._envelope.currentIndex()]
            return LabelJob(self.blocks(), envelope=envelope, sender=self._sender_block())
        return LabelJob(
            self.blocks(),
            self.sheet(),
            start=self._start.value(),
            outlines=self._outlines.isChecked(),
        )

    # --- reacting -------------------------------------------------------------------------

    def _on_which_changed(self) -> None:
        self._count_text()
        self._update_problem()

    def _on_kind_changed(self) -> None:
        self._sheet_box.setVisible(not self.envelopes)
        self._envelope_box.setVisible(self.envelopes)
        self._sender.setEnabled(self._with_sender.isChecked())
        self._update_problem()

    def _on_sheet_changed(self) -> None:
        """A common sheet shows its numbers (read only); the custom grid starts from them."""
        custom = self._sheet.currentData() == CUSTOM
        if not custom:
            sheet = self.sheet()
            widgets: list[QWidget] = [self._page, self._columns, self._rows, *self._sizes]
            for widget in widgets:
                widget.blockSignals(True)
            self._page.setCurrentIndex(self._page.findData(sheet.page))
            self._columns.setValue(sheet.columns)
            self._rows.setValue(sheet.rows)
            values = (
                sheet.label_width, sheet.label_height, sheet.top, sheet.left,
                sheet.column_pitch, sheet.row_pitch,
            )  # fmt: skip
            for spin, value in zip(self._sizes, values, strict=True):
                spin.setValue(value)
            for widget in widgets:
                widget.blockSignals(False)
        for widget in (self._page, self._columns, self._rows, *self._sizes):
            widget.setEnabled(custom)
        self._on_grid_changed()

    def _on_grid_changed(self) -> None:
        sheet = self.sheet()
        self._start.setRange(1, max(1, sheet.per_page))
        self._update_problem()

    def _problem_text(self) -> str:
        if self.envelopes:
            return ""
        if not self._recipients:
            return self.tr("None of these contacts has a postal address.")
        return {
            "": "",
            "grid": self.tr("A sheet needs at least one row and one column."),
            "size": self.tr("A label needs a width and a height."),
            "overlap": self.tr("The pitch is smaller than the label: labels would overlap."),
            "across": self.tr("The labels do not fit across the page."),
            "down": self.tr("The labels do not fit down the page."),
        }[self.sheet().problem()]

    def _update_problem(self) -> None:
        problem = self._problem_text()
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        ready = not problem and bool(self._recipients)
        self.preview_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    # --- printing -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Envelopes") if self.envelopes else self.tr("Labels")

    def preview(self) -> None:
        """The print preview, from which the user prints (the paper's whole page: no
        printer margins, the sheet's own count from its corner)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        job = self.job()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title())
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(job))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.title()))
        dialog.paintRequested.connect(lambda target: print_labels(target, job))
        dialog.exec()
        dialog.deleteLater()

    def _on_pdf_clicked(self) -> None:
        from crm_desktop.gui.printing import ask_pdf_path

        suggested = self.tr("envelopes.pdf") if self.envelopes else self.tr("labels.pdf")
        if (path := ask_pdf_path(self, suggested)) is not None:
            self.export_pdf(path)

    def export_pdf(self, path: Path) -> bool:
        """Write the labels or envelopes to ``path``; whether it was written (an error is
        shown)."""
        try:
            pages = write_labels_pdf(self.job(), path, self.title())
        except CrmError as error:
            show_error(self, error)
            return False
        self._result.setText(
            self.tr("%n page(s) written to %1.", "", pages).replace("%1", path.name)
        )
        self.exported.emit(path)
        return True

    # --- words ------------------------------------------------------------------------------

    def _sheet_name(self, sheet: LabelSheet) -> str:
        locale = QLocale()
        if sheet.page == "Letter":
            size = self.tr("%1 × %2 in").replace(
                "%1", locale.toString(sheet.label_width / MM_PER_INCH, "g", 4)
            )
            size = size.replace("%2", locale.toString(sheet.label_height / MM_PER_INCH, "g", 4))
        else:
            size = self.tr("%1 × %2 mm").replace("%1", locale.toString(sheet.label_width, "g", 4))
            size = size.replace("%2", locale.toString(sheet.label_height, "g", 4))
        return (
            self.tr("Avery %1 (%2, %3 × %4, %5)")
            .replace("%1", sheet.key)
            .replace("%2", self.tr("Letter") if sheet.page == "Letter" else self.tr("A4"))
            .replace("%3", locale.toString(sheet.columns))
            .replace("%4", locale.toString(sheet.rows))
            .replace("%5", size)
        )

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print Labels"))
        locale = QLocale()
        self._which_label.setText(self.tr("&For:"))
        self._which.setItemText(
            0,
            self.tr("The selected contacts (%1)").replace("%1", locale.toString(len(self._ids[0]))),
        )
        self._which.setItemText(
            1,
            self.tr("The contacts the list shows (%1)").replace(
                "%1", locale.toString(len(self._ids[1]))
            ),
        )
        self._count_text()
        self._kind_label.setText(self.tr("&Print on:"))
        self._kind.setItemText(0, self.tr("A label sheet"))
        self._kind.setItemText(1, self.tr("Envelopes"))
        self._sheet_box.setTitle(self.tr("Label sheet"))
        for row, sheet in enumerate(SHEETS):
            self._sheet.setItemText(row, self._sheet_name(sheet))
        self._sheet.setItemText(len(SHEETS), self.tr("Custom grid"))
        self._page.setItemText(0, self.tr("A4"))
        self._page.setItemText(1, self.tr("Letter"))
        words = (
            self.tr("&Sheet:"), self.tr("P&aper:"), self.tr("&Columns:"), self.tr("&Rows:"),
            self.tr("Label &width:"), self.tr("Label &height:"), self.tr("&Top margin:"),
            self.tr("&Left margin:"), self.tr("Across p&itch:"), self.tr("&Down pitch:"),
            self.tr("Start at la&bel:"),
        )  # fmt: skip
        for label, word in zip(self._rows_labels, words, strict=True):
            label.setText(word)
        for spin in self._sizes:
            spin.setSuffix(self.tr(" mm"))
        self._start.setToolTip(
            self.tr("On a partly used sheet: the first free label, counted across then down.")
        )
        self._outlines.setText(self.tr("Draw the labels' &edges (a test on plain paper)"))
        self._envelope_box.setTitle(self.tr("Envelope"))
        self._envelope_label.setText(self.tr("Si&ze:"))
        sizes = (
            self.tr("DL (220 × 110 mm)"),
            self.tr("C5 (229 × 162 mm)"),
            self.tr("US #10 (9.5 × 4.125 in)"),
        )
        for row, size in enumerate(sizes):
            self._envelope.setItemText(row, size)
        self._with_sender.setText(self.tr("Print the se&nder's address (yours)"))
        self._sender.setPlaceholderText(
            self.tr("Your address, line by line (set it once in Preferences)")
        )
        self.preview_button.setText(self.tr("Pre&view and Print…"))
        self.pdf_button.setText(self.tr("E&xport PDF…"))
        self._update_problem()

    def _count_text(self) -> None:
        parts = []
        if not self._ids[0]:
            parts.append(self.tr("Nothing is selected: the contacts the list shows."))
        if without := self._chosen().without_address:
            parts.append(
                self.tr("%n of them have no postal address and are left out.", "", without)
            )
        self._count.setText(" ".join(parts))
        self._count.setVisible(bool(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
