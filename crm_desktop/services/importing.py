"""Importing files of contacts (vCard or CSV) and of activities (iCalendar), told apart by
content: one transaction for everything, whatever happens.

A card that cannot be read is reported (file, line, reason) and the rest go in; so is a
whole file that cannot be read (``import_files``: at its line 0), the other files going in;
with ``strict`` the first such card or file aborts the whole import with nothing written.
A card that is a contact already there, or an earlier card of the same import, by the
same-person rules (``import_matching``: same UID, or a shared e-mail or phone with a
compatible name) follows the user's one choice: merge (add what is missing, never
overwrite), skip, or create; a card sharing a key with somebody of another name is created
and the pair recorded as a possible duplicate. Importing the same file twice therefore
never doubles anybody, and never merges two people. A dry run does all of it and rolls it
back: the summary is the preview.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from crm_desktop.errors import (
    AlreadyRunningError,
    CrmError,
    FileAccessError,
    InputTooLargeError,
    NoRecordsError,
    NoRecordsKind,
)
from crm_desktop.interop.csv_import import CsvPreview as CsvPreview
from crm_desktop.interop.csv_import import header_signature as header_signature
from crm_desktop.interop.csv_import import preview_csv
from crm_desktop.interop.icalendar_journal import ReadJournal, no_contact
from crm_desktop.records.control_characters import without_control_characters
from crm_desktop.records.drafts import AccountDraft, ContactDraft, RelatedValue
from crm_desktop.records.ids import ActivityId, ContactId
from crm_desktop.records.importing import DuplicatePolicy, ImportMatch, ImportSummary
from crm_desktop.records.problems import Problem
from crm_desktop.services.backups import BEFORE_IMPORT, backup_before
from crm_desktop.services.contacts import Cancelled, CancelToken
from crm_desktop.services.database import Database, system_locale_name
from crm_desktop.services.import_files import ImportAborted as ImportAborted
from crm_desktop.services.import_files import (
    Unread,
    file_kind,
    readable_files,
    records,
    refuse,
    unread_problem,
    unread_reason,
    without_empty_values,
)
from crm_desktop.services.import_files import expected_records as expected_records
from crm_desktop.services.import_matching import ImportMatcher, Outcome, Person, Ref
from crm_desktop.services.matching import region_of_locale
from crm_desktop.services.relationships import store_related
from crm_desktop.store.contact_merge import merge_into_contacts
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.identities import add_possible_duplicates
from crm_desktop.store.search_index import bulk_indexing
from crm_desktop.store.transactions import RawConnection, raw

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.interop.icalendar import ReadItem
    from crm_desktop.interop.mail import ReadMail
    from crm_desktop.services.mail import MailRun

BATCH = 500
# An import beside the open window (from the command line) takes at most one batch: its
# transaction holds SQLite's write lock from its first record to its last, and the window's
# own writes wait at most the busy timeout (5 s); one batch takes well under a second. More
# is refused (nothing written): it needs the window closed.
BESIDE_LIMIT = BATCH
T = TypeVar("T")


ImportProgress = Callable[[int], None]  # cards read so far


@dataclass
class _Run:
    connection: RawConnection
    session: Session | None  # an ORM unit of work on the same transaction (iCalendar only)
    writer: ContactWriter
    matcher: ImportMatcher
    policy: DuplicatePolicy
    strict: bool
    keep_apart: frozenset[tuple[str, int]]
    # Cards to create, written a batch at a time (the matcher's person of each, and the card).
    pending: list[tuple[Person, ContactDraft]] = field(default_factory=list)
    # Cards matched to contacts, merged a batch at a time (contact id, card).
    merges: list[tuple[int, ContactDraft]] = field(default_factory=list)
    # Pairs of people (card, other) that may be one, with why: recorded once all are written.
    pairs: list[tuple[Ref, Ref, tuple[str, ...]]] = field(default_factory=list)
    ids: list[ContactId] = field(default_factory=list)
    activity_ids: list[ActivityId] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    merge_records: list[ImportMatch] = field(default_factory=list)
    possible_records: list[ImportMatch] = field(default_factory=list)
    # Per file: control characters taken out, records they were in, the first one's line.
    controls: dict[str, list[int]] = field(default_factory=dict)
    imported: int = 0
    merged: int = 0
    skipped: int = 0
    failed: int = 0
    read: int = 0  # records (cards, rows, events, to-dos, e-mails) taken in so far
    # Beside the window: the refusal to raise past ``BESIDE_LIMIT`` records; else None.
    beside_of: AlreadyRunningError | None = None
    mails: MailRun | None = None  # the e-mails' own state, once an e-mail is read
    # The contacts' e-mail addresses (folded), kept while no contact is written.
    emails: dict[str, int] | None = None
    emails_at: tuple[int, int] = (-1, -1)
    # Cards' related people, stored once every card is written (a card may name a later one).
    related: list[tuple[Person, tuple[RelatedValue, ...]]] = field(default_factory=list)

    def took_one(self) -> None:
        """One more record read; past the limit beside the window, the import is refused."""
        self.read += 1
        running = self.beside_of
        if running is not None and self.read > BESIDE_LIMIT:
            raise AlreadyRunningError(
                running.path, running.pid, running.host,
                f"an import of more than {BESIDE_LIMIT} records (cards, rows, events) needs "
                "the database to itself; nothing was imported",
            )  # fmt: skip

    def flush(self) -> None:
        self.flush_new()
        self.flush_merges()

    def flush_merges(self) -> None:
        merge_into_contacts(self.connection, self.writer, self.merges)
        self.merges = []

    def flush_new(self) -> None:
        if not self.pending:
            return
        new_ids = self.writer.write([draft for _, draft in self.pending])
        for contact_id, (person, _) in zip(new_ids, self.pending, strict=True):
            person.contact_id = contact_id
        self.ids.extend(new_ids)
        self.pending = []

    def finish(self) -> None:
        self.flush()
        if self.related:  # every card is written by now: each has its contact id
            store_related(self.connection, [(p.contact_id or 0, r) for p, r in self.related])
        if self.mails is not None:
            self.mails.finish()
        add_possible_duplicates(
            self.connection,
            [(self._contact_id(a), self._contact_id(b), why) for a, b, why in self.pairs],
        )

    def _contact_id(self, ref: Ref) -> int:
        contact_id = self.matcher.person(ref).contact_id
        assert contact_id is not None  # every card is written by now
        return contact_id

    def summary(self, dry_run: bool) -> ImportSummary:
        unknown = self.mails.people(self.contact_emails()) if self.mails is not None else ()
        return ImportSummary(
            self.imported,
            self.merged,
            self.skipped,
            self.failed,
            tuple(self.problems),
            tuple(self.ids),
            tuple(self.activity_ids),
            tuple(self.merge_records),
            tuple(self.possible_records),
            dry_run,
            unknown_people=unknown,
        )

    def contact_emails(self) -> dict[str, int]:
        """Folded e-mail address -> contact id of everybody written so far (made again only
        when contacts were written or merged since)."""
        self.flush()
        written = (len(self.ids), self.merged)
        if self.emails is None or written != self.emails_at:
            self.emails, self.emails_at = self.matcher.contact_emails(), written
        return self.emails

    def mail(self, read: ReadMail, file: str) -> None:
        """An e-mail: one done activity linked to the contacts it names (those of this
        import too); the same Message-ID is the same activity."""
        from crm_desktop.services.mail import MailRun

        read = dataclasses.replace(read, message=self.cleaned(read.message, file, read.line))
        if self.mails is None:
            self.mails = MailRun.on(self.connection)
        outcome, activity_id = self.mails.store(read, file, self.contact_emails(), self.problems)
        if outcome == "imported":
            self.imported += 1
            assert activity_id is not None
            self.activity_ids.append(activity_id)
        else:
            self.skipped += 1

    def _record(self, card: Person, other: Ref, reasons: tuple[str, ...]) -> ImportMatch:
        assert card.origin is not None
        person = self.matcher.person(other)
        earlier = person.origin  # a card of this import: named by its file and line
        return ImportMatch(
            card.origin[0],
            card.origin[1],
            card.display,
            None if earlier is not None else ContactId(other),
            person.display,
            reasons,
            earlier,
        )

    def cleaned(self, record: T, file: str, line: int) -> T:
        """``record`` without control characters in its text, counted for ``file``."""
        record, removed = without_control_characters(record)
        if removed:
            count = self.controls.setdefault(file, [0, 0, line])
            count[0] += removed
            count[1] += 1
        return record

    def report_controls(self, file: str, noun: str, nouns: str) -> None:
        """One warning for the control characters taken out of ``file``'s text."""
        if file not in self.controls:
            return
        removed, records, first = self.controls.pop(file)
        characters = "character" if removed == 1 else "characters"
        where = f"this {noun}" if records == 1 else f"{records:,} {nouns}, the first this one"
        self.problems.append(
            Problem(
                file,
                first,
                f"{removed:,} control {characters} (NUL, escape and the like) taken out of "
                f"the text of {where}",
                fatal=False,
            )
        )

    def contact(self, draft: ContactDraft, file: str, line: int, plain: bool = False) -> None:
        """One card: created, merged or skipped (``plain``: its reader found no control
        character in its text)."""
        if not plain:
            draft = self.cleaned(draft, file, line)
        draft = without_empty_values(draft, file, line, self.problems)
        origin = (file, line)
        if self.policy is DuplicatePolicy.CREATE:
            self._create(Person.of_card(0, draft, origin), draft)
            return
        card, match = self.matcher.decide(draft, origin)
        if match.outcome is Outcome.SAME and origin not in self.keep_apart:
            assert match.target is not None
            if self.policy is DuplicatePolicy.SKIP:
                self.skipped += 1
                return
            target = self.matcher.person(match.target)
            if target.contact_id is None:
                self.flush_new()  # an earlier card of this very import: write it, then merge
            assert target.contact_id is not None
            self.merges.append((target.contact_id, draft))
            if draft.related:
                self.related.append((target, draft.related))
            self.matcher.absorb(match.target, card)
            self.merge_records.append(self._record(card, match.target, match.reasons))
            self.merged += 1
            if len(self.merges) >= BATCH:
                self.flush_merges()
            return
        if match.outcome is Outcome.SAME:  # the user kept it apart: created, as they said
            self.matcher.add_apart(card)
            self._create(card, draft)
            return
        self.matcher.add(card, draft)
        self._create(card, draft)
        for other, reasons in match.possible:
            self.pairs.append((card.ref, other, reasons))
            self.possible_records.append(self._record(card, other, reasons))

    def _create(self, card: Person, draft: ContactDraft) -> None:
        self.pending.append((card, draft))
        if draft.related:
            self.related.append((card, draft.related))
        self.imported += 1
        if len(self.pending) >= BATCH:
            self.flush()

    def account(self, draft: AccountDraft, file: str, line: int) -> None:
        draft = self.cleaned(draft, file, line)
        known = self.writer.find_account(draft.name) is not None
        if known and self.policy is not DuplicatePolicy.CREATE:
            # An account is one per name: merging adds nothing the name does not already give.
            self.skipped += self.policy is DuplicatePolicy.SKIP
            self.merged += self.policy is DuplicatePolicy.MERGE
            return
        self.writer.write_account(draft)
        self.imported += 1

    def activity(self, read: ReadItem, file: str) -> None:
        """An event or to-do: linked to the contacts with its attendees' emails (those of
        this import too), the same UID being the same activity."""
        from crm_desktop.services.calendar_files import store_calendar_item

        read = dataclasses.replace(read, item=self.cleaned(read.item, file, read.line))
        self.flush()  # contacts read before it are matched by email
        assert self.session is not None  # a run with calendar files has one
        try:
            with self.session.begin_nested():  # a refused one leaves nothing behind
                outcome, activity_id = store_calendar_item(
                    self.session, read.item, self.matcher.contact_emails(), self.policy.value
                )
        except CrmError as error:
            self.problem(Problem(file, read.line, str(error)))
            return
        if outcome == "imported":
            self.imported += 1
        elif outcome == "merged":
            self.merged += 1
        else:
            self.skipped += 1
        if activity_id is not None and outcome != "skipped":
            self.activity_ids.append(activity_id)

    def journal(self, read: ReadJournal, file: str) -> None:
        """A journal entry: a dated note on each contact it names by e-mail (those of this
        import too); one that names none is a warning at its line, not lost silently."""
        from crm_desktop.services.calendar_files import store_journal_entry

        read = dataclasses.replace(read, entry=self.cleaned(read.entry, file, read.line))
        self.flush()
        assert self.session is not None  # a run with calendar files has one
        stored = store_journal_entry(self.session, read.entry, self.matcher.contact_emails())
        if stored is None:
            self.problem(no_contact(file, read.line))
            self.skipped += 1
        elif stored:
            self.imported += 1
        else:
            self.skipped += 1  # the same note is there already (the file imported before)

    def problem(self, problem: Problem) -> None:
        if problem.fatal and self.strict:
            raise ImportAborted(problem)
        self.problems.append(problem)
        self.failed += problem.fatal


@contextmanager
def _writing(db: Database, calendar: bool) -> Iterator[tuple[RawConnection, Session | None]]:
    """The import's one transaction: on store's raw writer alone for contact files; with
    an ORM unit of work on the same transaction when calendar files come too."""
    if calendar:
        with db.writing() as session:
            yield raw(session), session
    else:
        with db.raw_writing() as connection:
            yield connection, None


def import_files(
    db: Database,
    paths: Sequence[Path],
    *,
    duplicates: DuplicatePolicy = DuplicatePolicy.MERGE,
    strict: bool = False,
    fallback_encoding: str | None = None,
    csv_encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
    file_mappings: Mapping[Path, Mapping[str, str]] | None = None,
    progress: ImportProgress | None = None,
    cancel: CancelToken | None = None,
    dry_run: bool = False,
    keep_apart: frozenset[tuple[str, int]] = frozenset(),
    region: str | None = None,
) -> ImportSummary:
    """Import every card of every file in one transaction; what happened, card by card.

    A CSV file's columns map by ``file_mappings[path]`` where given (what the user chose for
    that file), else by ``mapping`` (one saved mapping for all: the CLI's ``--mapping``),
    over the format its header row is recognised as. ``fallback_encoding`` is the code page
    of a vCard's 8-bit text that names no charset; without it each file's is detected.

    A file that cannot be read at all (missing, empty, over 1 GB, not contacts, not
    readable) is a problem at its line 0 and in ``unread_files``; the other files are
    imported. When none can be read: the file's own error (``NoRecordsError``,
    ``InputTooLargeError``, ``FileAccessError``) for one, ``NothingImportedError`` for
    several. Raises ``ImportAborted`` (strict: any card or file that cannot be read),
    ``Cancelled``, ``DatabaseError`` (a full disk), and ``FileAccessError`` when a file
    fails in the middle of its reading; in each case nothing is written. A line, photo or
    card over its limit (``interop.limits``) is a ``Problem`` at its file and line.
    A backup is taken first (a failed one, ``BackupFailedError``, stops the import before it
    starts).

    ``dry_run`` does the whole import in its transaction and rolls it back (no backup): the
    summary is exactly what the import would do. ``keep_apart`` holds the (file name, line)
    of cards to create even where they would be merged (the user's "create" in the preview).
    ``region``: the country (ISO code) national phone numbers are read in (None: the locale's).
    """
    kinds, unread = readable_files(paths, strict)
    if not dry_run:
        backup_before(db, BEFORE_IMPORT)  # refused (nothing imported) if it cannot be taken
    try:
        with _without_cycle_collection():
            return _import(
                db, paths, kinds, unread, duplicates, strict, fallback_encoding, csv_encoding,
                mapping, file_mappings, progress, cancel, dry_run, keep_apart, region,
            )  # fmt: skip
    except _RolledBack as done:
        return done.summary


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """CPython's cycle collector paused while an import runs: the import keeps every card's
    keys and names for matching (100,000 people at 100,000 rows), and the collector would
    walk all of them again and again (6 s of 28 there) though an import makes no reference
    cycles of its own; reference counting frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _RolledBack(Exception):  # noqa: N818  (the end of a dry run, not a failure)
    """Raised out of a dry run's transaction so that it rolls back; carries the summary."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__()
        self.summary = summary


def _import(
    db: Database,
    paths: Sequence[Path],
    kinds: Mapping[Path, str],
    unread: Unread,
    duplicates: DuplicatePolicy,
    strict: bool,
    fallback_encoding: str | None,
    csv_encoding: str | None,
    mapping: Mapping[str, str] | None,
    file_mappings: Mapping[Path, Mapping[str, str]] | None,
    progress: ImportProgress | None,
    cancel: CancelToken | None,
    dry_run: bool,
    keep_apart: frozenset[tuple[str, int]],
    region: str | None,
) -> ImportSummary:
    fallback = fallback_encoding  # None: each file's code page is detected
    with (
        _writing(db, "icalendar" in kinds.values()) as (connection, session),
        bulk_indexing(connection),
    ):
        run = _Run(
            connection,
            session,
            ContactWriter(connection, db.sort_language),
            ImportMatcher(connection, region or region_of_locale(system_locale_name())),
            duplicates,
            strict,
            keep_apart,
            beside_of=db.beside_of,
        )
        for path, kind in kinds.items():
            before = run.read
            try:
                _read_file(run, path, kind, fallback, (file_mappings or {}).get(path, mapping),
                           csv_encoding, progress, cancel)  # fmt: skip
            except (NoRecordsError, InputTooLargeError, OSError) as error:
                if run.read != before:  # some of it went in: the whole import is undone
                    if isinstance(error, OSError):
                        raise FileAccessError(path, unread_reason(error)) from error
                    raise
                if strict:
                    raise ImportAborted(unread_problem(path, error)) from error
                unread.append((path, error))  # nothing of it went in: the others still go
        order = {path: index for index, path in enumerate(paths)}
        unread.sort(key=lambda pair: order[pair[0]])  # as the user listed them
        if set(kinds) <= {path for path, _ in unread}:
            refuse(unread)  # not one file could be read after all: nothing was imported
        run.finish()
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        summary = dataclasses.replace(
            run.summary(dry_run),
            problems=(*(unread_problem(path, error) for path, error in unread), *run.problems),
            unread_files=tuple(path.name for path, _ in unread),
        )
        if dry_run:
            if progress is not None:
                progress(run.read)
            raise _RolledBack(summary)
    if progress is not None:
        progress(run.read)
    return summary


def _read_file(
    run: _Run,
    path: Path,
    kind: str,
    fallback: str | None,
    mapping: Mapping[str, str] | None,
    csv_encoding: str | None,
    progress: ImportProgress | None,
    cancel: CancelToken | None,
) -> None:
    """Every card, row, event or to-do of one file into the run (``run.read`` counts them)."""
    if kind in ("eml", "mbox", "msg"):
        _read_mail_file(run, path, kind, progress, cancel)
        return
    if kind == "icalendar":
        # Here, not at the top: a contacts import never loads vobject and its zones.
        from crm_desktop.interop.icalendar import read_calendar_file
        from crm_desktop.services.schedule_rows import local_zone

        for read_item in read_calendar_file(path, local_zone(), system_locale_name()):
            if isinstance(read_item, Problem):
                run.problem(read_item)
                continue
            for warning in read_item.warnings:
                run.problem(warning)
            if isinstance(read_item, ReadJournal):
                run.journal(read_item, path.name)
            else:
                run.activity(read_item, path.name)
            run.took_one()
        run.report_controls(path.name, "event or to-do", "events and to-dos")
        return
    for item in records(path, kind, fallback, mapping, csv_encoding):
        if isinstance(item, Problem):
            run.problem(item)
            continue
        for warning in item.warnings:
            run.problem(warning)
        if item.record is None:
            run.skipped += 1
            run.problems.append(
                Problem(str(path.name), item.line, item.skipped_reason, fatal=False)
            )
        elif isinstance(item.record, AccountDraft):
            run.account(item.record, path.name, item.line)
        else:
            run.contact(item.record, path.name, item.line, item.plain)
        run.took_one()
        if run.read % BATCH == 0:
            if progress is not None:
                progress(run.read)
            if cancel is not None and cancel.cancelled:
                raise Cancelled
    run.report_controls(path.name, *(("row", "rows") if kind == "csv" else ("card", "cards")))


def _read_mail_file(
    run: _Run, path: Path, kind: str, progress: ImportProgress | None, cancel: CancelToken | None
) -> None:
    """Every message of an e-mail file into the run."""
    from crm_desktop.interop.mail import read_mail_file
    from crm_desktop.interop.outlook_msg import MISSING_READER

    for read in read_mail_file(path, kind):
        if isinstance(read, Problem):
            if read.line == 0:  # the file as a whole: not an e-mail after all
                missing = read.message == MISSING_READER  # .msg without the optional reader
                why = NoRecordsKind.MSG_READER_MISSING if missing else NoRecordsKind.NOT_A_MESSAGE
                raise NoRecordsError(path, read.message, kind=why)
            run.problem(read)
            continue
        for warning in read.warnings:
            run.problem(warning)
        run.mail(read, path.name)
        run.took_one()
        if run.read % BATCH == 0:
            if progress is not None:
                progress(run.read)
            if cancel is not None and cancel.cancelled:
                raise Cancelled
    run.report_controls(path.name, "message", "messages")


def csv_preview(path: Path, encoding: str | None = None) -> CsvPreview | None:
    """The columns of a CSV file for the mapping dialog; None for a vCard or iCalendar file."""
    if file_kind(path) != "csv":
        return None
    return preview_csv(path, encoding=encoding, locale_name=system_locale_name())
