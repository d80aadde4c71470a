#!/usr/bin/env python3
"""Screenshots of the record windows in one language, or pseudo-translated, with the same
report as ``language_shots.py`` (untranslated words, clipped widgets, shared accelerators):

    .venv/bin/python packaging/record_shots.py --pseudo OUT/      # CRM_DESKTOP_PSEUDO=1
    .venv/bin/python packaging/record_shots.py --lang ar OUT/    # el, ca, fa, ar, en

File > Print Labels, File > Sync Accounts (and its Add), a card's Add Relationship and its
Files, the bulk dialogs (Set Field, Log Activity for Each, Add to Category), View > Filters
and File > Export with the mail merge chosen, at 1280x800: each opened as the window opens
it (a dialog run with ``exec`` is photographed and cancelled), written to
``OUT/<window>.png``. Look at the pictures: the report only points where to look.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--pseudo", action="store_true")
    args = parser.parse_args()
    if args.pseudo:
        os.environ["CRM_DESKTOP_PSEUDO"] = "1"
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

    from language_shots import Words, report
    from sales_shots import photographed_dialogs

    from crm_desktop.app import create_application
    from crm_desktop.gui.language import apply_language
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.services.database import open_database
    from crm_desktop.services.demo import fill_demo_data

    app = create_application(sys.argv[:1])
    apply_language(app, args.lang)
    words = Words(args.lang, args.pseudo)
    app.setStyle("Fusion")
    db = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3", "en")
    fill_demo_data(db, contacts=60)
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    window._on_first_paint_done()
    app.processEvents()

    def shoot(name: str, widget: object) -> None:
        assert isinstance(widget, QWidget)
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))
        report(name, widget, words)

    with photographed_dialogs(shoot) as names:
        record_windows(window, db, shoot, names)
    window.close_database()
    return 0


def record_windows(
    window: object, db: object, shoot: Callable[[str, object], None], names: list[str]
) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    from crm_desktop.gui.bulk_dialogs import LogForEachDialog, SetFieldDialog
    from crm_desktop.gui.export_dialog import ExportDialog
    from crm_desktop.gui.labels_dialog import LabelsDialog
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.sync_dialog import AddSyncAccountDialog, SyncAccountsDialog
    from crm_desktop.records.attachments import FileOwner, OwnerKind
    from crm_desktop.services.database import Database
    from crm_desktop.services.files import attach_files

    assert isinstance(window, MainWindow) and isinstance(db, Database)
    window.select_row(2)
    for _ in range(10):
        QApplication.processEvents()
    [person] = window._contacts.selected_ids()
    folder = Path(tempfile.mkdtemp())
    files = [folder / "Offer 2027 (signed).pdf", folder / "price-list.xlsx"]
    for number, path in enumerate(files):
        path.write_bytes(b"x" * (2000 + 90000 * number))
    attach_files(db, FileOwner(OwnerKind.CONTACT, person), files)
    window.select_row(3)
    window.select_row(2)
    for _ in range(10):
        QApplication.processEvents()
    shoot("card-files", window)
    names.append("add-relationship")
    add = window.relations[0].findChild(QPushButton, "addRelation")
    assert add is not None
    add.click()
    window._filters.toggle()
    shoot("filters-panel", window)
    window._filters.toggle()
    labels = LabelsDialog(db, [person], window._model.contact_ids(), window)
    shoot("print-labels", labels)
    labels.reject()
    sync = SyncAccountsDialog(db, window.syncing, window)
    shoot("sync-accounts", sync)
    sync.reject()
    shoot("sync-add-account", AddSyncAccountDialog(window))
    shoot("bulk-set-field", SetFieldDialog(["Aegean Foods S.A."], window))
    from datetime import date

    shoot("bulk-log-each", LogForEachDialog(date(2026, 12, 4), window))
    names.append("bulk-add-category")
    window._bulk.categorize([person])
    export = ExportDialog(1, 60, window)
    export._ui.format.setCurrentIndex(export._ui.format.findData("mail-merge"))
    shoot("export-mail-merge", export)


if __name__ == "__main__":
    sys.exit(main())
