"""The command line: ``crm-desktop COMMAND``. No Qt is imported here.

Exit status 0 on success, 1 when the input or the operation failed (one line on stderr),
2 for a usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop import __version__
from crm_desktop.cli.json_shapes import (
    activity_json,
    activity_line,
    backup_json,
    contact_json,
    iso,
    match_json,
    match_text,
    print_json,
    problem_json,
)
from crm_desktop.cli.when import when_argument
from crm_desktop.errors import CrmError
from crm_desktop.paths import resolve_db_path
from crm_desktop.records.contacts import ContactCard
from crm_desktop.records.vocabulary import EXPORT_FORMATS, ExportFormat
from crm_desktop.services.contact_list import contact_rows, ordered_contact_ids
from crm_desktop.services.sync_folders import sync_warning, synced_folder

if TYPE_CHECKING:
    from crm_desktop.services.database import Database

# Commands that only read open the database's reader alone; the others import the full stack
# (SQLAlchemy, ~0.3 s) when they run, not when this module is imported.


def _encoding_name(text: str) -> str:
    """``--encoding``: a character set Python knows, else a usage error naming it."""
    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown character set: {text!r}") from None
    return text


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database (default: $CRM_DESKTOP_DB, else crm.sqlite3 in the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="crm-desktop",
        description="CRM Desktop: contacts, accounts, activities and notes in one private file. "
        "Without a command, the window opens; `crm-desktop FILE...` opens it and imports the "
        "files (vCard, CSV, iCalendar) through File > Import's options and preview.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh temporary database filled with sample data",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    contacts = commands.add_parser(
        "contacts", parents=[common], help="list the contacts matching QUERY (all without one)"
    )
    contacts.add_argument("query", nargs="*", metavar="QUERY", help="words to search for")
    contacts.add_argument("--json", action="store_true", help="print a JSON array")

    show = commands.add_parser("show", parents=[common], help="show one contact, whole")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="print a JSON object")

    duplicates = commands.add_parser(
        "duplicates",
        parents=[common],
        help="list the groups of contacts that are probably one person, and why",
    )
    duplicates.add_argument(
        "--accounts", action="store_true", help="list duplicate accounts (companies) instead"
    )
    duplicates.add_argument("--json", action="store_true", help="print a JSON array")

    merge = commands.add_parser(
        "merge",
        parents=[common],
        help="merge contacts into KEEP_ID keeping every value of each (the others go to the "
        "Trash), then show the kept contact",
    )
    merge.add_argument("keep", type=int, metavar="KEEP_ID")
    merge.add_argument("others", type=int, nargs="+", metavar="OTHER_ID")
    merge.add_argument("--json", action="store_true", help="print the kept contact as JSON")

    check = commands.add_parser(
        "check",
        parents=[common],
        help="check the database for damage (SQLite's integrity and foreign-key checks, the "
        "search index, times and dates no reader can use) and its files for permissions that "
        "let other users read them",
    )
    check.add_argument(
        "--quick",
        action="store_true",
        help="only SQLite's quick_check (pages and records, no index cross-checks)",
    )

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="back up the database (a checked copy, readable by you only) to DEST, "
        "a file or a folder (default: the backups folder beside the database)",
    )
    backup.add_argument("dest", nargs="?", metavar="DEST")
    backup.add_argument(
        "--list", action="store_true", help="list the backups in the backups folder instead"
    )
    backup.add_argument("--json", action="store_true", help="with --list: print a JSON array")

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with the backup FILE (checked first; the database as it "
        "was is backed up before it is replaced)",
    )
    restore.add_argument("file", metavar="FILE")

    importer = commands.add_parser(
        "import",
        parents=[common],
        help="import vCard, CSV or iCalendar files (told apart by content; all in one transaction)",
    )
    importer.add_argument("files", nargs="+", metavar="FILE")
    importer.add_argument(
        "--duplicates",
        choices=("merge", "skip", "create"),
        default="merge",
        help="a card that is a contact already there (same UID; or the same e-mail or phone "
        "and a compatible name): merge (add what is missing, the default), skip, or create a "
        "new contact; a card sharing an e-mail or phone with somebody of another name is "
        "created and recorded as a possible duplicate",
    )
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help="print what the import would do (who is merged into whom, possible duplicates, "
        "problems) and write nothing",
    )
    importer.add_argument(
        "--strict", action="store_true", help="a card that cannot be read aborts everything"
    )
    importer.add_argument(
        "--encoding",
        metavar="NAME",
        type=_encoding_name,
        help="the encoding of CSV files, and of 8-bit vCard text that names no charset "
        "(default: detected per file, ties going to your locale's Windows code page)",
    )
    importer.add_argument(
        "--mapping",
        metavar="FILE",
        help="a JSON object of CSV column -> field (given, family, title, email:work, "
        "phone:cell, address:work:street, custom, ignore...), for the CSV columns the import "
        "is not sure of (it warns of each, naming it); an unknown field is refused",
    )
    importer.add_argument("--json", action="store_true", help="print the summary as JSON")

    exporter = commands.add_parser(
        "export",
        parents=[common],
        help="export contacts (and accounts) as vCard or CSV, or the activities as iCalendar",
    )
    exporter.add_argument("query", nargs="*", metavar="QUERY", help="only contacts matching")
    exporter.add_argument("-o", "--output", metavar="FILE", help="the file (default: stdout)")
    exporter.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default=ExportFormat.VCARD3.value,
        help="vCard 3.0 (default), 4.0, 2.1 for old Outlook; CSV as Outlook or Google write it; "
        "or ics: the activities as iCalendar (those of the matching contacts with a QUERY)",
    )

    activities = commands.add_parser(
        "activities", parents=[common], help="list the open activities, by time (or a list of them)"
    )
    activities.add_argument(
        "--due",
        choices=("today", "overdue", "week", "all", "done"),
        default="all",
        help="today, overdue (before today), week (today and the next 6 days), all open "
        "ones (the default), or done (newest first)",
    )
    activities.add_argument("--json", action="store_true", help="print a JSON array")

    log = commands.add_parser(
        "log",
        parents=[common],
        help="record an activity done now with a contact, or schedule one with --due",
    )
    log.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    log.add_argument(
        "--kind", required=True, choices=("call", "email", "letter", "meeting", "task")
    )
    log.add_argument("--subject", required=True, metavar="TEXT")
    log.add_argument(
        "--due",
        metavar="WHEN",
        type=when_argument,
        help="schedule it (open) for WHEN: an ISO 8601 date or date-time in local time "
        "(2026-12-03, 2026-12-03T14:30), today, tomorrow or +3d (a day alone means 09:00)",
    )
    log.add_argument("--json", action="store_true", help="print the activity as JSON")
    return parser


def _open_full(path: Path) -> Database:
    from crm_desktop.services.opening import open_database

    db = open_database(path)
    _warn_after_open(db)
    return db


def _warn_after_open(db: Database) -> None:
    for file in db.repaired_modes:
        sys.stderr.write(f"crm-desktop: warning: {file} was open to other users; made private\n")
    for file in db.removed_leftovers:
        sys.stderr.write(
            f"crm-desktop: warning: removed {file}, left by a restore that was interrupted\n"
        )
    if db.backup_problem is not None:
        sys.stderr.write(f"crm-desktop: warning: no daily backup: {db.backup_problem}\n")


def _list_lines(db: Database, query: str, out: TextIO) -> None:
    for row in contact_rows(db, ordered_contact_ids(db, query)):
        out.write("\t".join((str(row.id), row.name, row.account, row.email, row.phone)) + "\n")


def _reading(path: Path) -> Database:
    """Only the reader when the database is there and current (no lock: the window may have
    it open), else the full open, which creates or upgrades it."""
    from crm_desktop.services.database import read_database

    db = read_database(path)
    _warn_after_open(db)
    return db


def _cmd_contacts(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    query = " ".join(args.query)
    with _reading(path) as db:
        if args.json:
            from crm_desktop.services.contact_cards import get_contacts

            cards = get_contacts(db, ordered_contact_ids(db, query))
            print_json([contact_json(card) for card in cards], out)
        else:
            _list_lines(db, query, out)
    return 0


def _show_text(card: ContactCard) -> list[str]:
    d = card.draft
    lines = [d.formatted_name]
    lines += [f"  {link.title + ', ' if link.title else ''}{link.name}" for link in card.accounts]
    fields: list[tuple[str, str]] = [
        ("Title", d.title),
        ("Department", d.department),
        ("Nickname", d.nickname),
        ("Birthday", d.birthday or ""),
        ("Anniversary", d.anniversary or ""),
        ("Categories", ", ".join(d.categories)),
    ]
    fields += [(f"Email ({', '.join(e.types) or 'other'})", e.value) for e in d.emails]
    fields += [(f"Phone ({', '.join(p.types) or 'other'})", p.value) for p in d.phones]
    for a in d.addresses:
        parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
        fields.append(
            (f"Address ({', '.join(a.types) or 'other'})", ", ".join(p for p in parts if p))
        )
    fields += [("Web", u.value) for u in d.urls]
    fields += [(f.label, f.value) for f in d.custom_fields]
    lines += [f"{label}: {value}" for label, value in fields if value]
    if d.note:
        lines += ["", d.note]
    return lines


def _cmd_show(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.contact_cards import get_contact

    with _reading(path) as db:
        card = get_contact(db, args.id)
    if args.json:
        print_json(contact_json(card), out)
    else:
        out.write("\n".join(_show_text(card)) + "\n")
    return 0


def _cmd_duplicates(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.duplicates import find_duplicate_accounts, find_duplicates

    with _reading(path) as db:
        groups = find_duplicate_accounts(db) if args.accounts else find_duplicates(db)
    if args.json:
        print_json(
            [{"ids": list(g.ids), "reasons": list(g.reasons), "score": g.score} for g in groups],
            out,
        )
    else:
        for g in groups:
            ids = " ".join(str(i) for i in g.ids)
            out.write(f"{ids}\t{', '.join(g.reasons)}\t{g.score:.2f}\n")
    return 0


def _cmd_merge(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.contacts import get_contact
    from crm_desktop.services.duplicates import merge_contacts

    if args.keep in args.others:
        sys.stderr.write("crm-desktop: merge: KEEP_ID is among the contacts to merge into it\n")
        return 2
    with _open_full(path) as db:
        merge_contacts(db, args.keep, args.others)
        card = get_contact(db, args.keep)
    if args.json:
        print_json(contact_json(card), out)
    else:
        out.write("\n".join(_show_text(card)) + "\n")
    return 0


def _cmd_check(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.health import check_database

    with _open_full(path) as db:
        problems = check_database(db, quick=args.quick)
    if problems:
        for problem in problems:
            sys.stderr.write(f"{path}: {problem}\n")
        return 1
    out.write(f"ok: {path}\n")
    return 0


def _mapping(name: str | None) -> dict[str, str] | None:
    from crm_desktop.services.csv_mapping import read_mapping_file

    return read_mapping_file(Path(name)) if name else None


def _cmd_import(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.importing import DuplicatePolicy
    from crm_desktop.services.importing import import_files

    with _open_full(path) as db:
        summary = import_files(
            db,
            [Path(name) for name in args.files],
            duplicates=DuplicatePolicy(args.duplicates),
            strict=args.strict,
            fallback_encoding=args.encoding,
            csv_encoding=args.encoding,
            mapping=_mapping(args.mapping),
            dry_run=args.dry_run,
        )
    if args.json:
        print_json(
            {
                "dry_run": summary.dry_run,
                "imported": summary.imported,
                "merged": summary.merged,
                "skipped": summary.skipped,
                "failed": summary.failed,
                "merges": [match_json(m) for m in summary.merges],
                "possible_duplicates": [match_json(m) for m in summary.possible_duplicates],
                "problems": [problem_json(p) for p in summary.problems],
            },
            out,
        )
    else:
        for problem in summary.problems:
            kind = "" if problem.fatal else "warning: "
            sys.stderr.write(f"{problem.file}:{problem.line}: {kind}{problem.message}\n")
        for merge in summary.merges:
            out.write(f"merged {match_text(merge)}\n")
        for possible in summary.possible_duplicates:
            out.write(f"possible duplicate {match_text(possible)}\n")
        would = "dry run, nothing written: would have " if summary.dry_run else ""
        out.write(
            f"{would}imported {summary.imported}, merged {summary.merged}, "
            f"skipped {summary.skipped}, failed {summary.failed}, "
            f"possible duplicates {len(summary.possible_duplicates)}\n"
        )
    return 0


def _cmd_activities(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.activities import Due
    from crm_desktop.services.activities import due_activities, local_zone

    zone = local_zone()
    with _reading(path) as db:
        rows = due_activities(db, Due(args.due), zone=zone)
    if args.json:
        print_json([activity_json(row, zone) for row in rows], out)
    else:
        for row in rows:
            out.write(activity_line(row, zone) + "\n")
    return 0


def _cmd_log(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.activities import ActivityDraft
    from crm_desktop.records.ids import ContactId
    from crm_desktop.records.vocabulary import TIMED_KINDS
    from crm_desktop.services.activities import create_activity, local_zone

    zone = local_zone()
    timed = args.kind in TIMED_KINDS
    when: datetime | None = args.due
    if when is None:  # history: done now
        now = datetime.now(UTC)
        draft = ActivityDraft(
            args.kind,
            args.subject,
            start=now if timed else None,
            status="done",
            completed_at=now,
            contact_ids=(ContactId(args.contact_id),),
        )
    else:
        draft = ActivityDraft(
            args.kind,
            args.subject,
            start=when if timed else None,
            due=None if timed else when,
            contact_ids=(ContactId(args.contact_id),),
            time_zone=getattr(when.tzinfo, "key", "") or "",
        )
    with _open_full(path) as db:
        row = create_activity(db, draft)
    if args.json:
        print_json(activity_json(row, zone), out)
    else:
        out.write(activity_line(row, zone) + "\n")
    return 0


def _cmd_export(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.exporting import export_vcards, write_vcards

    query = " ".join(args.query)
    if args.format == "ics":
        from crm_desktop.services.calendar_files import (
            calendar_activity_ids,
            export_icalendar,
            write_icalendar,
        )

        with _reading(path) as reader:
            contacts = ordered_contact_ids(reader, query) if query else None
            activity_ids = calendar_activity_ids(reader, contacts)
            if args.output:
                count = export_icalendar(reader, Path(args.output), activity_ids)
                sys.stderr.write(f"{count} events and to-dos written to {args.output}\n")
            else:
                write_icalendar(reader, out, activity_ids)
        return 0
    if args.format.endswith("-csv"):
        from crm_desktop.services.exporting import export_csv, write_csv

        with _reading(path) as reader:
            ids = ordered_contact_ids(reader, query)
            if args.output:
                count = export_csv(reader, Path(args.output), ids, args.format)
                sys.stderr.write(f"{count} contacts written to {args.output}\n")
            else:
                write_csv(reader, out, ids, args.format)
        return 0
    version = {"vcard3": "3.0", "vcard4": "4.0", "vcard2.1": "2.1"}[args.format]
    with _open_full(path) as db:
        ids = ordered_contact_ids(db, query)
        if args.output:
            count = export_vcards(
                db, Path(args.output), ids, version=version, with_accounts=not query
            )
            sys.stderr.write(f"{count} cards written to {args.output}\n")
        else:
            write_vcards(db, out, ids, version=version, with_accounts=not query)
    return 0


def _cmd_backup(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.backups import backup_now, list_backups

    if args.list:
        entries = list_backups(path)
        if args.json:
            print_json([backup_json(entry) for entry in entries], out)
            return 0
        for entry in entries:
            contacts = "?" if entry.contacts is None else str(entry.contacts)
            out.write(
                f"{iso(entry.created_at)}\t{entry.reason}\t{contacts} contacts\t"
                f"{entry.size} bytes\t{entry.path}\n"
            )
        return 0
    with _open_full(path) as db:
        entry = backup_now(db, Path(args.dest).expanduser() if args.dest else None)
    out.write(f"backed up {path} to {entry.path} ({entry.contacts} contacts)\n")
    return 0


def _cmd_restore(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.backups import restore_backup_into

    restored = restore_backup_into(path, Path(args.file).expanduser().absolute())
    restored.database.close()
    out.write(f"restored {path} from {args.file} ({restored.source.contacts} contacts)\n")
    if restored.safety_backup is not None:
        out.write(f"the database as it was is backed up in {restored.safety_backup}\n")
    if restored.set_aside is not None:
        out.write(f"the damaged database was kept as {restored.set_aside}\n")
    return 0


_COMMANDS: dict[str, Callable[[Path, argparse.Namespace, TextIO], int]] = {
    "contacts": _cmd_contacts,
    "show": _cmd_show,
    "duplicates": _cmd_duplicates,
    "merge": _cmd_merge,
    "check": _cmd_check,
    "import": _cmd_import,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "activities": _cmd_activities,
    "log": _cmd_log,
}


def run_command(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Run a parsed command (not the GUI); the exit status."""
    try:
        path = resolve_db_path(getattr(args, "db", None))
        synced = synced_folder(path)
        if synced is not None:
            sys.stderr.write(f"crm-desktop: warning: {sync_warning(synced, path)}\n")
        return _COMMANDS[args.command](path, args, out)
    except CrmError as error:
        sys.stderr.write(f"crm-desktop: {error}\n")
        return 1
