"""VJOURNAL entries (journal notes, as Thunderbird, Evolution and KOrganizer write them):
read as dated notes for the contacts they name (their ATTENDEE and ORGANIZER e-mails).

The app has no journal of its own, so an entry becomes a note on every contact it names;
one that names nobody the database knows is reported at its line (not lost silently). Notes
are not written back to an .ics: a journal round trip is one way (README, interop).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm_desktop.records.problems import Problem


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One VJOURNAL: its text, its time (UTC), and the e-mails it names."""

    uid: str
    subject: str
    details: str
    when: datetime | None
    emails: tuple[str, ...]

    @property
    def body(self) -> str:
        """The note's text: the summary, then the description."""
        return "\n\n".join(part for part in (self.subject.strip(), self.details.strip()) if part)


@dataclass(frozen=True, slots=True)
class ReadJournal:
    """One VJOURNAL read, where it starts, and the warnings on its values."""

    entry: JournalEntry
    line: int
    warnings: tuple[Problem, ...] = ()


def _email(line: Any) -> str:
    value = str(line.value).strip()
    return value[7:].strip() if value.lower().startswith("mailto:") else ""


def journal_emails(component: Any) -> tuple[str, ...]:
    """The organizer's and every attendee's e-mail, in order, once each."""
    lines = [*component.contents.get("organizer", []), *component.contents.get("attendee", [])]
    return tuple(dict.fromkeys(email for email in map(_email, lines) if email))


def no_contact(file: str, line: int) -> Problem:
    """The warning for an entry that names none of the contacts."""
    message = "a journal entry (VJOURNAL) naming no contact by e-mail: not imported"
    return Problem(file, line, message, fatal=False)
