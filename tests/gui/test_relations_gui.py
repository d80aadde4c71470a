"""Relationships on the cards: added from the card (Add Relationship…, a type and a person
from the completer), shown on both records in their own words, a click shows the other
record, removing and adding are undoable; the referrals report's figures by hand."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.relation_dialog import RelationDialog
from crm_desktop.gui.relations_box import RelationsBox
from crm_desktop.gui.reports.report_figures import Report
from crm_desktop.gui.reports.reports_view import ReportsView
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.relationships import RelationDraft
from crm_desktop.records.sales import DealContact, DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal, win_deal
from crm_desktop.services.relationships import find_type, relate, relationship_types
from tests.gui.sales_data import Errors


@pytest.fixture
def people(db: Database) -> tuple[ContactId, ContactId, AccountId]:
    ana, jordi = add_contacts(
        db, [ContactDraft(formatted_name="Ana Puig"), ContactDraft(formatted_name="Jordi Vila")]
    )
    return ana, jordi, create_account(db, AccountDraft("Acme S.A."))


@pytest.fixture
def window(qtbot: QtBot, db: Database, people: object) -> Iterator[MainWindow]:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def _choose(monkeypatch: pytest.MonkeyPatch, word: str, person: str) -> None:
    """The dialog, when opened, gets ``word`` and ``person`` typed in and OK pressed."""

    def run(dialog: RelationDialog) -> int:
        dialog.type_box.setCurrentIndex(dialog.type_box.findText(word))
        dialog.person.setText(person)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RelationDialog, "exec", run)


def _box(window: MainWindow, of_account: bool = False) -> RelationsBox:
    return window.relations[1 if of_account else 0]


def test_a_relationship_added_on_the_card_shows_clicks_through_and_undoes(
    qtbot: QtBot, window: MainWindow, people: tuple[int, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ana, jordi, _ = people
    window.show_contact(ana)
    box = _box(window)
    assert box.record_id == ana and box.line_texts() == []
    _choose(monkeypatch, "Manager", "Jordi Vila")
    add = box.findChild(QPushButton, "addRelation")
    assert isinstance(add, QPushButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert box.line_texts() == ["Manager: Jordi Vila"]
    [link] = box.links
    assert link.text().startswith(f'<a href="contact:{jordi}">')
    link.linkActivated.emit(f"contact:{jordi}")  # what a click on the link does
    shown = window._card.card.shown
    assert shown is not None and shown.id == jordi
    assert box.line_texts() == ["Direct report: Ana Puig"]
    window._undo.undo()
    assert box.line_texts() == []
    window._undo.redo()
    assert box.line_texts() == ["Direct report: Ana Puig"]


def test_removing_from_the_card_is_undoable(
    qtbot: QtBot, window: MainWindow, db: Database, people: tuple[int, int, int]
) -> None:
    ana, jordi, _ = people
    found = find_type(relationship_types(db), "spouse")
    assert found is not None
    relate(db, RelationDraft(ana, found[0].id, other_contact_id=jordi))
    window.show_contact(ana)
    box = _box(window)
    assert box.line_texts() == ["Spouse: Jordi Vila"]
    [remove] = box.remove_buttons
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert box.line_texts() == []
    window._undo.undo()
    assert box.line_texts() == ["Spouse: Jordi Vila"]


def test_an_accounts_card_adds_a_contact_and_links_to_it(
    qtbot: QtBot, window: MainWindow, people: tuple[int, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ana, _, acme = people
    window.show_account(acme)
    box = _box(window, of_account=True)
    assert box.record_id == acme
    _choose(monkeypatch, "Former employer of", "Ana Puig")
    qtbot.mouseClick(box.findChild(QPushButton, "addRelation"), Qt.MouseButton.LeftButton)
    assert box.line_texts() == ["Former employer of: Ana Puig"]
    window.show_contact(ana)
    assert _box(window).line_texts() == ["Former employee of: Acme S.A."]


def test_the_dialog_keeps_an_unknown_person_as_a_name_and_offers_both_directions(
    qtbot: QtBot, db: Database, people: tuple[int, int, int]
) -> None:
    ana, jordi, acme = people
    undo = QUndoStack()
    box = RelationsBox(lambda: db, undo, Errors())
    qtbot.addWidget(box)
    box.show_for(ana)
    dialog = box.dialog()
    qtbot.addWidget(dialog)
    words = [dialog.type_box.itemText(i) for i in range(dialog.type_box.count())]
    assert {"Manager", "Direct report", "Spouse", "Referred by", "Referred"} <= set(words)
    assert words.count("Spouse") == 1  # its own inverse: offered once
    completions = dialog.person.completer().model()
    assert {completions.index(i, 0).data() for i in range(completions.rowCount())} == {
        "Jordi Vila", "Acme S.A. (account)"
    }  # fmt: skip
    dialog.type_box.setCurrentIndex(dialog.type_box.findText("Referred by"))
    dialog.person.setText("Pere Soler")
    assert "kept as a name" in dialog._hint.text()
    draft = dialog.draft()
    assert draft is not None and (draft.other_name, draft.other_contact_id) == ("Pere Soler", None)
    dialog.person.setText("Acme S.A. (account)")
    draft = dialog.draft()
    assert draft is not None and draft.other_account_id == acme
    assert jordi not in {draft.other_contact_id}


def test_the_referrals_report_shows_hand_computed_figures(qtbot: QtBot, db: Database) -> None:
    ana, jordi, pere = add_contacts(
        db, [ContactDraft(formatted_name=n) for n in ("Ana Puig", "Jordi Vila", "Pere Soler")]
    )
    acme = create_account(db, AccountDraft("Acme S.A."))
    found = find_type(relationship_types(db), "referred by")
    assert found is not None
    relate(db, RelationDraft(ana, found[0].id, other_contact_id=jordi))  # Jordi referred Ana
    relate(db, RelationDraft(pere, found[0].id, other_contact_id=jordi))  # and Pere
    for amount, who in (("1000.00", ana), ("234.56", pere)):
        deal = create_deal(db, DealDraft("Deal", acme, Decimal(amount), "EUR",
                                         contacts=(DealContact(who),)))  # fmt: skip
        win_deal(db, deal.id)
    view = ReportsView(lambda: db, Errors())
    qtbot.addWidget(view)
    view.show_report(Report.REFERRALS)
    table = view.panel.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]  # fmt: skip
    # Jordi: two people referred, their won deals 1,000.00 + 234.56 = 1,234.56 EUR
    assert rows == [["Jordi Vila", "2", "EUR", "2", "1234.56€"]]  # the C locale: no grouping
    assert list(view.panel.chart.data.series[0].values) == [1234.56]


def test_the_types_dialog_adds_renames_and_removes_a_type(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.gui.relationship_types_dialog import (
        RelationshipTypesDialog,
        TypeNamesDialog,
    )

    errors = Errors()
    dialog = RelationshipTypesDialog(lambda: db, errors)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Manager / Direct report" in texts and "Spouse" in texts
    words = iter([("Mentor", "Mentee"), ("Coach", "Coachee")])

    def typed(names: TypeNamesDialog) -> int:
        name, inverse = next(words)
        names.name.setText(name)
        names.inverse.setText(inverse)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TypeNamesDialog, "exec", typed)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(dialog.list.count() - 1).text() == "Mentor / Mentee"
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(dialog.list.count() - 1).text() == "Coach / Coachee"
    assert find_type(relationship_types(db), "coachee") is not None
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert find_type(relationship_types(db), "coach") is None
    ana, jordi = add_contacts(
        db, [ContactDraft(formatted_name="Ana"), ContactDraft(formatted_name="Jo")]
    )
    spouse = find_type(relationship_types(db), "spouse")
    assert spouse is not None
    relate(db, RelationDraft(ana, spouse[0].id, other_contact_id=jordi))
    dialog.refresh()
    dialog.list.setCurrentRow(0)  # Spouse, now in use
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and find_type(relationship_types(db), "spouse") is not None
