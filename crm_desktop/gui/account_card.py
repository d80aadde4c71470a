"""The selected account: its details and the contacts who work there (click to open)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.gui.bidi import cell_alignment, isolated
from crm_desktop.gui.card_addresses import address_rows, email_label, phone_label
from crm_desktop.gui.card_pane_sizes import FittedPane
from crm_desktop.gui.contact_card import breakable
from crm_desktop.gui.plain_text import add_form_row, escaped, plain_label
from crm_desktop.records.ids import AccountId
from crm_desktop.services.accounts import AccountCard

if TYPE_CHECKING:
    from crm_desktop.gui.activity_actions import ActivityActions
    from crm_desktop.gui.files_section import FileActions  # made after the first paint
    from crm_desktop.gui.timeline_view import TimelineView

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")


def _plain(text: str, parent: QWidget) -> QLabel:
    """Data shown as plain text, on the side its script starts from."""
    label = plain_label(text, parent)
    if (own := cell_alignment(text)) is not None:
        label.setAlignment(Qt.AlignmentFlag(own))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _link(url: str, text: str, parent: QWidget) -> QLabel:
    """A link showing ``text`` (escaped, isolated, breakable after "@" and dots)."""
    shown = breakable(escaped(text))
    label = QLabel(f'<a href="{escaped(url)}">\u2068{shown}\u2069</a>', parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setWordWrap(True)
    return label


def web_address(text: str) -> str | None:
    """The http(s) address a website field means ("www.x.example" becomes
    "https://www.x.example"), or None for anything a browser should not be handed
    (file:, javascript:, a program's own scheme, text that is no address)."""
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    if "://" not in text:
        if _SCHEME.match(text):  # mailto:, javascript:, file:... (but not "host:8080")
            return None
        text = "https://" + text
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if url.isValid() and url.scheme().lower() in ("http", "https") and "." in url.host():
        return url.toString()
    return None


class AccountCardView(QScrollArea):
    contact_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Account card"))
        self.shown: AccountCard | None = None
        self.show_card(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the card again, in the new words
            self.setAccessibleName(self.tr("Account card"))
            self.show_card(self.shown)
        super().changeEvent(event)

    def show_card(self, card: AccountCard | None) -> None:
        self.shown = card
        body = QWidget(self)
        outer = QVBoxLayout(body)
        if card is None:
            hint = QLabel(self.tr("Select an account to see it here."), body)
            hint.setEnabled(False)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(hint)
            self.setWidget(body)
            return
        name = _plain(card.name, body)
        name.setObjectName("accountName")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        name.setFont(font)
        outer.addWidget(name)
        form = QFormLayout()
        outer.addLayout(form)
        if card.website:
            address = web_address(card.website)
            if address is None:  # shown, never opened
                add_form_row(form, self.tr("Website"), _plain(card.website, body))
            else:
                site = _link(address, isolated(card.website, left_to_right=True), body)
                site.linkActivated.connect(self._on_external_link_activated)
                add_form_row(form, self.tr("Website"), site)
        for phone in card.phones:
            add_form_row(form, phone_label(phone.types), _plain(phone.value, body))
        for email in card.emails:
            add_form_row(form, email_label(email.types), _plain(email.value, body))
        for kind, text in address_rows(card.addresses):
            add_form_row(form, kind, _plain(text, body))
        if card.note:
            outer.addWidget(_plain(card.note, body))
        count = QLocale().toString(len(card.contacts))
        heading = QLabel(self.tr("Contacts (%1)").replace("%1", count), body)
        heading.setObjectName("accountContactsHeading")
        outer.addWidget(heading)
        for contact in card.contacts:
            # Each part in its own direction: an Arabic name with an English job title.
            who, job = isolated(contact.name), isolated(contact.title)
            text = f"{who} — {job}" if contact.title else who
            link = _link(f"contact:{contact.id}", text, body)
            link.linkActivated.connect(self._on_contact_link_activated)
            outer.addWidget(link)
        outer.addStretch(1)
        self.setWidget(body)

    def _on_contact_link_activated(self, url: str) -> None:
        self.contact_activated.emit(int(url.removeprefix("contact:")))

    def _on_external_link_activated(self, url: str) -> None:
        address = web_address(url)
        if address is not None:
            QDesktopServices.openUrl(QUrl(address))


class AccountPane(FittedPane):
    """The account's card above, its timeline below: what was done with it and with its
    contacts. The timeline is made on first use, as the contact's is."""

    contact_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("accountPane")
        self.card = AccountCardView(self)
        self.addWidget(self.card)
        self._timeline: TimelineView | None = None
        self.file_actions: FileActions | None = None  # set once the database is open
        self._actions: ActivityActions | None = None
        self._shown: AccountId | None = None
        self._trashed = False  # the account shown is in the Trash: its timeline read-only
        self.on_shown: Callable[[int | None], None] | None = None  # the deals under the card
        self.card.contact_activated.connect(self.contact_activated)

    @property
    def has_timeline(self) -> bool:
        return self._timeline is not None

    def fitted_parts(self) -> tuple[QScrollArea, QWidget | None]:
        return self.card, self._timeline

    def shown_id(self) -> int | None:
        return self._shown

    @property
    def timeline(self) -> TimelineView:
        if self._timeline is None:
            from crm_desktop.gui.timeline_view import TimelineView

            self._timeline = TimelineView(self)
            self._timeline.file_actions = self.file_actions
            self.addWidget(self._timeline)
            self._timeline.set_actions(self._actions)
            self._timeline.show_account(self._shown, trashed=self._trashed)
        return self._timeline

    def set_actions(self, actions: ActivityActions) -> None:
        """What the timeline's buttons do; the timeline itself is made when the first
        account is shown (the accounts view is hidden at start)."""
        self._actions = actions
        if self._timeline is not None:
            self._timeline.set_actions(actions)

    def show_card(self, card: AccountCard | None) -> None:
        self.card.show_card(card)
        if card is not None:
            self.first_content_shown()
        self._shown = card.id if card is not None else None
        self._trashed = card is not None and card.deleted_at is not None
        if self.on_shown is not None:
            self.on_shown(self._shown)
        if self._timeline is not None:
            self._timeline.show_account(self._shown, trashed=self._trashed)
        elif card is not None and self._actions is not None:
            self.timeline  # noqa: B018  (made for the first account shown)
