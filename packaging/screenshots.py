#!/usr/bin/env python3
"""The README's screenshots: the main window, the contact card and the Activities view on
the demo data, in each language, light and dark, written to docs/screenshots/ as
``main-window-``, ``card-``, ``activities-``, ``pipeline-`` or ``reports-<language>-<theme>.png``
(the pipeline and the reports on forty sample deals made here: the demo has none).

    .venv/bin/python packaging/screenshots.py                 # English and every translation
    .venv/bin/python packaging/screenshots.py fa ar --views activities --themes light
    .venv/bin/python packaging/screenshots.py ar --views activities --calendar islamic-civil
    .venv/bin/python packaging/screenshots.py --pseudo --out /tmp/pseudo  # CRM_DESKTOP_PSEUDO=1

Without languages it shoots English and each language whose ``crm_desktop_<lang>.qm`` is
built in resources/translations; a language named on the command line is shot even
untranslated (its dates, digits, calendar and direction are still its own), with a note.
``--pseudo`` shoots the pseudo-translated pass instead (every word 40% longer, in brackets:
what clips and what is left untranslated shows). The pipeline view comes with the
opportunities; a build without it skips ``pipeline`` with a note.

Dark is Qt's own Fusion palette for a desktop in dark mode (what a user with a dark desktop
gets; the offscreen platform cannot report one). Each language runs in a process of its own
(the UI language is chosen before Qt starts), on Qt's offscreen platform, so it works on a
machine without a display. The images are stored with a palette of the image's 256 most
frequent colours: a third of the size, and the text and the faint frames stay sharp.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "ar", "el", "ca", "fa")
LOCALES = {"en": "en_GB", "ar": "ar_EG", "el": "el_GR", "ca": "ca_ES", "fa": "fa_IR"}
VIEWS = ("main", "card", "activities", "pipeline", "reports")
THEMES = ("light", "dark")

SHOT = """
import sys, tempfile
from array import array
from collections import Counter
from pathlib import Path
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtCore import Qt
AVOID_DITHER = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
locale, folder, theme = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
views, calendar = sys.argv[4].split(","), sys.argv[5]
language = sys.argv[6]  # "pseudo" for the pseudo-translated pass
QLocale.setDefault(QLocale(locale))
QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # a first start: no saved layout
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
suffix = "" if calendar == "automatic" else f"-{calendar}"
from crm_desktop.app import create_application
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.services.database import open_database
from crm_desktop.services.demo import fill_demo_data
app = create_application(sys.argv[:1])
app.setStyle("Fusion")
QSettings().setValue("view/calendar", calendar)  # as View > Calendar chose it

def fusion_dark():  # Qt's own Fusion palette on a desktop in dark mode (qt_fusionPalette)
    text, window = QColor(240, 240, 240), QColor(50, 50, 50)
    light, mid, dark = window.lighter(150), window.darker(130), window.darker(150)
    disabled_text, highlight = QColor(130, 130, 130), QColor(48, 140, 198)
    palette = QPalette(text, window, light, dark, mid, text, window.darker(140))
    palette.setColor(QPalette.ColorRole.Midlight, mid.lighter(110))
    palette.setColor(QPalette.ColorRole.Button, window)
    palette.setColor(QPalette.ColorRole.Shadow, dark.darker(135))
    palette.setColor(QPalette.ColorRole.HighlightedText, text)
    palette.setColor(QPalette.ColorRole.AlternateBase, window.darker(120))
    palette.setColor(QPalette.ColorRole.ToolTipBase, window.lighter(120))
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.BrightText, QColor(255, 138, 128))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, disabled_text)
    palette.setColor(disabled, QPalette.ColorRole.Base, window)
    palette.setColor(disabled, QPalette.ColorRole.Dark, QColor(209, 209, 209).darker(110))
    palette.setColor(disabled, QPalette.ColorRole.Shadow, dark.darker(135).lighter(150))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
        palette.setColor(group, QPalette.ColorRole.Accent, highlight)
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(145, 145, 145))
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    palette.setColor(QPalette.ColorRole.Link, highlight)
    return palette

def indexed(image):
    # At most 256 colours: the image's most frequent ones (the window's backgrounds, frames
    # and text exactly; Qt's own table, a colour cube, loses the dark palette's faint frames),
    # each other pixel as the nearest of them.
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(image.constBits()))
    table = [color | 0xFF000000 for color, _ in Counter(pixels).most_common(256)]
    return image.convertToFormat(QImage.Format.Format_Indexed8, table, AVOID_DITHER)

def save(widget, name):
    image = indexed(widget.grab().toImage())
    target = folder / name.replace(".png", f"{suffix}.png")
    image.save(str(target), "PNG", 0)  # quality 0: the strongest zlib compression
    print(target, f"{target.stat().st_size // 1024} KB")

def settle():
    for _ in range(10):
        app.processEvents()

db = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3", locale)
fill_demo_data(db)


def add_sample_deals():
    import random
    from datetime import date, timedelta
    from decimal import Decimal
    from crm_desktop.records.sales import DealDraft
    from crm_desktop.services.accounts import account_rows
    from crm_desktop.services.deals import create_deal, lose_deal, win_deal
    rng = random.Random(5)
    accounts = account_rows(db)
    titles = ("Olive oil, 2027 season", "Packaging renewal", "Τυριά για το κατάστημα",
              "عقد توريد التمور", "Renovació del contracte", "قرارداد زعفران", "Spring order")
    stages = ("Prospecting", "Qualification", "Proposal", "Negotiation")
    for number in range(40):
        close = date.today() + timedelta(rng.randint(-20, 200))
        draft = DealDraft(rng.choice(titles), rng.choice(accounts).id,
                          Decimal(rng.randint(10, 400) * 100), rng.choice(("EUR", "EUR", "USD")),
                          rng.choice(stages), close_date=close)
        deal = create_deal(db, draft)
        if number % 5 == 0:
            win_deal(db, deal.id, reason="price")
        elif number % 7 == 0:
            lose_deal(db, deal.id, "budget")


if "pipeline" in views or "reports" in views:
    add_sample_deals()
if theme == "dark":  # what a desktop in dark mode hands Qt
    app.setPalette(fusion_dark())
window = MainWindow(db)
window.resize(1280, 760)
window.show()
settle()
window._on_first_paint_done()
window.select_row(3)
settle()
if "main" in views:
    save(window, f"main-window-{language}-{theme}.png")
if "card" in views:
    save(window._card, f"card-{language}-{theme}.png")
if "activities" in views:
    window._on_activities_view_triggered()
    window.schedule.view.wait_for_side()
    settle()
    save(window, f"activities-{language}-{theme}.png")
if "pipeline" in views:
    window.sales.show_pipeline()
    settle()
    save(window, f"pipeline-{language}-{theme}.png")
if "reports" in views:
    from crm_desktop.gui.reports.report_figures import Report
    window.sales.show_reports()
    window.sales.reports.show_report(Report.FORECAST)
    settle()
    save(window, f"reports-{language}-{theme}.png")
window.close()
window.close_database()
window.deleteLater()
settle()
"""


def translated(language: str) -> bool:
    return language == "en" or (TRANSLATIONS / f"crm_desktop_{language}.qm").is_file()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("languages", nargs="*", help=" ".join(LANGUAGES))
    parser.add_argument(
        "--views", default=",".join(VIEWS), help="main,card,activities,pipeline,reports"
    )
    parser.add_argument("--themes", default=",".join(THEMES), help="light,dark")
    parser.add_argument(
        "--calendar",
        default="automatic",
        choices=("automatic", "gregorian", "jalali", "islamic-civil"),
        help="as View > Calendar (not automatic: the name ends in -CALENDAR)",
    )
    parser.add_argument(
        "--pseudo",
        action="store_true",
        help="the pseudo-translated pass instead (CRM_DESKTOP_PSEUDO=1: English lengthened by "
        "40%% in [markers]; <view>-pseudo-<theme>.png), to look for clipping and English left",
    )
    parser.add_argument("--out", type=Path, default=OUT, help=f"the folder (default {OUT})")
    args = parser.parse_args(argv)
    for name, given, known in (
        ("language", args.languages, LANGUAGES),
        ("view", args.views.split(","), VIEWS),
        ("theme", args.themes.split(","), THEMES),
    ):
        if unknown := [value for value in given if value not in known]:
            parser.error(f"unknown {name} {unknown[0]!r} (one of {', '.join(known)})")
    languages = args.languages or [lang for lang in LANGUAGES if translated(lang)]
    for language in (lang for lang in LANGUAGES if lang not in languages):
        if not args.languages:
            print(f"{language}: no crm_desktop_{language}.qm yet, not shot")
    args.out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("CRM_DESKTOP_PSEUDO", None)
    if args.pseudo:
        env["CRM_DESKTOP_PSEUDO"] = "1"
        languages = ["pseudo"]
    for language in languages:
        if language != "pseudo" and not translated(language):
            print(f"{language}: not translated yet; shot with English words")
        for theme in args.themes.split(","):
            locale = LOCALES.get(language, "en_GB")
            command = [sys.executable, "-c", SHOT, locale, str(args.out.resolve()), theme,
                       args.views, args.calendar, language]  # fmt: skip
            subprocess.run(command, check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
