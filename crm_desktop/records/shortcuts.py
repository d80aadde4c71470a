"""The folder pane's shortcuts to contacts: the pinned (favourite) ones and the recently
viewed ones."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.records.ids import ContactId


@dataclass(frozen=True, slots=True)
class ContactShortcut:
    """A contact named in the folder pane."""

    id: ContactId
    name: str
