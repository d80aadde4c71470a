"""The main window as a salesperson uses it: create, find, edit, delete, undo, restore, sort,
categories, right-to-left, and settings that survive a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.app import install_translators
from crm_desktop.gui.account_editor import AccountEditor
from crm_desktop.gui.contact_card import ContactCardView
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.contact_table_model import COLUMN_EMAIL, COLUMN_NAME, COLUMN_TITLE
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft, EmailValue, PhoneValue
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database, open_database


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _names(window: MainWindow) -> list[str]:
    model = window._model
    return [model.data(model.index(row, COLUMN_NAME)) for row in range(model.rowCount())]


def _fill_editor(editor: ContactEditor, given: str, family: str, email: str, phone: str) -> None:
    editor._ui.given.setText(given)
    editor._ui.family.setText(family)
    editor._ui.account.setText("Aegean Foods")
    editor._ui.title.setText("Buyer")
    editor.add_row(editor._ui.emails, [email, "work"])
    editor.add_row(editor._ui.phones, [phone, "cell"])


def test_a_contact_created_in_the_editor_is_found_by_search(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(editor: ContactEditor) -> int:
        _fill_editor(editor, "Ελένη", "Παπαδοπούλου", "eleni@aegean.example", "+30 210 555 0101")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ContactEditor, "exec", exec_)
    window._actions["new"].trigger()
    assert search_contacts(db, "παπαδοπουλου").total == 1
    [row] = search_contacts(db, "5550101").rows
    card = get_contact(db, row.id)
    assert (card.draft.formatted_name, card.organization, card.draft.title) == (
        "Ελένη Παπαδοπούλου", "Aegean Foods", "Buyer",
    )  # fmt: skip
    assert _names(window) == ["Ελένη Παπαδοπούλου"]


def test_the_editor_says_what_is_wrong_inline_and_does_not_close(qtbot: QtBot) -> None:
    editor = ContactEditor(None, [], ["Customer"])
    qtbot.addWidget(editor)
    editor._ui.given.setText("Ana")
    editor.add_row(editor._ui.emails, ["not-an-address", ""])
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted.value
    assert editor._ui.problem.text() == "not-an-address is not an email address."
    editor._ui.emails.item(0, 0).setText("ana@puig.example")
    editor._ui.birthday.setText("1980-02-30")
    editor.accept()
    assert "\u20661980-02-30\u2069 is not a date" in editor._ui.problem.text()
    editor._ui.birthday.setText("--02-29")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted.value
    draft = editor.result_draft()
    assert draft is not None and draft.birthday == "--02-29" and draft.formatted_name == "Ana"


def test_edit_delete_undo_redo_and_restore(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    [ana] = add_contacts(db, [ContactDraft("Ana Puig", family_name="Puig", given_name="Ana")])
    window._refresh("")

    def exec_(editor: ContactEditor) -> int:
        editor._ui.title.setText("CEO")
        editor._ui.account.setText("Vilaseca Vins")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ContactEditor, "exec", exec_)
    window.select_row(0)
    window._actions["edit"].trigger()
    assert get_contact(db, ana).draft.title == "CEO"
    window._actions["undo"].trigger()
    assert get_contact(db, ana).draft.title == ""
    window._actions["redo"].trigger()
    assert get_contact(db, ana).organization == "Vilaseca Vins"

    window.select_row(0)
    window._actions["delete"].trigger()
    assert _names(window) == [] and search_contacts(db, trashed=True).total == 1
    window._actions["undo"].trigger()
    assert _names(window) == ["Ana Puig"]
    window._actions["redo"].trigger()
    window.show_trash()
    assert _names(window) == ["Ana Puig"]
    window.select_row(0)
    window._actions["restore"].trigger()
    assert search_contacts(db).total == 1 and search_contacts(db, trashed=True).total == 0
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None and nav.item(2).text() == "Trash (0)"


def test_delete_key_moves_the_selection_to_the_trash(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    window._refresh("")
    window._table.setFocus()
    window.select_row(0)
    qtbot.keyClick(window._table, Qt.Key.Key_Delete)
    assert _names(window) == ["Pau Serra"]


def test_clicking_a_header_sorts_by_that_column(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(
        db,
        [
            ContactDraft(
                "Zoe", family_name="Alpha", title="Buyer", emails=(EmailValue("z@x.example"),)
            ),
            ContactDraft(
                "Ana",
                family_name="Omega",
                title="Account Executive",
                emails=(EmailValue("a@x.example"),),
            ),
        ],
    )
    window._refresh("")
    assert _names(window) == ["Zoe", "Ana"]  # by family name
    header = window._table.horizontalHeader()
    header.setSortIndicator(COLUMN_TITLE, Qt.SortOrder.AscendingOrder)
    assert _names(window) == ["Ana", "Zoe"]
    header.setSortIndicator(COLUMN_EMAIL, Qt.SortOrder.DescendingOrder)
    assert _names(window) == ["Zoe", "Ana"]


def test_a_category_in_the_navigation_filters_the_list(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(
        db,
        [
            ContactDraft("Ana", categories=("Customer",)),
            ContactDraft("Pau", categories=("Vendor",)),
        ],
    )
    window._refresh_navigation()
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    texts = [nav.item(i).text() for i in range(nav.count())]
    assert texts[:5] == [
        "Contacts (2)",
        "Accounts (0)",
        "Trash (0)",
        "Deleted accounts (0)",
        "Customer (1)",
    ]
    nav.setCurrentRow(texts.index("Vendor (1)"))
    assert _names(window) == ["Pau"]
    window._search.setText("ana")
    window._debounce.flush()
    assert _names(window) == []


def test_the_model_holds_a_few_pages_of_a_large_list(qtbot: QtBot, db: Database) -> None:
    add_contacts(db, (ContactDraft(f"Person {i:06d}") for i in range(100_000)))
    main = MainWindow(db)
    qtbot.addWidget(main)
    assert main._model.rowCount() == 100  # the first page is painted before the rest loads
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    table = main.findChild(QTableView, "contacts")
    assert table is not None and table.model().rowCount() == 100_000
    table.scrollToBottom()
    QApplication.processEvents()
    loaded = sum(len(page) for page in main._model._pages.values())
    assert loaded <= 400  # the first page and the last, not 100,000 rows


def test_the_card_never_renders_contact_data_as_markup(qtbot: QtBot, db: Database) -> None:
    [cid] = add_contacts(
        db,
        [ContactDraft("<b>x</b><img src=y>", emails=(EmailValue("<i>a</i>@x.example"),),
                      phones=(PhoneValue("<u>1</u>"),))],
    )  # fmt: skip
    card = ContactCardView()
    qtbot.addWidget(card)
    card.show_card(get_contact(db, cid))
    # (Zero-width spaces let a long address wrap after its "@" and dots: not shown.)
    texts = [label.text().replace("\u200b", "") for label in card.widget().findChildren(QLabel)]
    assert "<b>x</b><img src=y>" in texts
    assert any("&lt;i&gt;a&lt;/i&gt;@x.example" in text for text in texts)
    assert not any("<i>" in text or "<img" in text for text in texts if "href" in text)


def test_right_to_left_under_an_arabic_locale(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    before = qapp.layoutDirection()
    translators = set(qapp.findChildren(QTranslator))
    try:
        install_translators(qapp, QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        main = MainWindow(db)
        qtbot.addWidget(main)
        assert main.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert main.menuBar().actions()[0].text() == "&ملف"  # the Arabic translation is in use
    finally:
        qapp.setLayoutDirection(before)
        for translator in set(qapp.findChildren(QTranslator)) - translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_columns_geometry_and_splitter_survive_a_restart(qtbot: QtBot, db: Database) -> None:
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    header = first._table.horizontalHeader()
    header.moveSection(header.visualIndex(COLUMN_EMAIL), 1)
    header.setSectionHidden(COLUMN_TITLE, True)
    header.resizeSection(COLUMN_NAME, 333)
    first.resize(760, 590)  # within the offscreen screen
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    again: QHeaderView = second._table.horizontalHeader()
    assert again.visualIndex(COLUMN_EMAIL) == 1
    assert again.isSectionHidden(COLUMN_TITLE)
    assert again.sectionSize(COLUMN_NAME) == 333
    assert (second.width(), second.height()) == (760, 590)


def test_typing_in_the_list_goes_on_in_the_search_box(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    window._refresh("")
    window._table.setFocus()
    qtbot.keyClicks(window._table, "pau")
    assert window._search.text() == "pau" and window._search.hasFocus()
    window._debounce.flush()
    assert _names(window) == ["Pau Serra"]


def test_accounts_show_their_contacts_and_open_from_a_contact(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, db: Database
) -> None:
    [ana, _pau] = add_contacts(
        db,
        [
            ContactDraft(
                "Ana Puig", title="CEO", accounts=(AccountLinkDraft("Vilaseca Vins", "CEO", True),)
            ),
            ContactDraft("Pau Serra", accounts=(AccountLinkDraft("Cal Pep"),)),
        ],
    )
    window._on_changes(Changes(contacts_added=(ana,)))
    account_id = get_contact(db, ana).accounts[0].id
    window.show_account(account_id)  # what a click on the account in the contact's card does
    accounts = window.findChild(QTableView, "accounts")
    assert accounts is not None and accounts.isVisible()
    qtmodeltester.check(accounts.model(), force_py=True)
    assert accounts.model().rowCount() == 2
    heading = window.findChild(QLabel, "accountContactsHeading")
    assert heading is not None and heading.text() == "Contacts (1)"
    name = window.findChild(QLabel, "accountName")
    assert name is not None and name.text() == "Vilaseca Vins"
    window._accounts.pane.contact_activated.emit(ana)  # a click on Ana in the account's card
    assert window._table.isVisible()
    assert window._model.contact_id(window._table.currentIndex().row()) == ana


def test_columns_are_hidden_and_shown_from_the_headers_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = window.column_menu()
    titles = [action.text() for action in menu.actions()]
    assert titles == [
        "Name",
        "Account",
        "Title",
        "Phone",
        "Email",
        "Categories",
        "Last contact",
        "Next activity",
    ]
    assert not menu.actions()[0].isEnabled()  # the name always shows
    menu.actions()[COLUMN_TITLE].setChecked(False)
    assert window._table.horizontalHeader().isSectionHidden(COLUMN_TITLE)
    window.column_menu().actions()[COLUMN_TITLE].setChecked(True)
    assert not window._table.horizontalHeader().isSectionHidden(COLUMN_TITLE)


def test_accounts_are_created_renamed_deleted_and_undone(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    [ana] = add_contacts(db, [ContactDraft("Ana Puig", accounts=(AccountLinkDraft("Vilaseca"),))])
    window._on_changes(Changes(contacts_added=(ana,)))
    window.show_account(get_contact(db, ana).accounts[0].id)
    names = iter(["Cal Pep", "Vilaseca Vins"])

    def exec_(editor: AccountEditor) -> int:
        editor._ui.name.setText(next(names))
        editor._ui.website.setText("https://example.com")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(AccountEditor, "exec", exec_)
    window._actions["new"].trigger()  # in the accounts view, New makes an account
    assert [r.name for r in account_rows(db)] == ["Cal Pep", "Vilaseca"]
    window.show_account(get_contact(db, ana).accounts[0].id)
    window._actions["edit"].trigger()
    assert [r.name for r in account_rows(db)] == ["Cal Pep", "Vilaseca Vins"]
    assert search_contacts(db, "vins").total == 1  # Ana is found by her account's new name
    window._actions["undo"].trigger()
    assert search_contacts(db, "vins").total == 0
    window._actions["delete"].trigger()
    assert len(account_rows(db)) == 1
    window._actions["undo"].trigger()
    assert len(account_rows(db)) == 2
    window._actions["delete"].trigger()
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    deleted = next(
        i for i in range(nav.count()) if nav.item(i).text().startswith("Deleted accounts")
    )
    assert nav.item(deleted).text() == "Deleted accounts (1)"
    nav.setCurrentRow(deleted)  # the accounts in the Trash
    assert window._accounts.model.rowCount() == 1 and window._actions["restore"].isEnabled()
    window._actions["restore"].trigger()
    assert len(account_rows(db)) == 2 and account_rows(db, trashed=True) == []


def test_the_account_editor_wants_a_name_and_valid_details(qtbot: QtBot) -> None:
    editor = AccountEditor(None)
    qtbot.addWidget(editor)
    editor.accept()
    assert editor._ui.problem.text() == "Give the account a name."
    editor._ui.name.setText("Cal Pep")
    editor.accept()
    assert editor.result_draft() is not None and editor.result_draft().name == "Cal Pep"  # type: ignore[union-attr]


def test_the_first_screen_is_read_lightly_and_the_database_opens_after_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Pau Serra")])
    db = open_database(path, "en", writer_later=True)
    assert not db.writer_open

    main = MainWindow(db)
    qtbot.addWidget(main)
    assert _names(main) == ["Ana Puig", "Pau Serra"] and not db.writer_open  # from the reader
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    assert db.writer_open
    main.select_row(0)
    main._actions["delete"].trigger()  # writes go through the full database
    assert _names(main) == ["Pau Serra"]
    main.close_database()
