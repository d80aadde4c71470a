"""What hangs under the contact's and the account's cards once the database is open: their
deals (``WindowSales``) and their files (``FilesSection``, and files dropped on the card)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from crm_desktop.records.attachments import FileOwner, OwnerKind

if TYPE_CHECKING:
    from crm_desktop.gui.account_card import AccountPane
    from crm_desktop.gui.contact_card import ContactPane
    from crm_desktop.gui.files_section import FileActions
    from crm_desktop.gui.record_lists import ListHost
    from crm_desktop.gui.window_sales import WindowSales


def attach_card_sections(
    host: ListHost, sales: WindowSales, contact_pane: ContactPane, account_pane: AccountPane
) -> FileActions:
    """Under each card its deals, then its files; the actions on files (shared). Made once
    the database is open (after the first paint): the services load then."""
    from crm_desktop.gui.files_section import CardDrops, FileActions, FilesSection

    sales.attach_cards(contact_pane, account_pane)
    actions = FileActions(host.db, host.undo, host.show_error, host.parent)
    for pane, kind in ((contact_pane, OwnerKind.CONTACT), (account_pane, OwnerKind.ACCOUNT)):
        section = FilesSection(actions, pane)
        pane.insertWidget(2, section)
        pane.setStretchFactor(2, 0)
        CardDrops(pane.card.viewport(), section)
        before = pane.on_shown

        def shown(
            record: int | None,
            s: FilesSection = section,
            k: OwnerKind = kind,
            b: Callable[[int | None], None] | None = before,
        ) -> None:
            if b is not None:
                b(record)
            s.show_for(FileOwner(k, record) if record is not None else None)

        pane.on_shown = shown
        shown_now = pane.shown_id()
        section.show_for(FileOwner(kind, shown_now) if shown_now is not None else None)

        pane.file_actions = actions  # the timeline's too ("Attach file…" on an activity)
        if pane.has_timeline:
            pane.timeline.file_actions = actions

        def timeline_again(_owner: object, p: ContactPane | AccountPane = pane) -> None:
            if p.has_timeline:
                p.timeline.refresh()  # a file attached or removed is a line of it

        actions.changed.connect(timeline_again)
    return actions
