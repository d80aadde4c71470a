"""The command line: ``crm-desktop COMMAND``. No Qt is imported here.

Exit status 0 on success, 1 when the input or the operation failed (one line on stderr,
naming the file, and the line where there is one), 2 for a usage error (argparse's own).
Whatever the system does to us (a full disk, a refused permission, a name too long, a
file gone, SQLite's disk I/O error) is such a failure: one line, never a traceback; only
our own bugs rise as exceptions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop.cli.bulk_commands import BULK_COMMANDS
from crm_desktop.cli.file_commands import FILE_COMMANDS
from crm_desktop.cli.history_commands import (
    cmd_activity,
    cmd_note,
    contact_timeline,
    timeline_json,
    timeline_lines,
)
from crm_desktop.cli.import_command import cmd_import, cmd_own_addresses
from crm_desktop.cli.json_shapes import (
    activity_json,
    activity_line,
    backup_json,
    contact_json,
    iso,
    print_json,
)
from crm_desktop.cli.opening import opened, reading
from crm_desktop.cli.record_commands import cmd_account, cmd_accounts, cmd_contact
from crm_desktop.cli.relationship_commands import (
    RELATIONSHIP_COMMANDS,
    contact_relations,
    contact_shape,
    relation_json,
    relation_line,
)
from crm_desktop.cli.sales_commands import SALES_COMMANDS, export_deals
from crm_desktop.cli.sync_commands import cmd_sync
from crm_desktop.paths import resolve_db_path
from crm_desktop.records.contacts import ContactCard
from crm_desktop.records.ids import ContactId
from crm_desktop.services.contact_list import contact_rows, ordered_contact_ids, search_matches
from crm_desktop.services.environment import user_error
from crm_desktop.services.schedule_rows import local_zone
from crm_desktop.services.sync_folders import sync_warning, synced_folder

if TYPE_CHECKING:
    from crm_desktop.services.database import Database


def _contact_search(db: Database, args: argparse.Namespace) -> tuple[str, list[ContactId]]:
    """The query and the ids of ``contacts``: a smart folder's, or the text and filters."""
    from crm_desktop.records.search import ContactFilter

    query = " ".join(args.query)
    if args.folder is not None:
        from crm_desktop.services.smart_folders import folder_contact_ids, smart_folder

        folder = smart_folder(db, args.folder)
        return folder.query, folder_contact_ids(db, folder)
    filters = ContactFilter(
        categories=tuple(args.category),
        any_category=args.any_category,
        account=args.account,
        city=args.city,
        country=args.country,
        open_activities=args.open_activities,
        keep_in_touch_overdue=args.overdue,
    )
    return query, ordered_contact_ids(db, query, filters=filters)


def _cmd_contacts(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    with reading(path) as db:
        query, ids = _contact_search(db, args)
        if args.favourites:  # the pinned ones among them, in the order pinned
            from crm_desktop.services.favourites import favourites

            searched = set(ids)
            ids = [f.id for f in favourites(db) if f.id in searched]
        if args.json:
            from crm_desktop.services.contact_cards import get_contacts
            from crm_desktop.services.relationships import contacts_relations

            cards = get_contacts(db, ids)
            matches = search_matches(db, query, ids) if query.strip() else {}
            related = contacts_relations(db, ids)
            shapes = []
            for card in cards:
                shape = contact_json(card)
                shape["relationships"] = [relation_json(r) for r in related.get(card.id, [])]
                found = matches.get(card.id, ())
                if found:
                    shape["matched"] = [{"field": m.field, "text": m.text} for m in found]
                shapes.append(shape)
            print_json(shapes, out)
        else:
            for row in contact_rows(db, ids):
                line = (str(row.id), row.name, row.account, row.email, row.phone)
                out.write("\t".join(line) + "\n")
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

    with reading(path) as db:
        card = get_contact(db, args.id)
        relations = contact_relations(db, args.id) if card.deleted_at is None else []
        shown = contact_shape(db, card)
        items = contact_timeline(db, args.id) if args.timeline else None
    zone = local_zone()
    if args.json:
        if items is not None:
            shown |= timeline_json(items, zone)
        print_json(shown, out)
    else:
        lines = _show_text(card)
        if relations:
            lines += ["", *(relation_line(r) for r in relations)]
        if items:
            lines += ["", *timeline_lines(items, zone)]
        out.write("\n".join(lines) + "\n")
    return 0


def _cmd_duplicates(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.duplicates import find_duplicate_accounts, find_duplicates

    with reading(path) as db:
        if args.accounts:
            groups = find_duplicate_accounts(db)
        else:  # None: the locale's region
            groups = find_duplicates(db, region=args.region)
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
    with opened(path) as db:
        merge_contacts(db, args.keep, args.others)
        card = get_contact(db, args.keep)
        shape = contact_shape(db, card)
    if args.json:
        print_json(shape, out)
    else:
        out.write("\n".join(_show_text(card)) + "\n")
    return 0


def _cmd_check(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.health import check_database

    with opened(path) as db:
        problems = check_database(db, quick=args.quick)
    if problems:
        for problem in problems:
            sys.stderr.write(f"{path}: {problem}\n")
        return 1
    out.write(f"ok: {path}\n")
    return 0


def _cmd_activities(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.activities import Due
    from crm_desktop.services.activities import due_activities, local_zone

    zone = local_zone()
    with reading(path) as db:
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
    if args.repeat and when is None:
        sys.stderr.write("crm-desktop log: error: --repeat needs --due (the first one's time)\n")
        return 2
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
            recurrence=args.repeat or "",
        )
    with opened(path) as db:
        row = create_activity(db, draft)
    if args.json:
        print_json(activity_json(row, zone), out)
    else:
        out.write(activity_line(row, zone) + "\n")
    return 0


def _cmd_export(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.exporting import export_vcards, write_vcards

    query = " ".join(args.query)
    if args.format == "deals-csv":
        return export_deals(path, args.output, out)
    if args.format == "ics":
        from crm_desktop.services.calendar_files import (
            calendar_activity_ids,
            export_icalendar,
            write_icalendar,
        )

        with reading(path) as reader:
            contacts = ordered_contact_ids(reader, query) if query else None
            activity_ids = calendar_activity_ids(reader, contacts)
            if args.output:
                count = export_icalendar(reader, Path(args.output), activity_ids)
                sys.stderr.write(f"{count} events and to-dos written to {args.output}\n")
            else:
                write_icalendar(reader, out, activity_ids)
        return 0
    if args.format == "mail-merge":
        return _export_mail_merge(path, args, query, out)
    if args.format.endswith("-csv"):
        from crm_desktop.services.exporting import export_csv, write_csv

        with reading(path) as reader:
            ids = ordered_contact_ids(reader, query)
            if args.output:
                count = export_csv(reader, Path(args.output), ids, args.format)
                sys.stderr.write(f"{count} contacts written to {args.output}\n")
            else:
                write_csv(reader, out, ids, args.format)
        return 0
    version = {"vcard3": "3.0", "vcard4": "4.0", "vcard2.1": "2.1"}[args.format]
    with opened(path) as db:
        ids = ordered_contact_ids(db, query)
        if args.output:
            count = export_vcards(
                db, Path(args.output), ids, version=version, with_accounts=not query
            )
            sys.stderr.write(f"{count} cards written to {args.output}\n")
        else:
            write_vcards(db, out, ids, version=version, with_accounts=not query)
    return 0


def _export_mail_merge(path: Path, args: argparse.Namespace, query: str, out: TextIO) -> int:
    import locale
    import os

    from crm_desktop.records.countries import language_territory
    from crm_desktop.services.exporting import export_mail_merge, write_mail_merge

    names = (os.environ.get(v, "") for v in ("LC_ALL", "LC_MESSAGES", "LANG"))
    system = next((n for n in names if n), "") or (locale.getlocale()[0] or "")
    home = args.home_country or language_territory(system)
    with reading(path) as reader:
        ids = ordered_contact_ids(reader, query)
        if args.output:
            count = export_mail_merge(reader, Path(args.output), ids, home_country=home)
            sys.stderr.write(f"{count} contacts written to {args.output}\n")
        else:
            write_mail_merge(reader, out, ids, home_country=home)
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
    with opened(path) as db:
        entry = backup_now(db, Path(args.dest).expanduser().absolute() if args.dest else None)
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
    "import": cmd_import,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "activities": _cmd_activities,
    "log": _cmd_log,
    "accounts": cmd_accounts,
    "account": cmd_account,
    "contact": cmd_contact,
    "note": cmd_note,
    "activity": cmd_activity,
    **SALES_COMMANDS,
    **BULK_COMMANDS,
    **FILE_COMMANDS,
    **RELATIONSHIP_COMMANDS,
    "own-addresses": cmd_own_addresses,
    "sync": cmd_sync,
}


def run_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a parsed command (not the GUI), printing to ``out`` (default: the standard output
    at the time); the exit status. Our errors, and what the system does to us, are one line
    on stderr and status 1; a bug of ours rises as it is."""
    out = sys.stdout if out is None else out
    path = Path()
    try:
        path = resolve_db_path(getattr(args, "db", None))
        synced = synced_folder(path)
        if synced is not None:
            sys.stderr.write(f"crm-desktop: warning: {sync_warning(synced, path)}\n")
        return _COMMANDS[args.command](path, args, out)
    except BrokenPipeError:  # the reader of our output had enough: the caller's to handle
        raise
    except Exception as exc:
        error = user_error(exc, path)
        if error is None:
            raise
        sys.stderr.write(f"crm-desktop: {_one_line(str(error))}\n")
        return 1


def _one_line(text: str) -> str:
    """``text`` on one line (SQLite's or the OS's words may hold a line break)."""
    return " ".join(text.split("\n"))
