"""The selected contact, shown beside the list.

Contact data is always plain text: a name like ``<b>x</b><img src=...>`` is shown as those
characters. Emails and phones are links (``mailto:``, ``tel:``) whose visible text is the
escaped value; they open with the system's mail program or dialler, never inside the app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.avatar import Avatar, initials
from crm_desktop.gui.bidi import cell_alignment, isolated
from crm_desktop.gui.calendars import calendar_changes, partial_date_text
from crm_desktop.gui.card_addresses import address_rows, email_label, phone_label
from crm_desktop.gui.card_pane_sizes import FittedPane
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.log_bar import LogBar
from crm_desktop.gui.next_activity import next_activity_label
from crm_desktop.gui.plain_text import add_form_row, escaped, plain_label, tool_tip
from crm_desktop.gui.preferences import home_region
from crm_desktop.records.activities import ActivityRow
from crm_desktop.records.contacts import ContactCard
from crm_desktop.records.ids import ContactId
from crm_desktop.services.matching import dialled_number

if TYPE_CHECKING:  # made after the first paint
    from crm_desktop.gui.activity_actions import ActivityActions
    from crm_desktop.gui.files_section import FileActions
    from crm_desktop.gui.timeline_view import TimelineView

PHOTO_SIZE = 96
PHOTO_READ_LIMIT_MB = 64  # QImageReader refuses larger decodes (a "photo bomb")


def _plain_label(text: str, parent: QWidget) -> QLabel:
    """Data shown as plain text, on the side its script starts from (an Arabic address on
    the right of an English card)."""
    label = plain_label(text, parent)  # a name like <b>x</b> is never markup
    if (own := cell_alignment(text)) is not None:
        label.setAlignment(Qt.AlignmentFlag(own))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _link_label(url: str, text: str, parent: QWidget, *, left_to_right: bool = True) -> QLabel:
    """A link whose shown text is ``text`` escaped: markup in contact data stays text. Emails
    and numbers are isolated left-to-right, so a right-to-left window does not reorder them;
    an account's name in its own direction (``left_to_right=False``)."""
    shown = isolated(breakable(escaped(text)), left_to_right=left_to_right)
    label = QLabel(f'<a href="{escaped(url)}">{shown}</a>', parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setOpenExternalLinks(False)
    label.setWordWrap(True)  # a long e-mail address wraps after its "@" or a "."
    label.setToolTip(tool_tip(text))  # the whole value, however it wrapped
    return label


def breakable(text: str) -> str:
    """``text`` with a zero-width space after each "@", ".", "_", "-" and "/": a long e-mail
    address or web address wraps there instead of widening the card past its column (and
    being cut off at its start in a right-to-left window). Only what is shown gets them."""
    for mark in "@._-/":
        text = text.replace(mark, mark + "\u200b")
    return text


class ContactCardView(QScrollArea):
    """Photo, name, accounts, emails, phones, addresses, birthday, categories, fields, note."""

    account_activated = Signal(int)  # the id of a linked account that was clicked
    link_opened = Signal(str)  # a mailto: or tel: URL handed to the system

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Never sideways: what is long wraps (or is cut, its tool tip saying it whole).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Contact card"))
        self.shown: ContactCard | None = None
        # The contact's next activity (set once the database is open) and the time now.
        self.load_next: Callable[[int], ActivityRow | None] | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._upcoming: ActivityRow | None = None  # the shown contact's next activity
        self.show_card(None)
        calendar_changes().changed.connect(self._on_calendar_changed)

    def _on_calendar_changed(self) -> None:
        self._render()  # the birthday in the calendar now chosen

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the card again, in the new words
            self.setAccessibleName(self.tr("Contact card"))
            self._render()  # as read: nothing is read again (no error dialog in an event)
        super().changeEvent(event)

    def show_card(self, card: ContactCard | None) -> None:
        """Show ``card`` (None: the hint), its next activity read now."""
        self.shown = card
        self._upcoming = None
        if card is not None and card.deleted_at is None and self.load_next is not None:
            self._upcoming = self.load_next(card.id)
        self._render()

    def _render(self) -> None:
        card = self.shown
        body = QWidget(self)
        outer = QVBoxLayout(body)
        if card is None:
            hint = QLabel(self.tr("Select a contact to see it here."), body)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setEnabled(False)
            outer.addWidget(hint)
            self.setWidget(body)
            return
        d = card.draft
        header = QHBoxLayout()  # the photo or the initials, then the name (mirrored in RTL)
        outer.addLayout(header)
        header.addWidget(self._picture(card, body), 0, Qt.AlignmentFlag.AlignTop)
        name = _plain_label(d.formatted_name, body)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        name.setFont(font)
        name.setObjectName("cardName")
        # Beside the picture whatever its script (a Latin name in a right-to-left window too).
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        name.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(name, 1)
        for link in card.accounts:
            label = _link_label(f"account:{link.id}", link.name, body, left_to_right=False)
            label.setToolTip(self.tr("Show the contacts of this account"))
            label.linkActivated.connect(self._on_link_activated)
            if link.title:
                outer.addWidget(_plain_label(link.title, body))
            outer.addWidget(label)
        form = QFormLayout()
        outer.addLayout(form)

        def add(label: str, value: str) -> None:
            if value:
                add_form_row(form, label, _plain_label(value, body))

        if not card.accounts:
            add(self.tr("Title"), d.title)
        add(self.tr("Department"), d.department)
        if (upcoming := self._upcoming) is not None:
            upcoming_label = next_activity_label(upcoming, self.clock(), body)
            add_form_row(form, self.tr("Next activity"), upcoming_label)
        for email in d.emails:
            mail = _link_label(f"mailto:{quote(email.value, safe='@')}", email.value, body)
            mail.linkActivated.connect(self._on_link_activated)
            add_form_row(form, email_label(email.types), mail)
        region = home_region()  # a national number is the Preferences' country's
        for phone in d.phones:
            number = "".join(ch for ch in phone.value if ch.isdigit() or ch == "+")
            dialled = dialled_number(phone.value, region)
            call = _link_label(f"tel:{dialled[0] if dialled else number}", phone.value, body)
            if dialled is not None and dialled[1] != phone.value.strip():
                call.setToolTip(tool_tip(dialled[1]))  # how it is written from abroad
            call.linkActivated.connect(self._on_link_activated)
            add_form_row(form, phone_label(phone.types), call)
        for kind, text in address_rows(d.addresses):
            add(kind, text)
        add(self.tr("Birthday"), partial_date_text(d.birthday))
        add(self.tr("Anniversary"), partial_date_text(d.anniversary))
        add(self.tr("Categories"), ", ".join(category_text(name) for name in d.categories))
        for field in d.custom_fields:
            add(field.label, field.value)
        if d.note:
            outer.addWidget(_plain_label(d.note, body))
        outer.addStretch(1)
        self.setWidget(body)

    def _picture(self, card: ContactCard, parent: QWidget) -> QLabel:
        """The contact's photo, or their initials in a circle."""
        d = card.draft
        if d.photo is not None and d.photo.data:
            pixmap = QPixmap()
            if pixmap.loadFromData(d.photo.data):
                photo = QLabel(parent)
                photo.setObjectName("cardPhoto")
                photo.setAccessibleName(self.tr("Photo"))
                photo.setPixmap(
                    pixmap.scaled(
                        PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )  # fmt: skip
                return photo
        return Avatar(initials(d, card.organization), d.formatted_name, parent)

    def _on_link_activated(self, url: str) -> None:
        if url.startswith("account:"):
            self.account_activated.emit(int(url.removeprefix("account:")))
            return
        QDesktopServices.openUrl(QUrl(url))
        self.link_opened.emit(url)  # after: the bar that offers to log it comes second


class ContactPane(FittedPane):
    """The card above, the contact's timeline below (what was done and noted with them).

    The timeline is made on first use (``timeline``): the window paints its first screen
    without it, then asks for it once the database is open."""

    account_activated = Signal(int)
    link_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("contactPane")
        self.log_bar = LogBar(self)  # "Log the call to ...?" after a tel: or mailto: click
        self.addWidget(self.log_bar)
        self.setCollapsible(0, False)
        self.card = ContactCardView(self)
        self.addWidget(self.card)
        self._actions: ActivityActions | None = None
        self._timeline: TimelineView | None = None
        self.file_actions: FileActions | None = None  # set once the database is open
        self.on_shown: Callable[[int | None], None] | None = None  # the deals under the card
        self.card.account_activated.connect(self.account_activated)
        self.card.link_opened.connect(self.link_opened)
        self.card.link_opened.connect(self._on_card_link_opened)
        self.log_bar.log_requested.connect(self._on_log_bar_log_requested)

    def fitted_parts(self) -> tuple[QScrollArea, QWidget | None]:
        return self.card, self._timeline

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """A section at ``index`` as the account's pane counts (1: under the card): the log
        bar above the card is not counted."""
        super().insertWidget(index + 1, widget)

    def set_actions(self, actions: ActivityActions | None) -> None:
        """What the timeline and the log bar act through (the window's)."""
        self._actions = actions
        if actions is not None:
            self.card.clock = actions.clock  # what is overdue, on the window's clock
        self.timeline.set_actions(actions)

    def _on_card_link_opened(self, url: str) -> None:
        shown = self.card.shown
        kind = "call" if url.startswith("tel:") else "email" if url.startswith("mailto:") else ""
        if self._actions is None or shown is None or not kind:
            return
        self.log_bar.offer(kind, shown.id, shown.draft.formatted_name, self._actions.clock())

    def _on_log_bar_log_requested(
        self, kind: str, contact_id: int, name: str, when: object
    ) -> None:
        assert isinstance(when, datetime)
        if self._actions is not None:
            self._actions.log_contact(kind, (ContactId(contact_id), name), when)

    @property
    def has_timeline(self) -> bool:
        return self._timeline is not None

    def shown_id(self) -> int | None:
        return self.card.shown.id if self.card.shown is not None else None

    @property
    def timeline(self) -> TimelineView:
        if self._timeline is None:
            from crm_desktop.gui.timeline_view import TimelineView

            self._timeline = TimelineView(self)
            self._timeline.file_actions = self.file_actions
            self.addWidget(self._timeline)
            self._show_timeline(self.card.shown)
        return self._timeline

    def show_card(self, card: ContactCard | None, *, edited: bool = False) -> None:
        """Show ``card``; ``edited``: the contact shown, as just edited (its timeline stays
        unless its name changed)."""
        shown = self.card.shown
        self.card.show_card(card)
        if card is not None:
            self.first_content_shown()
        if self.on_shown is not None:
            self.on_shown(card.id if card is not None else None)
        unchanged = (
            edited
            and card is not None
            and shown is not None
            and (shown.id, shown.draft.formatted_name) == (card.id, card.draft.formatted_name)
        )
        if self._timeline is not None and not unchanged:
            self._show_timeline(card)

    def _show_timeline(self, card: ContactCard | None) -> None:
        if card is None:
            self.timeline.show_contact(None)
        else:
            trashed = card.deleted_at is not None
            self.timeline.show_contact(card.id, card.draft.formatted_name, trashed=trashed)
