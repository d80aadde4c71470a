"""Room for the card at 1280x800 (issue 20, "the card is starved"): the panes' first sizes,
the list's dates in view, a card that never scrolls sideways, typed details, postal blocks,
the initials avatar, the next activity and what is overdue, on a light and a dark desktop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.gui.account_card import AccountPane
from crm_desktop.gui.avatar import Avatar, initials
from crm_desktop.gui.card_addresses import email_label, phone_label
from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.contact_table_model import (
    COLUMN_LAST_CONTACT,
    COLUMN_NEXT_ACTIVITY,
    ContactTableModel,
)
from crm_desktop.gui.language import apply_language
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.palette_fixes import contrast, follow_palette_fixes
from crm_desktop.records.activities import ActivityDraft, ActivityRow
from crm_desktop.records.contacts import ContactRow
from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    EmailValue,
    PhoneValue,
)
from crm_desktop.records.ids import ContactId
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.accounts import get_account
from crm_desktop.services.activities import create_activity, next_activity
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
LONG_EMAIL = "konstantina.papadimitriou-alexandropoulou@purchasing.aegean-foods-holdings.example"


@pytest.fixture(autouse=True)
def _locale_direction_and_palette_restored(qapp: QApplication) -> Iterator[None]:
    locale, direction, palette = QLocale(), qapp.layoutDirection(), qapp.palette()
    translators = set(qapp.findChildren(QTranslator))
    QLocale.setDefault(QLocale("en_GB"))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    qapp.setPalette(palette)


def _dark_palette() -> QPalette:
    """What a dark desktop often hands Qt: a few colours, the disabled ones copied."""
    text, window = QColor(240, 240, 240), QColor(50, 50, 50)
    return QPalette(text, window, window.lighter(150), window.darker(150), window.darker(130),
                    text, window.darker(140))  # fmt: skip


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    return main


def _form_rows(view: QWidget) -> list[tuple[str, str]]:
    [form] = view.findChildren(QFormLayout)
    rows = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is not None and field is not None:
            texts = [w.text() for w in (label.widget(), field.widget()) if isinstance(w, QLabel)]
            rows.append((texts[0], texts[1]))
    return rows


def test_at_1280_by_800_the_folders_list_and_card_open_in_proportion(
    qtbot: QtBot, db: Database
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig")])
    main = _window(qtbot, db)
    assert (main.width(), main.height()) == (1280, 800)
    folders, listed, card = main._splitter.sizes()
    assert 140 <= folders <= 220  # as wide as its names: not a mostly white column
    assert card >= 330
    assert listed >= 680


def test_the_list_shows_last_contact_and_next_activity_at_1280(qtbot: QtBot, db: Database) -> None:
    add_contacts(db, [ContactDraft("Ana Puig")])
    main = _window(qtbot, db)
    table = main._table
    header = table.horizontalHeader()
    for column in (COLUMN_LAST_CONTACT, COLUMN_NEXT_ACTIVITY):
        assert not header.isSectionHidden(column)
        start = header.sectionViewportPosition(column)
        assert start >= 0
        assert start + header.sectionSize(column) <= table.viewport().width()


def test_the_contact_card_never_scrolls_sideways_and_says_a_long_email_whole(
    qtbot: QtBot, db: Database
) -> None:
    draft = ContactDraft(
        "Konstantina Papadimitriou-Alexandropoulou",
        emails=(EmailValue(LONG_EMAIL, ("work",)),),
        phones=(PhoneValue("+30 210 555 0101 ext. 12345", ("work",)),),
    )
    [contact_id] = add_contacts(db, [draft])
    main = _window(qtbot, db)
    main.select_row(0)
    card = main._card.card
    qtbot.waitUntil(lambda: card.shown is not None and card.shown.id == contact_id, timeout=5000)
    body = card.widget()
    qtbot.waitUntil(lambda: body.width() <= card.viewport().width(), timeout=5000)
    assert not card.horizontalScrollBar().isVisible()
    assert card.horizontalScrollBar().maximum() == 0
    [mail] = [label for label in body.findChildren(QLabel) if "mailto:" in label.text()]
    assert mail.geometry().right() <= body.width()
    assert LONG_EMAIL in mail.toolTip()


def test_the_account_card_opens_with_room_for_its_contacts(qtbot: QtBot, db: Database) -> None:
    account_id = create_account(db, AccountDraft("Aegean Foods S.A.", website="aegean.example"))
    names = [f"Contact {n}" for n in range(6)]
    link = (AccountLinkDraft("Aegean Foods S.A.", "Buyer"),)
    add_contacts(db, [ContactDraft(name, accounts=link) for name in names])
    holder = QWidget()
    qtbot.addWidget(holder)
    pane = AccountPane(holder)
    pane.resize(360, 700)
    holder.resize(360, 700)
    holder.show()
    qtbot.waitExposed(holder, timeout=5000)
    pane.show_card(get_account(db, account_id))
    pane.timeline.set_actions(None)
    qtbot.waitUntil(lambda: pane.sizes()[-1] > 0, timeout=5000)
    card = pane.card
    assert card.height() >= 0.5 * (pane.height() - 100)  # not the 60 pixels it opened with
    links = [label for label in card.widget().findChildren(QLabel) if "contact:" in label.text()]
    assert len(links) == 6
    for label in links:  # every contact in view without dragging the splitter
        bottom = label.mapTo(card.viewport(), label.rect().bottomLeft()).y()
        assert bottom <= card.viewport().height()


@pytest.mark.parametrize(
    ("types", "phone", "email"),
    [
        (("work", "voice"), "Business phone", "Business email"),
        (("cell",), "Mobile phone", "Email (cell)"),
        (("home",), "Home phone", "Home email"),
        (("work", "fax"), "Fax", "Business email"),
        ((), "Phone", "Email"),
        (("car",), "Phone (car)", "Email (car)"),
    ],
)
def test_phones_and_emails_are_named_by_their_type(
    types: tuple[str, ...], phone: str, email: str
) -> None:
    assert phone_label(types) == phone
    assert email_label(types) == email


def test_the_types_are_translated(qapp: QApplication) -> None:
    apply_language(qapp, "el")
    assert phone_label(("cell",)) not in ("", "Mobile phone")
    assert email_label(("work",)) not in ("", "Business email")


def test_the_card_names_each_detail_by_its_type(qtbot: QtBot, db: Database) -> None:
    draft = ContactDraft(
        "Ana Puig",
        emails=(EmailValue("ana@vins.example", ("work",)),),
        phones=(PhoneValue("+34 600 000 000", ("cell",)), PhoneValue("+34 972 000 000", ("fax",))),
        addresses=(AddressValue(("home",), street="Carrer Major 1", locality="Girona"),),
    )
    [contact_id] = add_contacts(db, [draft])
    view = ContactCardView()
    qtbot.addWidget(view)
    view.show_card(get_contact(db, contact_id))
    labels = [label for label, _ in _form_rows(view)]
    for expected in ("Business email", "Mobile phone", "Fax", "Home address"):
        assert expected in labels


@pytest.mark.parametrize(
    ("address", "block"),
    [
        (  # the United States: city, state and ZIP on one line; the country, from abroad
            AddressValue(
                ("work",),
                street="1 Main Street",
                locality="Springfield",
                region="IL",
                postal_code="62701",
                country="United States",
            ),
            "1 Main Street\nSpringfield, IL 62701\nUnited States",
        ),
        (  # Greece: the postal code before the city
            AddressValue(
                ("work",),
                street="Odos Ermou 1",
                locality="Athina",
                postal_code="10558",
                country="Greece",
            ),
            "Odos Ermou 1\n10558 Athina\nGreece",
        ),
        (  # Iran: province, city, street, then the postal code
            AddressValue(
                ("work",),
                street="خیابان ولیعصر ۱",
                locality="تهران",
                region="استان تهران",
                postal_code="1593656511",
                country="Iran",
            ),
            "استان تهران\nتهران\nخیابان ولیعصر ۱\n1593656511\nIran",
        ),
        (  # the user's own country (en_GB): no country line; the city as written
            AddressValue(
                ("work",),
                street="10 Downing Street",
                locality="London",
                postal_code="SW1A 2AA",
                country="United Kingdom",
            ),
            "10 Downing Street\nLondon\nSW1A 2AA",
        ),
    ],
)
def test_an_address_is_a_postal_block_in_its_countrys_order(
    qtbot: QtBot, db: Database, address: AddressValue, block: str
) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("Ana Puig", addresses=(address,))])
    view = ContactCardView()
    qtbot.addWidget(view)
    view.show_card(get_contact(db, contact_id))
    assert ("Business address", block) in _form_rows(view)


@pytest.mark.parametrize(
    ("draft", "organization", "letters"),
    [
        (ContactDraft(given_name="Eleni", family_name="Papadopoulou"), "", "EP"),
        (ContactDraft(given_name="ελένη", family_name="Παπαδοπούλου"), "", "ΕΠ"),
        (ContactDraft(given_name="محمد", family_name="علي"), "", "م\u200cع"),  # not joined
        (ContactDraft(given_name="زهرا", family_name="احمدی"), "", "ز\u200cا"),
        (ContactDraft("Dr. Ana Puig i Serra"), "", "AS"),  # the title is no initial
        (ContactDraft("jordi"), "", "J"),
        (ContactDraft(""), "Vilaseca Vins", "VV"),  # a company's card
    ],
)
def test_the_avatar_shows_initials_in_any_script(
    draft: ContactDraft, organization: str, letters: str
) -> None:
    assert initials(draft, organization) == letters


def test_the_avatar_stands_before_the_name_and_on_the_right_in_a_right_to_left_window(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("مريم جعفري")])
    card = get_contact(db, contact_id)
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        qapp.setLayoutDirection(direction)
        view = ContactCardView()
        qtbot.addWidget(view)
        view.resize(360, 500)
        view.show()
        view.show_card(card)
        [avatar] = view.findChildren(Avatar)
        name = view.findChild(QLabel, "cardName")
        assert name is not None
        qtbot.waitUntil(lambda a=avatar, n=name: a.width() > 0 and n.width() > 0, timeout=5000)
        assert avatar.letters == "م\u200cج"
        if direction == Qt.LayoutDirection.LeftToRight:
            assert avatar.x() < name.x()
        else:
            assert avatar.x() > name.x()


def test_the_card_shows_the_next_activity_and_says_when_it_is_overdue(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("Ana Puig")])
    for subject, due in (("Send the price list", NOW - timedelta(days=2)),
                         ("Visit the cellar", NOW + timedelta(days=5))):  # fmt: skip
        draft = ActivityDraft("task", subject, due=due, contact_ids=(ContactId(contact_id),))
        create_activity(db, draft, now=NOW - timedelta(days=10))
    for palette in (qapp.palette(), _dark_palette()):
        qapp.setPalette(palette)
        view = ContactCardView()
        qtbot.addWidget(view)
        view.clock = lambda: NOW
        view.load_next = lambda contact: next_activity(db, contact)
        view.show_card(get_contact(db, contact_id))
        shown = view.findChild(QLabel, "cardNextActivity")
        assert shown is not None
        assert "Send the price list" in shown.text()  # the earliest open one
        assert "Overdue" in shown.text()  # said in words, not by colour alone
        colour = shown.palette().color(QPalette.ColorRole.WindowText)
        assert colour == alert_color(palette)
        assert contrast(colour, palette.color(QPalette.ColorRole.Window)) >= 4.5
    view.clock = lambda: NOW - timedelta(days=3)  # before it was due: not overdue
    view.show_card(get_contact(db, contact_id))
    shown = view.findChild(QLabel, "cardNextActivity")
    assert shown is not None
    assert "Overdue" not in shown.text()


def test_the_list_flags_a_next_activity_that_is_past(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    rows = {
        1: ContactRow(ContactId(1), "Ana Puig", "", "", "", "", (), None, NOW - timedelta(1)),
        2: ContactRow(ContactId(2), "Jordi Serra", "", "", "", "", (), None, NOW + timedelta(1)),
    }
    model = ContactTableModel(lambda ids: [rows[i] for i in ids])
    model.clock = lambda: NOW
    model.set_ids([ContactId(1), ContactId(2)])
    qtmodeltester.check(model)
    past, future = model.index(0, COLUMN_NEXT_ACTIVITY), model.index(1, COLUMN_NEXT_ACTIVITY)
    assert str(past.data()).startswith("\u26a0")
    assert "overdue" in str(past.data(Qt.ItemDataRole.AccessibleTextRole))
    assert "overdue" in str(past.data(Qt.ItemDataRole.ToolTipRole))
    assert past.data(Qt.ItemDataRole.ForegroundRole) == alert_color()
    assert not str(future.data()).startswith("\u26a0")
    assert future.data(Qt.ItemDataRole.ForegroundRole) is None
    qapp.setPalette(_dark_palette())  # readable on a dark list too
    dark = past.data(Qt.ItemDataRole.ForegroundRole)
    assert contrast(dark, qapp.palette().color(QPalette.ColorRole.Base)) >= 4.5


def test_a_disabled_button_looks_disabled_on_a_dark_desktop(
    qtbot: QtBot, qapp: QApplication
) -> None:
    follow_palette_fixes(qapp)
    button = QPushButton("Restore")
    qtbot.addWidget(button)
    button.setEnabled(False)
    qapp.setPalette(_dark_palette())  # its disabled text as bright as the enabled text

    def dimmed() -> bool:
        palette = button.palette()
        active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        return disabled != active

    qtbot.waitUntil(dimmed, timeout=5000)
    palette = button.palette()
    back = palette.color(QPalette.ColorRole.Button)
    active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert contrast(disabled, back) < contrast(active, back) / 2
    link = palette.color(QPalette.ColorRole.Link)  # and a link is readable on it
    assert contrast(link, palette.color(QPalette.ColorRole.Window)) >= 4.5


def test_a_change_of_language_redraws_the_card_without_reading_the_database_again(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    [contact_id] = add_contacts(db, [ContactDraft("Ana Puig")])
    _ = create_activity(
        db, ActivityDraft("call", "Call back", due=NOW, contact_ids=(ContactId(contact_id),))
    )
    reads: list[int] = []

    def load(contact: int) -> ActivityRow | None:
        reads.append(contact)  # in an event, a failed read would open a dialog mid-redraw
        return next_activity(db, contact)

    view = ContactCardView()
    qtbot.addWidget(view)
    view.load_next = load
    view.show_card(get_contact(db, contact_id))
    apply_language(qapp, "el")
    qtbot.waitUntil(lambda: view.accessibleName() != "Contact card", timeout=5000)
    assert reads == [contact_id]
    shown = view.findChild(QLabel, "cardNextActivity")
    assert shown is not None and "Call back" in shown.text()
