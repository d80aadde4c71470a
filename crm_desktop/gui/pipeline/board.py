"""View > Pipeline: a column per stage with its open deals as cards, the count, sum and
weighted sum of each column per currency, and Won and Lost at the end to drop a deal on.

Dragging a card to another column moves the deal (undoable on the window's stack); dropping
it on Won or Lost asks the reason (and for a lost one the competitor) first. After a move only
the deals it changed are read again and only their two columns change: a drag at 10,000 open
deals repaints in milliseconds (``bench/pipeline_bench.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.pipeline.board_model import (
    DEAL_ROLE,
    NEXT_ROLE,
    Entry,
    Loader,
    StageColumnModel,
    mime_deal_ids,
)
from crm_desktop.gui.pipeline.close_dialog import DealCloseDialog
from crm_desktop.gui.pipeline.deal_commands import CloseDealCommand, MoveDealCommand
from crm_desktop.gui.pipeline.deal_delegate import DealCardDelegate
from crm_desktop.gui.pipeline.sales_text import (
    probability_text,
    sales_word,
    sums_by_currency,
    today,
    totals_text,
)
from crm_desktop.gui.plain_text import plain_label
from crm_desktop.records.ids import AccountId, DealId
from crm_desktop.records.sales import (
    Deal,
    DealChanges,
    DealFilter,
    DealStatus,
    NextActivity,
    Stage,
)
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import competitor_accounts, next_activities
from crm_desktop.services.deals import deal_ids, deal_position, get_deals, list_deals
from crm_desktop.services.sales_reports import pipeline_by_stage
from crm_desktop.services.stages import list_stages

COLUMN_WIDTH = 250


@dataclass(frozen=True)
class BoardHost:
    """What the board needs of its window."""

    db: Callable[[], Database]
    undo: QUndoStack
    show_error: Callable[[CrmError], None]
    deal_filter: Callable[[], DealFilter]  # the filters' open deals
    changed: Callable[[DealChanges], None] | None = None  # after a command (None: ``apply``)


class StageColumn(QFrame):
    """A stage's header (name, count, sums) above its cards."""

    def __init__(
        self, stage: Stage, delegate: DealCardDelegate, loader: Loader, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"stage-{stage.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.model = StageColumnModel(stage, loader, self)
        self.totals: list[StageTotal] = []
        self.title = plain_label("", self)  # a stage's name is the user's: never markup
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setObjectName("stageTitle")
        self.sums = plain_label("", self)
        self.sums.setObjectName("stageSums")
        self.sums.setWordWrap(True)
        self.view = QListView(self)
        self.view.setObjectName("stageDeals")
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setUniformItemSizes(True)  # 10,000 cards laid out without measuring each
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.sums)
        layout.addWidget(self.view, 1)
        self.show_totals()

    def show_totals(self) -> None:
        """The header again: the stage, its count, its sum and weighted sum per currency."""
        count = QLocale().toString(self.model.rowCount())
        stage = self.model.stage
        self.title.setText(
            self.tr("%1 (%2) · %3").replace("%1", sales_word(stage.name)).replace("%2", count)
            .replace("%3", probability_text(stage.probability))
        )  # fmt: skip
        if self.totals:
            sums = totals_text((t.currency, t.amount) for t in self.totals)
            weighted = totals_text((t.currency, t.weighted) for t in self.totals)
            self.sums.setText(
                self.tr("Sum: %1\nWeighted: %2").replace("%1", sums).replace("%2", weighted)
            )
        else:
            self.sums.setText(self.tr("No deals"))


@dataclass(frozen=True)
class StageTotal:
    currency: str
    amount: Decimal
    weighted: Decimal


def stage_totals(db: Database, where: DealFilter) -> dict[int, list[StageTotal]]:
    """Per stage id, the open deals' sums per currency: the services' aggregation (SQL) for
    the whole pipeline, the deals' own sums when a filter keeps some out."""
    totals: dict[int, list[StageTotal]] = {}
    if where == DealFilter(status=DealStatus.OPEN):
        for row in pipeline_by_stage(db):
            totals.setdefault(row.stage_id, []).append(
                StageTotal(row.currency, row.amount, row.weighted)
            )
        return totals
    by_stage: dict[int, list[Deal]] = {}
    for deal in list_deals(db, where):
        by_stage.setdefault(deal.stage_id, []).append(deal)
    for stage_id, deals in by_stage.items():
        amounts, weighted = sums_by_currency(deals)
        totals[stage_id] = [
            StageTotal(currency, amount, weighted[currency].quantize(amount, ROUND_HALF_UP))
            for currency, amount in sorted(amounts.items())
        ]
    return totals


class DropZone(QLabel):
    """Won or Lost: a place to drop a card on."""

    dropped = Signal(list)  # the deal ids

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrap(True)
        self.setFixedWidth(130)
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mime_deal_ids(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if mime_deal_ids(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = mime_deal_ids(event.mimeData())
        if ids:
            event.acceptProposedAction()
            self.dropped.emit(ids)


class PipelineBoard(QWidget):
    deal_selected = Signal(object)  # the Deal clicked, or None
    deal_activated = Signal(object)  # the Deal double-clicked (its editor opens)
    sums_shown = Signal()  # the columns' sums were read again after a change
    filled = Signal()  # the columns' deals were read again (all, or those a change named)

    def __init__(self, host: BoardHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self._host = host
        self._changed = host.changed or self.apply
        self._sums_due = False
        self.columns_area = QScrollArea(self)  # the columns scroll; Won and Lost stay in sight
        self.columns_area.setWidgetResizable(True)
        self._body = QWidget(self.columns_area)
        self._row = QHBoxLayout(self._body)
        self._row.setContentsMargins(4, 4, 4, 4)
        self.delegate = DealCardDelegate(self)
        self.columns: list[StageColumn] = []
        self._where: dict[DealId, StageColumn] = {}
        self.won = DropZone("wonZone", self)
        self.lost = DropZone("lostZone", self)
        self.won.dropped.connect(lambda ids: self._close(ids, won=True))
        self.lost.dropped.connect(lambda ids: self._close(ids, won=False))
        zones = QVBoxLayout()
        zones.addWidget(self.won)
        zones.addWidget(self.lost)
        self.columns_area.setWidget(self._body)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns_area, 1)
        layout.addLayout(zones)
        self._row.addStretch(1)
        self.retranslate()

    # ---- reading ---------------------------------------------------------------------------

    def _load(self, ids: Sequence[int]) -> tuple[list[Deal], dict[DealId, NextActivity]]:
        db = self._host.db()
        try:
            return get_deals(db, ids), next_activities(db, ids)
        except CrmError as error:
            self._host.show_error(error)
            return [], {}

    def reload(self) -> bool:
        """The stages and the open deals the filters keep, read again; False on an error."""
        db = self._host.db()
        where = self._host.deal_filter()
        try:
            stages = list_stages(db)
            ids = {s.id: deal_ids(db, replace(where, stage=s.name)) for s in stages}
            totals = stage_totals(db, where)
        except CrmError as error:
            self._host.show_error(error)
            return False
        self.delegate.today = today()
        self._build_columns(stages)
        self._where.clear()
        for column in self.columns:
            mine = ids[column.model.stage.id]
            column.model.set_ids(mine)
            self._where.update(dict.fromkeys(mine, column))
            column.totals = totals.get(column.model.stage.id, [])
            column.show_totals()
        self.filled.emit()
        return True

    def _build_columns(self, stages: Sequence[Stage]) -> None:
        if [c.model.stage for c in self.columns] == list(stages):
            return
        for column in self.columns:
            self._row.removeWidget(column)
            column.deleteLater()
        self.columns = [
            StageColumn(stage, self.delegate, self._load, self._body) for stage in stages
        ]
        for number, column in enumerate(self.columns):
            self._row.insertWidget(number, column)  # before the stretch
            column.model.dropped.connect(self._on_model_dropped)
            column.view.clicked.connect(self._on_view_clicked)
            column.view.doubleClicked.connect(self._on_view_double_clicked)

    def apply(self, changes: DealChanges) -> None:
        """Show what a change did: the columns that held or now hold the deals it names show
        them gone or in their place, and their counts; the sums (one aggregation over every
        open deal) follow as soon as the cards are painted (``sums_shown``). One deal moved
        (a drag) is put in its place in the column it joins by one count (its row), the cards
        around it kept; more read the columns' ids again (one query each)."""
        named = {*changes.added, *changes.changed, *changes.restored, *changes.removed}
        if not named:
            return
        db = self._host.db()
        where = self._host.deal_filter()
        held = {column for i in named if (column := self._where.get(DealId(i))) is not None}
        known: dict[DealId, Entry] = {}
        try:
            deals = get_deals(db, sorted(named))
            stage_ids = {d.stage_id for d in deals}
            gaining = {c for c in self.columns if c.model.stage.id in stage_ids}
            ids: dict[StageColumn, list[DealId]] = {}
            for column in gaining:
                mine = replace(where, stage=column.model.stage.name)
                placed = self._placed(db, column, mine, deals) if len(deals) == 1 else None
                ids[column] = placed if placed is not None else deal_ids(db, mine)
            if len(deals) == 1:
                [deal] = deals
                known[deal.id] = (deal, next_activities(db, [deal.id]).get(deal.id))
        except CrmError as error:
            self._host.show_error(error)
            return
        for deal_id in named:
            self._where.pop(DealId(deal_id), None)
        for column in held - gaining:  # it only lost deals: no need to read its order again
            column.model.set_ids([i for i in column.model.ids() if i not in named])
        for column, mine_ids in ids.items():
            column.model.set_ids(mine_ids, known)
            self._where.update(dict.fromkeys(mine_ids, column))
        for column in held | gaining:
            column.show_totals()  # the count now; the sums read next
        self.filled.emit()
        if not self._sums_due:
            self._sums_due = True
            QTimer.singleShot(0, self._show_sums)

    @staticmethod
    def _placed(
        db: Database, column: StageColumn, where: DealFilter, deals: Sequence[Deal]
    ) -> list[DealId] | None:
        """The column's ids with the one deal changed where it now stands (close-date order:
        its row counted in SQL), out of it when the filters leave it out; None when the
        column's ids are not the database's (read them again)."""
        [deal] = deals
        others = [i for i in column.model.ids() if i != deal.id]
        row = deal_position(db, where, deal.id)
        if row is None:
            return others
        if row > len(others):
            return None
        return [*others[:row], deal.id, *others[row:]]

    def _show_sums(self) -> None:
        """Every column's sums read again (after a change)."""
        self._sums_due = False
        try:
            totals = stage_totals(self._host.db(), self._host.deal_filter())
        except CrmError as error:
            self._host.show_error(error)
            return
        for column in self.columns:
            column.totals = totals.get(column.model.stage.id, [])
            column.show_totals()
        self.sums_shown.emit()

    def column_of(self, deal_id: int) -> StageColumn | None:
        return self._where.get(DealId(deal_id))

    def current_deal(self) -> Deal | None:
        """The deal selected on the board (None when none is)."""
        for column in self.columns:
            if column.view.hasFocus() or column.view.selectionModel().hasSelection():
                deal = column.view.currentIndex().data(DEAL_ROLE)
                if isinstance(deal, Deal):
                    return deal
        return None

    def next_activity(self, deal_id: int) -> NextActivity | None:
        column = self.column_of(deal_id)
        if column is None or (row := column.model.row_of(deal_id)) is None:
            return None
        value = column.model.index(row).data(NEXT_ROLE)
        return value if isinstance(value, NextActivity) else None

    # ---- moving ----------------------------------------------------------------------------

    def _deals(self, ids: Sequence[int]) -> list[Deal]:
        found = []
        for deal_id in ids:
            column = self.column_of(deal_id)
            row = column.model.row_of(deal_id) if column is not None else None
            deal = column.model.deal_at(row) if column is not None and row is not None else None
            if deal is not None:
                found.append(deal)
        return found

    def _on_model_dropped(self, ids: list[int], stage: Stage) -> None:
        for deal in self._deals(ids):
            if deal.stage_id != stage.id:
                command = MoveDealCommand(
                    self._host.db(), deal, stage.name, self._changed, self._host.show_error
                )
                self._host.undo.push(command)

    def _close(self, ids: list[int], *, won: bool) -> None:
        for deal in self._deals(ids):
            self.close_deal(deal, won=won)

    def close_deal(self, deal: Deal, *, won: bool) -> bool:
        """Ask the reason (and the competitor), then win or lose ``deal``; False: cancelled."""
        competitors: list[tuple[AccountId, str]] = []
        if not won:
            try:
                competitors = list(competitor_accounts(self._host.db()))
            except CrmError as error:
                self._host.show_error(error)
                return False
        dialog = DealCloseDialog(deal, won=won, competitors=competitors, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            command = CloseDealCommand(
                self._host.db(), deal, won=won, reason=dialog.reason_text,
                competitor=dialog.competitor_id, changed=self._changed,
                report=self._host.show_error,
            )  # fmt: skip
        finally:
            dialog.deleteLater()
        self._host.undo.push(command)
        return True

    def _on_view_clicked(self, index: QModelIndex) -> None:
        deal = index.data(DEAL_ROLE)
        self.deal_selected.emit(deal if isinstance(deal, Deal) else None)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        deal = index.data(DEAL_ROLE)
        if isinstance(deal, Deal):
            self.deal_activated.emit(deal)

    # ---- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Pipeline"))
        self.won.setText(self.tr("Won\n(drop a deal here)"))
        self.lost.setText(self.tr("Lost\n(drop a deal here)"))
        for column in self.columns:
            column.show_totals()
        self._body.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _with_ids(where: DealFilter, ids: set[DealId]) -> DealFilter:
    return replace(where, ids=tuple(sorted(ids)))
