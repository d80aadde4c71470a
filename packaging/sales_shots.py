#!/usr/bin/env python3
"""Screenshots of the sales windows in one language, or pseudo-translated, with the same
report as ``language_shots.py`` (untranslated words, clipped widgets, shared accelerators):

    .venv/bin/python packaging/sales_shots.py --pseudo OUT/      # CRM_DESKTOP_PSEUDO=1
    .venv/bin/python packaging/sales_shots.py --lang fa OUT/    # el, ca, fa, ar, en

The pipeline board and its list with a deal's card, the deal editor, the won and lost
dialogs, each report, the Leads folder and its Convert dialog, Mark as Lead, Print's preview,
the people of an e-mail import, Preferences and the smart folder dialogs: each opened as the
window opens it (a dialog run with ``exec`` is photographed and cancelled), written to
``OUT/<window>.png``. Look at the pictures: the report only points where to look.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@contextmanager
def photographed_dialogs(shoot: Callable[[str, object], None]) -> Iterator[list[str]]:
    """Every dialog run with ``exec`` inside is photographed (named by the next name in the
    list yielded, else by its class) and cancelled."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    names: list[str] = []
    classes = (QDialog, QMessageBox, QInputDialog, QPrintPreviewDialog)
    saved = {cls: cls.exec for cls in classes}

    def fake_exec(dialog: QDialog) -> int:
        name = names.pop(0) if names else type(dialog).__name__
        shoot(name, dialog)
        dialog.reject()
        if isinstance(dialog, QMessageBox):
            return int(QMessageBox.StandardButton.Cancel.value)
        return int(QDialog.DialogCode.Rejected.value)

    for cls in classes:
        cls.exec = fake_exec  # type: ignore[method-assign,assignment]
    try:
        yield names
    finally:
        for cls, method in saved.items():
            cls.exec = method  # type: ignore[method-assign]


def add_deals(db: object) -> None:
    """Deals in every stage, some won and lost, and two leads (one qualified)."""
    from crm_desktop.records.sales import DealDraft, LeadStatus
    from crm_desktop.services.accounts import account_rows
    from crm_desktop.services.contact_list import ordered_contact_ids
    from crm_desktop.services.database import Database
    from crm_desktop.services.deals import create_deal, lose_deal, win_deal
    from crm_desktop.services.leads import mark_lead

    assert isinstance(db, Database)
    accounts = account_rows(db)
    stages = ("Prospecting", "Qualification", "Proposal", "Negotiation")
    titles = ("Olive oil, 2027 season", "Packaging renewal", "Spring order", "Cheese supply")
    for number in range(16):
        draft = DealDraft(
            titles[number % len(titles)],
            accounts[number % len(accounts)].id,
            Decimal(1000 + 700 * number),
            ("EUR", "USD")[number % 2],
            stages[number % len(stages)],
            close_date=date.today() + timedelta(days=15 * number - 30),
        )
        deal = create_deal(db, draft)
        if number % 5 == 0:
            win_deal(db, deal.id, reason="price")
        elif number % 7 == 0:
            lose_deal(db, deal.id, "budget")
    people = ordered_contact_ids(db)
    mark_lead(db, contact_id=people[0], status=LeadStatus.QUALIFIED, source="web")
    mark_lead(db, contact_id=people[1], source="trade show")


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
    from PySide6.QtWidgets import QListWidget, QWidget

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

    from language_shots import Words, report

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
    add_deals(db)
    window = MainWindow(db)
    window.resize(1100, 700)
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
        sales_windows(window, db, shoot, names)
        # the Leads folder, its card, Convert
        window._on_contacts_view_triggered()
        nav = window.findChild(QListWidget, "navigation")
        assert nav is not None
        from crm_desktop.gui.view_state import Folder

        [row] = [
            r for r in range(nav.count()) if nav.item(r).data(256) == (Folder.LEADS.value, None)
        ]
        nav.setCurrentRow(row)
        from crm_desktop.records.sales import LeadStatus

        model = window.leads.model
        [qualified] = [
            r for r, lead in enumerate(model.leads) if lead.status is LeadStatus.QUALIFIED
        ]
        for _ in range(10):
            app.processEvents()
        window.leads.table.setCurrentIndex(model.index(qualified, 0))  # a qualified lead
        shoot("leads-folder", window)
        names.append("convert-dialog")
        window.leads.pane._on_convert_clicked()
        # Contacts > Mark as Lead, a smart folder saved, an e-mail import's people
        window._on_contacts_view_triggered()
        nav.setCurrentRow(0)
        for _ in range(10):  # the contacts read again before one is selected
            app.processEvents()
        window.select_row(2)
        assert window._contacts.selected_ids(), "no contact selected for Mark as Lead"
        names.append("mark-as-lead")
        window._bulk.mark_leads(window._contacts.selected_ids())
        names.append("smart-folder-name")
        window._smart.save("city:Athens", window._state)
        from crm_desktop.gui.mail_people_dialog import MailPeopleDialog
        from crm_desktop.gui.preferences_dialog import PreferencesDialog
        from crm_desktop.records.importing import UnknownPerson

        people = [UnknownPerson("Μαρία Παπαδοπούλου", "maria@example.gr"),
                  UnknownPerson("", "orders@olive.example.com")]  # fmt: skip
        shoot("mail-people-dialog", MailPeopleDialog(people, window))
        shoot("preferences-dialog", PreferencesDialog(window))
    window.close_database()
    return 0


def sales_windows(
    window: object, db: object, shoot: Callable[[str, object], None], names: list[str]
) -> None:
    """The pipeline (board, list, card, editor, won and lost, print preview), the reports."""
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.reports.report_figures import Report
    from crm_desktop.services.deals import deal_draft

    assert isinstance(window, MainWindow)
    window.sales.show_pipeline()
    pipeline = window.sales.pipeline
    from crm_desktop.records.sales import DealFilter
    from crm_desktop.services.deals import list_deals

    deal = list_deals(window._db, DealFilter())[0]
    pipeline.show_deal(deal)
    shoot("pipeline-board", window)
    names.append("print-preview")
    window.printing.print_view.trigger()
    pipeline.filters.as_list.click()
    shoot("pipeline-list", window)
    pipeline.filters.as_list.click()
    editor = pipeline._editor(deal_draft(window._db, deal.id))
    assert editor is not None
    shoot("deal-editor", editor)
    editor.reject()
    names += ["deal-won-dialog", "deal-lost-dialog"]
    pipeline.board.close_deal(deal, won=True)
    pipeline.board.close_deal(deal, won=False)
    window.sales.show_reports()
    for report in Report:
        window.sales.reports.show_report(report)
        shoot(f"reports-{report.value}", window)
    del db


if __name__ == "__main__":
    sys.exit(main())
