"""Click, then log (issue 19): a phone number or an e-mail address clicked on a contact's
card goes to the system's dialler or mail program (QDesktopServices, here a URL handler of
the test's own for tel: and mailto:), then a bar in the window offers to log it at that time;
Enter opens the editor prefilled (done, the cursor in the outcome) and saves it, Esc
dismisses the bar. Anniversaries show on the card and with the birthdays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTranslator, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.app import install_translators
from crm_desktop.gui.activities_view import ActivitiesView
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_editor import ActivityEditorDialog
from crm_desktop.gui.activity_text import local_moment, to_qdate
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.records.activities import Due
from crm_desktop.records.drafts import ContactDraft, EmailValue, PhoneValue
from crm_desktop.services.activities import due_activities, timeline
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database

NOW = datetime(2026, 12, 3, 12, 5, tzinfo=UTC)


class Opened(QObject):
    """Where the system would send a tel: or mailto: URL: kept, so nothing is dialled."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    for scheme in ("tel", "mailto"):
        QDesktopServices.setUrlHandler(scheme, handler, "open_url")
    yield handler
    for scheme in ("tel", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(
        db,
        [
            ContactDraft(
                given_name="Eleni", family_name="Papadopoulou",
                emails=(EmailValue("eleni@aegean.example"),),
                phones=(PhoneValue("+30 210 555 0101"),), anniversary="2016-12-05",
            )
        ],
    )  # fmt: skip
    main = MainWindow(db, clock=lambda: NOW)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    qtbot.waitExposed(main, timeout=5000)
    main.select_row(0)
    assert main.schedule is not None  # the activities' part, made as after the first paint
    yield main
    main.close_database()


def _link(window: MainWindow, scheme: str) -> QLabel:
    card = window.findChild(QWidget, "contactPane").card  # type: ignore[union-attr]
    [label] = [w for w in card.findChildren(QLabel) if f'href="{scheme}:' in w.text()]
    return label


def test_a_clicked_phone_number_dials_then_enter_logs_the_call_with_its_outcome(
    qtbot: QtBot, window: MainWindow, db: Database, opened: Opened,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    label = _link(window, "tel")
    label.linkActivated.emit("tel:+302105550101")
    assert opened.urls == ["tel:+302105550101"]
    bar = window.findChild(QWidget, "logBar")
    assert bar is not None and bar.isVisible()
    shown = bar.text.text()  # type: ignore[attr-defined]
    assert shown.startswith("Log the call to \u2068Eleni Papadopoulou\u2069 at ")
    assert bar.hint.text() == "Enter: log · Esc: dismiss"  # type: ignore[attr-defined]
    seen: list[str] = []

    def exec_(editor: ActivityEditorDialog) -> int:
        seen.append(editor._ui.subject.text())
        assert editor._ui.outcome.hasFocus() or editor.focusWidget() is editor._ui.outcome
        editor._ui.outcome.setText("Left a message")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ActivityEditorDialog, "exec", exec_)
    qtbot.keyClick(bar.log_button, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert seen == ["Call with Eleni Papadopoulou"]
    assert not bar.isVisible()
    [call] = due_activities(db, Due.DONE)
    assert (call.kind, call.status, call.outcome) == ("call", "done", "Left a message")
    assert call.start == call.completed_at == NOW.replace(second=0)
    assert call.contact_names == ("Eleni Papadopoulou",)


def test_a_clicked_address_opens_the_mail_program_and_esc_dismisses_the_bar(
    qtbot: QtBot, window: MainWindow, db: Database, opened: Opened
) -> None:
    _link(window, "mailto").linkActivated.emit("mailto:eleni@aegean.example")
    assert opened.urls == ["mailto:eleni@aegean.example"]
    bar = window.findChild(QWidget, "logBar")
    assert bar is not None and bar.isVisible()
    assert bar.text.text().startswith("Log the e-mail to ")  # type: ignore[attr-defined]
    qtbot.keyClick(bar.log_button, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not bar.isVisible()
    assert due_activities(db, Due.DONE) == []
    assert [t for t in timeline(db, 1) if t.activity is not None] == []


def test_the_card_shows_the_anniversary(window: MainWindow) -> None:
    card = window.findChild(QWidget, "contactPane").card  # type: ignore[union-attr]
    texts = [w.text() for w in card.findChildren(QLabel)]
    assert "Anniversary" in texts


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translation, which holds the plural forms ("1 year", "10 years")."""
    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.mark.usefixtures("english")
def test_the_birthdays_list_shows_an_anniversary_with_its_years(qtbot: QtBot, db: Database) -> None:
    add_contacts(
        db,
        [
            ContactDraft(given_name="Pau", family_name="Serra", anniversary="2016-12-03"),
            ContactDraft(given_name="Ana", family_name="Puig", anniversary="2025-12-02"),
        ],
    )
    holder = QWidget()
    qtbot.addWidget(holder)
    today = date(2026, 12, 1)
    actions = ActivityActions(db, holder, clock=lambda: local_moment(today, 10))
    view = ActivitiesView(actions, holder)
    view.calendar.setSelectedDate(to_qdate(today))
    holder.show()
    view.set_due(Due.OVERDUE)
    with qtbot.waitSignal(view.side_loaded, timeout=5000):
        view.set_due(Due.TODAY)
    texts = [view.birthdays.item(i).text() for i in range(view.birthdays.count())]
    assert len(texts) == 2
    assert "\u2068Ana Puig\u2069" in texts[0] and texts[0].endswith("anniversary (1 year)")
    assert "\u2068Pau Serra\u2069" in texts[1] and texts[1].endswith("anniversary (10 years)")
