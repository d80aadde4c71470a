"""Start-up of the window: QApplication, translations, the database, the main window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop import APP_NAME, __version__
from crm_desktop.errors import CrmError, DatabaseError, DatabaseProblem
from crm_desktop.gui.contact_card import PHOTO_READ_LIMIT_MB
from crm_desktop.gui.error_text import error_text, error_title
from crm_desktop.gui.language import apply_language, chosen_language, install_translators
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.resources import icon
from crm_desktop.paths import resolve_db_path
from crm_desktop.services.database import Database
from crm_desktop.services.database import open_database as open_full
from crm_desktop.store.lock import DatabaseLock


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
    if code := chosen_language():  # chosen in Preferences
        apply_language(app, code)
    else:  # the system's (or the default a caller set before, as packaging/screenshots.py)
        install_translators(app, QLocale())
    return app


def open_database(path: Path, locale_name: str, lock: DatabaseLock | None = None) -> Database:
    """The window's database, locked. On a current file only its reader opens now: the
    window paints its first screen from it, then opens the writer (SQLAlchemy, the checks,
    the sort keys) in ``MainWindow.open_writer``. A new file, or one to upgrade, opens whole."""
    # The daily backup is the window's to take, off the GUI thread, once it shows.
    return open_full(path, locale_name, lock, writer_later=True)


def open_for_gui(args: argparse.Namespace) -> tuple[Database, Path | None]:
    """The database the window works on, and a temporary folder to remove at exit (demo)."""
    # Sort keys follow the system's language, not the one chosen for the window: choosing
    # another in Preferences does not reorder (or re-key) the database.
    locale_name = QLocale.system().name()
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="crm-desktop-demo-"))
        from crm_desktop.services.demo import fill_demo_data  # only for --demo

        db = open_database(folder / "demo.sqlite3", locale_name)
        fill_demo_data(db)
        return db, folder
    return open_database(resolve_db_path(getattr(args, "db", None)), locale_name), None


def start_or_recover(args: argparse.Namespace) -> tuple[Database, Path | None] | None:
    """``open_for_gui``; a damaged database is offered its newest good backup instead (None
    when the user quits), any other refusal is told in a dialog (None)."""
    try:
        return open_for_gui(args)
    except DatabaseError as error:
        if error.problem is DatabaseProblem.CORRUPT:
            from crm_desktop.gui.startup_dialogs import recover_damaged_database

            restored = recover_damaged_database(error)
            return None if restored is None else (restored, None)
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
    db, temporary = started
    window: MainWindow | None = None
    try:
        window = MainWindow(db)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if temporary is None:  # once the window and its list are up
            path = resolve_db_path(getattr(args, "db", None))
            window.started.connect(partial(warn_if_synced, path, window))
        window.show()
        return app.exec()
    finally:
        if window is not None:
            window.close_database()
        else:
            db.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
