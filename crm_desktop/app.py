"""Start-up of the window: QApplication, translations, the database, the main window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import APP_NAME, __version__
from crm_desktop.errors import CrmError
from crm_desktop.gui.error_text import error_text, error_title
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.resources import icon, translations_dir
from crm_desktop.paths import resolve_db_path
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.demo import fill_demo_data


def install_translators(app: QCoreApplication, locale: QLocale) -> None:
    """Qt's own strings and ours, in the user's language; right-to-left where it is written so."""
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    folder = str(translations_dir())
    # English is the fallback: its translation holds the plural forms ("1 contact").
    if ours.load(locale, "crm_desktop", "_", folder) or ours.load("crm_desktop_en", folder):
        app.installTranslator(ours)
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName("CRM Desktop")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("CRM Desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("crm-desktop"))
    app.setDesktopFileName(APP_NAME)
    install_translators(app, QLocale())
    return app


def open_for_gui(args: argparse.Namespace) -> tuple[Database, Path | None]:
    """The database the window works on, and a temporary folder to remove at exit (demo)."""
    locale_name = QLocale().name()
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="crm-desktop-demo-"))
        db = open_database(folder / "demo.sqlite3", locale_name)
        fill_demo_data(db)
        return db, folder
    return open_database(resolve_db_path(getattr(args, "db", None)), locale_name), None


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    try:
        db, temporary = open_for_gui(args)
    except CrmError as error:
        QMessageBox.critical(None, error_title(error), error_text(error))
        return 1
    try:
        window = MainWindow(db)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.show()
        return app.exec()
    finally:
        db.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
