"""The command line's arguments: every command, its options and their checks (argparse).

A usage error (an unknown option, a value of the wrong form, ``--encoding`` naming a
character set Python does not know, ``--demo`` with a command) exits with status 2.
"""

from __future__ import annotations

import argparse
import codecs

from crm_desktop import __version__
from crm_desktop.cli.bulk_commands import add_bulk_commands
from crm_desktop.cli.file_commands import add_file_commands
from crm_desktop.cli.record_parser import add_record_commands
from crm_desktop.cli.region import add_region_option
from crm_desktop.cli.relationship_commands import add_relationship_commands
from crm_desktop.cli.sales_parser import add_sales_commands
from crm_desktop.cli.sync_commands import add_sync_command
from crm_desktop.cli.when import repeat_argument, when_argument
from crm_desktop.records.vocabulary import EXPORT_FORMATS, ExportFormat


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
    contacts.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help="only contacts in this category (repeat: in all of them)",
    )
    contacts.add_argument(
        "--any-category", action="store_true", help="in any of the --category names, not all"
    )
    contacts.add_argument("--city", default="", metavar="NAME", help="only contacts in this city")
    contacts.add_argument("--country", default="", metavar="NAME", help="only in this country")
    contacts.add_argument("--account", default="", metavar="NAME", help="only of this account")
    contacts.add_argument(
        "--open-activities", action="store_true", help="only contacts with an open activity"
    )
    contacts.add_argument(
        "--overdue", action="store_true", help="only contacts whose keep-in-touch time is past"
    )
    contacts.add_argument(
        "--folder", default=None, metavar="NAME", help="the contacts of this smart folder"
    )
    contacts.add_argument(
        "--favourites",
        action="store_true",
        help="only the favourite (pinned) contacts, in the order they were pinned",
    )

    show = commands.add_parser("show", parents=[common], help="show one contact, whole")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    show.add_argument(
        "--timeline",
        action="store_true",
        help="add the contact's activities and notes (outside the Trash), newest first",
    )

    duplicates = commands.add_parser(
        "duplicates",
        parents=[common],
        help="list the groups of contacts that are probably one person, and why",
    )
    duplicates.add_argument(
        "--accounts", action="store_true", help="list duplicate accounts (companies) instead"
    )
    add_region_option(duplicates, "of the contacts (to find one number written both ways)")
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
        "search index, its schema, times and dates no reader can use) and its files for "
        "permissions that let other users read them",
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
        help="import vCard, CSV, iCalendar or e-mail (.eml, .mbox, Outlook .msg) files (told "
        "apart by content; all in one transaction)",
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
    add_region_option(importer, "in the files (to match them with the contacts there)")
    importer.add_argument("--json", action="store_true", help="print the summary as JSON")

    own = commands.add_parser(
        "own-addresses",
        parents=[common],
        help="print your own e-mail addresses (an imported e-mail sent from one is outgoing), "
        "or set them to ADDRESS...",
    )
    own.add_argument("addresses", nargs="*", metavar="ADDRESS")
    own.add_argument("--json", action="store_true", help="print a JSON array")

    exporter = commands.add_parser(
        "export",
        parents=[common],
        help="export contacts (and accounts) as vCard or CSV, or the activities as iCalendar",
    )
    exporter.add_argument("query", nargs="*", metavar="QUERY", help="only contacts matching")
    exporter.add_argument(
        "-o", "--output", "--out", metavar="FILE", help="the file (default: stdout)"
    )
    exporter.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default=ExportFormat.VCARD3.value,
        help="vCard 3.0 (default), 4.0, 2.1 for old Outlook; CSV as Outlook or Google write it; "
        "or ics: the activities as iCalendar (those of the matching contacts with a QUERY); "
        "or deals-csv: every deal as CSV; or mail-merge: a CSV for a word processor's mail "
        "merge (an address block formatted by each country's convention, and the usual fields)",
    )
    exporter.add_argument(
        "--home-country",
        metavar="CODE",
        help="mail-merge: your country (ISO code, e.g. GR); addresses there get no country "
        "line (default: the country of your locale, LANG)",
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
    log.add_argument(
        "--repeat",
        metavar="RULE",
        type=repeat_argument,
        help="with --due: repeat it by an iCalendar RRULE (FREQ=WEEKLY;BYDAY=MO,TH, "
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=6, FREQ=YEARLY;UNTIL=20301231); `activities` then "
        "shows its next occurrence",
    )
    log.add_argument("--json", action="store_true", help="print the activity as JSON")
    add_record_commands(commands, common)
    add_sales_commands(commands, common)
    add_bulk_commands(commands, common)
    add_file_commands(commands, common)
    add_relationship_commands(commands, common)
    add_sync_command(commands, common)
    return parser
