"""Which field each column of a CSV file fills: shown with the column's first values, the
best guesses preselected, and remembered for files with the same header row."""

from __future__ import annotations

import json
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.gui.forms.ui_column_mapping_dialog import Ui_ColumnMappingDialog
from crm_desktop.services.importing import CsvPreview, header_signature

# (target, what the user reads); translated when shown.
TARGETS: tuple[tuple[str, str], ...] = tuple(
    (target, str(label))
    for target, label in (
        ("custom", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Keep as a custom field")),
        ("ignore", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Ignore")),
        ("formatted", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Full name")),
        ("prefix", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Prefix (Mr., Dr.)")),
        ("given", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Given name")),
        ("additional", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Middle names")),
        ("family", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Family name")),
        ("suffix", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Suffix")),
        ("nickname", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Nickname")),
        ("organization", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Account (company)")),
        ("department", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Department")),
        ("title", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Job title")),
        ("email:", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Email")),
        ("email:work", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Email (work)")),
        ("email:home", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Email (home)")),
        ("phone:", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Phone")),
        ("phone:work,voice", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Phone (work)")),
        ("phone:home,voice", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Phone (home)")),
        ("phone:cell", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Mobile phone")),
        ("phone:fax", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Fax")),
        ("address:work:street", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Street")),
        ("address:work:locality", QT_TRANSLATE_NOOP("ColumnMappingDialog", "City")),
        ("address:work:region", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Region")),
        ("address:work:postal_code", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Postal code")),
        ("address:work:country", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Country")),
        ("url:", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Web page")),
        ("birthday", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Birthday")),
        ("categories", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Categories")),
        ("note", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Note")),
    )
)
_SETTINGS_GROUP = "csvMappings"
_LRI, _FSI, _PDI = "\u2066", "\u2068", "\u2069"  # Unicode bidi isolates


def _isolated(value: str) -> str:
    """A sample value kept in its own direction in a right-to-left window: a phone number or
    an e-mail address (no right-to-left letter) left to right, else by its first letter."""
    rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value)
    return f"{_FSI if rtl else _LRI}{value}{_PDI}"


def _uncertain(preview: CsvPreview) -> tuple[bool, ...]:
    uncertain = set(preview.uncertain_headers)
    return tuple(header in uncertain for header in preview.headers)


def _nearest(target: str) -> int:
    """The entry of ``TARGETS`` closest to a field it lacks ("phone:work,fax" -> "Fax"):
    the same kind sharing the most types, else "Keep as a custom field"."""
    kind, _, rest = target.partition(":")
    types = set(rest.replace(":", ",").split(","))
    same_kind = [
        (len(types & set(t.partition(":")[2].replace(":", ",").split(","))), -i)
        for i, (t, _label) in enumerate(TARGETS)
        if t.partition(":")[0] == kind
    ]
    return -max(same_kind)[1] if same_kind else 0


def remembered_mapping(preview: CsvPreview) -> dict[str, str] | None:
    """The mapping chosen before for files with this header row, if any."""
    stored = QSettings().value(f"{_SETTINGS_GROUP}/{header_signature(preview.headers)}")
    if not isinstance(stored, str):
        return None
    loaded = json.loads(stored)
    return loaded if isinstance(loaded, dict) else None


class ColumnMappingDialog(QDialog):
    def __init__(self, file_name: str, preview: CsvPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ColumnMappingDialog()
        self._ui.setupUi(self)
        self._file_name = file_name
        self._preview = preview
        remembered = remembered_mapping(preview) or {}
        table = self._ui.columns
        table.setRowCount(len(preview.headers))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._boxes: list[QComboBox] = []
        self._uncertain_rows: list[tuple[int, QTableWidgetItem]] = []
        for row, (header, key, values, guess, uncertain) in enumerate(
            zip(
                preview.headers, preview.keys, preview.samples, preview.targets,
                _uncertain(preview), strict=True,
            )
        ):  # fmt: skip
            samples = " | ".join(_isolated(value) for value in values)
            for column, text in ((0, _isolated(header)), (1, samples)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
                if column == 0 and uncertain:
                    self._mark_uncertain(row, item)
            box = QComboBox(table)
            for target, label in TARGETS:
                box.addItem(QCoreApplication.translate("ColumnMappingDialog", label), target)
            chosen = remembered.get(key, guess)
            if box.findData(chosen) < 0:  # a typed guess ("phone:work,fax"), kept exactly
                box.addItem(box.itemText(_nearest(chosen)), chosen)
            box.setCurrentIndex(box.findData(chosen))
            table.setCellWidget(row, 2, box)
            self._boxes.append(box)
        self._retranslate()
        self._ui.buttons.accepted.connect(self.accept)
        self._ui.buttons.rejected.connect(self.reject)

    def _retranslate(self) -> None:
        for _row, item in self._uncertain_rows:
            item.setToolTip(
                self.tr("Not sure which field this column fills: check the one chosen.")
            )
        self._ui.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Field")]
        )
        self._ui.explanation.setText(
            self.tr("CRM Desktop does not know the columns of %1. Choose the field each one "
                    "fills; a column left as a custom field is kept, never lost.")
            .replace("%1", self._file_name)
        )  # fmt: skip

    def _mark_uncertain(self, row: int, item: QTableWidgetItem) -> None:
        """A column whose field is only a guess: in bold, and saying so."""
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self._uncertain_rows.append((row, item))

    def set_target(self, header: str, target: str) -> None:
        row = self._preview.keys.index(header)
        self._boxes[row].setCurrentIndex(self._boxes[row].findData(target))

    def uncertain_columns(self) -> list[str]:
        """The columns shown as guesses to check."""
        return [self._preview.keys[row] for row, _item in self._uncertain_rows]

    def mapping(self) -> dict[str, str]:
        """Column (or "Name#2" for the second column of that name) -> field, as chosen."""
        return {
            key: str(box.currentData())
            for key, box in zip(self._preview.keys, self._boxes, strict=True)
        }

    def accept(self) -> None:
        if self._ui.remember.isChecked():
            key = f"{_SETTINGS_GROUP}/{header_signature(self._preview.headers)}"
            QSettings().setValue(key, json.dumps(self.mapping(), ensure_ascii=False))
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
