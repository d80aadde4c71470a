"""Start-up of the window: QApplication, translations, the database, the main window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop import APP_NAME, __version__
from crm_desktop.errors import CrmError, DatabaseError, DatabaseProblem
from crm_desktop.gui.contact_card import PHOTO_READ_LIMIT_MB
from crm_desktop.gui.error_text import error_text, error_title
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.resources import icon, translations_dir
from crm_desktop.paths import resolve_db_path
from crm_desktop.services.contact_list import ReadSource, open_read_only
from crm_desktop.store.lock import DatabaseLock

if TYPE_CHECKING:
    from crm_desktop.services.database import Database


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
    # A photo in a contact is decoded with a cap: a "PNG" claiming 60,000 x 60,000 pixels is
    # refused instead of exhausting memory.
    QImageReader.setAllocationLimit(PHOTO_READ_LIMIT_MB)
    app.setDesktopFileName(APP_NAME)
    install_translators(app, QLocale())
    return app


def open_database(path: Path, locale_name: str, lock: DatabaseLock | None = None) -> Database:
    """The full database (imports SQLAlchemy: called after the first paint where it can)."""
    from crm_desktop.services.database import open_database as open_full

    # The daily backup is the window's to take, off the GUI thread, once it shows.
    return open_full(path, locale_name, lock)


def open_for_gui(args: argparse.Namespace) -> tuple[Database, Path | None]:
    """The database the window works on, and a temporary folder to remove at exit (demo)."""
    locale_name = QLocale().name()
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="crm-desktop-demo-"))
        from crm_desktop.services.demo import fill_demo_data  # only for --demo

        db = open_database(folder / "demo.sqlite3", locale_name)
        fill_demo_data(db)
        return db, folder
    return open_database(resolve_db_path(getattr(args, "db", None)), locale_name), None


def start_for_gui(
    args: argparse.Namespace,
) -> tuple[Database | Callable[[], Database], ReadSource | None, Path | None]:
    """What the window opens: the user's database is locked and read lightly for the first
    screen, and opened fully (SQLAlchemy, migrations) once that screen is painted."""
    if args.demo:
        db, folder = open_for_gui(args)
        return db, None, folder
    path = resolve_db_path(getattr(args, "db", None))
    locale_name = QLocale().name()
    lock = DatabaseLock(path)
    try:
        if path.is_file():
            lock.acquire()
        try:
            reader = open_read_only(path) if lock.held else None
        except DatabaseError:
            reader = None  # the full open says what is wrong, and names the backup to restore
        if reader is None:  # a new database, or one to upgrade: open it whole now
            return open_database(path, locale_name, lock), None, None
    except BaseException:
        lock.release()
        raise
    return partial(open_database, path, locale_name, lock), reader, None


def start_or_recover(
    args: argparse.Namespace,
) -> tuple[Database | Callable[[], Database], ReadSource | None, Path | None] | None:
    """``start_for_gui``; a damaged database is offered its newest good backup instead (None
    when the user quits), any other refusal is told in a dialog (None)."""
    try:
        return start_for_gui(args)
    except DatabaseError as error:
        if error.problem is DatabaseProblem.CORRUPT:
            from crm_desktop.gui.startup_dialogs import recover_damaged_database

            restored = recover_damaged_database(error)
            return None if restored is None else (restored, None, None)
        QMessageBox.critical(None, error_title(error), error_text(error))
    except CrmError as error:
        QMessageBox.critical(None, error_title(error), error_text(error))
    return None


def warn_if_synced(path: Path, parent: QWidget | None) -> None:
    """Warn (unless told not to again) when a sync client copies the database's folder."""
    from crm_desktop.services.sync_folders import synced_folder

    folder = synced_folder(path)
    if folder is not None:
        from crm_desktop.gui.sync_warning import warn_synced_folder

        warn_synced_folder(path, folder.service, parent)


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    started = start_or_recover(args)
    if started is None:
        return 1
    db, first_reads, temporary = started
    window: MainWindow | None = None
    try:
        window = MainWindow(db, first_reads=first_reads)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if temporary is None:  # once the window and its list are up
            path = resolve_db_path(getattr(args, "db", None))
            window.started.connect(partial(warn_if_synced, path, window))
        window.show()
        return app.exec()
    finally:
        if window is not None:
            window.close_database()
        elif not callable(db):
            db.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
