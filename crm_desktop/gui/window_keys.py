"""The keyboard in the main window (issue 20), kept out of main_window.py: a day's work without
the mouse.

- The search box: Down (or Page Down) goes to the results, Esc clears the search (and, when it
  is already empty, goes to the results too); the window's shortcuts (Ctrl+E...) are not eaten
  by the box's own bindings (on X11 Ctrl+E is "end of line"), the editing keys (copy, paste,
  undo, Delete...) stay the box's.
- The lists: Tab and Shift+Tab leave a list instead of walking its cells; Home and End (with or
  without Ctrl, Shift extending the selection) go to the first and last row, selected, staying
  in the column the cursor is in (Qt's Ctrl+End went to the last column and selected
  nothing); a list entered with nothing selected selects its current row (or its first), so
  that the view's buttons (Alt+O: Mark as done) act on something.
- Switching views (Ctrl+1...Ctrl+4) puts the cursor in the new view's list the first time.
- File > Log a Call (Ctrl+L): with the contact selected, or the selected activity's.
- Every action's tooltip ends with its shortcut (``key_tips``), and the control with the focus
  has a ring in the highlight colour (``focus_ring``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from crm_desktop.gui.focus_ring import RINGED, UNRINGED, FocusRing
from crm_desktop.gui.key_tips import KeyTips, menu_actions

if TYPE_CHECKING:
    from crm_desktop.gui.window_schedule import WindowSchedule
    from crm_desktop.records.ids import AccountId, ContactId

    Target = tuple[tuple[ContactId, str] | None, AccountId | None]

# The keys a line edit keeps even when an action of the window has them too.
EDITING_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ROWS = QItemSelectionModel.SelectionFlag.Rows
_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | _ROWS


class WindowKeys(QObject):
    def __init__(
        self,
        window: QMainWindow,
        search: QLineEdit,
        views: QStackedWidget,
        lists: QStackedWidget,
        actions: Mapping[str, QAction],
        tab_order: Sequence[QWidget],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._search = search
        self._views = views
        self._lists = lists
        self._actions = actions
        self._watched: WeakKeyDictionary[QAbstractItemView, bool] = WeakKeyDictionary()
        self._visited: set[int] = {id(views.currentWidget())}
        self._tab_order = tab_order
        self.order_tabs()
        if (start := lists.currentWidget()) is not None:
            start.setFocus(Qt.FocusReason.OtherFocusReason)  # the window opens on the list
        search.installEventFilter(self)
        self._window_ring = FocusRing(window)
        self.tips = KeyTips(self)
        self.tips.watch(actions.values())
        self.tips.watch(menu_actions(window.menuBar().actions()))  # Print, Sync... too
        self.tips.show_keys_of(actions["empty_trash"], actions["empty_trash_menu"])
        actions["new_activity"].enabledChanged.connect(actions["log_call"].setEnabled)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        views.currentChanged.connect(self._on_views_current_changed)

    def order_tabs(self) -> None:
        """Tab goes: search, folders, list, card (its sections too: made after the first
        paint, they are put back in place then)."""
        for before, after in pairwise(self._tab_order):
            QWidget.setTabOrder(before, after)

    @property
    def ring(self) -> FocusRing:
        """The focus ring (made again if the widget it was in was deleted with it)."""
        if not isValid(self._window_ring):
            self._window_ring = FocusRing(self._window)
        return self._window_ring

    # ---- where the results are -----------------------------------------------------------

    def results(self) -> QAbstractItemView | None:
        """The list of the view shown: the contacts' (or accounts', leads'), the
        activities', the pipeline's."""
        page = self._views.currentWidget()
        if page is self._views.widget(0):
            page = self._lists.currentWidget()
        if page is None:
            return None
        if isinstance(page, QAbstractItemView):
            return page
        table = getattr(page, "table", None)
        if isinstance(table, QAbstractItemView) and table.isVisibleTo(page):
            return table
        return _first_list(page)

    def go_to_results(self) -> bool:
        """The cursor in the list shown, on a selected row; False when there is none."""
        view = self.results()
        if view is None:
            return False
        view.setFocus(Qt.FocusReason.TabFocusReason)
        select_current_row(view)
        return True

    # ---- the search box ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if watched is self._search:
            return self._search_key(event)
        if isinstance(watched, QAbstractItemView) and kind == QEvent.Type.KeyPress:
            return _home_or_end(watched, event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if self._is_window_shortcut(event):
                event.ignore()  # the window's action, not the box's binding for it
                return True
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            return self.go_to_results()
        if event.key() == Qt.Key.Key_Escape:
            if self._search.text():
                self._search.clear()
                return True
            return self.go_to_results()
        return False

    def _is_window_shortcut(self, event: QKeyEvent) -> bool:
        if (
            event.text()
            and event.text().isprintable()
            and not event.modifiers() & _COMMAND_MODIFIERS
        ):
            return False  # typing
        return self.search_gives_way(QKeySequence(event.keyCombination()))

    def search_gives_way(self, pressed: QKeySequence) -> bool:
        """Whether the search box lets an action of the window have ``pressed``: yes unless
        it is one of the box's editing keys (copy, paste, undo, Delete...)."""
        for key in EDITING_KEYS:
            if pressed in QKeySequence.keyBindings(key):
                return False
        return any(
            action.isEnabled() and action.isVisible() and pressed in action.shortcuts()
            for action in self._window.findChildren(QAction)
        )

    # ---- the lists -------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QAbstractItemView):  # in a dialog's list too: Tab leaves it
            new.setTabKeyNavigation(False)
        ringed = isinstance(new, RINGED) and not isinstance(new, UNRINGED)
        if new is not None and new.window().windowType() == Qt.WindowType.Popup:
            ringed = False  # a combo box's list, a completer's: their own highlight
        self.ring.follow(new if ringed else None)  # in the window and its dialogs
        if new is None or new.window() is not self._window:
            return
        if isinstance(new, QAbstractItemView) and not isinstance(
            new.parentWidget(), QCalendarWidget
        ):  # the calendar's grid keeps its own keys
            self._watch(new)
            if QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
                select_current_row(new)  # (a click selects what it clicks)

    def _watch(self, view: QAbstractItemView) -> None:
        if view in self._watched:
            return
        self._watched[view] = True
        view.setTabKeyNavigation(False)  # Tab leaves the list, as it leaves any other control
        view.installEventFilter(self)
        model = view.model()
        if model is not None:  # read again (a refresh): the row under the cursor selected
            model.modelReset.connect(lambda v=view: _after_reset(v))

    def _on_views_current_changed(self, _index: int) -> None:
        """The first time a view shows, the cursor goes to its list (from the view before or
        from nowhere; from the search box it stays there: Down goes on to the list)."""
        page = self._views.currentWidget()
        if page is None or id(page) in self._visited:
            return
        self._visited.add(id(page))
        QTimer.singleShot(0, lambda: self._focus_new_page(page))

    def _focus_new_page(self, page: QWidget) -> None:
        focus = QApplication.focusWidget()
        if self._views.currentWidget() is page and (focus is None or page.isAncestorOf(focus)):
            self.go_to_results()

    # ---- a call logged (Ctrl+L) ------------------------------------------------------------

    def log_call(self, schedule: WindowSchedule, target: Target) -> None:
        """A call just made, with the contact selected in the list; in the Activities view,
        with the selected activity's contact."""
        view = schedule.view
        if view is not None and self._views.currentWidget() is view:
            rows = view.selected_rows()[:1]
            target = (None, None)
            for row in rows:
                names = (*row.contact_names, "")
                contact = (row.contact_ids[0], names[0]) if row.contact_ids else None
                target = (contact, row.account_id)
        elif self._views.currentWidget() is not self._views.widget(0):
            target = (None, None)  # the pipeline, the reports: no one in particular
        schedule.actions.log_call(*target)


def _first_list(page: QWidget) -> QAbstractItemView | None:
    """The list of ``page`` read first: the highest, then the leading one (the pipeline's
    first stage, on the right when the window is right to left)."""
    right_to_left = page.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def place(view: QAbstractItemView) -> tuple[int, int]:
        corner = view.mapTo(page, QPoint(0, 0))
        return corner.y(), -(corner.x() + view.width()) if right_to_left else corner.x()

    views = [
        view
        for view in page.findChildren(QAbstractItemView)
        if view.isVisibleTo(page) and view.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    return min(views, key=place, default=None)


def select_current_row(view: QAbstractItemView) -> None:
    """Nothing selected in ``view``: its current row (or its first) is."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or selection.hasSelection():
        return
    if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
        return
    current = view.currentIndex()
    if not current.isValid():
        row = next(
            (r for r in range(model.rowCount(view.rootIndex())) if _selectable(view, r)), None
        )
        if row is None:
            return
        current = model.index(row, _first_column(view), view.rootIndex())
    if current.flags() & Qt.ItemFlag.ItemIsSelectable:
        selection.setCurrentIndex(current, _SELECT_ROW)


def _selectable(view: QAbstractItemView, row: int) -> bool:
    model = view.model()
    index = model.index(row, _first_column(view), view.rootIndex())
    return bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)


def _after_reset(view: QAbstractItemView) -> None:
    if isValid(view):  # (a list's model may outlive it)
        QTimer.singleShot(0, view, lambda: _reselect(view))


def _reselect(view: QAbstractItemView) -> None:
    if isValid(view) and view.hasFocus():
        select_current_row(view)


def _first_column(view: QAbstractItemView) -> int:
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
    return 0


def _home_or_end(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Home and End (Ctrl or not; Shift extends the selection) in a list of rows: the first
    or last row, selected, in the column the cursor is in."""
    if event.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End):
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers & ~(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
        return False
    if view.selectionBehavior() != QAbstractItemView.SelectionBehavior.SelectRows:
        return False
    model, selection = view.model(), view.selectionModel()
    count = model.rowCount(view.rootIndex()) if model is not None else 0
    if count == 0 or selection is None:
        return False
    current = view.currentIndex()
    column = current.column() if current.isValid() else _first_column(view)
    row = 0 if event.key() == Qt.Key.Key_Home else count - 1
    target = model.index(row, column, view.rootIndex())
    extend = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    multiple = view.selectionMode() in (
        QAbstractItemView.SelectionMode.ExtendedSelection,
        QAbstractItemView.SelectionMode.MultiSelection,
    )
    if extend and multiple and current.isValid():
        first, last = sorted((current.row(), row))
        rows = QItemSelection(
            model.index(first, column, view.rootIndex()),
            model.index(last, column, view.rootIndex()),
        )
        selection.select(rows, _SELECT_ROW)
        selection.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
    else:
        selection.setCurrentIndex(target, _SELECT_ROW)
    view.scrollTo(target)
    event.accept()
    return True
