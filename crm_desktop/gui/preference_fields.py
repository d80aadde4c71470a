"""The rows of Edit > Preferences after the language and the addresses: calendar, colours,
currency, region, keeping in touch, reminder, backups and sync; each read from where it is
kept and written back when the dialog is accepted (``store``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui import preferences as kept
from crm_desktop.gui.calendars import (
    CalendarChoice,
    choice_text,
    choose_calendar,
    chosen_calendar,
)
from crm_desktop.gui.money import default_currency
from crm_desktop.gui.plain_text import add_form_row
from crm_desktop.gui.theme import Theme, apply_theme, chosen_theme, store_theme
from crm_desktop.gui.window_sync import INTERVAL_KEY, interval_minutes
from crm_desktop.services.database import Database

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "JPY", "SAR", "AED", "EGP", "IRR", "KWD", "TRY")


def _regions() -> list[tuple[str, str]]:
    """Every country Qt has a locale for: its code and its name in its own language."""
    found: dict[str, str] = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        code = QLocale.territoryToCode(locale.territory())
        if len(code) == 2 and code.isalpha() and code not in found:
            found[code] = locale.nativeTerritoryName() or code
    return sorted(found.items())


class PreferenceFields(QObject):
    def __init__(self, dialog: QWidget, form: QFormLayout, db: Database | None) -> None:
        super().__init__(dialog)
        self._dialog, self._db = dialog, db
        self.calendar = QComboBox(dialog)
        for choice in CalendarChoice:
            self.calendar.addItem("", choice.value)
        self._select(self.calendar, chosen_calendar().value)
        self.theme = QComboBox(dialog)
        for theme in Theme:
            self.theme.addItem("", theme.value)
        self._select(self.theme, chosen_theme().value)
        self.currency = QComboBox(dialog)
        self.currency.addItem("", "")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self._select(self.currency, kept.chosen_currency() or "")
        self.region = QComboBox(dialog)
        self.region.addItem("", "")
        for code, name in _regions():
            self.region.addItem(f"{name} ({code})", code)
        self._select(self.region, kept.chosen_region() or "")
        self.keep_in_touch = QSpinBox(dialog)
        self.keep_in_touch.setRange(0, 3650)
        self.keep_in_touch.setValue(kept.keep_in_touch_default())
        self.reminder = QSpinBox(dialog)
        self.reminder.setRange(kept.NO_REMINDER, 7 * 24 * 60)
        self.reminder.setValue(kept.reminder_default())
        self.backups_kept = QSpinBox(dialog)
        self.backups_kept.setRange(1, 99)
        self._kept_before = 0
        if db is not None:
            from crm_desktop.services.backups import backups_kept

            self._kept_before = backups_kept(db)
            self.backups_kept.setValue(self._kept_before)
        self.backup_folder = QLineEdit(dialog)
        folder = kept.backup_folder()
        self.backup_folder.setText(str(folder) if folder else "")
        self._browse = QPushButton(dialog)
        self._browse.clicked.connect(self._on_browse_clicked)
        folder_row = QWidget(dialog)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.backup_folder, 1)
        folder_layout.addWidget(self._browse)
        self.sync_interval = QSpinBox(dialog)
        self.sync_interval.setRange(0, 24 * 60)
        self.sync_interval.setValue(interval_minutes())
        fields: list[QWidget] = [
            self.calendar, self.theme, self.currency, self.region, self.keep_in_touch,
            self.reminder, self.backups_kept, folder_row, self.sync_interval,
        ]  # fmt: skip
        self._labels: list[QLabel] = [add_form_row(form, "", field) for field in fields]
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field if field is not folder_row else self.backup_folder)
        self._labels[6].setVisible(db is not None)
        self.backups_kept.setVisible(db is not None)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def retranslate(self) -> None:
        words = (
            self.tr("Calendar:"), self.tr("Colours:"), self.tr("Default currency:"),
            self.tr("Region for phone numbers:"), self.tr("Keep in touch with new contacts:"),
            self.tr("Remind of new activities:"), self.tr("Automatic backups kept:"),
            self.tr("Folder for Back up now:"), self.tr("Sync every:"),
        )  # fmt: skip
        for label, text in zip(self._labels, words, strict=True):
            label.setText(text)
        for row, choice in enumerate(CalendarChoice):
            self.calendar.setItemText(row, choice_text(choice))
        themes = {Theme.SYSTEM: self.tr("As the system"), Theme.LIGHT: self.tr("Light"),
                  Theme.DARK: self.tr("Dark")}  # fmt: skip
        for row, theme in enumerate(Theme):
            self.theme.setItemText(row, themes[theme])
        self.currency.setItemText(
            0, self.tr("The region's (%1)").replace("%1", default_currency(QLocale()))
        )
        region = QLocale.territoryToCode(QLocale().territory())
        self.region.setItemText(0, self.tr("The language's (%1)").replace("%1", region))
        self.keep_in_touch.setSpecialValueText(self.tr("not kept in touch"))
        self.keep_in_touch.setSuffix(self.tr(" days"))
        self.reminder.setSpecialValueText(self.tr("no reminder"))
        self.reminder.setSuffix(self.tr(" min before"))
        self.sync_interval.setSpecialValueText(self.tr("never"))
        self.sync_interval.setSuffix(self.tr(" min"))
        self.backup_folder.setPlaceholderText(self.tr("Beside the database, with the others"))
        self._browse.setText(self.tr("Choose…"))

    def _on_browse_clicked(self) -> None:
        start = self.backup_folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self._dialog, self.tr("Folder for backups"), start
        )
        if chosen:
            self.backup_folder.setText(chosen)

    def store(self) -> bool:
        """Keep every value and make it take effect; False (an error shown) when the
        database refused."""
        if self._db is not None and self.backups_kept.value() != self._kept_before:
            from crm_desktop.gui.error_text import show_error
            from crm_desktop.services.backups import set_backups_kept

            try:
                set_backups_kept(self._db, self.backups_kept.value())
            except CrmError as error:
                show_error(self._dialog, error)
                return False
        kept.store(kept.CURRENCY_KEY, str(self.currency.currentData()))
        kept.store(kept.REGION_KEY, str(self.region.currentData()))
        kept.store(kept.KEEP_IN_TOUCH_KEY, self.keep_in_touch.value())
        kept.store(kept.REMINDER_KEY, self.reminder.value())
        kept.store(kept.BACKUP_FOLDER_KEY, self.backup_folder.text().strip())
        if self._db is not None:  # the next backup goes to the folder chosen
            kept.use_backup_folder(self._db)
        kept.store(INTERVAL_KEY, self.sync_interval.value())
        calendar = CalendarChoice(self.calendar.currentData())
        if calendar is not chosen_calendar():
            choose_calendar(calendar)
        theme = Theme(self.theme.currentData())
        if theme is not chosen_theme():
            store_theme(theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)
        return True
