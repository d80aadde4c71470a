"""Start-up of the window: QApplication, translations, the database, the main window."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop import APP_ID, APP_NAME, __version__
from crm_desktop.errors import CrmError, DatabaseError, DatabaseProblem
from crm_desktop.gui.contact_card import PHOTO_READ_LIMIT_MB
from crm_desktop.gui.error_text import show_error
from crm_desktop.gui.file_handoff import FileHandoffServer, Handoff, hand_to_running_window
from crm_desktop.gui.language import apply_language, chosen_language, install_translators
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.no_display import display_missing, no_display_line
from crm_desktop.gui.opened_files import OpenedFiles
from crm_desktop.gui.palette_fixes import follow_palette_fixes
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import tell
from crm_desktop.gui.resources import icon, resources_dir
from crm_desktop.gui.settings_file import make_settings_private
from crm_desktop.gui.theme import apply_theme, chosen_theme
from crm_desktop.paths import resolve_db_path
from crm_desktop.services.database import Database
from crm_desktop.services.database import open_database as open_full
from crm_desktop.services.environment import user_error
from crm_desktop.store.lock import DatabaseLock


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName("CRM Desktop")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("CRM Desktop")
    app.setApplicationVersion(__version__)
    # Before anything writes a setting: the file (CSV column mappings, database paths) 0600.
    make_settings_private()
    app.setWindowIcon(icon("crm-desktop"))
    # A photo in a contact is decoded with a cap: a "PNG" claiming 60,000 x 60,000 pixels is
    # refused instead of exhausting memory.
    QImageReader.setAllocationLimit(PHOTO_READ_LIMIT_MB)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the .desktop file
    apply_theme(app, chosen_theme())  # light, dark or the system's (Preferences)
    follow_palette_fixes(app)  # a dark desktop's palette: disabled looked enabled, links dark
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
    when the user quits), any other refusal is told in a dialog (None): ours, and what the
    system does to us (a full disk, a refused permission, SQLite's disk I/O error...)."""
    try:
        return open_for_gui(args)
    except DatabaseError as error:
        if error.problem is DatabaseProblem.CORRUPT:
            from crm_desktop.gui.startup_dialogs import recover_damaged_database

            restored = recover_damaged_database(error)
            return None if restored is None else (restored, None)
        show_error(None, error, QMessageBox.Icon.Critical)
    except CrmError as error:
        show_error(None, error, QMessageBox.Icon.Critical)
    except (OSError, sqlite3.Error) as failure:
        _tell_failure(failure, resolve_db_path(getattr(args, "db", None)))
    return None


def _tell_failure(failure: OSError | sqlite3.Error, path: Path) -> None:
    """One message box for a failure of the system at start; an SQLite error that is not the
    environment's (a bug of ours, or a file we cannot make sense of) is told too, and its
    traceback kept on stderr, not hidden."""
    error = user_error(failure, path)
    if error is not None:
        show_error(None, error, QMessageBox.Icon.Critical)
        return
    traceback.print_exception(failure)
    tell(
        None,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorText", "The database cannot be used"),
        filled(
            QCoreApplication.translate("ErrorText", "%1 cannot be opened: %2"),
            str(path),
            str(failure),
        ),
    )


def warn_if_synced(path: Path, parent: QWidget | None) -> None:
    """Warn (unless told not to again) when a sync client copies the database's folder."""
    from crm_desktop.services.sync_folders import synced_folder

    folder = synced_folder(path)
    if folder is not None:
        from crm_desktop.gui.sync_warning import warn_synced_folder

        warn_synced_folder(path, folder.service, parent)


# Set (to anything but empty) by the bundle's smoke test (packaging/build.py): the window quits
# as soon as it has started, after printing what it shows as one JSON line.
QUIT_WHEN_STARTED = "CRM_DESKTOP_QUIT_WHEN_STARTED"


def report_and_quit(window: MainWindow) -> None:
    """What the started window shows (its first menu, whether it has its icon, where its
    resources are), one JSON line on stdout; then the event loop ends with status 0."""
    seen = {
        "shown": window.isVisible(),
        "menu": window.menuBar().actions()[0].text(),
        "icon": not QApplication.windowIcon().isNull(),
        "resources": str(resources_dir()),
    }
    print(json.dumps(seen), flush=True)
    QApplication.quit()


def hand_over(args: argparse.Namespace) -> bool:
    """True when the files named were handed to a window already open on the database (this
    start then ends, status 0); False to start as usual, with a line on stderr where a window
    was found that did not take them."""
    files = getattr(args, "files", None) or []
    if not files or args.demo:
        return False
    path = resolve_db_path(getattr(args, "db", None))
    result = hand_to_running_window(path, files)
    if result.outcome is Handoff.FAILED:
        print(
            f"crm-desktop: the files could not be handed to the window open on {path} "
            f"({result.reason}); starting as usual",
            file=sys.stderr,
        )
    return result.outcome is Handoff.HANDED


def run_gui(args: argparse.Namespace) -> int:
    if QCoreApplication.instance() is None and display_missing():
        sys.stderr.write(f"crm-desktop: {no_display_line()}\n")  # not Qt's abort
        return 1
    app = create_application(sys.argv[:1])
    if hand_over(args):  # a window has this database open: it imports them
        return 0
    started = start_or_recover(args)
    if started is None:
        return 1
    db, temporary = started
    window: MainWindow | None = None
    opened: OpenedFiles | None = None
    server: FileHandoffServer | None = None
    try:
        window = MainWindow(db)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if temporary is None:  # once the window and its list are up
            path = resolve_db_path(getattr(args, "db", None))
            window.started.connect(partial(warn_if_synced, path, window))
        # "Open with CRM Desktop": the files named on the command line, macOS's file-open
        # events; imported once the window has started (after the warning above).
        opened = OpenedFiles(window)
        app.installEventFilter(opened)
        opened.open(getattr(args, "files", None) or [])
        if temporary is None:  # files opened later, by a second start, come to this window
            server = FileHandoffServer(window, opened, resolve_db_path(getattr(args, "db", None)))
            server.listen()
        if os.environ.get(QUIT_WHEN_STARTED):
            window.started.connect(partial(report_and_quit, window))
        window.show()
        return app.exec()
    finally:
        if server is not None:
            server.close()
        if opened is not None:
            app.removeEventFilter(opened)
        if window is not None:
            window.close_database()
        else:
            db.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
        QSettings().sync()  # the window's layout, saved as it closed
        make_settings_private()  # still so, even if the file was removed meanwhile
