"""The keyboard in the main window (issue 20, gui/window_keys.py): the search box's keys, Tab
out of the lists, Home and End, a list entered selects its row, a shortcut for every action
shown in its menu and tooltip (and no two alike, in any language), the focus ring."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import local_moment
from crm_desktop.gui.contact_editor import ContactEditor
from crm_desktop.gui.key_tips import key_text, menu_actions
from crm_desktop.gui.language import apply_language
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import create_activity, timeline
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from tests.gui.keyboard import answer, focus, press, type_in

TODAY = date(2026, 12, 1)
NOW = local_moment(TODAY, 10)
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
ROWS = 40


@pytest.fixture(autouse=True)
def _language_restored(qapp: QApplication) -> Iterator[None]:
    """Whatever a test chooses, the next one starts in English, left to right."""
    locale, direction = QLocale(), qapp.layoutDirection()
    translators = set(qapp.findChildren(QTranslator))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    ids = add_contacts(
        db, [ContactDraft(given_name=f"Name{n:02d}", family_name="Puig") for n in range(ROWS)]
    )
    for hour, subject in ((11, "Call the buyer"), (12, "Send the samples")):
        draft = ActivityDraft("task", subject, due=local_moment(TODAY, hour), contact_ids=ids[:1])
        create_activity(db, draft)
    main = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    yield main


def _contacts(window: MainWindow) -> QTableView:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    return table


def _search(window: MainWindow) -> QLineEdit:
    search = window.findChild(QLineEdit, "search")
    assert search is not None
    return search


def _selected_rows(table: QTableView) -> list[int]:
    return sorted(index.row() for index in table.selectionModel().selectedRows())


# ---- the search box ---------------------------------------------------------------------------


def test_down_in_the_search_box_goes_to_the_results_on_a_selected_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = _contacts(window)
    table.clearSelection()
    _search(window).setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert focus() is table
    assert _selected_rows(table) == [table.currentIndex().row()]


def test_esc_clears_the_search_and_then_goes_to_the_list(qtbot: QtBot, window: MainWindow) -> None:
    table = _contacts(window)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_in(qtbot, "name07")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=3000)
    press(qtbot, Qt.Key.Key_Escape)
    assert _search(window).text() == ""
    assert focus() is _search(window)
    qtbot.waitUntil(lambda: table.model().rowCount() == ROWS, timeout=3000)
    press(qtbot, Qt.Key.Key_Escape)
    assert focus() is table


def test_a_window_shortcut_works_from_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+E (Export) in the search box: the box does not take it (on X11 it is the line
    edit's "end of line"), and Ctrl+3 switches the view."""
    exported: list[bool] = []
    window._actions["export"].triggered.disconnect()
    window._actions["export"].triggered.connect(lambda: exported.append(True))
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_in(qtbot, "pu")
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert exported == [True]
    assert window.keys.search_gives_way(QKeySequence("Ctrl+E"))
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window._actions["pipeline_view"].isChecked()


def test_the_search_box_keeps_its_editing_keys(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z in the box undoes the typing (not the window's last command); Delete
    deletes a letter, not the selected contact."""
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_in(qtbot, "abc")
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Delete)
    assert _search(window).text() == "bc"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _search(window).text() == "abc"
    assert _contacts(window).model().rowCount() >= 0
    assert not window.keys.search_gives_way(QKeySequence(QKeySequence.StandardKey.Undo))
    assert not window.keys.search_gives_way(QKeySequence(QKeySequence.StandardKey.Delete))


# ---- the lists ---------------------------------------------------------------------------------


def test_tab_and_shift_tab_leave_the_contacts_list(qtbot: QtBot, window: MainWindow) -> None:
    table = _contacts(window)
    table.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is not table
    table.setFocus()
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focus() is not table


def test_ctrl_end_selects_the_last_row_and_keeps_the_names_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = _contacts(window)
    table.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    assert _selected_rows(table) == [ROWS - 1]
    assert table.currentIndex().column() == 0  # the name column, not the last one
    assert table.horizontalScrollBar().value() == 0
    assert table.currentIndex().data() == "Name39 Puig"
    press(qtbot, Qt.Key.Key_Home, CTRL)
    assert _selected_rows(table) == [0]
    press(qtbot, Qt.Key.Key_End, SHIFT)  # Shift: the selection grows to the end
    assert _selected_rows(table) == list(range(ROWS))


def test_entering_the_activities_list_selects_a_row_so_mark_done_acts(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_2, CTRL)
    view = window.findChild(ActivitiesView)
    assert view is not None
    qtbot.waitUntil(lambda: focus() is view.table, timeout=3000)  # the view's list, at once
    assert [row.subject for row in view.selected_rows()] == ["Call the buyer"]
    view.table.clearSelection()
    view.tabs.setFocus()
    while focus() is not view.table:  # Tab from the tabs, by the buttons, into the list
        press(qtbot, Qt.Key.Key_Tab)
    assert [row.subject for row in view.selected_rows()] == ["Call the buyer"]
    press(qtbot, Qt.Key.Key_Down)
    assert [row.subject for row in view.selected_rows()] == ["Send the samples"]
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is not view.table  # and Tab leaves it


# ---- dialogs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("edit", [False, True])
def test_the_contact_editor_opens_with_the_cursor_in_given_name(
    qtbot: QtBot, window: MainWindow, edit: bool
) -> None:
    seen: list[object] = []

    def look(editor: ContactEditor) -> None:
        seen.append(focus() is editor._ui.given)
        press(qtbot, Qt.Key.Key_Escape)

    answer(ContactEditor, look)
    press(qtbot, Qt.Key.Key_F2 if edit else Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier
          if edit else CTRL)  # fmt: skip
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [True]


# ---- every action's keys ---------------------------------------------------------------------


def _menu_actions(window: MainWindow) -> list[QAction]:
    return [
        action
        for action in menu_actions(window.menuBar().actions())
        if not action.isSeparator() and not isinstance(action.menu(), QMenu)
    ]


def test_every_menu_action_has_a_shortcut_shown_in_its_menu_and_tooltip(
    window: MainWindow,
) -> None:
    calendar = set(window.calendar_menu.actions())
    missing, untold = [], []
    for action in _menu_actions(window):
        if action in calendar:
            continue  # View > Calendar's choices: a setting, not a command
        keys = action.shortcut()
        if keys.isEmpty():
            missing.append(action.text())
        elif not action.toolTip().endswith(f"({key_text(keys)})"):
            untold.append(action.toolTip())
    assert missing == []
    assert untold == []
    assert window._actions["export"].toolTip().endswith(" (Ctrl+E)")
    toolbar_empty_trash = window._actions["empty_trash"]
    assert toolbar_empty_trash.toolTip().endswith(
        f"({key_text(window._actions['empty_trash_menu'].shortcut())})"
    )


def test_undos_tooltip_follows_its_command_and_keeps_its_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    undo = window._actions["undo"]
    assert undo.toolTip() == f"Undo ({key_text(undo.shortcut())})"
    window.select_row(3)
    press(qtbot, Qt.Key.Key_Delete)
    assert undo.toolTip() == f"Undo Delete contact ({key_text(undo.shortcut())})"


@pytest.mark.parametrize("code", ["en", "ar", "ca", "el", "fa"])
def test_no_two_actions_share_a_shortcut_in_any_language(
    qtbot: QtBot, qapp: QApplication, db: Database, code: str
) -> None:
    apply_language(qapp, code)
    main = MainWindow(db)  # made in the language: its keys are read then
    qtbot.addWidget(main)
    owners: dict[str, list[str]] = {}
    for action in main.findChildren(QAction):
        for keys in action.shortcuts():
            owners.setdefault(keys.toString(), []).append(action.text())
    clashes = {keys: texts for keys, texts in owners.items() if len(texts) > 1}
    assert clashes == {}
    assert len(owners) > 35


# ---- the focus ring -------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True])
def test_the_focus_ring_is_drawn_around_the_list_in_the_highlight_colour(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, dark: bool
) -> None:
    if dark:
        palette = QPalette(QColor("#2b2b2b"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
        window.setPalette(palette)
    table = _contacts(window)
    table.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    table.setFocus()
    qtbot.waitUntil(lambda: window.keys.ring.parentWidget() is table, timeout=3000)
    ring = window.keys.ring
    assert ring.isVisible() and ring.geometry() == table.rect()
    image = table.grab().toImage()
    edge = image.pixelColor(1, table.height() // 2)
    highlight = table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert abs(edge.red() - highlight.red()) + abs(edge.blue() - highlight.blue()) < 60
    _search(window).setFocus()  # a line edit draws its own: no ring
    qtbot.waitUntil(lambda: not window.keys.ring.isVisible(), timeout=3000)


# ---- a call logged --------------------------------------------------------------------------


def test_ctrl_l_in_the_activities_view_logs_a_call_with_the_activitys_contact_undoably(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    [buyer] = search_contacts(db, "Name00").rows
    press(qtbot, Qt.Key.Key_2, CTRL)
    view = window.findChild(ActivitiesView)
    assert view is not None
    qtbot.waitUntil(lambda: focus() is view.table, timeout=3000)

    def outcome(editor: ActivityEditorDialog) -> None:
        assert focus() is editor._ui.outcome
        type_in(qtbot, "Left a message")
        press(qtbot, Qt.Key.Key_Return)

    logged = answer(ActivityEditorDialog, outcome)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert logged
    calls = [i.activity for i in timeline(db, buyer.id) if i.activity and i.activity.kind == "call"]
    assert [(c.subject, c.status, c.outcome) for c in calls] == [
        ("Call with Name00 Puig", "done", "Left a message")
    ]
    assert window._actions["undo"].text() == "&Undo Log call"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert not [i for i in timeline(db, buyer.id) if i.activity and i.activity.kind == "call"]


def test_enter_in_the_activities_list_opens_the_activity_and_its_menu_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_2, CTRL)
    view = window.findChild(ActivitiesView)
    assert view is not None
    qtbot.waitUntil(lambda: focus() is view.table, timeout=3000)
    seen: list[str] = []

    def look(editor: ActivityEditorDialog) -> None:
        seen.append(editor._ui.subject.text())
        press(qtbot, Qt.Key.Key_Escape)

    answer(ActivityEditorDialog, look)
    press(qtbot, Qt.Key.Key_Return)
    assert seen == ["Call the buyer"]
    [row] = view.selected_rows()
    texts = [action.text() for action in view.context_menu(row).actions()]
    assert texts[0].endswith("\tReturn") and texts[-1].endswith("\tDel")


def test_the_activities_buttons_tooltips_say_their_alt_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_2, CTRL)
    view = window.findChild(ActivitiesView)
    assert view is not None
    done = view.findChild(QPushButton, "markDone")
    assert done is not None
    assert done.toolTip() == f"Mark as done ({key_text(QKeySequence('Alt+O'))})"
