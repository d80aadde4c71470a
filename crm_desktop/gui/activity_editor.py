"""New and Edit for an activity: kind, subject, times (local, through QDateTime), duration,
location, priority, status and outcome, reminder, the contacts and account it regards, details.

The dialog takes a draft and returns one (``result_draft``); times go in and out as aware
datetimes and are shown in local time. Problems are said inline and Save waits until they
are mended.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QListWidgetItem, QWidget

from crm_desktop.gui.activity_text import (
    from_qdatetime,
    limit_to_supported,
    set_locale_format,
    to_qdatetime,
    word,
)
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.draft_editor import DraftEditorMixin
from crm_desktop.gui.forms.ui_activity_editor import Ui_ActivityEditor
from crm_desktop.gui.plain_text import plain_label
from crm_desktop.gui.repeat_section import RepeatSection
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.records.vocabulary import (
    ACTIVITY_KINDS,
    ACTIVITY_STATUSES,
    PRIORITIES,
    TIMED_KINDS,
    ActivityKind,
    ActivityStatus,
)

ContactFinder = Callable[[str], Sequence[tuple[ContactId, str]]]
NO_REMINDER = -1
REMINDER_LEADS = (NO_REMINDER, 0, 5, 15, 30, 60, 24 * 60)  # minutes before the time
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def next_half_hour(now: datetime) -> datetime:
    """The first full or half hour after ``now`` (what a new activity starts at)."""
    start = now.replace(second=0, microsecond=0)
    return start + timedelta(minutes=30 - start.minute % 30)


class ActivityEditorDialog(DraftEditorMixin[ActivityDraft], QDialog):
    _ui: Ui_ActivityEditor

    def __init__(
        self,
        draft: ActivityDraft | None,
        parent: QWidget | None = None,
        *,
        contact_names: Mapping[ContactId, str] | None = None,
        accounts: Sequence[tuple[AccountId, str]] = (),
        find_contacts: ContactFinder | None = None,
        now: datetime | None = None,
        repeat: bool = True,
    ) -> None:
        """``contact_names`` names the draft's contacts; ``accounts`` are the choices of
        account; ``find_contacts(text)`` gives contacts matching what is typed to add one;
        ``repeat``: the Repeat section is shown (not for one occurrence of a series)."""
        super().__init__(parent)
        self._ui = Ui_ActivityEditor()
        self._ui.setupUi(self)
        self.repeat = RepeatSection(self)
        self._repeat_label = plain_label("", self)
        self._repeat_label.setBuddy(self.repeat.frequency)
        self._ui.form.insertRow(10, self._repeat_label, self.repeat)
        self._ui.form.setRowVisible(self.repeat, repeat)
        self._new = draft is None
        now = now or datetime.now(UTC)
        self._original = draft or ActivityDraft(
            kind=ActivityKind.CALL, subject="", start=next_half_hour(now)
        )
        self._now = now
        self._find_contacts = find_contacts
        self._matches: dict[str, ContactId] = {}
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._ui.contactSearch.setCompleter(completer)
        self._ui.contactSearch.setEnabled(find_contacts is not None)
        self._completer = completer
        for edit in (self._ui.start, self._ui.due):
            limit_to_supported(edit)
            set_locale_format(edit)
        self._fill_choices(accounts)
        self._fill(self._original, contact_names or {})
        self._retranslate()
        self._connect()
        self._ui.subject.setFocus(Qt.FocusReason.OtherFocusReason)  # the kind: Shift+Tab

    # ---- filling --------------------------------------------------------------------------

    def _fill_choices(self, accounts: Sequence[tuple[AccountId, str]]) -> None:
        ui = self._ui
        for combo, values in (
            (ui.kind, ACTIVITY_KINDS), (ui.priority, PRIORITIES), (ui.status, ACTIVITY_STATUSES),
        ):  # fmt: skip
            for value in values:
                combo.addItem(word(value), value)
        ui.account.addItem("", None)
        for account_id, name in accounts:
            ui.account.addItem(isolated(name), account_id)
        for lead in REMINDER_LEADS:
            ui.reminder.addItem("", lead)

    def _fill(self, d: ActivityDraft, names: Mapping[ContactId, str]) -> None:
        ui = self._ui
        self._select(ui.kind, d.kind)
        ui.subject.setText(d.subject)
        ui.details.setPlainText(d.details)
        default = to_qdatetime(next_half_hour(self._now))
        for check, edit, value in ((ui.hasStart, ui.start, d.start), (ui.hasDue, ui.due, d.due)):
            check.setChecked(value is not None)
            edit.setDateTime(to_qdatetime(value) if value is not None else default)
            edit.setEnabled(value is not None)
        ui.duration.setValue(d.duration_minutes or 0)
        ui.location.setText(d.location)
        self._select(ui.priority, d.priority)
        self._select(ui.status, d.status)
        ui.outcome.setText(d.outcome)
        ui.outcome.setEnabled(d.status != ActivityStatus.OPEN)
        when = d.start or d.due
        if d.reminder is None or when is None:
            self._select(ui.reminder, NO_REMINDER)
        else:
            lead = round((when - d.reminder).total_seconds() / 60)
            if ui.reminder.findData(lead) < 0:
                ui.reminder.addItem("", lead)  # a lead of its own, kept as it was
            self._select(ui.reminder, lead)
        self.repeat.set_rule(d.recurrence or "", d.start or d.due)
        for contact_id in d.contact_ids:
            self._add_contact(contact_id, names.get(contact_id, ""))
        if d.account_id is not None and ui.account.findData(d.account_id) < 0:
            ui.account.addItem(str(d.account_id), d.account_id)
        self._select(ui.account, d.account_id)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _add_contact(self, contact_id: ContactId, name: str) -> None:
        ui = self._ui
        for row in range(ui.contacts.count()):
            if ui.contacts.item(row).data(CONTACT_ID_ROLE) == contact_id:
                return
        item = QListWidgetItem(isolated(name) or f"#{contact_id}", ui.contacts)
        item.setData(CONTACT_ID_ROLE, contact_id)

    def _retranslate(self) -> None:
        ui = self._ui
        for row, lead in enumerate(ui.reminder.itemData(i) for i in range(ui.reminder.count())):
            ui.reminder.setItemText(row, self._lead_text(int(lead)))
        ui.account.setItemText(0, self.tr("(none)"))
        self._repeat_label.setText(self.tr("R&epeat:"))
        self.setWindowTitle(self.tr("New activity") if self._new else self.tr("Activity"))

    def _lead_text(self, minutes: int) -> str:
        if minutes == NO_REMINDER:
            return self.tr("No reminder")
        if minutes == 0:
            return self.tr("At the time")
        if minutes % (24 * 60) == 0:
            return self.tr("%Ln day(s) before", "", minutes // (24 * 60))
        if minutes % 60 == 0:
            return self.tr("%Ln hour(s) before", "", minutes // 60)
        return self.tr("%Ln minute(s) before", "", minutes)

    def focus_outcome(self) -> None:
        """The cursor in the outcome (a call just logged: what came of it, then Enter)."""
        self._ui.outcome.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- signals ------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self._ui
        ui.hasStart.toggled.connect(ui.start.setEnabled)
        ui.hasDue.toggled.connect(ui.due.setEnabled)
        ui.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        ui.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        ui.contactSearch.textEdited.connect(self._on_contact_search_text_edited)
        ui.contactSearch.returnPressed.connect(self._on_contact_search_return_pressed)
        self._completer.activated.connect(self._on_completer_activated)
        ui.removeContact.clicked.connect(self._on_remove_contact_clicked)
        ui.start.dateTimeChanged.connect(self._on_time_changed)
        ui.due.dateTimeChanged.connect(self._on_time_changed)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _on_time_changed(self) -> None:
        ui = self._ui
        edit = ui.start if ui.hasStart.isChecked() else ui.due
        day = edit.date().toPython()
        if isinstance(day, date):
            self.repeat.set_first(day)

    def _on_status_current_index_changed(self, _index: int) -> None:
        self._ui.outcome.setEnabled(self._ui.status.currentData() != ActivityStatus.OPEN)

    def _on_kind_current_index_changed(self, _index: int) -> None:
        """Calls and meetings start at a time; tasks, emails and letters are due by one: the
        time moves with the kind."""
        ui = self._ui
        timed = ui.kind.currentData() in TIMED_KINDS
        source, target = (ui.hasDue, ui.hasStart) if timed else (ui.hasStart, ui.hasDue)
        if source.isChecked() and not target.isChecked():
            (ui.start if timed else ui.due).setDateTime((ui.due if timed else ui.start).dateTime())
            source.setChecked(False)
            target.setChecked(True)

    def _on_contact_search_text_edited(self, text: str) -> None:
        if self._find_contacts is None or len(text.strip()) < 1:
            return
        found = self._find_contacts(text.strip())
        self._matches = {name: contact_id for contact_id, name in found}
        self._completions.setStringList(list(self._matches))

    def _on_completer_activated(self, name: str) -> None:
        contact_id = self._matches.get(name)
        if contact_id is not None:
            self._add_contact(contact_id, name)
            self._ui.contactSearch.clear()

    def _on_contact_search_return_pressed(self) -> None:
        """Enter adds the contact typed in full, or the only one that matches."""
        text = self._ui.contactSearch.text().strip()
        if self._find_contacts is None or not text:
            return
        found = list(self._find_contacts(text))
        exact = [c for c in found if c[1].casefold() == text.casefold()]
        chosen = exact[:1] or (found if len(found) == 1 else [])
        if chosen:
            self._add_contact(*chosen[0])
            self._ui.contactSearch.clear()

    def _on_remove_contact_clicked(self) -> None:
        row = self._ui.contacts.currentRow()
        if row >= 0:
            self._ui.contacts.takeItem(row)

    # ---- the draft ----------------------------------------------------------------------

    def _draft(self) -> ActivityDraft:
        """What the fields say (raises ``ValueError`` with the words to show)."""
        ui = self._ui
        subject = ui.subject.text().strip()
        if not subject:
            raise ValueError(self.tr("Give the activity a subject."))
        start = from_qdatetime(ui.start.dateTime()) if ui.hasStart.isChecked() else None
        due = from_qdatetime(ui.due.dateTime()) if ui.hasDue.isChecked() else None
        lead = int(ui.reminder.currentData())
        reminder = None
        if lead != NO_REMINDER:
            when = start or due
            if when is None:
                raise ValueError(self.tr("A reminder needs a start or a due time."))
            reminder = when - timedelta(minutes=lead)
        recurrence = self.repeat.rule() if self._ui.form.isRowVisible(self.repeat) else None
        if not recurrence and not self._original.recurrence:
            recurrence = self._original.recurrence  # "" or None (as stored): none either way
        if recurrence and start is None and due is None:
            raise ValueError(self.tr("A repeating activity needs a start or a due time."))
        contact_ids = tuple(
            ContactId(int(ui.contacts.item(row).data(CONTACT_ID_ROLE)))
            for row in range(ui.contacts.count())
        )
        account = ui.account.currentData()
        status = str(ui.status.currentData())
        return replace(
            self._original,
            kind=str(ui.kind.currentData()),
            subject=subject,
            details=ui.details.toPlainText().strip(),
            start=start,
            due=due,
            duration_minutes=ui.duration.value() or None,
            location=ui.location.text().strip(),
            priority=str(ui.priority.currentData()),
            status=status,
            outcome=ui.outcome.text().strip() if status != ActivityStatus.OPEN else "",
            reminder=reminder,
            contact_ids=contact_ids,
            account_id=AccountId(int(account)) if account is not None else None,
            recurrence=recurrence if recurrence is not None else self._original.recurrence,
        )
