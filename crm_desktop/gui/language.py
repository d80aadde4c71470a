"""The language of the window: the system's, unless one is chosen in Preferences (kept in
QSettings). ``apply_language`` changes it while the program runs: Qt's own translation
(standard buttons and dialogs) and ours are swapped, every widget then gets a
``QEvent.LanguageChange`` and retranslates itself, dates and numbers follow the new locale,
and the layout turns right to left for Arabic and Persian. ``CRM_DESKTOP_PSEUDO=1`` adds the
pseudo-translation on top (``gui/pseudo.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from crm_desktop.gui.calendars import locale_changed
from crm_desktop.gui.pseudo import PseudoTranslator, pseudo_requested
from crm_desktop.gui.resources import translations_dir

LANGUAGE_KEY = "ui/language"
TRANSLATOR_NAME = "crmDesktopTranslator"  # the translators this module installs and replaces

# The languages CRM Desktop speaks, each named in itself (as Preferences lists them).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ar", "العربية"),
    ("ca", "Català"),
    ("el", "Ελληνικά"),
    ("fa", "فارسی"),
)
_CODES = {code for code, _ in LANGUAGES}


def chosen_language() -> str:
    """The language chosen in Preferences; "" to follow the system."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in _CODES else ""


def store_language(code: str) -> None:
    """Remember ``code`` ("" for the system's language) for the next start."""
    if code and code not in _CODES:
        raise ValueError(f"not a language of CRM Desktop: {code!r}")
    QSettings().setValue(LANGUAGE_KEY, code)


def locale_for(code: str) -> QLocale:
    """The locale of dates and numbers for a language: the system's own when it is in that
    language (its country kept: ar_SA stays Saudi), else the language's usual one."""
    system = QLocale.system()
    if not code:
        return system
    wanted = QLocale(code)
    return system if system.language() == wanted.language() else wanted


def install_translators(app: QCoreApplication, locale: QLocale) -> None:
    """Qt's own strings and ours in ``locale``'s language, replacing those installed before;
    right-to-left where the language is written so."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = QTranslator(app)
    folder = str(translations_dir())
    loaded = [
        # Qt's own words; Greek, which Qt lacks, from our folder (resources/translations).
        qt.load(locale, "qtbase", "_", qt_folder) or qt.load(locale, "qtbase", "_", folder),
        # English is the fallback: its translation holds the plural forms ("1 contact").
        ours.load(locale, "crm_desktop", "_", folder) or ours.load("crm_desktop_en", folder),
    ]
    translators = [t for t, ok in zip((qt, ours), loaded, strict=True) if ok]
    if pseudo_requested():
        translators.append(PseudoTranslator(app))
    for translator in (qt, ours):
        if translator not in translators:
            translator.deleteLater()
    for translator in translators:
        translator.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(translator)
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())


def apply_language(app: QApplication, code: str) -> QLocale:
    """Show the program in ``code``'s language ("" for the system's) from now on: the
    translators, the default locale (dates, numbers) and every open window's locale."""
    locale = locale_for(code)
    QLocale.setDefault(locale)
    for window in app.topLevelWidgets():
        window.setLocale(locale)  # its children follow: calendars, date fields
    install_translators(app, locale)
    locale_changed()  # the automatic calendar, its digits and weekend follow the language
    return locale
