"""Text from data in its own direction: a right-to-left name in a left-to-right list (and the
reverse) is isolated and sits on its own script's side of the cell; a birthday without a year
(``--04-15``) keeps its order in a right-to-left field and sentence."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QKeySequence, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activity_list_model import COLUMN_SUBJECT, ActivityListModel
from crm_desktop.gui.bidi import cell_alignment, cell_text, direction_of
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.contact_table_model import COLUMN_ACCOUNT, COLUMN_NAME, ContactTableModel
from crm_desktop.gui.timeline_model import item_detail
from crm_desktop.records.activities import ActivityRow, NoteRow, TimelineItem
from crm_desktop.records.contacts import ContactRow
from crm_desktop.records.drafts import AddressValue, ContactDraft, EmailValue
from crm_desktop.records.ids import ActivityId, ContactId, NoteId
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.locales import user_locale

ARABIC_NAME = "محمد علي (3)"
PERSIAN_ACCOUNT = "پارس تجارت Ltd"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
RIGHT_TO_LEFT_CATALOGS = sorted(
    path for lang in ("ar", "fa") if (path := TRANSLATIONS / f"crm_desktop_{lang}.ts").is_file()
)
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
ABSOLUTE_RIGHT = int(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight) | int(
    Qt.AlignmentFlag.AlignVCenter
)
ABSOLUTE_LEFT = int(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft) | int(
    Qt.AlignmentFlag.AlignVCenter
)


def _rows() -> list[ContactRow]:
    return [
        ContactRow(ContactId(1), ARABIC_NAME, PERSIAN_ACCOUNT, "", "+20 2 1234 5678", "", ()),
        ContactRow(ContactId(2), "Eleni Pap.", "Acme S.A.", "", "", "", ()),
    ]


def _table(qtbot: QtBot, qtmodeltester: ModelTester) -> QTableView:
    rows = {r.id: r for r in _rows()}
    model = ContactTableModel(lambda ids: [rows[ContactId(i)] for i in ids])
    model.set_ids([ContactId(1), ContactId(2)])
    qtmodeltester.check(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setColumnWidth(COLUMN_NAME, 360)
    table.resize(700, 200)
    table.show()
    qtbot.waitExposed(table, timeout=5000)
    return table


def _ink(image: QImage, rect: QRect) -> tuple[int, int]:
    """The leftmost and rightmost columns of dark (text) pixels in ``rect``."""
    xs = [
        x
        for x in range(rect.left() + 1, rect.right() - 1)
        for y in range(rect.top() + 2, rect.bottom() - 2)
        if image.pixelColor(x, y).lightness() < 100
    ]
    assert xs, "no text drawn in the cell"
    return min(xs), max(xs)


def test_a_right_to_left_name_in_a_left_to_right_list_is_isolated_and_on_the_right(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    with user_locale("en_GB"):
        table = _table(qtbot, qtmodeltester)
        model = table.model()
        arabic, latin = model.index(0, COLUMN_NAME), model.index(1, COLUMN_NAME)
        assert arabic.data() == f"{FSI}{ARABIC_NAME}{PDI}"
        assert arabic.data(Qt.ItemDataRole.TextAlignmentRole) == ABSOLUTE_RIGHT
        assert latin.data() == "Eleni Pap."  # left to right in a left-to-right list: as it is
        assert latin.data(Qt.ItemDataRole.TextAlignmentRole) is None
        image = table.viewport().grab().toImage()
        ratio = table.viewport().devicePixelRatioF()
        cell = table.visualRect(arabic)
        scaled = QRect(
            round(cell.x() * ratio), round(cell.y() * ratio),
            round(cell.width() * ratio), round(cell.height() * ratio),
        )  # fmt: skip
        left, right = _ink(image, scaled)
        assert left > scaled.center().x()  # the Arabic name hugs the cell's right edge
        assert scaled.right() - right < 12 * ratio
        latin_cell = table.visualRect(latin)
        assert _ink(image, latin_cell)[0] - latin_cell.left() < 12


def test_a_left_to_right_name_in_a_right_to_left_list_is_isolated_and_on_the_left(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    with user_locale("ar_EG"):
        table = _table(qtbot, qtmodeltester)
        model = table.model()
        latin, arabic = model.index(1, COLUMN_NAME), model.index(0, COLUMN_NAME)
        assert latin.data() == f"{FSI}Eleni Pap.{PDI}"  # its final "." stays at its end
        assert latin.data(Qt.ItemDataRole.TextAlignmentRole) == ABSOLUTE_LEFT
        assert arabic.data(Qt.ItemDataRole.TextAlignmentRole) is None  # the list's own side
        # A Persian account name with a Latin word keeps its first letter's direction.
        assert model.index(0, COLUMN_ACCOUNT).data(Qt.ItemDataRole.TextAlignmentRole) is None
        image = table.viewport().grab().toImage()
        cell = table.visualRect(latin)
        left, right = _ink(image, cell)
        assert right < cell.center().x()  # on the left of a right-to-left list's cell
        assert left - cell.left() < 12


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (ARABIC_NAME, Qt.LayoutDirection.RightToLeft),
        (f"{FSI}نرگس جعفری{PDI} — Done", Qt.LayoutDirection.RightToLeft),
        ("(UK) Acme", Qt.LayoutDirection.LeftToRight),
        ("+30 210 1234567", None),
        ("۱۴۰۵/۱/۱", None),
    ],
)
def test_a_values_direction_is_its_first_letters(
    text: str, direction: Qt.LayoutDirection | None
) -> None:
    assert direction_of(text) == direction


def test_phones_and_emails_stay_left_to_right_in_a_left_to_right_list(qtbot: QtBot) -> None:
    with user_locale("en_GB"):
        assert cell_text("+20 2 1234 5678", left_to_right=True) == "+20 2 1234 5678"
        assert cell_alignment("+20 2 1234 5678") is None


def test_an_arabic_address_in_an_english_card_is_on_the_right_and_a_latin_name_on_the_left(
    qtbot: QtBot, db: Database
) -> None:
    street = "شارع التحرير 12، الطابق 3"
    [cid] = add_contacts(
        db,
        [ContactDraft("Eleni Pap.", addresses=(AddressValue(street=street, locality="القاهرة"),))],
    )
    with user_locale("en_GB"):
        card = ContactCardView()
        qtbot.addWidget(card)
        card.show_card(get_contact(db, cid))
        labels = {label.text(): label for label in card.widget().findChildren(QLabel)}
    address = labels[f"{street}\nالقاهرة"]
    assert int(address.alignment()) & int(Qt.AlignmentFlag.AlignRight)
    assert int(address.alignment()) & int(Qt.AlignmentFlag.AlignAbsolute)
    assert not int(labels["Eleni Pap."].alignment()) & int(Qt.AlignmentFlag.AlignRight)


def test_a_notes_second_line_is_isolated_in_the_timeline() -> None:
    created = datetime(2026, 3, 1, tzinfo=UTC)
    note = NoteRow(
        NoteId(1), "Call back\nقال إنه سيتصل (غدًا).", False, created, created, None, None
    )
    item = TimelineItem("note", None, note, created, False)
    assert item_detail(item) == f"{FSI}قال إنه سيتصل (غدًا).{PDI}"


def _visual_xs(text: str, part: str, direction: Qt.LayoutDirection) -> list[float]:
    """Where the cursor sits between the characters of ``part`` when ``text`` is laid out
    as a paragraph of ``direction`` (left to right: each further right than the last)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    start = text.index(part)
    return [line.cursorToX(i)[0] for i in range(start + 1, start + len(part))]


def test_a_yearless_birthday_typed_in_a_right_to_left_window_stays_in_order(
    qtbot: QtBot,
) -> None:
    with user_locale("ar_EG"):
        editor = ContactEditor(ContactDraft("Ana", birthday="--04-15"), [], [])
        qtbot.addWidget(editor)
        field = editor._ui.birthday
        assert editor.isRightToLeft() and field.text() == "--04-15"
        xs = []
        for position in range(len(field.text()) + 1):
            field.setCursorPosition(position)
            xs.append(field.cursorRect().center().x())
        assert xs == sorted(xs) and len(set(xs)) == len(xs)  # "--" first, on the left


@pytest.mark.parametrize("catalog", RIGHT_TO_LEFT_CATALOGS, ids=lambda path: path.name)
def test_yearless_dates_in_right_to_left_translations_stay_in_order(catalog: Path) -> None:
    """``--04-15`` in an Arabic or Persian sentence (the birthday field's placeholder, the
    message that refuses a date) needs a left-to-right mark or isolate before it, else it reads
    ``04-15--``."""
    checked = 0
    for message in ET.parse(catalog).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if "--04-15" not in source or translation is None or not translation.text:
            continue
        text = translation.text.replace("%1", "1980-13-45")
        xs = _visual_xs(text, "--04-15", Qt.LayoutDirection.RightToLeft)
        assert xs == sorted(xs), f"{catalog.name}: {translation.text!r} reverses --04-15"
        checked += 1
    assert checked >= 2  # the placeholder and the refusal


def test_a_yearless_date_without_a_mark_would_be_reversed() -> None:
    """The check above can fail: without the mark an Arabic sentence reverses it."""
    xs = _visual_xs("اكتب --04-15 دون السنة", "--04-15", Qt.LayoutDirection.RightToLeft)
    assert xs != sorted(xs)


def test_a_long_email_wraps_in_a_narrow_right_to_left_card_instead_of_being_cut_off(
    qtbot: QtBot, db: Database
) -> None:
    email = "user103.home.office@outlook-mail.example"
    [cid] = add_contacts(db, [ContactDraft("Wei Alcalà", emails=(EmailValue(email),))])
    with user_locale("ar_EG"):
        card = ContactCardView()
        qtbot.addWidget(card)
        card.resize(240, 400)
        card.show_card(get_contact(db, cid))
        card.show()
        qtbot.waitExposed(card, timeout=5000)
        assert card.horizontalScrollBar().maximum() == 0  # nothing off either edge
        [link] = [
            label for label in card.widget().findChildren(QLabel) if "mailto:" in label.text()
        ]
        assert f">{LRI}{email}{PDI}<" in link.text().replace("\u200b", "")  # whole, in lines


def test_a_latin_subject_and_its_outcome_read_left_to_right_in_a_right_to_left_list(
    qtmodeltester: ModelTester,
) -> None:
    done = datetime(2026, 3, 1, 9, tzinfo=UTC)
    row = ActivityRow(
        ActivityId(1), "call", "Contract signed", "", done, None, None, "", "normal", "done",
        "Went well", done, None, (ContactId(1),), ("Eleni Pap.",), None, "", "UTC",
    )  # fmt: skip
    with user_locale("ar_EG"):
        model = ActivityListModel()
        model.set_rows([row])
        qtmodeltester.check(model)
        subject = model.index(0, COLUMN_SUBJECT)
        text = subject.data()
        assert text == f"{LRI}{FSI}Contract signed{PDI} — {FSI}Went well{PDI}{PDI}"
        assert subject.data(Qt.ItemDataRole.TextAlignmentRole) == ABSOLUTE_LEFT
    # Laid out as the right-to-left list lays out its cells: the subject on the left, first.
    contract = _visual_xs(text, "Contract", Qt.LayoutDirection.RightToLeft)
    went = _visual_xs(text, "Went", Qt.LayoutDirection.RightToLeft)
    assert max(contract) < min(went)


def test_copying_a_cell_gives_the_name_without_the_marks_that_show_it(qtbot: QtBot) -> None:
    from crm_desktop.gui.record_lists import table_view

    rows = {r.id: r for r in _rows()}
    model = ContactTableModel(lambda ids: [rows[ContactId(i)] for i in ids])
    model.set_ids([ContactId(1), ContactId(2)])
    with user_locale("en_GB"):
        holder = QWidget()
        qtbot.addWidget(holder)
        table = table_view(holder, "contacts")
        table.setModel(model)
        holder.show()
        table.setCurrentIndex(model.index(0, COLUMN_NAME))
        assert model.index(0, COLUMN_NAME).data() != ARABIC_NAME  # shown isolated
        qtbot.keySequence(table, QKeySequence.StandardKey.Copy)
        clipboard = QGuiApplication.clipboard()
        assert clipboard.text() == ARABIC_NAME
