"""What surrounds the contacts list: the business-card view beside the table (View >
Business Cards), the A-Z jump bar, pinning contacts to the favourites (the list's and the
cards' context menu, a card's star), and the recently viewed contacts. The folder pane lists
both (``navigation``); a click there shows the contact."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QStackedWidget,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.card_view import CardView
from crm_desktop.gui.contact_table_model import COLUMN_NAME
from crm_desktop.gui.jump_bar import OTHERS, JumpBar
from crm_desktop.gui.recent_contacts import remember
from crm_desktop.records.contacts import ContactSort
from crm_desktop.records.ids import ContactId
from crm_desktop.services.favourites import set_favourite
from crm_desktop.services.name_jump import first_row_at, letters_present

if TYPE_CHECKING:
    from crm_desktop.gui.navigation import NavigationPane
    from crm_desktop.gui.record_lists import ContactList, ListHost

VIEWED_AFTER_MS = 1200  # a card shown this long counts as viewed
CARDS_KEY = "Ctrl+Shift+C"
CARDS_SETTING = "mainWindow/businessCards"
PIN = str(QT_TRANSLATE_NOOP("ContactViews", "Pin to &Favourites"))
UNPIN = str(QT_TRANSLATE_NOOP("ContactViews", "Unpin from &Favourites"))
CARDS = str(QT_TRANSLATE_NOOP("ContactViews", "&Business Cards"))
CARDS_TIP = str(
    QT_TRANSLATE_NOOP("ContactViews", "Show the contacts as business cards, or as a table (%1)")
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactViews", text)


class ContactViews(QObject):
    def __init__(self, contacts: ContactList, host: ListHost) -> None:
        super().__init__(contacts)
        self._contacts = contacts
        self._host = host
        self._nav: NavigationPane | None = None
        parent = host.parent
        self.widget = QWidget(parent)  # what the window's stack of lists holds
        self.widget.setObjectName("contactViews")
        self.stack = QStackedWidget(self.widget)
        self.stack.addWidget(contacts.table)
        self.cards = CardView(self._row_pinned, self.widget)
        self.cards.follow(contacts.model, contacts.table.selectionModel())
        self.stack.addWidget(self.cards)
        self.bar = JumpBar(self.widget)
        self.widget.setFocusProxy(contacts.table)  # focus given to the list reaches the view
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bar)  # after the list: on its right, or left right to left
        self.toggle = QAction(parent)
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence(CARDS_KEY))
        self.toggle.toggled.connect(self.show_cards)
        self._viewed = QTimer(self)
        self._viewed.setSingleShot(True)
        self._viewed.setInterval(VIEWED_AFTER_MS)
        self._viewed.timeout.connect(self.remember_viewed)
        self.bar.jumped.connect(self.jump_to)
        self._letters = QTimer(self)  # the bar's letters looked at once the list settles
        self._letters.setSingleShot(True)
        self._letters.setInterval(0)
        self._letters.timeout.connect(self.grey_letters)
        model = contacts.model
        for signal in (
            model.modelReset,
            model.rowsRemoved,
            model.rowsInserted,
            model.layoutChanged,
        ):
            signal.connect(self._letters.start)
        self.cards.delegate.pin_toggled.connect(self._on_delegate_pin_toggled)
        self.cards.activated.connect(
            lambda index: contacts.table.activated.emit(self.cards.source_index(index.row()))
        )
        self.cards.installEventFilter(contacts)  # typing goes on in the search box
        contacts.table.selectionModel().currentChanged.connect(self._on_current_changed)
        for view in (contacts.table, self.cards):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(_tr(CARDS))
        tip = _tr(CARDS_TIP)
        self.toggle.setToolTip(tip.replace("%1", CARDS_KEY))
        self.toggle.setStatusTip(self.toggle.toolTip())
        self.bar.follow_language()
        self._letters.start()

    def attach(
        self, nav: NavigationPane, show_contact: Callable[[int], None], beside: QAction
    ) -> None:
        """The folder pane's favourites and recent contacts shown and followed; the toggle put
        in the menu that holds ``beside`` (View), after it."""
        self._nav = nav
        nav.contact_chosen.connect(show_contact)
        nav.pin_requested.connect(self.set_pinned)
        nav.shortcuts_read.connect(self.cards.viewport().update)
        for menu in beside.associatedObjects():
            if isinstance(menu, QMenu):
                menu.addAction(self.toggle)
        if QSettings().value(CARDS_SETTING, False, bool):  # as the window was left
            self.show_cards(True)

    # ---- the views -----------------------------------------------------------------------

    @property
    def view(self) -> QAbstractItemView:
        """The view shown: the table or the cards."""
        return self.cards if self.toggle.isChecked() else self._contacts.table

    def show_cards(self, cards: bool) -> None:
        """The business cards (``cards``) or the table, the same contacts selected."""
        if self.toggle.isChecked() != cards:
            self.toggle.setChecked(cards)  # comes back here
            return
        shown = self.stack.currentWidget()
        focused = shown is not None and shown.hasFocus()
        self.stack.setCurrentWidget(self.view)
        self.widget.setFocusProxy(self.view)
        current = self._contacts.table.selectionModel().currentIndex()
        if current.isValid():
            self.view.scrollTo(self.view.model().index(current.row(), 0))
        if focused:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        QSettings().setValue(CARDS_SETTING, cards)

    # ---- the jump bar ----------------------------------------------------------------------

    def grey_letters(self) -> None:
        """The bar disabled while the list is empty; its letters no name starts at greyed
        (a bisection of the list's ordered ids per letter, services/name_jump.py), when the
        list is in name order (else each stays open: a jump sorts by name first)."""
        ids = self._contacts.model.contact_ids()
        state = self._host.state()
        if not ids:
            self.bar.set_present(())
            return
        if state.sort is not ContactSort.NAME:
            self.bar.set_present(None)
            return
        letters = [letter for letter in self.bar.letters if letter != OTHERS]
        try:
            found = letters_present(self._host.db(), ids, letters, descending=state.descending)
        except CrmError:
            self.bar.set_present(None)  # not known: none greyed (a jump tells the error)
            return
        self.bar.set_present({OTHERS, *found})  # "#": the top of the list, always there

    def jump_to(self, letter: str) -> int | None:
        """The first contact at ``letter`` (of the list in name order: put so if it is not)
        selected and shown at the top; its row (None: the list is empty)."""
        contacts = self._contacts
        if self._host.state().sort is not ContactSort.NAME:
            header = contacts.table.horizontalHeader()
            contacts.model.sort(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
            header.setSortIndicator(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        descending = self._host.state().descending
        ids = contacts.all_ids()
        if not ids:
            return None
        if letter == OTHERS:
            row: int | None = len(ids) - 1 if descending else 0
        else:
            try:
                row = first_row_at(self._host.db(), ids, letter, descending=descending)
            except CrmError as error:
                self._host.show_error(error)
                return None
        if row is None:
            return None
        contacts.select_row(row)
        self.view.scrollTo(
            self.view.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
        )
        return row

    # ---- favourites ------------------------------------------------------------------------

    @property
    def pinned(self) -> set[ContactId]:
        """The pinned contacts, as the folder pane last read them."""
        return self._nav.pinned_ids() if self._nav is not None else set()

    def _row_pinned(self, row: int) -> bool:
        return self._contacts.model.contact_id(row) in self.pinned

    def set_pinned(self, contact_id: int, pinned: bool) -> None:
        """Pin or unpin a contact; the folder pane and the cards follow."""
        try:
            set_favourite(self._host.db(), contact_id, pinned)
        except CrmError as error:
            self._host.show_error(error)
            return
        self._refresh_shortcuts()

    def _on_delegate_pin_toggled(self, row: int) -> None:
        contact_id = self._contacts.model.contact_id(row)
        if contact_id is not None and not self._host.state().trash:
            self.set_pinned(contact_id, contact_id not in self.pinned)

    def pin_action(self, menu: QMenu, contact_id: ContactId) -> QAction:
        """The Pin or Unpin entry for ``contact_id``, added to ``menu``."""
        if contact_id in self.pinned:
            action = menu.addAction(_tr(UNPIN))
            action.triggered.connect(lambda: self.set_pinned(contact_id, False))
        else:
            action = menu.addAction(_tr(PIN))
            action.triggered.connect(lambda: self.set_pinned(contact_id, True))
        action.setObjectName("pinContact")
        return action

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of a row or card (an index of the table's or the cards' model): None
        outside the rows, and in the Trash."""
        contact_id = self._contacts.model.contact_id(index.row()) if index.isValid() else None
        if contact_id is None or self._host.state().trash:
            return None
        menu = QMenu(self.widget)
        self.pin_action(menu, contact_id)
        return menu

    def _on_context_menu_requested(self, position: QPoint) -> None:
        view = self.view
        menu = self.context_menu(view.indexAt(position))
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(position))
            menu.deleteLater()

    # ---- recently viewed -------------------------------------------------------------------

    def _on_current_changed(self, _current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid():  # not the first row selected for the user after a reload
            self._viewed.start()

    def remember_viewed(self) -> None:
        """The contact whose card shows is one of the recently viewed (now, rather than when
        the card has shown for a moment)."""
        self._viewed.stop()
        shown = self._contacts.pane.card.shown
        if shown is None or shown.deleted_at is not None or not self.widget.isVisible():
            return
        remember(self._host.db().path, shown.id)
        self._refresh_shortcuts()

    def _refresh_shortcuts(self) -> None:
        if self._nav is not None:
            self._nav.refresh_shortcuts(self._host.db())
        self.cards.viewport().update()
