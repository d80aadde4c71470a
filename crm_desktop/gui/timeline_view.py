"""The timeline under a contact's or an account's card: what was done and noted, newest first
(pinned notes on top), a filter by kind, and a quick-add bar (log a call, add a note, schedule
a task, about one of the open deals or none) that needs no dialog for the common case."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.activity_text import (
    from_qdate,
    is_delete_key,
    limit_to_supported,
    local_date,
    local_moment,
    set_locale_format,
    to_qdate,
)
from crm_desktop.gui.bidi import cell_text
from crm_desktop.gui.timeline_model import TimelineDelegate, TimelineModel
from crm_desktop.records.attachments import FileOwner, OwnerKind
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.vocabulary import ACTIVITY_KINDS, ActivityKind, ActivityStatus

if TYPE_CHECKING:  # the services load with the database, after the first paint
    from crm_desktop.gui.activity_actions import ActivityActions
    from crm_desktop.gui.files_section import FileActions
    from crm_desktop.records.activities import TimelineItem

QUICK_KINDS = (
    ActivityKind.CALL,
    "note",
    ActivityKind.TASK,
    ActivityKind.EMAIL,
    ActivityKind.MEETING,
)
TASK_HOUR = 9  # a quick task is due at 9:00 on its day


class TimelineView(QWidget):
    item_activated = Signal(object)  # the TimelineItem double-clicked
    file_opened = Signal(str)  # the private copy of a kept file handed to the system viewer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._actions: ActivityActions | None = None
        self.file_actions: FileActions | None = None  # attach, save (set with the database)
        self._contact: tuple[ContactId, str] | None = None
        self._account: AccountId | None = None
        self._read_only = False  # a record in the Trash
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self._heading = QLabel(self)
        # Room for the glyphs that reach past their advance at the start of a line (Persian
        # and Arabic خ, چ at the right edge were cut).
        self._heading.setContentsMargins(2, 0, 2, 0)
        self._filter = QComboBox(self)
        self._filter.setObjectName("timelineFilter")
        self._new = QPushButton(self)
        self._new.setObjectName("timelineNew")
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self._filter)
        top.addWidget(self._new)
        layout.addLayout(top)

        quick = QHBoxLayout()  # what kind, when (a task), Add; the text on its own line below
        self.quick_kind = QComboBox(self)
        self.quick_kind.setObjectName("quickKind")
        self.quick_text = QLineEdit(self)
        self.quick_text.setObjectName("quickText")
        self.quick_text.setClearButtonEnabled(True)
        self.quick_text.setTextMargins(2, 0, 2, 0)
        self.quick_due = QDateEdit(self)
        self.quick_due.setObjectName("quickDue")
        self.quick_due.setCalendarPopup(True)
        limit_to_supported(self.quick_due)
        set_locale_format(self.quick_due)
        self.quick_deal = QComboBox(self)  # the open deal it is about (none by default)
        self.quick_deal.setObjectName("quickDeal")
        self.quick_deal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.quick_deal.addItem("", None)
        self.quick_deal.setVisible(False)
        self.quick_add = QPushButton(self)
        self.quick_add.setObjectName("quickAdd")
        quick.addWidget(self.quick_kind)
        quick.addWidget(self.quick_due)
        quick.addWidget(self.quick_deal)
        quick.addStretch(1)
        quick.addWidget(self.quick_add)
        layout.addLayout(quick)
        layout.addWidget(self.quick_text)

        self.model = TimelineModel(self)
        self.model.failed.connect(self._report)
        self._delegate = TimelineDelegate(self)
        self.list = QListView(self)
        self.list.setObjectName("timelineList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(self._delegate)
        self.list.setUniformItemSizes(True)  # 5,000 items are laid out without asking each
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout.addWidget(self.list, 1)
        # Inside the timeline's box, at its top (under it, it read as belonging to nothing).
        self._empty = QLabel(self.list.viewport())
        self._empty.setObjectName("timelineEmpty")
        self._empty.setEnabled(False)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        inside = QVBoxLayout(self.list.viewport())
        inside.addWidget(self._empty)
        inside.addStretch(1)

        for value in ("", *("note", *ACTIVITY_KINDS, "file")):
            self._filter.addItem("", value)
        for value in QUICK_KINDS:
            self.quick_kind.addItem("", value)
        self._retranslate()
        self._connect()
        self._on_quick_kind_current_index_changed(0)
        self._set_enabled()

    def _connect(self) -> None:
        self._filter.currentIndexChanged.connect(self._on_filter_current_index_changed)
        self.quick_kind.currentIndexChanged.connect(self._on_quick_kind_current_index_changed)
        self.quick_text.returnPressed.connect(self._on_quick_add_clicked)
        self.quick_add.clicked.connect(self._on_quick_add_clicked)
        self._new.clicked.connect(self._on_new_clicked)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and is_delete_key(event):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._on_delete_triggered()
            return True
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Timeline"))
        self._filter.setItemText(0, self.tr("Everything"))
        plural = {
            "note": self.tr("Notes"),
            ActivityKind.CALL: self.tr("Calls"),
            ActivityKind.EMAIL: self.tr("Emails"),
            ActivityKind.LETTER: self.tr("Letters"),
            ActivityKind.MEETING: self.tr("Meetings"),
            ActivityKind.TASK: self.tr("Tasks"),
            "file": self.tr("Files"),
        }
        for row in range(1, self._filter.count()):
            self._filter.setItemText(row, plural[str(self._filter.itemData(row))])
        self._filter.setToolTip(self.tr("Show only one kind"))
        quick = {
            ActivityKind.CALL: self.tr("Log a call"),
            "note": self.tr("Add a note"),
            ActivityKind.TASK: self.tr("Schedule a task"),
            ActivityKind.EMAIL: self.tr("Log an email"),
            ActivityKind.MEETING: self.tr("Log a meeting"),
        }
        for row in range(self.quick_kind.count()):
            self.quick_kind.setItemText(row, quick[str(self.quick_kind.itemData(row))])
        self.quick_add.setText(self.tr("&Add"))
        self._new.setText(self.tr("New activity…"))
        self.quick_due.setToolTip(self.tr("When the task is due"))
        self.quick_deal.setItemText(0, self.tr("No deal"))
        self.quick_deal.setToolTip(self.tr("The open deal this is about (its timeline shows it)"))
        self.quick_deal.setAccessibleName(self.tr("Deal"))
        self._on_quick_kind_current_index_changed(self.quick_kind.currentIndex())
        self._empty.setText(self.tr("Nothing here yet."))
        self.list.setAccessibleName(self.tr("Timeline"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ---- what it shows ------------------------------------------------------------------

    def set_actions(self, actions: ActivityActions | None) -> None:
        """Where the timeline reads and writes (set once the database is open)."""
        if self._actions is not None:
            self._actions.changed.disconnect(self.refresh)
        self._actions = actions
        if actions is not None:
            actions.changed.connect(self.refresh)
        self._load()

    def show_contact(
        self, contact_id: ContactId | None, name: str = "", *, trashed: bool = False
    ) -> None:
        """``contact_id``'s timeline; ``trashed``: a contact in the Trash, its history shown
        but nothing logged, edited or deleted there (restore it first)."""
        self._contact = (contact_id, name) if contact_id is not None else None
        self._account = None
        self._read_only = trashed
        self._load()

    def show_account(self, account_id: AccountId | None, *, trashed: bool = False) -> None:
        self._contact = None
        self._account = account_id
        self._read_only = trashed
        self._load()

    def kinds(self) -> frozenset[str] | None:
        value = str(self._filter.currentData() or "")
        return frozenset({value}) if value else None

    def refresh(self) -> None:
        """Read the timeline again, as much as is shown (after a change)."""
        self._today()
        try:
            self.model.reload()
        except CrmError as error:
            self._report(error)
        self._set_enabled()

    def _today(self) -> None:
        today = local_date(self._actions.clock()) if self._actions is not None else None
        self.model.today = today
        self._delegate.today = today

    def _load(self) -> None:
        actions = self._actions
        contact_id = self._contact[0] if self._contact else None
        if actions is None or (contact_id is None and self._account is None):
            self.model.set_loader(None)
            self._set_enabled()
            return
        from crm_desktop.services import activities as service

        account_id, kinds = self._account, self.kinds()
        self.model.contact_id, self.model.account_id = contact_id, account_id

        def load(limit: int) -> list[TimelineItem]:
            return service.timeline(
                actions.database, contact_id=contact_id, account_id=account_id,
                kinds=kinds, limit=limit,
            )  # fmt: skip

        self._today()
        try:
            self.model.set_loader(load)
        except CrmError as error:
            self.model.set_loader(None)
            self._report(error)
        self._fill_deals()
        self._set_enabled()

    def _fill_deals(self) -> None:
        """The open deals of the contact or the account shown, offered in the bar (hidden
        when there is none); the choice goes back to none."""
        from crm_desktop.services.deal_links import open_deals_for

        combo = self.quick_deal
        while combo.count() > 1:
            combo.removeItem(1)
        combo.setCurrentIndex(0)
        actions = self._actions
        contact_id = self._contact[0] if self._contact else None
        if actions is not None and (contact_id is not None or self._account is not None):
            try:
                deals = open_deals_for(
                    actions.database, contact_id=contact_id, account_id=self._account
                )
            except CrmError as error:
                deals = []
                self._report(error)
            for deal_id, title in deals:
                combo.addItem(cell_text(title), deal_id)
        combo.setVisible(combo.count() > 1)

    def _set_enabled(self) -> None:
        owner = self._actions is not None and (self._contact is not None or self._account)
        owner = owner and not self._read_only
        for widget in (self.quick_kind, self.quick_text, self.quick_due, self.quick_deal,
                       self.quick_add, self._new):  # fmt: skip
            widget.setEnabled(bool(owner))
        self._empty.setVisible(bool(owner) and self.model.rowCount() == 0)

    def _report(self, error: CrmError) -> None:
        if self._actions is not None:
            self._actions.show_error(error)

    # ---- quick add, new, edit -----------------------------------------------------------

    def _on_filter_current_index_changed(self, _index: int) -> None:
        self._load()

    def _on_quick_kind_current_index_changed(self, _index: int) -> None:
        kind = str(self.quick_kind.currentData())
        self.quick_due.setVisible(kind == ActivityKind.TASK)
        hints = {
            ActivityKind.CALL: self.tr("What was said (Enter logs the call)"),
            "note": self.tr("Write a note (Enter adds it)"),
            ActivityKind.TASK: self.tr("What to do (Enter schedules it)"),
            ActivityKind.EMAIL: self.tr("What the email was about (Enter logs it)"),
            ActivityKind.MEETING: self.tr("What the meeting was about (Enter logs it)"),
        }
        self.quick_text.setPlaceholderText(hints.get(kind, ""))
        if kind == ActivityKind.TASK and self._actions is not None:
            self.quick_due.setDate(to_qdate(local_date(self._actions.clock()) + timedelta(days=1)))
        elif kind == ActivityKind.TASK:
            self.quick_due.setDate(QDate.currentDate().addDays(1))

    def _on_quick_add_clicked(self) -> None:
        text = self.quick_text.text().strip()
        if not text or self._actions is None:
            return
        kind = str(self.quick_kind.currentData())
        due = (
            local_moment(from_qdate(self.quick_due.date()), TASK_HOUR)
            if kind == ActivityKind.TASK
            else None
        )
        contact_id = self._contact[0] if self._contact else None
        deal = self.quick_deal.currentData()
        deal_id = deal if isinstance(deal, int) else None
        if self._actions.quick_add(kind, text, contact_id, self._account, due, deal_id) is not None:
            self.quick_text.clear()
            self.quick_deal.setCurrentIndex(0)

    def _on_new_clicked(self) -> None:
        if self._actions is not None:
            self._actions.new_activity(ActivityKind.CALL, self._contact, self._account)

    def selected_items(self) -> list[TimelineItem]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [item for row in rows if (item := self.model.item(row)) is not None]

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.item_activated.emit(item)
            self.edit(item)

    def edit(self, item: TimelineItem) -> None:
        if self._actions is None or self._read_only:
            return
        if item.note is not None:
            self._actions.edit_note(item.note)
        elif item.activity is not None:
            self._actions.edit_activity(item.activity)
        elif item.files:  # a file kept on the contact or account: opened, never edited
            self.open_file(item.files[0].id)

    def context_menu(self, item: TimelineItem) -> QMenu:
        """What a right-click on ``item`` offers."""
        menu = QMenu(self)
        actions = self._actions
        if actions is None:
            return menu
        if self._read_only:  # a record in the Trash: read, not changed
            self._add_files(menu, item)
            return menu
        if item.kind != "file":
            menu.addAction(self.tr("&Edit…"), lambda: self.edit(item))
        if item.note is not None:
            note = item.note
            pin = menu.addAction(self.tr("&Unpin") if note.pinned else self.tr("&Pin to the top"))
            pin.triggered.connect(lambda: actions.pin_note(note, not note.pinned))
        elif item.activity is not None and item.activity.status == ActivityStatus.OPEN:
            activity = item.activity
            done = menu.addAction(self.tr("Mark as &done…"))
            done.triggered.connect(lambda: actions.complete(activity))
        self._add_files(menu, item)
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete"))
        delete.triggered.connect(self._on_delete_triggered)
        return menu

    def _add_files(self, menu: QMenu, item: TimelineItem) -> None:
        for kept in item.files:  # an e-mail's attachments, opened by the system's viewer
            opener = menu.addAction(self.tr("Open %1").replace("%1", kept.file_name))
            opener.triggered.connect(lambda _=False, k=kept.id: self.open_file(k))
            if (files := self.file_actions) is not None:
                saver = menu.addAction(self.tr("Save %1 as…").replace("%1", kept.file_name))
                saver.triggered.connect(lambda _=False, k=kept: files.save_as(k, self))
        if item.activity is not None and (files := self.file_actions) is not None:
            if self._read_only:
                return
            owner = FileOwner(OwnerKind.ACTIVITY, item.activity.id)
            attach = menu.addAction(self.tr("Attach file…"))
            attach.triggered.connect(lambda: files.ask_and_attach(owner, self))

    def open_file(self, attachment_id: int) -> None:
        """A kept file, opened with the system's viewer (never shown here)."""
        from crm_desktop.services.files import file_to_open

        if self._actions is None:
            return
        try:
            path = file_to_open(self._actions.database, attachment_id)
        except CrmError as error:
            self._report(error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.file_opened.emit(str(path))

    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        item = self.model.item(self.list.indexAt(position).row())
        if item is not None:
            self.context_menu(item).exec(self.list.viewport().mapToGlobal(position))

    def _on_delete_triggered(self) -> None:
        items = self.selected_items()
        files = [i.files[0] for i in items if i.kind == "file" and i.files]
        if self.file_actions is not None and not self._read_only:  # a file's line: to the Trash
            for kept in files:
                self.file_actions.remove(kept.owner, [kept.id])
        items = [i for i in items if i.kind != "file"]
        if self._actions is not None and items and not self._read_only:
            self._actions.trash(
                [i.activity.id for i in items if i.activity is not None],
                [i.note.id for i in items if i.note is not None],
            )
