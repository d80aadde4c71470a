"""What an empty list says instead of nothing: the newcomer's welcome (``welcome.py``) when
there are no contacts at all, and a hint in each empty folder and view (the Trash, a
category, a smart folder, a search that matched nothing with a way to clear it, no accounts,
no activities, no deals on the Pipeline's board or list, no leads), drawn over the list's empty
viewport. When the list fills, the
hint goes (the welcome gives way to the list and its card)."""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import plain_label
from crm_desktop.gui.view_state import Folder, ViewState
from crm_desktop.gui.welcome import WelcomePanel
from crm_desktop.records.sales import DealFilter, DealStatus


@dataclass(frozen=True)
class Hint:
    """What an empty list says: a heading, a line under it, buttons (text, what it does); or
    the whole welcome."""

    heading: str = ""
    line: str = ""
    buttons: tuple[tuple[str, Callable[[], None]], ...] = field(default=(), compare=False)
    welcome: bool = False

    def words(self) -> tuple[str, ...]:
        return (self.heading, self.line, *(text for text, _ in self.buttons), str(self.welcome))


Decide = Callable[[], "Hint | None"]


def _weakly(decide: Decide) -> Decide:
    """``decide``, through a weak reference to its object when it is a bound method (gone:
    no hint)."""
    if not inspect.ismethod(decide):
        return decide
    method = weakref.WeakMethod(decide)

    def weak() -> Hint | None:
        bound = method()
        return bound() if bound is not None else None

    return weak


class EmptyHint(QWidget):
    """Over ``view``'s viewport while its model has no rows (or ``rows`` counts none: the
    Pipeline's board, read again when ``filled`` fires) and ``decide`` gives a hint."""

    def __init__(
        self,
        view: QAbstractScrollArea,
        decide: Decide,
        welcome: Callable[[QWidget], WelcomePanel] | None = None,
        *,
        rows: Callable[[], int] | None = None,
        filled: SignalInstance | None = None,
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self._view = view
        self._rows = rows
        # Held weakly when they are a method of the window's EmptyViews: no reference cycle
        # of Qt objects for Python's collector to break later, in whatever thread it runs.
        self._decide = _weakly(decide)
        self._make_welcome = welcome  # a plain function: see EmptyViews
        self.welcome: WelcomePanel | None = None
        self.shown: Hint | None = None
        self._words: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = plain_label("", self)
        self.heading.setObjectName("emptyHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.line = plain_label("", self)
        self.line.setObjectName("emptyLine")
        self.line.setWordWrap(True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        self.buttons: list[QPushButton] = []
        self._body = QWidget(self)
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.line)
        body.addLayout(self._row)
        layout.addWidget(self._body)
        self._welcome_row = QHBoxLayout()
        layout.addLayout(self._welcome_row)
        layout.addStretch(1)
        view.viewport().installEventFilter(self)
        if isinstance(view, QAbstractItemView):
            self._watch(view.model())
        if filled is not None:
            filled.connect(self.update_hint)
        if rows is not None:  # over the board's columns, not through them
            self.setAutoFillBackground(True)
        self.hide()
        self.update_hint()

    def _watch(self, model: QAbstractItemModel | None) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.update_hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_hint()
        super().changeEvent(event)

    def update_hint(self) -> None:
        """Shown, in the words of the moment, or hidden (the list has rows)."""
        if self._rows is not None:
            empty = self._rows() == 0
        else:
            model = getattr(self._view, "model", lambda: None)()
            empty = model is not None and model.rowCount() == 0
        hint = self._decide() if empty else None
        self.shown = hint
        if hint is None:
            self.hide()
            return
        if hint.words() != self._words:
            self._words = hint.words()
            self._fill(hint)
        self.setGeometry(self._view.viewport().rect())
        self.show()
        self.raise_()

    def _fill(self, hint: Hint) -> None:
        if hint.welcome and self.welcome is None and self._make_welcome is not None:
            self.welcome = self._make_welcome(self)
            self._welcome_row.addStretch(1)
            self._welcome_row.addWidget(self.welcome, 4)
            self._welcome_row.addStretch(1)
        if self.welcome is not None:
            self.welcome.setVisible(hint.welcome)
        self._body.setVisible(not hint.welcome)
        self.heading.setText(hint.heading)
        self.line.setText(hint.line)
        self.line.setVisible(bool(hint.line))
        for button in self.buttons:  # gone now, not at the next turn of the event loop
            button.hide()
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for at, (text, slot) in enumerate(hint.buttons, start=1):
            button = QPushButton(text, self._body)
            button.setObjectName(f"emptyButton{at}")
            button.clicked.connect(slot)
            self._row.insertWidget(at, button)
            self.buttons.append(button)


class EmptyViews(QObject):
    """The hints of the main window's lists: the contacts' (with the welcome), the accounts',
    and, once shown, the Activities view's and the Pipeline's list."""

    def __init__(
        self,
        window: QMainWindow,
        contacts: QAbstractItemView,
        accounts: QAbstractItemView,
        card: QWidget,
        state: Callable[[], ViewState],
        search: QLineEdit,
        actions: Mapping[str, QAction],
        views: QStackedWidget,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._search = search
        self._actions = actions
        self._contacts_view = contacts
        self._card = card
        actions_now = actions
        self.contacts = EmptyHint(
            contacts, self._contacts_hint, lambda parent: WelcomePanel(actions_now, parent)
        )
        self.accounts = EmptyHint(accounts, self._accounts_hint)
        self._watched: set[int] = set()
        self._pipeline: Callable[[], QWidget | None] = lambda: None  # held weakly once shown
        self._views = views
        for hint in (self.contacts, self.accounts):
            hint.installEventFilter(self)
        self._on_contacts_shown()
        views.currentChanged.connect(self._on_views_current_changed)

    @property
    def welcoming(self) -> bool:
        """The welcome shows in place of the list and its card."""
        shown = self.contacts.shown
        return shown is not None and shown.welcome

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.contacts and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._on_contacts_shown()
        return super().eventFilter(watched, event)

    def _on_contacts_shown(self) -> None:
        """The welcome takes the card's room and the list's headers too; they come back with
        the first contact."""
        # Visible, not merely not hidden: the accounts' list shown instead hides the contacts'
        # (and the hint over it), and the accounts' card must show.
        welcoming = self.welcoming and self.contacts.isVisible()
        if welcoming == self._card.isHidden():
            return  # as it is (shown explicitly, the card would take the window's first focus)
        self._card.setVisible(not welcoming)
        header = getattr(self._contacts_view, "horizontalHeader", None)
        if header is not None:
            header().setVisible(not welcoming)
        self._contacts_view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if welcoming
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )

    @property
    def demo_pid(self) -> int | None:
        """The demo window's process, once the welcome's Open the demo started it."""
        welcome = self.contacts.welcome
        return welcome.demo_pid if welcome is not None else None

    def _clear_search(self) -> None:
        self._search.clear()
        self._search.returnPressed.emit()  # read again now, not after the typing pause

    def _query(self) -> str:
        return self._search.text().strip()

    def _searched(self, template: str) -> Hint:
        return Hint(
            filled(template, isolated(self._query())),
            buttons=((self.tr("Clear the search"), self._clear_search),),
        )

    def _contacts_hint(self) -> Hint | None:
        state = self._state()
        if state.folder is Folder.LEADS or state.accounts:
            return None
        if self._query():
            if state.trash:
                return self._searched(self.tr("Nothing in the Trash matches “%1”."))
            return self._searched(self.tr("No contact matches “%1”."))
        if not state.filters.is_empty():
            return Hint(
                self.tr("No contact matches the filters."),
                self.tr("Change or clear them in the filter panel above the list."),
            )
        if state.folder is Folder.TRASH:
            return Hint(
                self.tr("The Trash is empty."),
                self.tr("Deleted contacts wait here, ready to be restored, until you empty it."),
            )
        if state.folder is Folder.CATEGORY:
            return Hint(
                self.tr("No contact has this category yet."),
                self.tr("Give contacts this category in their editor, or select several and "
                        "use Add to Category."),
            )  # fmt: skip
        if state.folder is Folder.SMART:
            return Hint(
                self.tr("No contact matches this smart folder yet."),
                self.tr("It fills by itself as contacts come to match its search."),
            )
        return Hint(welcome=True)

    def _accounts_hint(self) -> Hint | None:
        state = self._state()
        if not state.accounts:
            return None
        if self._query():
            return self._searched(self.tr("No account matches “%1”."))
        if state.trash:
            return Hint(self.tr("No account is in the Trash."))
        return Hint(
            self.tr("No accounts yet."),
            self.tr("An account is a company you sell to; its people are your contacts."),
            ((self.tr("New account…"), self._actions["new_account"].trigger),),
        )

    # ---- the views made later: Activities, Pipeline -----------------------------------------

    def _on_views_current_changed(self, _index: int) -> None:
        page = self._views.currentWidget()
        if page is None or id(page) in self._watched:
            return
        name = type(page).__name__
        if name == "ActivitiesView":
            self._watched.add(id(page))
            self._watch_activities(page)
        elif name == "PipelineView":
            self._watched.add(id(page))
            table = getattr(page, "table", None)
            if isinstance(table, QAbstractItemView):
                EmptyHint(table, self._deals_hint)
            board = getattr(page, "board", None)
            if board is not None:
                self._pipeline = weakref.ref(page)
                EmptyHint(
                    board.columns_area, self._board_hint, rows=_deal_count(board),
                    filled=board.filled,
                )  # fmt: skip

    def _watch_activities(self, view: QWidget) -> None:
        table, day_table = getattr(view, "table", None), getattr(view, "day_table", None)
        tabs = getattr(view, "tabs", None)

        def tab_hint() -> Hint | None:
            from crm_desktop.gui.activities_view import TABS
            from crm_desktop.records.activities import Due

            if self._query():
                return self._searched(self.tr("No activity matches “%1”."))
            due = TABS[tabs.currentIndex()] if tabs is not None else Due.ALL
            heading = {
                Due.TODAY: self.tr("Nothing is due today."),
                Due.OVERDUE: self.tr("Nothing is overdue."),
                Due.WEEK: self.tr("Nothing is due in the next 7 days."),
                Due.ALL: self.tr("No open activities."),
                Due.DONE: self.tr("Nothing is done yet."),
            }[due]
            return Hint(
                heading,
                self.tr("Log a call or schedule a task from a contact's card, or here."),
                ((self.tr("New activity…"), self._actions["new_activity"].trigger),),
            )

        def day_hint() -> Hint:
            return Hint(self.tr("Nothing on this day."))

        if isinstance(table, QAbstractItemView):
            hint = EmptyHint(table, tab_hint)
            if tabs is not None:
                tabs.currentChanged.connect(hint.update_hint)
            self._search.textChanged.connect(hint.update_hint)
        if isinstance(day_table, QAbstractItemView):
            EmptyHint(day_table, day_hint)

    def _board_hint(self) -> Hint:
        """The board's: no open deal (the filters may keep them out)."""
        page = self._pipeline()
        filters = getattr(page, "filters", None)
        if filters is not None and filters.deal_filter(date.today()) != DealFilter(
            status=DealStatus.OPEN
        ):
            return Hint(
                self.tr("No deal matches the filters."),
                self.tr("Change or clear them in the filters above the board."),
            )
        create = getattr(page, "create_deal", None)
        return Hint(
            self.tr("No deals yet."),
            self.tr("A deal follows a sale from the first talk to won or lost."),
            ((self.tr("New deal…"), lambda: create()),) if callable(create) else (),
        )

    def _deals_hint(self) -> Hint:
        return Hint(
            self.tr("No deals here."),
            self.tr("A deal follows a sale from the first talk to won or lost."),
        )


def _deal_count(board: QWidget) -> Callable[[], int]:
    """How many deals the board's columns show, through a weak reference (no cycle of Qt
    objects for Python's collector to break)."""
    held = weakref.ref(board)

    def count() -> int:
        shown = held()
        columns = getattr(shown, "columns", [])
        return sum(column.model.rowCount() for column in columns)

    return count
