"""E-mails onto the history: each message read from a file (``interop.mail``) becomes one
done e-mail activity at its date, linked to every contact whose address is in its From, To
or Cc, with its subject, its plain-text body and its attachments kept as files; its
direction is "out" when it was sent from one of the user's own addresses (Preferences), else
"in" ("" while none are set). The same Message-ID is the same activity: importing a message
again adds nothing. The people it was with who are no contacts are returned, to be offered
as new contacts (``add_mail_contacts``).

The own addresses, the files kept on e-mails and adding the people of e-mails live here too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from crm_desktop.interop.mail import MailMessage, ReadMail
from crm_desktop.records.attachments import AttachmentRow
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.records.ids import ActivityId, ContactId
from crm_desktop.records.importing import UnknownPerson
from crm_desktop.records.problems import Problem
from crm_desktop.services.database import Database
from crm_desktop.store import mail_store
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.folding import fold
from crm_desktop.store.times import utc_now
from crm_desktop.store.transactions import RawConnection

NO_OWN_ADDRESSES = (
    "your own e-mail addresses are not set (Preferences): whether each message was sent or "
    "received is not known"
)


def own_addresses(db: Database) -> tuple[str, ...]:
    """The user's own e-mail addresses, set once in Preferences."""
    with db.raw_reading() as connection:
        return mail_store.own_addresses(connection)


def set_own_addresses(db: Database, addresses: Sequence[str]) -> tuple[str, ...]:
    """Keep these as the user's own addresses (trimmed, each once); what was kept."""
    kept = tuple(dict.fromkeys(a.strip() for a in addresses if a.strip() and "@" in a))
    with db.raw_writing() as connection:
        mail_store.set_own_addresses(connection, kept)
    return kept


@dataclass
class MailRun:
    """What an import keeps while it stores e-mails: the own addresses (folded), the
    Message-IDs seen so far, and the people met who are no contacts."""

    connection: RawConnection
    own: frozenset[str]
    seen: set[str] = field(default_factory=set)
    unknown: dict[str, UnknownPerson] = field(default_factory=dict)
    warned_no_own: bool = False
    links: mail_store.LinksAtTheEnd | None = None

    @classmethod
    def on(cls, connection: RawConnection) -> MailRun:
        own = frozenset(fold(a) for a in mail_store.own_addresses(connection))
        return cls(connection, own, links=mail_store.LinksAtTheEnd(connection))

    def finish(self) -> None:
        """The last contact of everybody linked, recomputed once (before the commit)."""
        if self.links is not None:
            self.links.finish()

    def store(
        self, read: ReadMail, file: str, emails: Mapping[str, int], problems: list[Problem]
    ) -> tuple[str, ActivityId | None]:
        """One read message, inside the import's transaction: ("imported" | "skipped", its
        activity). Links to the contacts of ``emails`` (folded address -> contact id)."""
        message = read.message
        if message.message_id in self.seen:
            return "skipped", None
        self.seen.add(message.message_id)
        existing = mail_store.activity_of_message(self.connection, message.message_id)
        if existing is not None:
            return "skipped", existing
        contact_ids: list[int] = []
        for person in (*message.senders, *message.to, *message.cc):
            key = fold(person.address)
            contact_id = emails.get(key)
            if contact_id is not None:
                if contact_id not in contact_ids:
                    contact_ids.append(contact_id)
            elif key not in self.own and key not in self.unknown:
                self.unknown[key] = UnknownPerson(person.name, person.address)
        if not self.own and not self.warned_no_own:
            self.warned_no_own = True
            problems.append(Problem(file, read.line, NO_OWN_ADDRESSES, fatal=False))
        activity_id = mail_store.insert_mail_activity(
            self.connection,
            subject=message.subject,
            details=message.body,
            sent_at=message.sent_at or utc_now(),
            direction=self.direction(message),
            message_id=message.message_id,
            mail_headers=message.headers,
            contact_ids=contact_ids,
            links=self.links,
        )
        for kept in message.files:
            mail_store.add_file(self.connection, kept, activity_id=activity_id)
        return "imported", activity_id

    def direction(self, message: MailMessage) -> str:
        if not self.own:
            return ""
        return "out" if any(fold(p.address) in self.own for p in message.senders) else "in"

    def people(self, emails: Mapping[str, int]) -> tuple[UnknownPerson, ...]:
        """The people met who are still no contacts (a card later in the import may be)."""
        return tuple(p for key, p in self.unknown.items() if key not in emails)


def add_mail_contacts(db: Database, people: Sequence[UnknownPerson]) -> Changes:
    """The people of e-mails as new contacts (named by the header, else by the address),
    each linked to the e-mails already on the history that name their address."""
    with db.raw_writing() as connection:
        writer = ContactWriter(connection, db.sort_language)
        drafts = [
            ContactDraft(formatted_name=p.name or p.address, emails=(EmailValue(p.address),))
            for p in people
        ]
        added = writer.write(drafts)
        links: list[tuple[int, int]] = []
        changed: list[ActivityId] = []
        for contact_id, person in zip(added, people, strict=True):
            for activity_id in mail_store.mail_activities_naming(connection, person.address):
                links.append((activity_id, contact_id))
                changed.append(ActivityId(activity_id))
        mail_store.link_contacts(connection, links)
    return Changes(
        contacts_added=tuple(ContactId(c) for c in added),
        activities_changed=tuple(dict.fromkeys(changed)),
    )


def activity_files(db: Database, activity_ids: Sequence[int]) -> dict[int, list[AttachmentRow]]:
    """The files kept on each of these activities."""
    with db.raw_reading() as connection:
        return mail_store.files_of_activities(connection, activity_ids)
