"""The contacts list's A-Z jump and business-card view at 100,000 contacts (issue 20).

Measured 2026-12-04 on the 2-core machine (offscreen): the jump's service 0.06 ms median
(8 ms max, the first); which letters of an alphabet some name starts at (the bar's greyed
letters) 0.54 ms median, 0.97 ms max (English, Greek, Arabic); a letter clicked to the list
repainted 220 ms median, nearly all of it the new page's rows (80 ms, ``list_rows``) and
the card beside (46 ms); the cards shown and painted 33 ms (3.0 s before they had a model
of their own); a page of cards scrolled 5 ms median.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.contact_views_bench [--quick]

Prints, as JSON: the jump's service call (bisecting the ordered ids by their stored sort
keys) for every letter, median and max; which letters some name starts at (the bar's
letters greyed where none does), per alphabet; a click on a letter of the bar to the repainted
list; switching to the business cards and painting them; scrolling the cards by a page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from crm_desktop.gui.jump_bar import ALPHABETS
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.name_jump import first_row_at, letters_present
from crm_desktop.services.sample_data import generate_contacts


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10,000 contacts")
    args = parser.parse_args()
    count = 10_000 if args.quick else 100_000
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # the user's own settings untouched
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qs"))
    db = open_database(folder / "crm.sqlite3", "en")
    add_contacts(db, generate_contacts(count))
    ids = ordered_contact_ids(db)
    letters = [*ALPHABETS["en"], *ALPHABETS["el"], *ALPHABETS["ar"]]
    first_row_at(db, ids, "A")  # warm
    calls = []
    for letter in letters:
        start = time.perf_counter()
        first_row_at(db, ids, letter)
        calls.append(time.perf_counter() - start)
    present = []
    for alphabet in ("en", "el", "ar"):  # the bar's letters greyed where no name starts
        start = time.perf_counter()
        letters_present(db, ids, ALPHABETS[alphabet])
        present.append(time.perf_counter() - start)
    from crm_desktop.gui.main_window import MainWindow

    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    deadline = time.perf_counter() + 30
    while not window._table.isSortingEnabled() and time.perf_counter() < deadline:
        app.processEvents()
    views = window._contacts.views
    clicks = []
    for letter in "MBZKAT":
        start = time.perf_counter()
        views.bar.choose(letter)
        views.view.viewport().repaint()
        clicks.append(time.perf_counter() - start)
    start = time.perf_counter()
    views.show_cards(True)
    views.cards.viewport().repaint()
    cards = time.perf_counter() - start
    scrolls = []
    bar = views.cards.verticalScrollBar()
    for _ in range(20):
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        views.cards.viewport().repaint()
        scrolls.append(time.perf_counter() - start)
    figures = {
        "contacts": len(ids),
        "jump_service_ms": {"median": _ms(statistics.median(calls)), "max": _ms(max(calls))},
        "letters_present_ms": {"median": _ms(statistics.median(present)), "max": _ms(max(present))},
        "letter_click_to_repaint_ms": {
            "median": _ms(statistics.median(clicks)),
            "max": _ms(max(clicks)),
        },
        "show_cards_and_paint_ms": _ms(cards),
        "cards_page_scroll_ms": {
            "median": _ms(statistics.median(scrolls)),
            "max": _ms(max(scrolls)),
        },
    }
    print(json.dumps(figures, indent=2))
    window.close()
    window.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
