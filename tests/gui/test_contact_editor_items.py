"""The contact editor as issue 20 asks: the birthday read in the user's date format (which it
names), its problems said in the errors' red, Esc asking before it throws away a new contact
with something in it, and categories added from the box itself, which is tall enough."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.contact_editor import CATEGORY_ROWS, ContactEditor
from crm_desktop.records.drafts import ContactDraft, EmailValue, PhoneValue
from tests.gui.locales import user_locale
from tests.gui.message_boxes import answer


@pytest.mark.parametrize(
    ("locale", "typed"), [("en_US", "4/15/1980"), ("en_GB", "15/04/1980"), ("el_GR", "15/4/1980")]
)
def test_the_birthday_is_read_in_the_user_s_date_format_and_shown_in_it(
    qtbot: QtBot, locale: str, typed: str
) -> None:
    with user_locale(locale):
        editor = ContactEditor(None, [], [])
        qtbot.addWidget(editor)
        assert editor._ui.birthday.placeholderText().startswith(typed)  # the format, named
        editor._ui.given.setText("Ana")
        editor._ui.birthday.setText(typed)
        editor.accept()
        draft = editor.result_draft()
        assert draft is not None and draft.birthday == "1980-04-15"
        again = ContactEditor(draft, [], [])
        qtbot.addWidget(again)
        assert again._ui.birthday.text() == typed


def test_a_wrong_birthday_names_the_format_in_the_errors_red(qtbot: QtBot) -> None:
    with user_locale("en_US"):
        editor = ContactEditor(None, [], [])
        qtbot.addWidget(editor)
        editor._ui.given.setText("Ana")
        editor._ui.birthday.setText("15/4/1980")
        editor.accept()
        problem = editor._ui.problem
        assert editor.result() != QDialog.DialogCode.Accepted.value
        assert "is not a date: write it like \u20664/15/1980\u2069" in problem.text()
        assert alert_color().name() in problem.styleSheet()
        assert "highlight" not in problem.styleSheet()  # not the selection's blue


def test_esc_on_a_filled_in_new_contact_asks_before_throwing_it_away(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = ContactEditor(None, [], [])
    qtbot.addWidget(editor)
    editor.show()
    editor._ui.given.setText("Ana")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(editor, "\x1b")  # Esc
    assert len(asked) == 1 and editor.isVisible()  # kept editing
    assert asked[0].windowTitle() == "Discard the new contact?"
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected.value


@pytest.mark.parametrize("draft", [None, ContactDraft("Ana Serra", given_name="Ana")])
def test_esc_asks_nothing_of_an_empty_new_contact_nor_of_an_edit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, draft: ContactDraft | None
) -> None:
    editor = ContactEditor(draft, [], [])
    qtbot.addWidget(editor)
    editor.show()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert asked == [] and not editor.isVisible()


def test_a_category_is_added_from_the_box_ticked_and_the_box_is_tall_enough(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = ContactEditor(None, [], ["Customer", "Prospect"])
    qtbot.addWidget(editor)
    box = editor._ui.categories
    assert box.item(box.count() - 1).text() == "Add category…"
    assert box.minimumHeight() >= box.fontMetrics().height() * CATEGORY_ROWS

    def exec_(dialog: QInputDialog) -> int:
        dialog.setTextValue("Olive oil")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    box.itemClicked.emit(box.item(box.count() - 1))
    editor._ui.given.setText("Ana")
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.categories == ("Olive oil",)
    assert box.item(box.count() - 1).text() == "Add category…"  # still the last


def test_phone_and_e_mail_types_are_chosen_from_a_list_and_mapped_to_vcard_types(
    qtbot: QtBot,
) -> None:
    draft = ContactDraft(
        "Ana Serra",
        phones=(PhoneValue("+34 600 11 22 33", ("work", "voice")), PhoneValue("555", ("x-car",))),
        emails=(EmailValue("ana@serra.example", ("internet", "home")),),
    )
    editor = ContactEditor(draft, [], [])
    qtbot.addWidget(editor)
    phones, emails = editor._ui.phones, editor._ui.emails
    assert [phones.item(r, 1).text() for r in range(2)] == ["Business", "x-car"]
    assert emails.item(0, 1).text() == "Home"
    editor.show()
    phones.setCurrentCell(1, 1)
    phones.editItem(phones.item(1, 1))
    combo = phones.findChild(QComboBox)
    assert combo is not None and combo.isEditable()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Business", "Mobile", "Home", "Fax", "Other",
    ]  # fmt: skip
    combo.setCurrentText("Mobile")
    phones.itemDelegateForColumn(1).setModelData(combo, phones.model(), phones.currentIndex())
    editor.add_row(phones, ["+34 972 00 00 00", "Pager"])  # a type of one's own
    editor.accept()
    saved = editor.result_draft()
    assert saved is not None
    assert [p.types for p in saved.phones] == [("work", "voice"), ("cell",), ("pager",)]
    assert saved.emails[0].types == ("internet", "home")  # left as it was: kept whole
