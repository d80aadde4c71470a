"""The timeline's smaller things (issue 20): "Nothing here yet." inside its box, at its top; an
open item's second line never blank; a long subject whole in the tool tip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.contact_card import ContactPane
from crm_desktop.gui.timeline_model import item_detail
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import create_activity, timeline
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

LONG = "Send the signed contract, the price list for 2027 and the samples of every new olive oil"


def _pane(qtbot: QtBot, db: Database, contact_id: int) -> ContactPane:
    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.timeline.set_actions(ActivityActions(db, None))
    pane.show_card(get_contact(db, contact_id))
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_nothing_here_yet_sits_inside_the_timeline_box_at_its_top(
    qtbot: QtBot, db: Database
) -> None:
    [jordi] = add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    pane = _pane(qtbot, db, jordi)
    box = pane.timeline.list
    empty = pane.timeline._empty
    qtbot.waitUntil(empty.isVisible)
    assert empty.text() == "Nothing here yet."
    assert empty.parent() is box.viewport()
    top = empty.mapTo(box, QPoint(0, 0)).y()
    assert 0 <= top < box.height() // 4  # inside the box, at its top (it was under it)
    assert empty.geometry().bottom() < box.viewport().height()


def test_an_open_item_has_no_blank_line_and_its_whole_subject_as_tool_tip(
    qtbot: QtBot, db: Database
) -> None:
    [jordi] = add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    due = datetime.now(UTC) + timedelta(days=2)
    create_activity(db, ActivityDraft(kind="task", subject=LONG, due=due, contact_ids=(jordi,)))
    [item] = timeline(db, contact_id=jordi)
    assert item_detail(item, jordi) == "Open"  # was "": a blank second line
    pane = _pane(qtbot, db, jordi)
    model = pane.timeline.model
    assert not pane.timeline._empty.isVisible()
    tip = model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert LONG in tip and "Open" in tip
