"""Reminders fire at their time while the app runs (the clock is injected: no waiting), in
the tray where there is one, else in the window's banner; what is overdue shows at start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.gui.banner import Banner
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.reminders import ReminderNotifier
from crm_desktop.records.activities import ActivityDraft, Due
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.activities import create_activity, reminders_between
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def call_at_ten(db: Database) -> int:
    [jordi] = add_contacts(db, [ContactDraft(given_name="Jordi", family_name="Puig")])
    row = create_activity(
        db,
        ActivityDraft(
            kind="call", subject="Ring about the order", start=START + timedelta(hours=2),
            reminder=START + timedelta(hours=1, minutes=45), contact_ids=(jordi,),
        ),
    )  # fmt: skip
    return int(row.id)


class Host(QWidget):
    """A window holding the banner (and, as its parent, the notifier)."""

    def __init__(self, db: Database, clock: Clock, **kwargs: object) -> None:
        super().__init__()
        self.banner = Banner(self)
        self.notifier = ReminderNotifier(
            lambda after, until: reminders_between(db, after, until), clock, self.banner, self,
            **kwargs,  # type: ignore[arg-type]
        )  # fmt: skip


def _notifier(
    qtbot: QtBot, db: Database, clock: Clock, **kwargs: object
) -> tuple[ReminderNotifier, Banner]:
    host = Host(db, clock, **kwargs)
    qtbot.addWidget(host)
    _hosts.append(host)
    return host.notifier, host.banner


_hosts: list[Host] = []


@pytest.fixture(autouse=True)
def _let_hosts_go() -> Iterator[None]:
    yield
    _hosts.clear()


def test_a_reminder_shows_in_the_banner_at_its_time_and_only_once(
    qtbot: QtBot, db: Database, call_at_ten: int
) -> None:
    clock = Clock(START)
    notifier, banner = _notifier(qtbot, db, clock, tray_available=lambda: False)
    notifier.start()
    clock.now = START + timedelta(hours=1, minutes=44)
    assert notifier.check() == []
    assert banner.isHidden()
    clock.now = START + timedelta(hours=1, minutes=46)
    with qtbot.waitSignal(notifier.reminded, timeout=1000) as fired:
        notifier.check()
    assert fired.args[0].id == call_at_ten
    assert not banner.isHidden()
    [line] = banner.lines()
    assert "Ring about the order" in line and "Jordi Puig" in line
    clock.now += timedelta(minutes=5)
    assert notifier.check() == []  # shown once


def test_a_reminder_goes_to_the_tray_where_there_is_one(
    qtbot: QtBot, db: Database, call_at_ten: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text))
    )
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    pixmap = QPixmap(16, 16)
    tray = QSystemTrayIcon(QIcon(pixmap))
    clock = Clock(START)
    notifier, banner = _notifier(qtbot, db, clock, tray=tray, tray_available=lambda: True)
    notifier.start()
    clock.now = START + timedelta(hours=2)
    notifier.check()
    assert len(shown) == 1 and shown[0][0] == "Reminder" and "Ring about the order" in shown[0][1]
    assert banner.isHidden()


def test_the_running_window_fires_a_reminder_by_its_clock(
    qtbot: QtBot, db: Database, call_at_ten: int
) -> None:
    clock = Clock(START)
    window = MainWindow(db, clock=clock)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    banner = window.findChild(Banner, "banner")
    assert banner is not None and banner.isHidden()  # nothing overdue at 8:00
    clock.now = START + timedelta(hours=1, minutes=50)
    with qtbot.waitSignal(window.schedule.reminders.reminded, timeout=1000):
        window.schedule.reminders.check()  # what its timer does every few seconds
    assert banner.isVisible() and "Ring about the order" in banner.lines()[0]
    banner.action.click()  # "Show": the Activities view, on Today
    view = window.schedule.view
    assert view is not None and view.isVisible() and view.due() is Due.TODAY
    assert [row.id for row in view.model.rows()] == [call_at_ten]


def test_overdue_activities_are_announced_at_start(
    qtbot: QtBot, db: Database, call_at_ten: int
) -> None:
    window = MainWindow(db, clock=Clock(START + timedelta(days=2)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    banner = window.findChild(Banner, "banner")
    assert banner is not None and banner.isVisible()
    [line] = banner.lines()
    assert line == "Overdue activities: 1"
    banner.action.click()
    view = window.schedule.view
    assert view is not None and view.due() is Due.OVERDUE
    assert [row.id for row in view.model.rows()] == [call_at_ten]


def test_a_clock_set_back_does_not_show_a_reminder_twice(
    qtbot: QtBot, db: Database, call_at_ten: int
) -> None:
    clock = Clock(START)
    notifier, _banner = _notifier(qtbot, db, clock, tray_available=lambda: False)
    notifier.start()
    clock.now = START + timedelta(hours=1, minutes=46)
    assert [row.id for row in notifier.check()] == [call_at_ten]
    clock.now = START + timedelta(hours=1)  # the clock is put back (a time-zone fix, NTP)
    assert notifier.check() == []
    clock.now = START + timedelta(hours=1, minutes=50)
    assert notifier.check() == []  # already shown before the clock went back
