#!/usr/bin/env python3
"""Screenshots of every window in one language, or pseudo-translated, with a report of the
words that look untranslated and the widgets that look too small for their words:

    .venv/bin/python packaging/language_shots.py --pseudo OUT/      # CRM_DESKTOP_PSEUDO=1
    .venv/bin/python packaging/language_shots.py --lang el OUT/     # el, ca, fa, ar, en

Runs offscreen on the demo data, writes ``OUT/<window>.png`` and prints, per window,
``untranslated: <text>`` (Latin words outside the pseudo markers, or any Latin word in a
translated language; names from the demo data show up here too and are to be ignored) and
``clipped: <widget> <text>`` (a button, label or tab narrower than its words). Look at the
pictures: the report only points where to look.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Latin words a translation keeps: names of formats, products and keys.
KEPT_WORDS = set(
    [
        "CRM",
        "Desktop",
        "vCard",
        "CSV",
        "Outlook",
        "Google",
        "Excel",
        "Thunderbird",
        "Apple",
        "CardDAV",
        "iCalendar",
        "Qt",
        "UID",
        "Ctrl",
        "Shift",
        "Enter",
        "Windows",
        "ISO",
        "JIS",
        "MB",
        "GB",
        "https",
        "Email",
        "email",
        "web",
        "min",
        "db",
        "OK",
        "sqlite",
        "sqlite3",
        "vcf",
        "vcard",
        "csv",
        "txt",
        "ics",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "webp",
        "work",
        "home",
        "cell",
        "fax",
        "demo",
    ]
)


class Words:
    """What counts as untranslated in the language shown."""

    def __init__(self, language: str, pseudo: bool) -> None:
        import xml.etree.ElementTree as ET

        self.pseudo = pseudo
        self.latin_script = language in ("en", "ca")
        self.sources: set[str] = set()
        self.translations: set[str] = set()
        catalog = ROOT / "resources" / "translations" / f"crm_desktop_{language}.ts"
        if language != "en" and catalog.is_file():
            for message in ET.parse(catalog).getroot().iter("message"):
                self.sources.add(message.findtext("source", ""))
                for form in message.iter():
                    if form.tag in ("translation", "numerusform") and form.text:
                        self.translations.add(form.text)

    def untranslated(self, text: str) -> bool:
        if self.pseudo:  # Latin words outside the markers
            outside = re.sub(r"\[[^\[\]]*\]", "", text)
            return bool(re.search(r"[A-Za-z]{2,}", outside))
        if text in self.sources and text not in self.translations:
            return True  # our own English, shown as written
        words = re.findall(r"[A-Za-z]{2,}", text)
        return not self.latin_script and any(word not in KEPT_WORDS for word in words)


def texts_of(widget: object) -> list[tuple[str, str]]:
    """(what, text) for the words a widget shows or speaks."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabBar,
        QTableView,
        QWidget,
    )

    found: list[tuple[str, str]] = []
    if not isinstance(widget, QWidget):
        return found
    name = f"{type(widget).__name__}:{widget.objectName()}"
    if isinstance(widget, QLabel | QAbstractButton):
        found.append((name, widget.text()))
    if isinstance(widget, QGroupBox):
        found.append((name, widget.title()))
    if isinstance(widget, QLineEdit):
        found.append((name + " placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        found += [(name, widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        found += [(name, widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        found += [
            (name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            for c in range(model.columnCount())
        ]
    found += [(name + " tip", widget.toolTip()), (name + " name", widget.accessibleName())]
    if widget.isWindow():
        found.append((name + " title", widget.windowTitle()))
    return [(what, text) for what, text in found if text]


def clipped(widget: object) -> str | None:
    """The words of a button, a one-line label or a tab that do not fit its width."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    if isinstance(widget, QTabBar):
        metrics = widget.fontMetrics()
        for i in range(widget.count()):
            words = widget.tabText(i).replace("&", "")
            if widget.tabRect(i).width() < metrics.horizontalAdvance(words) + 8:
                return words
        return None
    if not isinstance(widget, QAbstractButton | QLabel) or not widget.isVisible():
        return None
    if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
        return None
    if widget.width() + 1 < widget.minimumSizeHint().width():
        return widget.text()
    return None


def literal_ampersand(widget: object) -> str | None:
    """The text of a plain label that shows its accelerator's "&" as written: a label
    underlines its letter only when it has a buddy."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    if not isinstance(widget, QLabel) or widget.buddy() is not None:
        return None
    text = widget.text()
    if widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return None
    return text if re.search(r"&[^&\s]", text.replace("&&", "")) else None


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def shared_accelerators(top: object) -> list[str]:
    """Accelerators (Alt+letter) that two things on screen at once answer to: the menu bar
    with the visible labels, buttons and tabs; and the entries of each menu."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenu, QTabBar, QWidget

    assert isinstance(top, QWidget)
    groups: list[list[str]] = []
    screen: list[str] = []
    if isinstance(top, QMainWindow):
        screen += [a.text() for a in top.menuBar().actions()]
        for menu in top.menuBar().findChildren(QMenu):
            groups.append([a.text() for a in menu.actions() if a.isVisible()])
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            screen.append(widget.text())
        if isinstance(widget, QTabBar):
            screen += [widget.tabText(i) for i in range(widget.count())]
    groups.append(screen)
    found = []
    for texts in groups:
        by_key: dict[str, list[str]] = {}
        for text in texts:
            if (key := _mnemonic(text)) is not None:
                by_key.setdefault(key, []).append(text)
        found += [" / ".join(t) for t in by_key.values() if len(t) > 1]
    del QAction
    return found


def report(title: str, top: object, words: Words) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    assert isinstance(top, QWidget)
    seen: set[str] = set()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for what, text in texts_of(widget):
            if words.untranslated(text) and text not in seen:
                seen.add(text)
                print(f"  {title}: untranslated {what}: {text!r}")
        if (shown := literal_ampersand(widget)) is not None:
            print(f"  {title}: literal & (no buddy) {type(widget).__name__}: {shown!r}")
        if (cut := clipped(widget)) is not None:
            print(f"  {title}: clipped {type(widget).__name__}:{widget.objectName()}: {cut!r}")
    for shared in shared_accelerators(top):
        print(f"  {title}: one accelerator for {shared}")
    for action in top.findChildren(QAction):
        for text in (action.text(), action.toolTip()):
            if text and words.untranslated(text) and text not in seen:
                seen.add(text)
                print(f"  {title}: untranslated action: {text!r}")


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
    from PySide6.QtWidgets import QDialog, QWidget

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

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
    window.resize(1100, 700)
    window.show()
    for _ in range(5):
        app.processEvents()
    window._on_first_paint_done()
    window.select_row(2)
    app.processEvents()

    def shoot(name: str, widget: QWidget) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))
        report(name, widget, words)

    shoot("main-contacts", window)
    window.show_account(1)
    shoot("main-accounts", window)
    window._on_activities_view_triggered()
    view = window.schedule.view
    assert view is not None
    view.wait_for_side()
    shoot("main-activities", window)
    window._on_contacts_view_triggered()
    for name, dialog in dialogs(window, db):
        shoot(name, dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.deleteLater()
    window.close_database()
    return 0


def dialogs(window: object, db: object) -> list[tuple[str, object]]:
    """Every dialog, as the window opens it (not run: shown, photographed, closed)."""
    from crm_desktop.gui.about_dialog import AboutDialog
    from crm_desktop.gui.account_editor import AccountEditor
    from crm_desktop.gui.activity_editor import ActivityEditorDialog
    from crm_desktop.gui.backups_dialog import BackupsDialog
    from crm_desktop.gui.complete_dialog import CompleteDialog
    from crm_desktop.gui.contact_editor import ContactEditor
    from crm_desktop.gui.duplicates_dialog import DuplicatesDialog
    from crm_desktop.gui.export_dialog import ExportDialog
    from crm_desktop.gui.import_dialog import ImportDialog
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.preferences_dialog import PreferencesDialog
    from crm_desktop.gui.trash_dialog import TrashDialog
    from crm_desktop.records.drafts import AccountDraft, ContactDraft
    from crm_desktop.services.contact_cards import get_contact
    from crm_desktop.services.database import Database

    assert isinstance(window, MainWindow) and isinstance(db, Database)
    card = get_contact(db, window._contacts.selected_ids()[0])
    found: list[tuple[str, object]] = []
    editor = ContactEditor(card.draft, [], [], window)
    found.append(("contact-editor", editor))
    for tab in range(1, editor._ui.tabs.count()):
        other = ContactEditor(card.draft, [], [], window)
        other._ui.tabs.setCurrentIndex(tab)
        found.append((f"contact-editor-tab{tab + 1}", other))
    found += [
        ("contact-editor-new", ContactEditor(ContactDraft(), [], [], window)),
        ("account-editor", AccountEditor(AccountDraft(name="Aegean Foods S.A."), window)),
        ("activity-editor", ActivityEditorDialog(None, window)),
        ("complete-dialog", CompleteDialog("call", "Price list for 2027", window)),
        ("import-dialog", ImportDialog([Path("contacts.vcf")], window)),
        ("export-dialog", ExportDialog(3, 60, window)),
        ("backups-dialog", BackupsDialog(db, window)),
        ("trash-dialog", TrashDialog(db, window)),
        ("duplicates-dialog", DuplicatesDialog(db, window._undo, window)),
        ("about-dialog", AboutDialog(db.path, window)),
        ("preferences-dialog", PreferencesDialog(window)),
        *import_dialogs(window, db),
    ]
    return found


def import_dialogs(window: object, db: object) -> list[tuple[str, object]]:
    """File > Import's column matching (a CSV of unknown columns) and its preview (a vCard
    file of a contact there already, one new and one that cannot be read), the preview's dry
    run finished."""
    from PySide6.QtWidgets import QApplication, QWidget

    from crm_desktop.gui.column_mapping_dialog import ColumnMappingDialog
    from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog
    from crm_desktop.records.importing import DuplicatePolicy
    from crm_desktop.services.database import Database
    from crm_desktop.services.importing import csv_preview, import_files

    assert isinstance(window, QWidget) and isinstance(db, Database)
    folder = Path(tempfile.mkdtemp())
    table = folder / "leads-2026.csv"
    table.write_text("Business Fax,Fruit\r\n+30 210 555 0100,Apples\r\n", encoding="utf-8")
    columns = csv_preview(table)
    assert columns is not None
    cards = folder / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chloé Castañeda\r\nEMAIL:user9@mail.example.com\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nova Persona\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:broken\r\n",
        encoding="utf-8",
    )

    def dry_run(policy: DuplicatePolicy, progress: object, cancel: object) -> object:
        return import_files(
            db, [cards], duplicates=policy, dry_run=True, progress=progress, cancel=cancel
        )  # type: ignore[arg-type]

    preview = ImportPreviewDialog(dry_run, DuplicatePolicy.MERGE, window)  # type: ignore[arg-type]
    preview.show()
    while preview.running:
        QApplication.processEvents()
    return [
        ("column-mapping-dialog", ColumnMappingDialog(table.name, columns, window)),
        ("import-preview-dialog", preview),
    ]


if __name__ == "__main__":
    sys.exit(main())
