"""The region of Edit > Preferences (``ui/region``) everywhere a national phone number is read
or a domestic address written, as it is for finding duplicates (test_preferences): File >
Import matching a national number with an international one, the card's phone links, the
editor's word on how a number is dialled, the card's addresses, Print Labels and the
mail-merge export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.gui import preferences
from crm_desktop.gui.card_addresses import address_rows
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.export_dialog import ExportScope
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.labels_dialog import LabelsDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.drafts import AddressValue, ContactDraft, PhoneValue
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database
from tests.gui.import_preview_driver import answer_previews

ATHENS = AddressValue(
    ("work",), street="Σταδίου 1", locality="Athens", postal_code="105 58", country="Greece"
)
CARD = """BEGIN:VCARD
VERSION:3.0
FN:Eleni Papadopoulou
N:Papadopoulou;Eleni;;;
TEL;TYPE=WORK:210 1234567
EMAIL:eleni@example.gr
END:VCARD
"""


@pytest.fixture(autouse=True)
def _english(qtbot: QtBot) -> Iterator[None]:
    """An English locale of no particular country; each test chooses the region."""
    locale = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(locale)


def _region(code: str) -> None:
    preferences.store(preferences.REGION_KEY, code)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main
    qtbot.waitUntil(lambda: not main.import_export.running, timeout=5000)


@pytest.mark.parametrize(("region", "merged"), [("GR", 1), ("US", 0)])
def test_the_window_imports_a_national_number_as_the_regions(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    region: str,
    merged: int,
) -> None:
    add_contacts(db, [ContactDraft("Eleni Papadopoulou", given_name="Eleni",
                                   family_name="Papadopoulou",
                                   phones=(PhoneValue("+30 210 1234567"),))])  # fmt: skip
    _region(region)
    monkeypatch.setattr(ImportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    answer_previews(monkeypatch, qtbot)
    card = tmp_path / "eleni.vcf"
    card.write_text(CARD, encoding="utf-8")
    with qtbot.waitSignal(window.import_export.imported, timeout=20000) as done:
        window.import_export.ask_and_import([card])
    summary = done.args[0]
    assert (summary.merged, summary.imported) == (merged, 1 - merged)
    assert len(ordered_contact_ids(db)) == 2 - merged


def _call_links(view: ContactCardView) -> list[tuple[str, str]]:
    """(the link's tel: URL, its tool tip) of each phone on the card."""
    out = []
    for label in view.findChildren(QLabel):
        text = label.text()
        if 'href="tel:' in text:
            out.append((text.split('href="', 1)[1].split('"', 1)[0], label.toolTip()))
    return out


@pytest.mark.parametrize(
    ("region", "url", "tip"),
    [("GR", "tel:+302101234567", "+30 21 0123 4567"), ("US", "tel:2101234567", "210 1234567")],
)
def test_the_cards_phone_link_dials_a_national_number_in_the_region(
    qtbot: QtBot, db: Database, region: str, url: str, tip: str
) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("Eleni", phones=(PhoneValue("210 1234567"),))])
    _region(region)
    view = ContactCardView()
    qtbot.addWidget(view)
    view.show_card(get_contact(db, contact_id))
    [(shown_url, shown_tip)] = _call_links(view)
    assert shown_url == url
    assert tip in shown_tip


@pytest.mark.parametrize(("region", "last"), [("GR", "105 58 Athens"), ("FR", "Greece")])
def test_the_card_leaves_the_country_off_an_address_in_the_region(
    qtbot: QtBot, region: str, last: str
) -> None:
    _region(region)
    [(_, block)] = address_rows([ATHENS])
    assert block.splitlines()[-1] == last


@pytest.mark.parametrize(("region", "last"), [("GR", "105 58 Athens"), ("FR", "GREECE")])
def test_a_label_leaves_the_home_country_off_when_the_sender_names_none(
    qtbot: QtBot, db: Database, region: str, last: str
) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("Eleni Papadopoulou", addresses=(ATHENS,))])
    _region(region)
    dialog = LabelsDialog(db, [], [contact_id])
    qtbot.addWidget(dialog)
    dialog._sender.setPlainText("")
    assert dialog.home_country() == region
    [block] = dialog.blocks()
    assert block[-1] == last
    dialog._sender.setPlainText("Jordi Puig\nCarrer Major 5\n17001 Girona\nSpain")
    assert dialog.home_country() == "ES"  # the sender's own country comes first
    assert dialog.blocks()[0][-1] == "GREECE"


@pytest.mark.parametrize(("region", "country_line"), [("GR", False), ("FR", True)])
def test_the_mail_merge_leaves_the_country_off_domestic_addresses(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, region: str,
    country_line: bool,
) -> None:  # fmt: skip
    add_contacts(db, [ContactDraft("Eleni Papadopoulou", addresses=(ATHENS,))])
    _region(region)
    target = tmp_path / "merge.csv"
    with qtbot.waitSignal(window.import_export.exported, timeout=20000):
        window.import_export.export_to(target, ExportScope.EVERYONE, "mail-merge", False)
    [row] = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert row["Address block"].splitlines()[-1] == ("GREECE" if country_line else "105 58 Athens")


@pytest.mark.parametrize(("region", "dialled"), [("GR", "+30 21 0123 4567"), ("US", None)])
def test_the_editor_says_how_a_national_number_is_dialled_in_the_region(
    qtbot: QtBot, region: str, dialled: str | None
) -> None:
    _region(region)
    editor = ContactEditor(ContactDraft("Eleni", phones=(PhoneValue("210 1234567"),)), [], [])
    qtbot.addWidget(editor)
    cell = editor._ui.phones.item(0, 0)
    assert cell is not None
    if dialled is None:
        assert cell.toolTip() == ""  # not a number of the region's: nothing claimed
    else:
        assert "Dialled as" in cell.toolTip() and dialled in cell.toolTip()
    cell.setText("+44 20 7946 0958")  # typed over: the tip follows
    assert "+44 20 7946 0958" in cell.toolTip()
