"""What an import did (or, for a dry run, would do): the policy for duplicates chosen by the
user, and the summary with every merge and every possible duplicate recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from crm_desktop.records.ids import ActivityId, ContactId
from crm_desktop.records.problems import Problem


class DuplicatePolicy(Enum):
    MERGE = "merge"
    SKIP = "skip"
    CREATE = "create"


@dataclass(frozen=True, slots=True)
class ImportMatch:
    """A card of an import and the contact it was found to be (a merge) or perhaps to be (a
    possible duplicate): the card's file and line and name; the contact's id and name, or
    ``None`` and the file and line of an earlier card of the same import (so that a dry run
    says the same as the import); why, as ("uid",), ("email",), ("phone",), ("name",)..."""

    file: str
    line: int
    name: str
    contact_id: ContactId | None
    contact_name: str
    reasons: tuple[str, ...]
    # The earlier card of this import it goes with (file, line), when contact_id is None.
    earlier: tuple[str, int] | None = None


# A card merged into a contact; a card created, but perhaps the same person as a contact.
ImportMerge = ImportMatch
ImportPossibleDuplicate = ImportMatch


@dataclass(frozen=True, slots=True)
class UnknownPerson:
    """Somebody an imported e-mail was with who is no contact: the name its header gives
    ("" when none) and the address."""

    name: str
    address: str


@dataclass(frozen=True, slots=True)
class ImportSummary:
    imported: int = 0
    merged: int = 0
    skipped: int = 0
    failed: int = 0
    problems: tuple[Problem, ...] = ()
    contact_ids: tuple[ContactId, ...] = field(default=(), repr=False)
    activity_ids: tuple[ActivityId, ...] = field(default=(), repr=False)
    merges: tuple[ImportMerge, ...] = ()
    possible_duplicates: tuple[ImportPossibleDuplicate, ...] = ()
    dry_run: bool = False
    # The files of the batch that could not be read at all (each also a problem at line 0);
    # the other files were imported.
    unread_files: tuple[str, ...] = ()
    # The people of the imported e-mails who are no contacts: offered as new ones.
    unknown_people: tuple[UnknownPerson, ...] = ()

    @property
    def complete(self) -> bool:
        """Every file was read and every card in them went in (imported, merged or skipped
        as asked): the command line's exit status 0."""
        return not self.failed and not self.unread_files
