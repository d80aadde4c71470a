"""A deal's card beside the pipeline: its fields, its status (open in a stage, won or lost
with the reason and the competitor), its contacts and their roles, and its timeline (how it
moved between stages, the activities and notes linked to it). Every value from the data is
plain text. The buttons edit it, close it, open it again or delete it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.activity_text import time_text, word
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.calendars import date_text
from crm_desktop.gui.files_section import CardDrops, FileActions, FilesSection
from crm_desktop.gui.money import money_text
from crm_desktop.gui.pipeline.sales_text import (
    close_date_text,
    is_overdue,
    probability_text,
    sales_word,
    today,
)
from crm_desktop.gui.plain_text import add_form_row, plain_label
from crm_desktop.records.attachments import FileOwner, OwnerKind
from crm_desktop.records.sales import Deal, DealStatus, DealTimelineItem


def status_text(deal: Deal) -> str:
    """Open in its stage, or won / lost on a day (with the competitor)."""
    if deal.status == DealStatus.OPEN:
        return QCoreApplication.translate("DealCard", "Open · %1").replace(
            "%1", sales_word(deal.stage)
        )
    day = date_text(deal.closed_on, QLocale.FormatType.ShortFormat) if deal.closed_on else ""
    if deal.status == DealStatus.WON:
        return QCoreApplication.translate("DealCard", "Won on %1").replace("%1", day)
    if deal.competitor_name:
        return (
            QCoreApplication.translate("DealCard", "Lost on %1 to %2")
            .replace("%1", day)
            .replace("%2", isolated(deal.competitor_name))
        )
    return QCoreApplication.translate("DealCard", "Lost on %1").replace("%1", day)


def timeline_line(item: DealTimelineItem) -> str:
    """One line of a deal's timeline: when, what, and the stage move or the subject."""
    when = time_text(item.when)
    change = item.stage_change
    if change is not None:
        if change.from_stage is None:
            what = QCoreApplication.translate("DealCard", "Created in %1").replace(
                "%1", sales_word(change.to_stage)
            )
        elif change.status != DealStatus.OPEN or change.from_stage == change.to_stage:
            what = sales_word(change.status)
        else:
            what = f"{sales_word(change.from_stage)} → {sales_word(change.to_stage)}"
        amount = money_text(change.amount, change.currency)
        return f"{when} · {what} · {isolated(amount)} · {probability_text(change.probability)}"
    first_line = item.text.split("\n", 1)[0]
    return f"{when} · {word(item.kind)} · {isolated(first_line)}"


def field_rows(deal: Deal) -> list[tuple[str, str]]:
    """The card's fields as (label, text) pairs, empty ones left out."""
    rows = [
        (QCoreApplication.translate("DealCard", "Account"), deal.account_name),
        (QCoreApplication.translate("DealCard", "Status"), status_text(deal)),
        (QCoreApplication.translate("DealCard", "Amount"), money_text(deal.amount, deal.currency)),
        (QCoreApplication.translate("DealCard", "Probability"), probability_text(deal.probability)),
        (
            QCoreApplication.translate("DealCard", "Weighted"),
            money_text(deal.weighted, deal.currency),
        ),
        (QCoreApplication.translate("DealCard", "Expected close"), close_date_text(deal)),
        (QCoreApplication.translate("DealCard", "Source"), sales_word(deal.source)),
        (QCoreApplication.translate("DealCard", "Next step"), deal.next_step),
        (QCoreApplication.translate("DealCard", "Reason"), deal.close_reason),
    ]
    for contact in deal.contacts:
        role = sales_word(contact.role)
        rows.append(
            (
                QCoreApplication.translate("DealCard", "Contact"),
                f"{contact.name} ({role})" if role else contact.name,
            )
        )
    rows.append((QCoreApplication.translate("DealCard", "Description"), deal.description))
    return [(label, text) for label, text in rows if text]


class DealCardView(QWidget):
    edit_requested = Signal(object)  # the Deal
    close_requested = Signal(object, bool)  # the Deal, won
    reopen_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealCard")
        self.shown: Deal | None = None
        self.files: FilesSection | None = None  # its Files section (``add_files``)
        self._items: list[DealTimelineItem] = []
        layout = QVBoxLayout(self)
        self.title = plain_label("", self)
        self.title.setObjectName("dealCardTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self._fields = QWidget(self)
        layout.addWidget(self._fields)
        buttons = QGridLayout()
        self.edit = QPushButton(self)
        self.won = QPushButton(self)
        self.lost = QPushButton(self)
        self.reopen = QPushButton(self)
        self.delete = QPushButton(self)
        for number, button in enumerate((self.edit, self.won, self.lost, self.reopen, self.delete)):
            buttons.addWidget(button, number // 3, number % 3)
        layout.addLayout(buttons)
        self._history = QLabel(self)
        layout.addWidget(self._history)
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("dealTimeline")
        self.timeline.setWordWrap(True)
        layout.addWidget(self.timeline, 1)
        self.edit.clicked.connect(lambda: self._ask(self.edit_requested))
        self.reopen.clicked.connect(lambda: self._ask(self.reopen_requested))
        self.delete.clicked.connect(lambda: self._ask(self.delete_requested))
        self.won.clicked.connect(lambda: self._close(won=True))
        self.lost.clicked.connect(lambda: self._close(won=False))
        self.retranslate()
        self.show_deal(None)

    def add_files(self, actions: FileActions) -> FilesSection:
        """The deal's files, above its timeline; files dropped on the card are attached."""
        self.files = FilesSection(actions, self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self._history), self.files)
        CardDrops(self, self.files)
        self.files.show_for(FileOwner(OwnerKind.DEAL, self.shown.id) if self.shown else None)
        return self.files

    def _ask(self, signal: SignalInstance) -> None:
        if self.shown is not None:
            signal.emit(self.shown)

    def _close(self, *, won: bool) -> None:
        if self.shown is not None:
            self.close_requested.emit(self.shown, won)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Deal card"))
        self.edit.setText(self.tr("Ed&it…"))
        self.won.setText(self.tr("&Won…"))
        self.lost.setText(self.tr("L&ost…"))
        self.reopen.setText(self.tr("Reo&pen"))
        self.delete.setText(self.tr("&Delete"))
        self._history.setText(self.tr("Timeline"))
        self.show_deal(self.shown, self._items)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_deal(self, deal: Deal | None, items: Sequence[DealTimelineItem] = ()) -> None:
        self.shown = deal
        self._items = list(items)
        old = self._fields
        self._fields = QWidget(self)
        form = QFormLayout(self._fields)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.replaceWidget(old, self._fields)
        old.deleteLater()
        self.timeline.clear()
        for button in (self.edit, self.won, self.lost, self.reopen, self.delete):
            button.setEnabled(deal is not None)
        if self.files is not None:
            self.files.show_for(FileOwner(OwnerKind.DEAL, deal.id) if deal is not None else None)
        if deal is None:
            self.title.setText(self.tr("Select a deal to see it here."))
            return
        self.title.setText(isolated(deal.title))
        overdue = is_overdue(deal, today())
        for label, text in field_rows(deal):
            value = plain_label(text, self._fields)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if overdue and label == QCoreApplication.translate("DealCard", "Expected close"):
                value.setText(self.tr("%1 (overdue)").replace("%1", text))
                value.setStyleSheet("color: #c0392b")
            add_form_row(form, label, value)
        is_open = deal.status == DealStatus.OPEN
        self.won.setEnabled(is_open)
        self.lost.setEnabled(is_open)
        self.reopen.setEnabled(not is_open)
        self.timeline.addItems([timeline_line(item) for item in items])
