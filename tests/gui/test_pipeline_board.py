"""View > Pipeline's board driven as a user would: drag a card to another stage, undo it,
drop it on Won or Lost and give the reason (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from crm_desktop.gui.pipeline.board import BoardHost, PipelineBoard, StageColumn
from crm_desktop.gui.pipeline.close_dialog import DealCloseDialog
from crm_desktop.records.sales import DealFilter, DealStatus
from crm_desktop.services.database import Database
from crm_desktop.services.deals import deal_ids, get_deal, stage_history
from tests.gui.locales import user_locale
from tests.gui.sales_data import Errors, SalesData, drop_deal_on, seed_deals


@pytest.fixture
def data(db: Database) -> SalesData:
    return seed_deals(db)


@pytest.fixture
def undo() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def board(qtbot: QtBot, db: Database, data: SalesData, undo: QUndoStack) -> Iterator[PipelineBoard]:
    host = BoardHost(lambda: db, undo, Errors(), lambda: DealFilter(status=DealStatus.OPEN))
    view = PipelineBoard(host)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    assert view.reload()
    view.show()
    qtbot.waitExposed(view, timeout=5000)
    yield view


def _column(board: PipelineBoard, stage: str) -> StageColumn:
    return next(c for c in board.columns if c.model.stage.name == stage)


def _titles(board: PipelineBoard, stage: str) -> list[str]:
    return [deal.title for deal in _column(board, stage).model.deals()]


def answer_close_dialog(reason: str, competitor: str | None = None) -> Callable[[], None]:
    """What the user types in the won/lost dialog once it is open, then OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DealCloseDialog)
        field = dialog.findChild(QLineEdit, "closeReason")
        assert field is not None
        field.setText(reason)
        if competitor is not None:
            combo = dialog.findChild(QComboBox, "competitor")
            assert combo is not None
            combo.setCurrentIndex(combo.findText(competitor))
        dialog.accept()

    return answer


def test_the_board_shows_a_column_per_stage_with_its_deals(board: PipelineBoard) -> None:
    assert [c.model.stage.name for c in board.columns] == [
        "Prospecting", "Qualification", "Proposal", "Negotiation",
    ]  # fmt: skip
    assert _titles(board, "Proposal") == ["Dates", "Olive oil"]  # soonest close first
    assert _titles(board, "Qualification") == []


def test_a_column_sums_each_currency_apart(board: PipelineBoard) -> None:
    column = _column(board, "Proposal")
    with user_locale("el_GR"):
        column.show_totals()
    assert column.title.text() == "Proposal (2) · 50%"
    # 30,000 EUR and 12,000 USD, never added; weighted at 50%: 15,000 and 6,000
    assert column.sums.text() == (
        "Sum: 30.000,00\u00a0€ · 12.000,00\u00a0USD\nWeighted: 15.000,00\u00a0€ · 6.000,00\u00a0USD"
    )


def test_dragging_a_card_moves_the_deal_and_undo_takes_it_back(
    qtbot: QtBot, board: PipelineBoard, db: Database, data: SalesData, undo: QUndoStack
) -> None:
    feta = data.deals["Feta"]
    drop_deal_on(_column(board, "Negotiation").view.viewport(), feta.id)
    assert get_deal(db, feta.id).stage == "Negotiation"
    assert get_deal(db, feta.id).probability == 80
    assert "Feta" in _titles(board, "Negotiation") and "Feta" not in _titles(board, "Prospecting")
    assert "(0)" in _column(board, "Prospecting").title.text()
    with qtbot.waitSignal(board.sums_shown, timeout=3000):  # the sums follow the cards
        pass
    assert _column(board, "Prospecting").sums.text() == "No deals"
    assert _column(board, "Negotiation").sums.text() == "Sum: 13000.00€\nWeighted: 10400.00€"
    undo.undo()
    assert get_deal(db, feta.id).stage == "Prospecting"
    assert get_deal(db, feta.id).probability == 10
    assert _titles(board, "Prospecting") == ["Feta"]
    undo.redo()
    assert _titles(board, "Negotiation") == ["Saffron", "Feta"]  # Saffron closes first
    changes = [(c.from_stage, c.to_stage) for c in stage_history(db, feta.id)]
    assert ("Prospecting", "Negotiation") in changes


def test_dropping_a_card_on_its_own_column_changes_nothing(
    board: PipelineBoard, db: Database, data: SalesData, undo: QUndoStack
) -> None:
    feta = data.deals["Feta"]
    drop_deal_on(_column(board, "Prospecting").view.viewport(), feta.id)
    assert undo.count() == 0
    assert get_deal(db, feta.id).stage == "Prospecting"


def test_won_asks_the_reason_and_undo_opens_the_deal_again(
    board: PipelineBoard, db: Database, data: SalesData, undo: QUndoStack
) -> None:
    olive = data.deals["Olive oil"]
    QTimer.singleShot(0, answer_close_dialog("Best price for the season"))
    drop_deal_on(board.won, olive.id)
    won = get_deal(db, olive.id)
    assert won.status == DealStatus.WON and won.close_reason == "Best price for the season"
    assert "Olive oil" not in _titles(board, "Proposal")
    undo.undo()
    reopened = get_deal(db, olive.id)
    assert reopened.status == DealStatus.OPEN and reopened.stage == "Proposal"
    assert "Olive oil" in _titles(board, "Proposal")


def test_lost_asks_the_reason_and_the_competitor(
    board: PipelineBoard, db: Database, data: SalesData
) -> None:
    dates = data.deals["Dates"]
    QTimer.singleShot(0, answer_close_dialog("Cheaper offer", "Rival Foods"))
    drop_deal_on(board.lost, dates.id)
    lost = get_deal(db, dates.id)
    assert lost.status == DealStatus.LOST
    assert lost.close_reason == "Cheaper offer" and lost.competitor_id == data.competitor
    assert "Dates" not in _titles(board, "Proposal")


def test_a_lost_deal_needs_a_reason(qtbot: QtBot, data: SalesData) -> None:
    dialog = DealCloseDialog(data.deals["Dates"], won=False)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.reason.setText("Budget cut")
    assert ok.isEnabled()


def test_cancelling_the_reason_leaves_the_deal_open(
    board: PipelineBoard, db: Database, data: SalesData, undo: QUndoStack
) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    drop_deal_on(board.lost, data.deals["Feta"].id)
    assert get_deal(db, data.deals["Feta"].id).status == DealStatus.OPEN
    assert undo.count() == 0 and "Feta" in _titles(board, "Prospecting")


def test_the_amount_filter_keeps_deals_in_their_own_currency(
    qtbot: QtBot, db: Database, data: SalesData, undo: QUndoStack
) -> None:
    where = DealFilter(status=DealStatus.OPEN, min_amount=Decimal("10000"))
    view = PipelineBoard(BoardHost(lambda: db, undo, Errors(), lambda: where))
    qtbot.addWidget(view)
    assert view.reload()
    assert _titles(view, "Proposal") == ["Dates", "Olive oil"]
    assert _titles(view, "Prospecting") == [] and _titles(view, "Negotiation") == []


def test_a_stage_named_with_markup_shows_its_characters(
    qtbot: QtBot, db: Database, data: SalesData, undo: QUndoStack
) -> None:
    from PySide6.QtCore import Qt

    from crm_desktop.services.stages import add_stage

    add_stage(db, "<b>Demo</b> & <i>trial</i>", 30)
    host = BoardHost(lambda: db, undo, Errors(), lambda: DealFilter(status=DealStatus.OPEN))
    view = PipelineBoard(host)
    qtbot.addWidget(view)
    assert view.reload()
    column = _column(view, "<b>Demo</b> & <i>trial</i>")
    assert column.title.textFormat() == Qt.TextFormat.PlainText
    assert column.title.text().startswith("<b>Demo</b> & <i>trial</i>")
    assert column.sums.textFormat() == Qt.TextFormat.PlainText


def test_a_dragged_card_lands_in_close_date_order_as_a_fresh_read_would_put_it(
    board: PipelineBoard, db: Database, data: SalesData
) -> None:
    proposal = _column(board, "Proposal")
    proposal.view.repaint()  # the cards in sight held
    drop_deal_on(proposal.view.viewport(), data.deals["Feta"].id)  # closes last
    drop_deal_on(proposal.view.viewport(), data.deals["Saffron"].id)  # overdue: first
    assert _titles(board, "Proposal") == ["Saffron", "Dates", "Olive oil", "Feta"]
    shown = [deal.stage for deal in proposal.model.deals()]
    assert shown == ["Proposal"] * 4  # the cards held are the deals as they are now
    assert proposal.model.ids() == deal_ids(
        db, DealFilter(status=DealStatus.OPEN, stage="Proposal")
    )
    assert board.column_of(data.deals["Saffron"].id) is proposal
    assert _titles(board, "Negotiation") == [] and _titles(board, "Prospecting") == []
