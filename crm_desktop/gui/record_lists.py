"""The main window's two lists, each with its card: the contacts' (here) and the accounts'
(``account_list``). Each list knows how to read itself, how to take a ``Changes``, and what
New, Edit, Delete and Restore mean for its records; the window holds one of each and asks the
one shown, never which it is."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.bidi import copy_without_marks
from crm_desktop.gui.contact_card import ContactPane
from crm_desktop.gui.contact_table_model import (
    COLUMN_ACCOUNT,
    COLUMN_CATEGORIES,
    COLUMN_EMAIL,
    COLUMN_LAST_CONTACT,
    COLUMN_NAME,
    COLUMN_NEXT_ACTIVITY,
    COLUMN_ORDER,
    COLUMN_PHONE,
    COLUMN_TITLE,
    COLUMN_WIDTHS,
    ELIDING,
    PAGE_SIZE,
    ContactTableModel,
)
from crm_desktop.gui.contact_views import ContactViews
from crm_desktop.gui.counts import ListCounts
from crm_desktop.gui.header_widths import elided, widen_to_titles
from crm_desktop.gui.match_delegate import MatchDelegate
from crm_desktop.gui.view_state import Folder, ViewState
from crm_desktop.gui.window_state import column_menu
from crm_desktop.records.contacts import Changes, ContactRow, ContactSort
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.search import SearchMatch
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_list import (
    account_names,
    category_counts,
    contact_rows,
    first_page_of_many,
    in_name_order,
    ordered_contact_ids,
    search_contacts,
    search_matches,
)
from crm_desktop.services.smart_folders import smart_folder_by_id

if TYPE_CHECKING:  # the first screen needs none of these: they load when first used
    from crm_desktop.gui.contact_editor import ContactEditor
    from crm_desktop.records.activities import ActivityRow
    from crm_desktop.services.database import Database

REST_DELAY_MS = 120  # the whole list read this long after a search's first page was shown
KEPT_SELECTION = 1000  # selected rows kept across a new order (more: the current one)
SORT_BY_COLUMN = {
    COLUMN_NAME: ContactSort.NAME,
    COLUMN_ACCOUNT: ContactSort.ACCOUNT,
    COLUMN_TITLE: ContactSort.TITLE,
    COLUMN_PHONE: ContactSort.PHONE,
    COLUMN_EMAIL: ContactSort.EMAIL,
    COLUMN_CATEGORIES: ContactSort.CATEGORIES,
    COLUMN_LAST_CONTACT: ContactSort.LAST_CONTACT,
    COLUMN_NEXT_ACTIVITY: ContactSort.NEXT_ACTIVITY,
}
# Orders by a value the list shows: an edit that leaves it as it was leaves the row in place.
# (The name order is checked against the neighbours' sort keys; the others are read again.)
_SHOWN_ORDER = {
    ContactSort.ACCOUNT: "account",
    ContactSort.TITLE: "title",
    ContactSort.CATEGORIES: "categories",
    ContactSort.LAST_CONTACT: "last_contact",
    ContactSort.NEXT_ACTIVITY: "next_activity",
}
_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | (
    QItemSelectionModel.SelectionFlag.Rows
)


@dataclass(frozen=True, slots=True)
class ListHost:
    """What a list needs of its window: the database it reads and writes, the undo stack, what to do
    with the ``Changes`` a command made, and how to tell one of our errors."""

    parent: QWidget
    db: Callable[[], Database]  # the window's database (a restore replaces it)
    undo: QUndoStack
    changed: Callable[[Changes], None]
    show_error: Callable[[CrmError], None]
    state: Callable[[], ViewState]

    def push(self, command: QUndoCommand) -> None:
        self.undo.push(command)


def table_view(parent: QWidget, name: str) -> QTableView:
    """A list of records as both lists are: whole rows selected, alternating colours."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the list (the arrows move in it)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    copy_without_marks(table)  # Ctrl+C: the name as stored, not as shown
    return table


class RecordList(QObject):
    """A list and its card. ``refresh`` reads the list for a search and a view, ``apply``
    shows what a change did (True when the folder counts may have changed too)."""

    table: QTableView
    card: QWidget

    def __init__(self, host: ListHost) -> None:
        super().__init__(host.parent)
        self._host = host

    def refresh(self, query: str, state: ViewState) -> int | None:
        """The list read again; how many it shows (None when it could not be read)."""
        raise NotImplementedError(type(self).__name__)

    def apply(self, changes: Changes, query: str, state: ViewState) -> bool:
        raise NotImplementedError(type(self).__name__)

    def count(self) -> int:
        return self.table.model().rowCount()

    @property
    def view(self) -> QWidget:
        """What the window's stack of lists shows for this list."""
        return self.table

    def count_text(self, count: int) -> str:
        raise NotImplementedError(type(self).__name__)

    def new(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def edit(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def delete(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def restore(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def activity_target(self) -> tuple[tuple[ContactId, str] | None, AccountId | None]:
        """Whom a new activity regards: the contact selected, or the account."""
        raise NotImplementedError(type(self).__name__)

    def retranslate(self) -> None:
        """The list's words again (the language changed): its name, headers and cells."""
        raise NotImplementedError(type(self).__name__)

    def select_row(self, row: int) -> None:
        """Make ``row`` the one selected row (QTableView.selectRow toggles when Ctrl is down)."""
        index = self.table.model().index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, _SELECT_ROW)


class ContactList(RecordList):
    """The contacts (all, a category's, or the Trash's), lazily paged, and the contact's card."""

    typed = Signal(str)  # printable text typed in the list: it goes on in the search box
    first_painted = Signal()  # the list painted its first page (once)
    counting = Signal()  # a search's first page shown, how many match not known yet
    counted = Signal(int)  # the whole list read after a search's first page: how many match

    def __init__(self, host: ListHost) -> None:
        super().__init__(host)
        parent = host.parent
        self.model = ContactTableModel(self._load_rows, self)
        self._query = ""
        # A search matching thousands shows its first page at once and the rest soon after
        # (a key typed meanwhile starts again): the page in ~10 ms, the whole list in ~200.
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_DELAY_MS)
        self._rest.timeout.connect(self._read_rest)
        self._rest_of: Callable[[], list[ContactId]] | None = None
        self.table = table_view(parent, "contacts")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self._line = parent.fontMetrics().height()
        self.table.verticalHeader().setDefaultSectionSize(self._line + 8)
        self.table.setItemDelegateForColumn(COLUMN_NAME, MatchDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.retranslate()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Επόμενη δραστ…", whole in its tip
        widen_to_titles(header, COLUMN_WIDTHS, eliding=ELIDING)
        header.sectionResized.connect(self._on_section_resized)
        self._on_section_resized()
        for visual, column in enumerate(COLUMN_ORDER):  # the dates before the long e-mails
            header.moveSection(header.visualIndex(column), visual)
        self.pane = ContactPane(parent)
        self.card = self.pane
        self.pane.card.load_next = self._next_activity
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.views = ContactViews(self, host)  # the business cards, the A-Z bar, favourites

    @property
    def view(self) -> QWidget:
        return self.views.widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Paint:
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        if isinstance(watched, QAbstractItemView) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            plain = not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
            if plain and text and text.isprintable() and not text.isspace():
                self.typed.emit(text)
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        if hasattr(self, "views"):
            self.views.retranslate()
        self.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Contacts"))
        self.table.horizontalHeader().setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Right-click to show or hide columns; drag to move them"
            )
        )
        self.model.retranslate()
        widen_to_titles(self.table.horizontalHeader(), eliding=ELIDING)
        self._on_section_resized()

    def _on_section_resized(self) -> None:
        self.model.elided_titles = frozenset(elided(self.table.horizontalHeader()))

    def column_menu(self) -> QMenu:
        """Which columns show: one checkable entry per column (the name always shows)."""
        return column_menu(self.table.horizontalHeader(), COLUMN_NAME, self._host.parent)

    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu().exec(header.mapToGlobal(position))

    def _load_rows(self, ids: Sequence[int]) -> list[ContactRow]:
        try:
            return contact_rows(self._host.db(), ids)
        except CrmError as error:
            self._host.show_error(error)
            return []

    def count_text(self, count: int) -> str:
        return ListCounts().contacts(count)

    def selected_ids(self) -> list[ContactId]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [cid for row in rows if (cid := self.model.contact_id(row)) is not None]

    def show_first_page(self) -> int | None:
        """The first screenful, by one LIMIT query (5 ms at 100,000 contacts): the window is
        painted before the whole ordered list (130 ms) and the folder counts are read. How
        many contacts there are (None when they could not be read)."""
        try:
            page = search_contacts(self._host.db(), limit=PAGE_SIZE)
        except CrmError as error:
            self._host.show_error(error)
            return None
        self.model.set_ids([row.id for row in page.rows])
        if page.rows:
            self.select_row(0)
        return page.total

    def show_ids(self, ids: list[ContactId]) -> None:
        """Show these contacts (the first page at start), the first selected."""
        self.model.set_ids(ids)
        if ids:
            self.select_row(0)
        else:
            self.pane.show_card(None)

    def _load_matches(self, ids: Sequence[int]) -> dict[ContactId, tuple[SearchMatch, ...]]:
        try:
            return search_matches(self._host.db(), self._query, ids)
        except CrmError as error:
            self._host.show_error(error)
            return {}

    def refresh(self, query: str, state: ViewState) -> int | None:
        try:
            filters, category = state.filters, state.category
            if state.folder is Folder.SMART and state.category is not None:
                folder = smart_folder_by_id(self._host.db(), state.category)
                query, category = f"{folder.query} {query}".strip(), None
                filters = folder.filters.narrowed_by(state.filters)
            # During a search each row has a second line: where it matched, if not its name.
            # A new search shows its first page at once; the same one read again (a sort, an
            # edit, another folder) is read whole, so that the user's place in it is kept.
            fresh, self._query = query != self._query, query
            searching = bool(query.strip()) and not state.trash
            self.model.set_match_loader(self._load_matches if searching else None)
            lines = 2 if searching else 1
            self.table.verticalHeader().setDefaultSectionSize(self._line * lines + 8)
            db = self._host.db()

            def read() -> list[ContactId]:
                return ordered_contact_ids(
                    db, query, sort=state.sort, descending=state.descending,
                    trashed=state.trash, category=category, filters=filters,
                )  # fmt: skip

            self._rest.stop()
            self._rest_of = None
            quick = fresh and searching and category is None and filters.is_empty()
            page = None
            if quick and state.sort is ContactSort.NAME and not state.descending:
                page = first_page_of_many(db, query, limit=PAGE_SIZE)
            if page is not None and (page.total is None or page.total > len(page.rows)):
                self.show_ids([row.id for row in page.rows])
                self._rest_of = read
                self._rest.start()
                if page.total is None:
                    self.counting.emit()
                return page.total  # None: told by ``counted`` once the rest is read
            ids = read() if page is None else [row.id for row in page.rows]
        except CrmError as error:
            self._host.show_error(error)
            return None
        self.show_ids(ids)
        return len(ids)

    def _read_rest(self) -> None:
        """The whole ordered list after its first page, the user's place in it kept."""
        read, self._rest_of = self._rest_of, None
        if read is None:
            return
        try:
            ids = read()
        except CrmError as error:
            self._host.show_error(error)
            return
        with self.selection_kept():
            self.model.set_ids(ids)
        state = self._host.state()
        if not state.accounts and state.folder is not Folder.LEADS:  # the list still shown
            self.counted.emit(len(ids))

    def all_ids(self) -> list[ContactId]:
        """Every contact the list shows (what bulk actions, labels and the A-Z bar act on),
        the rest of a search read first if it is still to come."""
        if self._rest_of is not None:
            self._rest.stop()
            self._read_rest()
        return self.model.contact_ids()

    def select_id(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row is not None:
            self.select_row(row)
            self.views.view.scrollTo(self.views.view.model().index(row, 0))

    @contextmanager
    def selection_kept(self) -> Iterator[None]:
        """The contacts selected before (and the current one, in sight, centred) selected
        again after what the block does: a new sort order keeps the user's place."""
        ids = self.selected_ids()[:KEPT_SELECTION]
        index = self.table.selectionModel().currentIndex()
        current = self.model.contact_id(index.row()) if index.isValid() else None
        yield
        rows = [r for i in ids if (r := self.model.row_of(i)) is not None]
        at = self.model.row_of(current) if current is not None else None
        if at is None and rows:
            at = rows[0]
        if at is None:
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, 0))
        model = self.table.selectionModel()
        model.setCurrentIndex(self.model.index(at, 0), _SELECT_ROW)
        model.select(selection, QItemSelectionModel.SelectionFlag.Select | (
            QItemSelectionModel.SelectionFlag.Rows))  # fmt: skip
        self.views.view.scrollTo(
            self.views.view.model().index(at, 0), QAbstractItemView.ScrollHint.PositionAtCenter
        )

    # ---- changes -------------------------------------------------------------------------

    def apply(self, changes: Changes, query: str, state: ViewState) -> bool:
        """Edited rows read again in place; removed rows taken out; the whole order read again
        only when it can have changed (a new contact, a rename under the name order, a search
        or a category the edit may have left, the Trash)."""
        touched = changes.contacts_added + changes.contacts_changed
        if changes.activities_added or changes.activities_changed or changes.activities_removed:
            self.pane.card.show_card(self.pane.card.shown)  # its next activity again
        narrowed = query.strip() or not state.filters.is_empty() or state.folder is Folder.SMART
        if changes.contacts_added or state.trash or narrowed:
            return self._reread(query, state, touched)
        removed = set(changes.contacts_removed)
        recount = bool(removed or changes.accounts_added)
        changed = [i for i in changes.contacts_changed if i not in removed]
        if removed:
            self._remove(removed)
        if not changed:
            return recount
        before = {i: self.model.loaded_row(i) for i in changed}
        try:
            rows = contact_rows(self._host.db(), changed)
        except CrmError as error:
            self._host.show_error(error)
            return recount
        for row in rows:
            old = before.get(row.id)
            if self.model.row_of(row.id) is None:
                if state.category is None:
                    continue  # not listed here (in the Trash): nothing to show
                return self._reread(query, state, touched)
            if old is None or (state.category is not None and old.categories != row.categories):
                return self._reread(query, state, touched)
            recount = recount or old.categories != row.categories or old.account != row.account
        if not self._in_place(rows, state):
            return self._reread(query, state, touched)
        self.model.update_rows(rows)
        shown = self.pane.card.shown
        if shown is not None and shown.id in changed:
            self._show_card(shown.id, edited=True)
        return recount

    def _in_place(self, rows: list[ContactRow], state: ViewState) -> bool:
        """Whether these edited rows keep their places in the list's order."""
        if state.sort is ContactSort.NAME:  # the edited rows between their neighbours
            runs = []
            for row in rows:
                at = self.model.row_of(row.id)
                assert at is not None
                around = [self.model.contact_id(r) for r in (at - 1, at, at + 1) if r >= 0]
                ids = [i for i in around if i is not None]
                runs.append(ids[::-1] if state.descending else ids)
            return in_name_order(self._host.db(), runs)
        field = _SHOWN_ORDER.get(state.sort)
        return field is not None and all(
            (old := self.model.loaded_row(row.id)) is not None
            and getattr(old, field) == getattr(row, field)
            for row in rows
        )

    def _reread(self, query: str, state: ViewState, touched: tuple[ContactId, ...]) -> bool:
        if self.refresh(query, state) is not None and touched:
            self.select_id(touched[0])
        return True

    def _remove(self, removed: set[ContactId]) -> None:
        """Take rows out; the selection moves to the row after the first one removed."""
        rows = [r for i in removed if (r := self.model.row_of(i)) is not None]
        self.model.remove_ids(removed)
        if rows and self.model.rowCount():
            self.select_row(min(min(rows), self.model.rowCount() - 1))
        elif not self.model.rowCount():
            self.pane.show_card(None)

    # ---- the card ------------------------------------------------------------------------

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.table.selectionModel().currentIndex()
        contact_id = self.model.contact_id(current.row()) if current.isValid() else None
        if contact_id is None:
            self.pane.show_card(None)
        else:
            self._show_card(contact_id)

    def _next_activity(self, contact_id: int) -> ActivityRow | None:
        from crm_desktop.services.activities import next_activity  # not for the first screen

        try:
            return next_activity(self._host.db(), contact_id)
        except CrmError as error:
            self._host.show_error(error)
            return None  # the card shows without it

    def _show_card(self, contact_id: ContactId, *, edited: bool = False) -> None:
        try:
            self.pane.show_card(get_contact(self._host.db(), contact_id), edited=edited)
        except CrmError as error:
            self._host.show_error(error)

    def _on_table_activated(self, _index: object) -> None:
        if not self._host.state().trash:
            self.edit()

    # ---- new, edit, delete, restore ------------------------------------------------------

    def _editor(self, draft: ContactDraft | None) -> ContactEditor:
        from crm_desktop.gui.contact_editor import ContactEditor

        reads = self._host.db()
        try:
            accounts = account_names(reads)
            categories = [c.name for c in category_counts(reads)]
        except CrmError as error:
            self._host.show_error(error)
            accounts, categories = [], []
        return ContactEditor(draft, accounts, categories, self._host.parent)

    def new(self) -> None:
        from crm_desktop.gui.commands import CreateContactCommand

        editor = self._editor(None)
        if editor.exec() == QDialog.DialogCode.Accepted and (draft := editor.result_draft()):
            host = self._host
            host.push(CreateContactCommand(host.db(), draft, host.changed, host.show_error))

    def edit(self) -> None:
        from crm_desktop.gui.commands import EditContactCommand
        from crm_desktop.services.contact_edits import contact_draft

        host = self._host
        ids = self.selected_ids()
        if not ids or host.state().trash:
            return
        try:
            before = contact_draft(host.db(), ids[0])
        except CrmError as error:
            host.show_error(error)
            return
        editor = self._editor(before)
        after = editor.result_draft() if editor.exec() == QDialog.DialogCode.Accepted else None
        if after is not None and after != before:
            host.push(
                EditContactCommand(host.db(), ids[0], before, after, host.changed, host.show_error)
            )

    def delete(self) -> None:
        from crm_desktop.gui.commands import TrashContactsCommand

        host = self._host
        ids = self.selected_ids()
        if ids and not host.state().trash:
            name = self._name_of(ids[0]) if len(ids) == 1 else ""
            host.push(TrashContactsCommand(host.db(), ids, host.changed, host.show_error, name))

    def _name_of(self, contact_id: ContactId) -> str:
        """The contact's name as listed ("" when it cannot be read: the delete says how many)."""
        row = self.model.loaded_row(contact_id)
        if row is None:
            try:
                row = next(iter(contact_rows(self._host.db(), [contact_id])), None)
            except CrmError:
                return ""
        return row.name if row is not None else ""

    def restore(self) -> None:
        from crm_desktop.gui.commands import RestoreContactsCommand

        host = self._host
        ids = self.selected_ids()
        if ids and host.state().trash:
            host.push(RestoreContactsCommand(host.db(), ids, host.changed, host.show_error))

    def activity_target(self) -> tuple[tuple[ContactId, str] | None, AccountId | None]:
        ids = self.selected_ids()
        if not ids:
            return None, None
        card = self.pane.card.shown
        return (ids[0], card.draft.formatted_name if card and card.id == ids[0] else ""), None
