"""The contacts list's A-Z jump bar, business-card view, favourites and recently viewed
contacts, driven as a user would (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QListWidget, QTableView, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.card_view import CardView
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.jump_bar import ALPHABETS, JumpBar, alphabet_for
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.navigation import CONTACT
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.favourites import favourites
from tests.gui.locales import user_locale

FAMILIES = ["Zeta", "Adams", "Baker", "Miller", "Moore", "Évora", "Çanet", "Costa"]


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    return main


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(db, [ContactDraft(given_name="Ana", family_name=f) for f in FAMILIES])
    yield _window(qtbot, db)


def _parts(window: MainWindow) -> tuple[JumpBar, QTableView, CardView, QListWidget]:
    bar = window.findChild(JumpBar, "jumpBar")
    table = window.findChild(QTableView, "contacts")
    cards = window.findChild(CardView, "contactCards")
    nav = window.findChild(QListWidget, "navigation")
    assert bar is not None and table is not None and cards is not None and nav is not None
    return bar, table, cards, nav


def _current_name(table: QTableView) -> str:
    rows = table.selectionModel().selectedRows()
    assert len(rows) == 1
    return str(rows[0].data()).strip("\u2068\u2069")  # a name isolated in its direction


def _click_letter(qtbot: QtBot, bar: JumpBar, letter: str) -> None:
    step = bar.letters.index(letter)
    y = int((step + 0.5) * bar.height() / len(bar.letters))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, y))


def test_clicking_a_letter_selects_the_first_name_there(qtbot: QtBot, window: MainWindow) -> None:
    bar, table, _cards, _nav = _parts(window)
    assert bar.letters == ("#", *ALPHABETS["en"])
    _click_letter(qtbot, bar, "M")
    assert _current_name(table) == "Ana Miller"
    _click_letter(qtbot, bar, "E")
    assert _current_name(table) == "Ana Évora"  # the accent folded, as the order folds it
    _click_letter(qtbot, bar, "C")
    assert _current_name(table) == "Ana Çanet"
    _click_letter(qtbot, bar, "#")
    assert _current_name(table) == "Ana Adams"


def test_the_jump_bar_works_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    bar, table, _cards, _nav = _parts(window)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Z)
    assert _current_name(table) == "Ana Zeta"
    qtbot.keyClick(bar, Qt.Key.Key_Home)
    for _ in range(2):  # "#", A, B
        qtbot.keyClick(bar, Qt.Key.Key_Down)
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert _current_name(table) == "Ana Baker"


def _press(qtbot: QtBot, widget: QWidget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_the_bar_is_disabled_while_a_search_finds_no_one(qtbot: QtBot, window: MainWindow) -> None:
    bar, table, _cards, _nav = _parts(window)
    search = window.findChild(QLineEdit, "search")
    assert search is not None and bar.isEnabled()
    search.setFocus()
    qtbot.keyClicks(search, "nobodyhere")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: not bar.isEnabled(), timeout=3000)
    assert bar.focusPolicy() & Qt.FocusPolicy.TabFocus  # its own, kept: disabled takes none
    bar.setFocus()
    assert not bar.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # the search cleared: everyone again
    qtbot.waitUntil(lambda: table.model().rowCount() == len(FAMILIES), timeout=5000)
    qtbot.waitUntil(bar.isEnabled, timeout=3000)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_M)
    assert _current_name(table) == "Ana Miller"


def test_the_bar_of_an_empty_list_opens_with_the_first_contact(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, db)  # nobody yet
    bar, table, _cards, _nav = _parts(window)
    qtbot.waitUntil(lambda: not bar.isEnabled(), timeout=3000)

    def exec_(editor: ContactEditor) -> int:
        editor._ui.given.setText("Ana")
        editor._ui.family.setText("Serra")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ContactEditor, "exec", exec_)
    _press(qtbot, window, window._actions["new"].shortcut())
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    qtbot.waitUntil(bar.isEnabled, timeout=3000)
    assert bar.present("S") and not bar.present("A")  # only her family name's letter


def test_letters_no_name_starts_at_are_greyed_and_passed_over(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar, table, _cards, _nav = _parts(window)  # Adams Baker Çanet Costa Évora Miller Moore Zeta
    qtbot.waitUntil(lambda: not bar.present("D"), timeout=3000)
    assert [letter for letter in bar.letters if bar.present(letter)] == list("#ABCEMZ")
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Z)
    qtbot.keyClick(bar, Qt.Key.Key_D)  # greyed: nothing happens
    assert _current_name(table) == "Ana Zeta"
    qtbot.keyClick(bar, Qt.Key.Key_C)
    qtbot.keyClick(bar, Qt.Key.Key_Down)  # over D, to E
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert _current_name(table) == "Ana Évora"
    qtbot.keyClick(bar, Qt.Key.Key_Up)  # back over D
    qtbot.keyClick(bar, Qt.Key.Key_Space)
    assert _current_name(table) == "Ana Çanet"  # C's first (Ç folded to C)
    _click_letter(qtbot, bar, "Q")  # a greyed letter clicked: nothing either
    assert _current_name(table) == "Ana Çanet"
    qtbot.keyClick(bar, Qt.Key.Key_End)
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert _current_name(table) == "Ana Zeta"


def test_a_jump_from_another_order_sorts_by_name_first(qtbot: QtBot, window: MainWindow) -> None:
    bar, table, _cards, _nav = _parts(window)
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by title
    _click_letter(qtbot, bar, "M")
    assert table.horizontalHeader().sortIndicatorSection() == 0
    assert _current_name(table) == "Ana Miller"


@pytest.mark.parametrize(
    ("locale", "language", "families", "letter", "expected"),
    [
        ("el_GR", "el", ["Ωμέγα", "Άλφα", "Μαρκόπουλος", "Μελάς"], "Μ", "Ana Μαρκόπουλος"),
        ("ar_EG", "ar", ["يوسف", "أحمد", "محمد", "منصور"], "م", "Ana محمد"),
        ("fa_IR", "fa", ["پاکزاد", "بهرامی", "هاشمی", "وحیدی"], "و", "Ana وحیدی"),
        ("ca_ES", "ca", ["Bosch", "Çanet", "Costa"], "C", "Ana Çanet"),
    ],
)
def test_the_bar_speaks_the_users_alphabet(
    qtbot: QtBot,
    tmp_path: Path,
    locale: str,
    language: str,
    families: list[str],
    letter: str,
    expected: str,
) -> None:
    db = open_database(tmp_path / "crm.sqlite3", locale)
    try:
        add_contacts(db, [ContactDraft(given_name="Ana", family_name=f) for f in families])
        with user_locale(locale):
            window = _window(qtbot, db)
            bar, table, _cards, _nav = _parts(window)
            assert bar.letters == alphabet_for(language)
            _click_letter(qtbot, bar, letter)
            assert _current_name(table) == expected
            if window.isRightToLeft():  # mirrored: the bar on the list's left
                assert bar.mapTo(window, QPoint(0, 0)).x() < table.mapTo(window, QPoint(0, 0)).x()
            else:
                assert bar.mapTo(window, QPoint(0, 0)).x() > table.mapTo(window, QPoint(0, 0)).x()
            window.close()
    finally:
        db.close()


def test_persian_has_its_own_letters_and_arabic_does_not() -> None:
    persian, arabic = alphabet_for("fa_IR"), alphabet_for("ar")
    assert {"پ", "چ", "ژ", "گ"} <= set(persian) and not {"پ", "چ", "ژ", "گ"} & set(arabic)
    assert persian.index("و") < persian.index("ه") and arabic.index("ه") < arabic.index("و")
    assert len(alphabet_for("el")) == 25 and alphabet_for("ca") == alphabet_for("en")


def test_the_card_view_shows_the_same_contacts_and_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    _bar, table, cards, _nav = _parts(window)
    toggle = window._contacts.views.toggle
    assert toggle in window.menuBar().actions()[3].menu().actions()  # View > Business Cards
    toggle.trigger()
    assert cards.isVisible() and not table.isVisible()
    assert cards.model().rowCount() == table.model().rowCount() == len(FAMILIES)
    # In name order: Adams Baker Çanet Costa Évora Miller Moore Zeta.
    rect = cards.visualRect(cards.model().index(6, 0))
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _current_name(table) == "Ana Moore"
    assert window._contacts.pane.card.shown is not None
    assert window._contacts.pane.card.shown.draft.family_name == "Moore"
    window.select_row(1)  # selected elsewhere: the card view follows
    assert cards.selectionModel().isRowSelected(1, QModelIndex())
    assert cards.currentIndex().row() == 1
    assert [i.row() for i in cards.selectionModel().selectedIndexes()] == [1]
    toggle.trigger()
    assert table.isVisible() and _current_name(table) == "Ana Baker"


def test_cards_chosen_with_ctrl_select_whole_rows_and_the_card_beside(
    qtbot: QtBot, window: MainWindow
) -> None:
    _bar, table, cards, _nav = _parts(window)
    window._contacts.views.show_cards(True)
    for row, keys in (
        (3, Qt.KeyboardModifier.NoModifier),
        (5, Qt.KeyboardModifier.ControlModifier),
    ):
        rect = cards.visualRect(cards.model().index(row, 0))
        qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, keys, rect.center())
    assert [i.row() for i in table.selectionModel().selectedRows()] == [3, 5]
    assert window._contacts.selected_ids() == [
        window._contacts.model.contact_id(3),
        window._contacts.model.contact_id(5),
    ]
    shown = window._contacts.pane.card.shown
    assert shown is not None and shown.draft.family_name == "Miller"
    window._contacts.views.jump_to("Z")  # the jump bar scrolls and selects in the cards too
    assert [i.row() for i in cards.selectionModel().selectedIndexes()] == [7]


def test_the_cards_follow_a_new_search(qtbot: QtBot, window: MainWindow) -> None:
    _bar, table, cards, _nav = _parts(window)
    window._contacts.views.show_cards(True)
    search = window.findChild(QLineEdit, "search")
    assert search is not None
    search.setText("moore")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    assert cards.model().rowCount() == 1
    assert cards.selectionModel().isRowSelected(0, QModelIndex())


def _nav_contacts(nav: QListWidget) -> list[str]:
    return [
        nav.item(r).text().strip().strip("\u2068\u2069")
        for r in range(nav.count())
        if nav.item(r).data(Qt.ItemDataRole.UserRole)[0] == CONTACT
    ]


def test_pinning_from_the_context_menu_lists_the_contact_first_in_the_folder_pane(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    add_contacts(db, [ContactDraft(given_name="Ana", family_name=f) for f in FAMILIES])
    window = _window(qtbot, db)
    _bar, table, _cards, nav = _parts(window)
    views = window._contacts.views
    menu = views.context_menu(table.model().index(5, 0))  # Miller
    assert menu is not None
    (pin,) = menu.actions()
    pin.trigger()
    assert _nav_contacts(nav) == ["Ana Miller"]
    assert nav.item(1).data(Qt.ItemDataRole.UserRole)[0] == CONTACT  # under "Favourites"
    menu = views.context_menu(table.model().index(5, 0))
    assert menu is not None and menu.actions()[0].text() == "Unpin from &Favourites"
    window.close()
    window.close_database()
    again = open_database(db.path, "en_GB")  # a restart: the pin is in the database
    try:
        assert [f.name for f in favourites(again)] == ["Ana Miller"]
        reopened = _window(qtbot, again)
        _b, table2, _c, nav2 = _parts(reopened)
        assert _nav_contacts(nav2) == ["Ana Miller"]
        reopened.select_row(0)
        item = nav2.item(1)
        rect = nav2.visualItemRect(item)
        qtbot.mouseClick(nav2.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert _current_name(table2) == "Ana Miller"  # a click on the favourite shows it
        reopened.close()
    finally:
        again.close()


def test_a_cards_star_pins_and_unpins(qtbot: QtBot, window: MainWindow) -> None:
    _bar, _table, cards, nav = _parts(window)
    window._contacts.views.show_cards(True)
    index = cards.model().index(0, 0)
    rect = cards.visualRect(index).adjusted(3, 3, -3, -3)
    line = cards.fontMetrics().height()
    star = cards.delegate.star_rect(rect, line, cards.isRightToLeft())
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=star.center())
    assert _nav_contacts(nav) == ["Ana Adams"]
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=star.center())
    assert _nav_contacts(nav) == []


def test_recently_viewed_contacts_are_listed_newest_first(qtbot: QtBot, window: MainWindow) -> None:
    _bar, _table, _cards, nav = _parts(window)
    views = window._contacts.views
    for row in (0, 5, 1, 5):  # Adams, Miller, Baker, Miller again
        window.select_row(row)
        views.remember_viewed()
    assert _nav_contacts(nav) == ["Ana Miller", "Ana Baker", "Ana Adams"]
    window.select_row(2)
    qtbot.waitUntil(lambda: _nav_contacts(nav)[0] == "Ana Çanet", timeout=5000)  # shown a while


def test_tab_from_the_list_reaches_the_jump_bar(qtbot: QtBot, window: MainWindow) -> None:
    bar, table, _cards, _nav = _parts(window)
    window.activateWindow()
    table.setFocus()
    assert table.nextInFocusChain() is bar or bar in _chain_after(table, 3)


def _chain_after(widget: QTableView, count: int) -> list[object]:
    found: list[object] = []
    current = widget.nextInFocusChain()
    for _ in range(count):
        found.append(current)
        current = current.nextInFocusChain()
    return found
