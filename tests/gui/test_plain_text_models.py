"""Every item model of the GUI, found by walking ``crm_desktop.gui`` (a new model fails here
until it is filled below), holding records whose every text is markup: for every cell,
header and role, what Qt reads as rich text (tool tips, what's this) holds the data only
escaped, and what a view paints as characters (display, edit, accessible text) holds it as
it is, never escaped."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QTableView, QToolTip
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import crm_desktop.gui
from crm_desktop.gui.account_table_model import AccountTableModel
from crm_desktop.gui.activity_list_model import ActivityListModel
from crm_desktop.gui.contact_table_model import COLUMN_NAME, ContactTableModel
from crm_desktop.gui.duplicate_group_model import DuplicateGroupModel
from crm_desktop.gui.import_match_model import ImportMatchModel
from crm_desktop.gui.merge_choice_model import MergeChoiceModel
from crm_desktop.gui.pipeline.board_model import StageColumnModel
from crm_desktop.gui.pipeline.deal_table_model import DealTableModel
from crm_desktop.gui.pipeline.lead_list import LeadTableModel
from crm_desktop.gui.table_model import RecordTableModel
from crm_desktop.gui.timeline_model import TimelineModel
from crm_desktop.gui.trash_table_model import TrashTableModel
from crm_desktop.records.contacts import ContactRow
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import DealId
from crm_desktop.records.sales import DealDraft
from crm_desktop.services.accounts import account_rows
from crm_desktop.services.activities import get_activities
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.contact_list import contact_rows
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import next_activities
from crm_desktop.services.deals import create_deal, get_deals
from crm_desktop.services.duplicates import find_duplicates
from crm_desktop.services.importing import import_files
from crm_desktop.services.leads import list_leads, mark_lead
from crm_desktop.services.notes import timeline
from crm_desktop.services.stages import list_stages
from crm_desktop.services.trash import trash_items
from tests.gui.markup_data import (
    BOLD_OPEN,
    Planted,
    marked,
    model_problems,
    plant,
    vcard_with_markup,
)

Filler = Callable[[Database, Planted, Path], QAbstractItemModel]
# Bases that hold no rows of their own: each subclass is filled and checked.
BASES: frozenset[type] = frozenset({RecordTableModel})


def _contacts(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = ContactTableModel(lambda ids: contact_rows(db, ids))
    model.set_ids([planted.contact, planted.twin])
    return model


def _accounts(db: Database, _planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = AccountTableModel()
    model.set_rows(account_rows(db))
    return model


def _activities(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = ActivityListModel()
    model.today = date.today()
    model.set_ids([planted.activity, planted.activity + 1], lambda ids: get_activities(db, ids))
    return model


def _trash(db: Database, _planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = TrashTableModel()
    model.set_items(trash_items(db))
    return model


def _timeline(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = TimelineModel()
    model.account_id = planted.account  # the contacts' names show in each line
    model.set_loader(lambda limit: timeline(db, contact_id=planted.contact, limit=limit))
    return model


def _duplicates(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = DuplicateGroupModel()
    groups = find_duplicates(db)
    names = {row.id: row.name for row in contact_rows(db, [planted.contact, planted.twin])}
    model.set_groups(groups, dict(names))
    return model


def _merge_choice(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = MergeChoiceModel()
    model.set_cards(get_contacts(db, [planted.contact, planted.twin]))
    return model


def _import_matches(db: Database, _planted: Planted, folder: Path) -> QAbstractItemModel:
    summary = import_files(db, [vcard_with_markup(folder)], dry_run=True)
    model = ImportMatchModel(choosable=True)
    model.set_matches([*summary.merges, *summary.possible_duplicates])
    assert model.rowCount() > 0
    return model


def _deal(db: Database, planted: Planted) -> DealId:
    draft = DealDraft(marked("deal"), planted.account, Decimal("100"), "EUR",
                      next_step=marked("next-step"))  # fmt: skip
    return create_deal(db, draft).id


def _stage_column(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    deal = _deal(db, planted)
    [stage, *_] = list_stages(db)
    model = StageColumnModel(stage, lambda ids: (get_deals(db, ids), next_activities(db, ids)))
    model.set_ids([deal])
    return model


def _deal_table(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    model = DealTableModel(lambda ids: get_deals(db, ids))
    model.set_ids([_deal(db, planted)])
    return model


def _leads(db: Database, planted: Planted, _folder: Path) -> QAbstractItemModel:
    mark_lead(db, contact_id=planted.contact, source=marked("source"))
    model = LeadTableModel()
    model.set_leads(list_leads(db))
    return model


FILLERS: dict[type, Filler] = {
    StageColumnModel: _stage_column,
    DealTableModel: _deal_table,
    LeadTableModel: _leads,
    ContactTableModel: _contacts,
    AccountTableModel: _accounts,
    ActivityListModel: _activities,
    TrashTableModel: _trash,
    TimelineModel: _timeline,
    DuplicateGroupModel: _duplicates,
    MergeChoiceModel: _merge_choice,
    ImportMatchModel: _import_matches,
}


def _gui_models() -> set[type]:
    """Every item model class defined in ``crm_desktop.gui`` and its modules."""
    found: set[type] = set()
    for module_info in pkgutil.walk_packages(crm_desktop.gui.__path__, "crm_desktop.gui."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QAbstractItemModel) and value.__module__ == module.__name__:
                found.add(value)
    return found


def test_every_item_model_of_the_gui_is_checked_here() -> None:
    found = _gui_models()
    assert found - BASES == set(FILLERS), "fill the new model in FILLERS"
    assert ContactTableModel in found  # the walk finds them at all


@pytest.fixture
def planted(db: Database) -> Planted:
    return plant(db)


@pytest.mark.parametrize("model_class", list(FILLERS), ids=lambda cls: cls.__name__)
def test_no_model_hands_qt_data_it_would_read_as_rich_text(
    qtmodeltester: ModelTester,
    db: Database,
    planted: Planted,
    tmp_path: Path,
    model_class: type,
) -> None:
    model = FILLERS[model_class](db, planted, tmp_path)
    assert isinstance(model, model_class)
    qtmodeltester.check(model)
    problems, shown = model_problems(model)
    assert problems == []
    # The walk is not vacuous: the markup reached the model and is shown as characters.
    assert any(BOLD_OPEN in text for text in shown), shown


def _rendered(tip: str) -> str:
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_a_tool_tip_shows_the_text_of_the_data_as_it_is_line_breaks_kept(
    db: Database, planted: Planted, tmp_path: Path
) -> None:
    contacts = _contacts(db, planted, tmp_path)
    index = contacts.index(0, COLUMN_NAME)
    display = contacts.data(index, Qt.ItemDataRole.DisplayRole)
    assert marked("one-name") in display
    assert _rendered(contacts.data(index, Qt.ItemDataRole.ToolTipRole)) == display
    notes = _timeline(db, planted, tmp_path)
    note = next(
        row
        for row in range(notes.rowCount())
        if "note-line-2" in notes.data(notes.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    )
    tip = notes.data(notes.index(note, 0), Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip) == marked("note") + "\n" + marked("note-line-2")


@pytest.fixture
def hovered_table(qtbot: QtBot, db: Database) -> Iterator[QTableView]:
    """The contacts list holding one contact whose name is a 3,000 x 3,000 image, shown."""
    # (3,000, not the 30,000 of the report: a regression must fail this test, not the
    # machine that runs it; a 3,000 pixel square would still make a tip 36 MB large.)
    name = '<img src="/nonexistent/x.png" width=3000 height=3000><b>big</b>'
    (contact,) = add_contacts(db, [ContactDraft(formatted_name=name)])
    model = ContactTableModel(lambda ids: contact_rows(db, ids))
    model.set_ids([contact])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    yield table
    QToolTip.hideText()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen's tool tip
def test_hovering_a_name_made_of_markup_shows_a_small_tip_of_its_characters(
    qtbot: QtBot, hovered_table: QTableView
) -> None:
    table = hovered_table
    cell = table.visualRect(table.model().index(0, COLUMN_NAME)).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    [tip] = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.metaObject().className() == "QTipLabel" and widget.isVisible()
    ]
    assert 0 < tip.width() < 1000 and 0 < tip.height() < 200  # the text, not a 3,000 px image
    assert "<b>big</b>" in _rendered(QToolTip.text())


def test_the_contact_rows_the_list_reads_keep_the_markup_as_stored(
    db: Database, planted: Planted
) -> None:
    """(What the models above are given: the service does not escape or strip.)"""
    [row] = contact_rows(db, [planted.contact])
    assert isinstance(row, ContactRow)
    assert row.name == marked("one-name")
