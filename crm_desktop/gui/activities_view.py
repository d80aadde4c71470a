"""The Activities view: Today (with keeping in touch and upcoming birthdays), Overdue, Next
7 days, All open, Done; beside them a month calendar with a dot on each day that has
activities, and that day's list. An activity is rescheduled by editing its date, or by
dragging it from a list onto another day of the calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_actions import ActivityActions
from crm_desktop.gui.activity_calendar import ActivityCalendar
from crm_desktop.gui.activity_drag import ActivityTable
from crm_desktop.gui.activity_list_model import ROW_ROLE, ActivityListModel
from crm_desktop.gui.activity_text import (
    day_text,
    from_qdate,
    is_delete_key,
    local_date,
    to_qdate,
    word,
)
from crm_desktop.gui.activity_week import TimeGrid, days_for
from crm_desktop.gui.bidi import copy_without_marks, isolated
from crm_desktop.gui.calendar_modes import CalendarModes
from crm_desktop.gui.calendars import calendar_changes
from crm_desktop.gui.header_widths import Words, widen_to_titles
from crm_desktop.gui.key_tips import key_text, mnemonic_tip
from crm_desktop.gui.plain_text import plain_label
from crm_desktop.records.activities import ActivityRow, Due
from crm_desktop.records.vocabulary import ActivityKind, ActivityStatus, Priority
from crm_desktop.services import activities as service
from crm_desktop.services.cancel import CancelToken

DONE_SHOWN = 1000  # the Done list shows the newest this many
BIRTHDAY_DAYS = 14
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TABS = (Due.TODAY, Due.OVERDUE, Due.WEEK, Due.ALL, Due.DONE)


# The columns that show one of a few words: as wide as the widest of them in the language.
VOCABULARY_COLUMNS: Words = {
    1: lambda: [word(kind) for kind in ActivityKind],
    4: lambda: [word(priority) for priority in Priority],
    5: lambda: [word(status) for status in ActivityStatus],
}


def _table(
    parent: QWidget, name: str, model: ActivityListModel, words: Words | None = None
) -> QTableView:
    table = ActivityTable(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setDragEnabled(True)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the list (the arrows move in it)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    copy_without_marks(table)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    widen_to_titles(header, (120, 80, 260, 200, 70, 70), words)
    return table


def _is_enter(event: QEvent) -> bool:
    """Return or Enter pressed, with no Ctrl, Alt or Shift."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


# What tells which of the lists or the grid the user is in (a key, a click, the focus).
_USED = (QEvent.Type.FocusIn, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)


class ActivitiesView(QWidget):
    contact_activated = Signal(int)  # a contact in keeping-in-touch or birthdays was opened
    side_loaded = Signal()  # keeping in touch and birthdays are shown (read off the GUI thread)
    counted = Signal(str)  # the list was read: how many it shows, in words (the status bar's)

    def __init__(self, actions: ActivityActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesView")
        self._actions = actions
        self._task: QObject | None = None
        self._text = ""  # the window's search box: the lists show what holds its words

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("activityTabs")
        for _ in TABS:
            self.tabs.addTab("")
        self._new = QPushButton(self)
        self._done = QPushButton(self)
        self._edit = QPushButton(self)
        self._delete = QPushButton(self)
        for button, name in (
            (self._new, "newActivity"), (self._done, "markDone"), (self._edit, "editActivity"),
            (self._delete, "deleteActivity"),
        ):  # fmt: skip
            button.setObjectName(name)
        # The tabs on a row of their own, the buttons under them: side by side, longer words
        # (Greek, Catalan, Persian) squeezed the tabs behind scroll arrows.
        top = QVBoxLayout()
        tabs_row, buttons_row = QHBoxLayout(), QHBoxLayout()
        tabs_row.addWidget(self.tabs)
        tabs_row.addStretch(1)
        for button in (self._new, self._done, self._edit, self._delete):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        top.addLayout(tabs_row)
        top.addLayout(buttons_row)

        self.model = ActivityListModel(self)
        self.model.failed.connect(self._actions.show_error)
        self.table = _table(self, "activityList", self.model, VOCABULARY_COLUMNS)
        self._side = QWidget(self)
        side = QHBoxLayout(self._side)
        side.setContentsMargins(4, 0, 4, 0)
        self._touch_box = QGroupBox(self._side)
        self.keep_in_touch = QListWidget(self._touch_box)
        self.keep_in_touch.setObjectName("keepInTouch")
        QVBoxLayout(self._touch_box).addWidget(self.keep_in_touch)
        self._birthday_box = QGroupBox(self._side)
        self.birthdays = QListWidget(self._birthday_box)
        self.birthdays.setObjectName("birthdays")
        QVBoxLayout(self._birthday_box).addWidget(self.birthdays)
        side.addWidget(self._touch_box)
        side.addWidget(self._birthday_box)
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.addWidget(self.table)
        lists.addWidget(self._side)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 1)

        self.calendar = ActivityCalendar(self)
        self.calendar.setMinimumHeight(260)  # room for the markers under the day numbers
        self._day_label = plain_label("", self)
        self._day_label.setObjectName("dayHeading")
        self.day_model = ActivityListModel(self)
        self.day_table = _table(self, "dayList", self.day_model)
        for column in (3, 4, 5):
            self.day_table.hideColumn(column)
        self.time_grid = TimeGrid(self)
        self.modes = CalendarModes(self, self.calendar, self.time_grid)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.modes)
        right_layout.addWidget(self.modes.stack, 1)
        right_layout.addWidget(self._day_label)
        right_layout.addWidget(self.day_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(lists, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._retranslate()
        self._connect()
        self._fit_mode()

    # ---- wiring -------------------------------------------------------------------------

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.calendar.selectionChanged.connect(self._on_calendar_selection_changed)
        self.calendar.currentPageChanged.connect(self._on_calendar_current_page_changed)
        self.calendar.activities_dropped.connect(self._on_calendar_activities_dropped)
        self.time_grid.moved.connect(self._actions.move_all)
        self.time_grid.moved_to_day.connect(self._on_calendar_activities_dropped)
        self.time_grid.activity_activated.connect(self._actions.edit_activity)
        self.time_grid.stepped.connect(self._on_time_grid_stepped)
        self.time_grid.new_requested.connect(self._on_time_grid_new_requested)
        self.time_grid.day_chosen.connect(lambda day: self.calendar.setSelectedDate(to_qdate(day)))
        self.modes.changed.connect(self._on_modes_changed)
        self._actions.changed.connect(self.refresh)
        calendar_changes().changed.connect(self._on_calendar_changed)
        self._new.clicked.connect(self._on_new_clicked)
        self._done.clicked.connect(self._on_done_clicked)
        self._edit.clicked.connect(self._on_edit_clicked)
        self._delete.clicked.connect(self._on_delete_clicked)
        # Which of the list, the day's list and the week or day grid the user was last in:
        # the buttons (and Alt+O, which puts the focus on its button) act on its selection.
        self._acting_on: QWidget = self.table
        self.time_grid.slots.installEventFilter(self)
        for table in (self.table, self.day_table):
            table.installEventFilter(self)
            table.doubleClicked.connect(self._on_table_double_clicked)
            table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.keep_in_touch.itemActivated.connect(self._on_person_activated)
        self.birthdays.itemActivated.connect(self._on_person_activated)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USED and isinstance(watched, QWidget):
            self._acting_on = watched
        if watched in (self.table, self.day_table, self.time_grid.slots) and is_delete_key(event):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._on_delete_clicked()
            return True
        if isinstance(watched, QTableView) and _is_enter(event):  # Enter opens it, as a click
            self._on_table_double_clicked(watched.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        words = (self.tr("Today"), self.tr("Overdue"), self.tr("Next 7 days"),
                 self.tr("All open"), self.tr("Done"))  # fmt: skip
        for number, text in enumerate(words):
            self.tabs.setTabText(number, text)
        self._new.setText(self.tr("&New activity…"))
        self._done.setText(self.tr("Mark as d&one…"))
        self._edit.setText(self.tr("&Edit…"))
        self._delete.setText(self.tr("&Delete"))
        for button in (self._new, self._done, self._edit, self._delete):
            button.setToolTip(mnemonic_tip(button.text()))  # "Mark as done… (Alt+O)"
        self._touch_box.setTitle(self.tr("Keeping in touch"))
        self._birthday_box.setTitle(self.tr("Upcoming birthdays and anniversaries"))
        self.table.setAccessibleName(self.tr("Activities"))
        self.day_table.setAccessibleName(self.tr("The day's activities"))
        self.calendar.setToolTip(self.tr("Drag an activity onto a day to move it there"))
        self._show_day_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
            self.day_model.retranslate()
            widen_to_titles(self.table.horizontalHeader(), words=VOCABULARY_COLUMNS)
            widen_to_titles(self.day_table.horizontalHeader())  # narrow: its subject matters
            if self._side.isVisible():  # in the new words (a hidden view reads it when shown)
                self._load_side()
        super().changeEvent(event)

    # ---- reading ------------------------------------------------------------------------

    def today(self) -> date:
        return local_date(self._actions.clock())

    def due(self) -> Due:
        return TABS[max(0, self.tabs.currentIndex())]

    def set_due(self, due: Due) -> None:
        self.tabs.setCurrentIndex(TABS.index(due))

    def selected_day(self) -> date:
        return from_qdate(self.calendar.selectedDate())

    def refresh(self) -> None:
        """Read the current list, the calendar's month and the selected day again."""
        db, now = self._actions.database, self._actions.clock()
        today = local_date(now)
        self.model.today = self.day_model.today = today
        due = self.due()
        try:
            limit = DONE_SHOWN if due is Due.DONE else None
            ids = service.due_activity_ids(db, due, now=now, limit=limit, text=self._text)
            self.model.set_ids(ids, lambda page: service.get_activities(db, page))
            self._refresh_month()
            self.day_model.set_rows(service.activities_on(db, self.selected_day()))
            self._refresh_grid()
        except CrmError as error:
            self._actions.show_error(error)
        self._side.setVisible(due is Due.TODAY)
        if due is Due.TODAY:
            self._load_side()
        self._show_day_heading()
        self.counted.emit(self.count_text())

    def set_filter(self, text: str) -> None:
        """Show only the activities holding each word of ``text`` (the window's search)."""
        if text.strip() != self._text:
            self._text = text.strip()
            self.refresh()

    def count_text(self) -> str:
        """How many activities the list shows, for the status bar."""
        return self.tr("%Ln activity(ies)", "", self.model.rowCount())

    def _refresh_month(self) -> None:
        # The grid shows days either side of the month (in the calendar shown).
        start = from_qdate(self.calendar.first_shown()) - timedelta(days=7)
        counts = service.activity_days(self._actions.database, start, start + timedelta(days=49))
        self.calendar.set_counts(counts)

    def _refresh_grid(self) -> None:
        """The week or day view's days read again (when it is the one shown)."""
        count = self.modes.days_shown()
        if not count:
            return
        days = days_for(self.selected_day(), count)
        rows = [service.activities_on(self._actions.database, day) for day in days]
        self.time_grid.set_days(days, rows, self.today(), self.selected_day())

    def _fit_mode(self) -> None:
        """The day's list under the month only; the time grid takes the room."""
        grid = bool(self.modes.days_shown())
        self._day_label.setVisible(not grid)
        self.day_table.setVisible(not grid)
        width = sum(self.splitter.sizes())
        if grid and width and self.splitter.sizes()[1] < width // 2:  # room for seven days
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])

    def _on_modes_changed(self) -> None:
        self._fit_mode()
        try:
            self._refresh_grid()
        except CrmError as error:
            self._actions.show_error(error)

    def _on_time_grid_new_requested(self, day: date, when: datetime | None) -> None:
        kind = ActivityKind.TASK if when is None else ActivityKind.MEETING
        self._actions.new_activity(kind, day=day, at=when)

    def _on_time_grid_stepped(self, steps: int) -> None:
        day = self.today() if steps == 0 else self.selected_day()
        day += timedelta(days=steps * self.modes.days_shown())
        self.calendar.setSelectedDate(to_qdate(day))

    def _show_day_heading(self) -> None:
        self._day_label.setText(
            self.tr("Activities on %1: %2")
            .replace("%1", day_text(self.selected_day()))
            .replace("%2", QLocale().toString(self.day_model.rowCount()))
        )

    def _load_side(self) -> None:
        """Keeping in touch and birthdays read every contact: off the GUI thread."""
        from crm_desktop.gui.tasks import ServiceTask

        if self._task is not None:
            return
        db, now, today = self._actions.database, self._actions.clock(), self.today()

        def work(_progress: Callable[[int], None], _cancel: CancelToken) -> object:
            return (
                service.contacts_due_for_contact(db, now=now),
                service.upcoming_birthdays(db, today, BIRTHDAY_DAYS),
            )

        task = ServiceTask(work, self)
        task.succeeded.connect(self._on_side_task_succeeded)
        task.failed.connect(self._on_side_task_failed)
        task.finished.connect(self._on_side_task_finished)
        self._task = task
        task.start()

    def _anniversary_text(self, name: str, when: str, years: int | None) -> str:
        """ "Eleni — 4 December, anniversary (10 years)": its own words, its years counted."""
        if years is None or years < 1:
            text = self.tr("%1 — %2, anniversary")
        else:
            text = self.tr("%1 — %2, anniversary (%Ln year(s))", "", years)
        return text.replace("%1", isolated(name)).replace("%2", when)

    def _on_side_task_succeeded(self, result: object) -> None:
        assert isinstance(result, tuple)
        touch, birthdays = result
        self.keep_in_touch.clear()
        for row in touch:
            if row.last_contact is None:
                text = self.tr("%1 — never contacted").replace("%1", isolated(row.name))
            else:
                text = (
                    self.tr("%1 — last contact %2")
                    .replace("%1", isolated(row.name))
                    .replace("%2", day_text(local_date(row.last_contact)))
                )
            item = QListWidgetItem(text, self.keep_in_touch)
            item.setData(CONTACT_ID_ROLE, int(row.contact_id))
        if not touch:
            self._placeholder(self.keep_in_touch, self.tr("No one is waiting to hear from you."))
        self.birthdays.clear()
        for row in birthdays:
            when = self.tr("today") if row.day == self.today() else day_text(row.day)
            if row.kind == "anniversary":
                text = self._anniversary_text(row.name, when, row.age)
            elif row.age is not None:
                text = (
                    self.tr("%1 — %2, turns %3")
                    .replace("%1", isolated(row.name))
                    .replace("%2", when)
                    .replace("%3", QLocale().toString(row.age))
                )
            else:
                text = self.tr("%1 — %2").replace("%1", isolated(row.name)).replace("%2", when)
            item = QListWidgetItem(text, self.birthdays)
            item.setData(CONTACT_ID_ROLE, int(row.contact_id))
        if not birthdays:
            self._placeholder(
                self.birthdays,
                self.tr("No birthdays or anniversaries in the next %1 days.").replace(
                    "%1", QLocale().toString(BIRTHDAY_DAYS)
                ),
            )
        self.side_loaded.emit()

    @staticmethod
    def _placeholder(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text, widget)
        item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _on_side_task_failed(self, error: object) -> None:
        if isinstance(error, CrmError):
            self._actions.show_error(error)

    def _on_side_task_finished(self) -> None:
        from crm_desktop.gui.tasks import ServiceTask

        task, self._task = self._task, None
        if isinstance(task, ServiceTask):
            task.wait()
            task.deleteLater()

    def wait_for_side(self) -> None:
        """Block until keeping in touch and birthdays are read (used at close)."""
        from crm_desktop.gui.tasks import ServiceTask

        if isinstance(self._task, ServiceTask):
            self._task.wait()

    # ---- user actions -------------------------------------------------------------------

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.refresh()

    def _on_calendar_selection_changed(self) -> None:
        try:
            self.day_model.set_rows(
                service.activities_on(self._actions.database, self.selected_day())
            )
            self._refresh_grid()
        except CrmError as error:
            self._actions.show_error(error)
        self._show_day_heading()

    def _on_calendar_changed(self) -> None:
        """Another calendar (View > Calendar): the month grid shows another month, the days
        are written otherwise."""
        self.refresh()

    def _on_calendar_current_page_changed(self, _year: int, _month: int) -> None:
        try:
            self._refresh_month()
        except CrmError as error:
            self._actions.show_error(error)

    def _on_calendar_activities_dropped(self, ids: list[int], day: object) -> None:
        assert isinstance(day, date)
        self._actions.reschedule_all(ids, day)
        self.calendar.setSelectedDate(to_qdate(day))

    def selected_rows(self) -> list[ActivityRow]:
        """What the buttons act on: the selection of the list, the day's list or the week or
        day grid, whichever the user was last in (the list if that one is hidden now)."""
        sources = (self.time_grid.slots, self.day_table, self.table)
        focused = [widget for widget in sources if widget.hasFocus()]
        source = focused[0] if focused else self._acting_on
        source = source if source.isVisible() else self.table
        if source is self.time_grid.slots:
            row = self.time_grid.selected_activity()
            return [row] if row is not None else []
        table = self.day_table if source is self.day_table else self.table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        model = self.day_model if table is self.day_table else self.model
        return [row for number in rows if (row := model.row_at(number)) is not None]

    def _on_new_clicked(self) -> None:
        day = self.selected_day() if self.selected_day() != self.today() else None
        self._actions.new_activity(ActivityKind.TASK, day=day)

    def _on_done_clicked(self) -> None:
        for row in self.selected_rows()[:1]:
            if row.status == ActivityStatus.OPEN:
                self._actions.complete(row)

    def _on_edit_clicked(self) -> None:
        for row in self.selected_rows()[:1]:
            self._actions.edit_activity(row)

    def _on_delete_clicked(self) -> None:
        self._actions.trash_rows(self.selected_rows())

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ActivityRow):
            self._actions.edit_activity(row)

    def context_menu(self, row: ActivityRow) -> QMenu:
        menu = QMenu(self)
        # The list's own keys shown beside (after a tab: no shortcut to take Enter elsewhere).
        enter = key_text(QKeySequence(Qt.Key.Key_Return))
        menu.addAction(f"{self.tr('&Edit…')}\t{enter}", lambda: self._actions.edit_activity(row))
        if row.status == ActivityStatus.OPEN:
            menu.addAction(self.tr("Mark as &done…"), lambda: self._actions.complete(row))
            tomorrow = self.today() + timedelta(days=1)
            menu.addAction(
                self.tr("Move to &tomorrow"), lambda: self._actions.reschedule(row.id, tomorrow)
            )
        menu.addSeparator()
        delete = key_text(QKeySequence(QKeySequence.StandardKey.Delete))
        menu.addAction(f"{self.tr('&Delete')}\t{delete}", lambda: self._actions.trash_rows([row]))
        return menu

    def _on_table_context_menu_requested(self, position: QPoint) -> None:
        table = self.sender()
        if not isinstance(table, QTableView):
            return
        row = table.indexAt(position).data(ROW_ROLE)
        if isinstance(row, ActivityRow):
            self.context_menu(row).exec(table.viewport().mapToGlobal(position))

    def _on_person_activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(CONTACT_ID_ROLE)
        if contact_id is not None:
            self.contact_activated.emit(int(contact_id))
