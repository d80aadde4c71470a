"""Who labels, envelopes and the mail-merge export go to: each contact's postal address (the
preferred one, else the work one, else the first), name and company as ``Recipient``s; and
the user's own postal address (Preferences), the sender on an envelope."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from crm_desktop.interop.mail_merge_csv import MergeContact
from crm_desktop.records.contacts import ContactCard
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.records.naming import display_name
from crm_desktop.records.postal import Recipient, address_lines
from crm_desktop.services.contact_cards import get_contacts
from crm_desktop.services.database import Database
from crm_desktop.store import mail_store

CHUNK = 1000


def postal_address(draft: ContactDraft) -> AddressValue | None:
    """The address a letter goes to: the preferred one, else the work one, else the first
    (None: the contact has no postal address)."""
    filled = [a for a in draft.addresses if a.street or a.locality or a.postal_code or a.po_box]
    for wanted in (lambda a: a.preferred, lambda a: "work" in a.types, lambda a: True):
        for address in filled:
            if wanted(address):
                return address
    return None


def postal_block(
    address: AddressValue, *, home_country: str = "", language: str = "en"
) -> tuple[str, ...]:
    """An address alone (no name, no company) as a card shows it: the postal block of its
    country's order, without the envelope's capitals, the country last when it is not
    ``home_country``."""
    alone = Recipient("", "", address)
    return address_lines(alone, home_country=home_country, language=language, capitals=False)


def addressee(draft: ContactDraft) -> str:
    """The name on the envelope: the card's name, "" for a card with no name of a person
    (a company's: its company line is enough)."""
    if draft.formatted_name.strip() or draft.given_name.strip() or draft.family_name.strip():
        return display_name(draft)
    return ""


def recipient(card: ContactCard) -> Recipient | None:
    """The contact as a letter's recipient (None: no postal address)."""
    address = postal_address(card.draft)
    if address is None:
        return None
    return Recipient(addressee(card.draft), card.organization, address)


@dataclass(frozen=True)
class Recipients:
    """The recipients of these contacts, in their order, and how many had no address."""

    recipients: tuple[Recipient, ...]
    without_address: int


def cards(db: Database, contact_ids: Sequence[int]) -> Iterator[ContactCard]:
    """These contacts whole, in this order, read a thousand at a time."""
    for start in range(0, len(contact_ids), CHUNK):
        yield from get_contacts(db, contact_ids[start : start + CHUNK])


def recipients(db: Database, contact_ids: Sequence[int]) -> Recipients:
    found: list[Recipient] = []
    missing = 0
    for card in cards(db, contact_ids):
        if (who := recipient(card)) is None:
            missing += 1
        else:
            found.append(who)
    return Recipients(tuple(found), missing)


def merge_contacts(db: Database, contact_ids: Sequence[int]) -> Iterator[MergeContact]:
    """These contacts as rows of a mail merge, in this order."""
    for card in cards(db, contact_ids):
        draft = card.draft
        yield MergeContact(draft, addressee(draft), card.organization, postal_address(draft))


def own_postal_address(db: Database) -> str:
    """The user's own postal address as set in Preferences ("" when not set)."""
    with db.raw_reading() as connection:
        return mail_store.own_postal_address(connection)


def set_own_postal_address(db: Database, text: str) -> str:
    """Keep ``text`` (lines trimmed, empty ones dropped) as the user's own postal address."""
    kept = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    with db.raw_writing() as connection:
        mail_store.set_own_postal_address(connection, kept)
    return kept
