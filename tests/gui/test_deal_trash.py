"""Deals in the Trash like every other record: Delete on the deal's card sends it there (one
undo step), Edit > Trash lists it as a deal and restores it, and the deals of an account in
the Trash leave the board with it and come back with it (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pipeline.pipeline_view import PipelineView
from crm_desktop.gui.trash_dialog import TrashDialog
from crm_desktop.records.contacts import TrashKind
from crm_desktop.services.account_edits import restore_accounts, trash_accounts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import get_deal
from crm_desktop.services.trash import trash_counts
from tests.gui.sales_data import SalesData, seed_deals


@pytest.fixture
def data(db: Database) -> SalesData:
    return seed_deals(db)


@pytest.fixture
def window(qtbot: QtBot, db: Database, data: SalesData) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main
    main.close_database()


def _on_board(view: PipelineView) -> set[str]:
    return {deal.title for column in view.board.columns for deal in column.model.deals()}


def test_delete_on_the_card_trashes_the_deal_undo_brings_it_back_and_the_trash_restores_it(
    window: MainWindow, db: Database, data: SalesData, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.sales.show_pipeline()
    feta = data.deals["Feta"]
    view.show_deal(feta)
    view.card.delete.click()
    assert get_deal(db, feta.id).deleted_at is not None
    assert "Feta" not in _on_board(view)
    assert view.card.shown is None
    window._undo.undo()  # one step
    assert get_deal(db, feta.id).deleted_at is None
    assert "Feta" in _on_board(view)
    window._undo.redo()
    assert trash_counts(db).deals == 1

    def act(dialog: TrashDialog) -> None:
        dialog.set_kind(TrashKind.DEAL)
        assert [(item.kind, item.title) for item in dialog.shown()] == [(TrashKind.DEAL, "Feta")]
        assert dialog._ui.kind.currentText() == "Deals (1)"
        dialog.select_rows([0])
        dialog.restore_selected()
        assert dialog.shown() == []

    monkeypatch.setattr(TrashDialog, "exec", lambda dialog: act(dialog) or 0)
    window._actions["trash"].trigger()
    assert get_deal(db, feta.id).deleted_at is None
    assert "Feta" in _on_board(view)  # the board behind the dialog read again


def test_the_deals_of_an_account_in_the_trash_leave_the_board_and_come_back_with_it(
    window: MainWindow, db: Database, data: SalesData
) -> None:
    view = window.sales.show_pipeline()
    assert _on_board(view) == {"Olive oil", "Feta", "Dates", "Saffron"}
    trash_accounts(db, [data.other])
    view.reload()
    assert _on_board(view) == {"Olive oil", "Feta"}
    restore_accounts(db, [data.other])
    view.reload()
    assert _on_board(view) == {"Olive oil", "Feta", "Dates", "Saffron"}
