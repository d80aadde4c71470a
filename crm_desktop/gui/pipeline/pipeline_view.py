"""View > Pipeline: the filters, the board (or the same deals as a sortable list) and the
selected deal's card. New, edit, won, lost, reopen and delete go through undoable commands
on the window's stack; after each only the deals it changed are read again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.files_section import FileActions
from crm_desktop.gui.pipeline.board import BoardHost, PipelineBoard
from crm_desktop.gui.pipeline.deal_card import DealCardView
from crm_desktop.gui.pipeline.deal_commands import (
    CreateDealCommand,
    EditDealCommand,
    ReopenDealCommand,
    TrashDealsCommand,
    _DealCommand,
)
from crm_desktop.gui.pipeline.deal_editor import DealEditor
from crm_desktop.gui.pipeline.deal_table_model import SORT_BY_COLUMN, DealTableModel
from crm_desktop.gui.pipeline.filters import PipelineFilters
from crm_desktop.gui.pipeline.sales_text import today
from crm_desktop.gui.preferences import chosen_currency
from crm_desktop.gui.table_model import ID_ROLE
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.sales import Deal, DealChanges, DealDraft, DealFilter
from crm_desktop.services.accounts import account_rows, get_account
from crm_desktop.services.contact_list import category_counts
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import deal_timeline
from crm_desktop.services.deals import (
    DealSort,
    deal_draft,
    deal_ids,
    default_currency,
    get_deal,
    get_deals,
)
from crm_desktop.services.stages import list_sources, list_stages


class PipelineView(QWidget):
    changed = Signal(object)  # DealChanges: the cards of accounts and contacts may show them

    def __init__(
        self,
        db: Callable[[], Database],
        undo: QUndoStack,
        show_error: Callable[[CrmError], None],
        parent: QWidget | None = None,
        *,
        categories: Callable[[], list[str]] | None = None,
    ) -> None:
        """``categories``: the Rolodex categories as the window last read them (the folder
        pane holds them); None: read here at each reload."""
        super().__init__(parent)
        self.setObjectName("pipelineView")
        self._categories = categories
        self._db = db
        self._undo = undo
        self._show_error = show_error
        self._sort = (DealSort.CLOSE_DATE, False)
        self.filters = PipelineFilters(self)
        self.new_deal = QPushButton(self)
        self.new_deal.setObjectName("newDeal")
        self.board = PipelineBoard(BoardHost(db, undo, show_error, self._where, self.apply), self)
        self.table = QTableView(self)
        self.table.setObjectName("dealList")
        self.model = DealTableModel(self._load, self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.table)
        self.card = DealCardView(self)
        self.card.add_files(FileActions(db, undo, show_error, self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 300])  # the board takes what the card does not need
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.new_deal)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._loaded = False
        self.retranslate()
        self.filters.changed.connect(self.reload)
        self.filters.list_toggled.connect(self._on_filters_list_toggled)
        self.new_deal.clicked.connect(lambda: self.create_deal())
        self.board.deal_selected.connect(self.show_deal)
        self.board.deal_activated.connect(self.edit_deal)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.card.edit_requested.connect(self.edit_deal)
        self.card.close_requested.connect(self._on_card_close_requested)
        self.card.reopen_requested.connect(self._on_card_reopen_requested)
        self.card.delete_requested.connect(self._on_card_delete_requested)

    def retranslate(self) -> None:
        self.new_deal.setText(self.tr("&New deal…"))
        self.table.setAccessibleName(self.tr("Deals"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.retranslate()
        super().changeEvent(event)

    # ---- reading ---------------------------------------------------------------------------

    def _load(self, ids: Sequence[int]) -> list[Deal]:
        try:
            return get_deals(self._db(), ids)
        except CrmError as error:
            self._show_error(error)
            return []

    def _where(self) -> DealFilter:
        return self.filters.deal_filter(today())

    def reload(self) -> None:
        """The filters' deals read again, on the board or in the list (whichever shows)."""
        try:
            if self._categories is not None:
                categories = self._categories()
            else:
                categories = [c.name for c in category_counts(self._db())]
        except CrmError as error:
            self._show_error(error)
            return
        self.filters.set_categories(categories)
        self._loaded = True
        if self.filters.as_list.isChecked():
            self._reload_list()
        else:
            self.board.reload()
        if self.card.shown is not None:
            self.show_deal(self.card.shown)

    def _reload_list(self) -> None:
        sort, descending = self._sort
        try:
            ids = deal_ids(self._db(), self._where(), sort, descending)
        except CrmError as error:
            self._show_error(error)
            return
        self.model.set_ids(ids)

    def apply(self, changes: DealChanges) -> None:
        """What a command changed: the board's deals it names, the list, the card."""
        self.board.apply(changes)
        if self.filters.as_list.isChecked():
            self._reload_list()
        shown = self.card.shown
        if shown is not None and shown.id in (*changes.changed, *changes.restored):
            self.show_deal(shown)
        elif shown is not None and shown.id in changes.removed:
            self.card.show_deal(None)
        self.changed.emit(changes)

    def show_deal(self, deal: Deal | None) -> None:
        """``deal`` (read again) on the card with its timeline."""
        if deal is None:
            self.card.show_deal(None)
            return
        try:
            fresh = get_deal(self._db(), deal.id)
            items = deal_timeline(self._db(), deal.id)
        except CrmError as error:
            self._show_error(error)
            return
        self.card.show_deal(fresh, items)

    def current_deal(self) -> Deal | None:
        return self.card.shown

    def _on_filters_list_toggled(self, as_list: bool) -> None:
        self.stack.setCurrentWidget(self.table if as_list else self.board)
        if self._loaded:
            self.reload()

    def _on_model_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (SORT_BY_COLUMN[column], order == Qt.SortOrder.DescendingOrder)
        self._reload_list()

    def _on_table_clicked(self, index: QModelIndex) -> None:
        self.show_deal(self.model.deal(index.row()))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if (deal := self.model.deal(index.row())) is not None:
            self.edit_deal(deal)

    # ---- changing --------------------------------------------------------------------------

    def _push(self, command: _DealCommand) -> None:
        self._undo.push(command)

    def _editor(self, draft: DealDraft) -> DealEditor | None:
        db = self._db()
        try:
            accounts = [(row.id, row.name) for row in account_rows(db)]
            stages, sources = list_stages(db), list_sources(db)
            people: list[tuple[ContactId, str]] = []
            if draft.account_id:
                card = get_account(db, draft.account_id)
                people = [(c.id, c.name) for c in card.contacts]
        except CrmError as error:
            self._show_error(error)
            return None
        return DealEditor(draft, accounts=accounts, stages=stages, sources=sources,
                          people=people, parent=self)  # fmt: skip

    def create_deal(self, account: AccountId | None = None) -> None:
        """Ask for a new deal (at ``account``) and store it, undoably."""
        draft = DealDraft("", account or 0, Decimal(0), chosen_currency() or default_currency())
        editor = self._editor(draft)
        if editor is None:
            return
        if editor.exec() == QDialog.DialogCode.Accepted and (new := editor.draft()) is not None:
            self._push(CreateDealCommand(self._db(), new, self.apply, self._show_error))
        editor.deleteLater()

    def edit_deal(self, deal: Deal) -> None:
        try:
            draft = deal_draft(self._db(), deal.id)
        except CrmError as error:
            self._show_error(error)
            return
        editor = self._editor(draft)
        if editor is None:
            return
        accepted = editor.exec() == QDialog.DialogCode.Accepted
        if accepted and (new := editor.draft()) is not None and new != draft:
            self._push(EditDealCommand(self._db(), deal.id, new, self.apply, self._show_error))
        editor.deleteLater()

    def _on_card_close_requested(self, deal: Deal, won: bool) -> None:
        self.board.close_deal(deal, won=won)

    def _on_card_reopen_requested(self, deal: Deal) -> None:
        self._push(ReopenDealCommand(self._db(), deal, self.apply, self._show_error))

    def _on_card_delete_requested(self, deal: Deal) -> None:
        self._push(TrashDealsCommand(self._db(), [deal.id], self.apply, self._show_error))

    def selected_list_id(self) -> int | None:
        index = self.table.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def where_all(self) -> DealFilter:
        """The filters without the status (the list of every deal they keep)."""
        return replace(self._where(), status=None)
