"""``crm-desktop bulk``: one change to many contacts, as the window's bulk actions make it.

    bulk categorize NAME [--remove] WHO       put them in a category (or take them out)
    bulk set-field (--account NAME | --keep-in-touch DAYS|none | --lead-status STATUS |
                    --custom LABEL=VALUE) WHO
    bulk log --kind KIND --subject TEXT [--date YYYY-MM-DD] WHO   one done activity for each
    bulk history [--json]                     the bulk changes kept, newest first
    bulk undo [ID]                            put back the newest (or that) bulk change

WHO is required, so that a change to every contact is never a forgotten option: ``--ids
1,2,3``, or the contacts a search finds (``--query TEXT``, ``--category NAME``...,
``--any-category``, ``--folder NAME``), or ``--all``. Each change is one transaction with its
undo record (no backup first; ``bulk undo`` puts back exactly what it changed).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop.cli.opening import opened
from crm_desktop.cli.sales_parser import LEAD_STATUSES, date_argument

if TYPE_CHECKING:
    from crm_desktop.records.ids import ContactId
    from crm_desktop.services.bulk_actions import BulkUndo
    from crm_desktop.services.database import Database

KINDS = ("call", "email", "letter", "meeting", "task")  # records.vocabulary.ActivityKind


def _ids_argument(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        ids = []
    if not ids:
        raise argparse.ArgumentTypeError(f"not a list of ids: {text!r} (write 3,7,12)")
    return ids


def _days_argument(text: str) -> int | None:
    if text == "none":
        return None
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r} (1 or more, or none)")
    return int(text)


def _custom_argument(text: str) -> tuple[str, str]:
    label, sep, value = text.partition("=")
    if not sep or not label.strip():
        raise argparse.ArgumentTypeError(f"not LABEL=VALUE: {text!r}")
    return label.strip(), value


def _who(parser: argparse.ArgumentParser) -> None:
    who = parser.add_argument_group("which contacts (one of these is required)")
    who.add_argument("--ids", type=_ids_argument, metavar="ID,ID...", help="these contacts")
    who.add_argument("--query", default="", metavar="TEXT", help="the contacts TEXT finds")
    who.add_argument("--category", action="append", default=[], metavar="NAME",
                     help="in this category (repeat: in all of them)")  # fmt: skip
    who.add_argument("--any-category", action="store_true", help="in any --category named")
    who.add_argument("--folder", metavar="NAME", help="the contacts of this smart folder")
    who.add_argument("--all", action="store_true", help="every contact (outside the Trash)")


def add_bulk_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    bulk = commands.add_parser(
        "bulk", parents=[common], help="change many contacts at once, or undo such a change"
    )
    actions = bulk.add_subparsers(dest="action", metavar="ACTION", required=True)
    categorize = actions.add_parser("categorize", parents=[common], help="put in a category")
    categorize.add_argument("name", metavar="NAME")
    categorize.add_argument("--remove", action="store_true", help="take them out of it")
    _who(categorize)
    field = actions.add_parser("set-field", parents=[common], help="set one field")
    what = field.add_mutually_exclusive_group(required=True)
    what.add_argument("--account", metavar="NAME", help="make it their primary account")
    what.add_argument("--keep-in-touch", type=_days_argument, metavar="DAYS", default=0,
                      help="keep in touch every DAYS days (none: clear it)")  # fmt: skip
    what.add_argument("--lead-status", choices=LEAD_STATUSES, help="make them leads so")
    what.add_argument("--custom", type=_custom_argument, metavar="LABEL=VALUE",
                      help="a custom field (changed where they have that label)")  # fmt: skip
    _who(field)
    log = actions.add_parser("log", parents=[common], help="log one done activity for each")
    log.add_argument("--kind", required=True, choices=KINDS)
    log.add_argument("--subject", required=True, metavar="TEXT")
    log.add_argument("--date", type=date_argument, metavar="YYYY-MM-DD",
                     help="the day it was done (default: now)")  # fmt: skip
    _who(log)
    history = actions.add_parser("history", parents=[common], help="the bulk changes kept")
    history.add_argument("--json", action="store_true", help="print a JSON array")
    undo = actions.add_parser("undo", parents=[common], help="undo the newest bulk change")
    undo.add_argument("id", type=int, nargs="?", metavar="ID", help="this one instead")


def _chosen(db: Database, args: argparse.Namespace) -> list[ContactId]:
    from crm_desktop.errors import InvalidValueError
    from crm_desktop.records.ids import ContactId
    from crm_desktop.records.search import ContactFilter
    from crm_desktop.services.contact_list import ordered_contact_ids

    if args.ids:
        return [ContactId(i) for i in args.ids]
    if args.folder is not None:
        from crm_desktop.services.smart_folders import folder_contact_ids, smart_folder

        return folder_contact_ids(db, smart_folder(db, args.folder))
    if not (args.query.strip() or args.category or args.all):
        raise InvalidValueError("contacts", "", "--ids, --query, --category, --folder or --all")
    filters = ContactFilter(categories=tuple(args.category), any_category=args.any_category)
    return ordered_contact_ids(db, args.query, filters=filters)


def _change(args: argparse.Namespace) -> Callable[[Database, list[ContactId]], BulkUndo]:
    from crm_desktop.records.sales import LeadStatus
    from crm_desktop.records.vocabulary import ActivityKind
    from crm_desktop.services import bulk_actions as bulk

    if args.action == "categorize":
        return lambda db, ids: bulk.categorize(db, ids, [args.name], remove=args.remove)
    if args.action == "log":
        now = datetime.now().astimezone()
        day: date | None = args.date
        when = now if day is None or day == now.date() else now.replace(
            year=day.year, month=day.month, day=day.day, hour=12, minute=0, second=0,
            microsecond=0)  # fmt: skip
        kind = ActivityKind(args.kind)
        return lambda db, ids: bulk.log_for_each(db, ids, kind, args.subject, when)
    if args.account is not None:
        return lambda db, ids: bulk.set_account(db, ids, args.account)
    if args.lead_status is not None:
        status = LeadStatus(args.lead_status)
        return lambda db, ids: bulk.set_lead_statuses(db, ids, status)
    if args.custom is not None:
        label, value = args.custom
        return lambda db, ids: bulk.set_custom_field_value(db, ids, label, value)
    return lambda db, ids: bulk.set_keep_in_touch_days(db, ids, args.keep_in_touch)


def _cmd_bulk(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.bulk_actions import bulk_changes, undo_last_bulk

    with opened(path) as db:
        if args.action == "history":
            rows = bulk_changes(db)
            if args.json:
                from crm_desktop.cli.json_shapes import print_json

                keys = ("id", "made_at", "action", "contacts", "undone")
                print_json([{k: getattr(r, k) for k in keys} for r in rows], out)
                return 0
            for r in rows:
                state = "undone" if r.undone else "done"
                out.write(f"{r.id}\t{r.made_at}\t{r.action}\t{r.contacts}\t{state}\n")
            return 0
        if args.action == "undo":
            row = undo_last_bulk(db, args.id)
            out.write(f"undid bulk change {row.id} ({row.action}, {_count(row.contacts)})\n")
            return 0
        ids = _chosen(db, args)
        undo = _change(args)(db, ids)
    changed = len(undo.changes.contacts_changed)
    out.write(
        f"changed {_count(changed)} of {len(ids)} chosen (bulk change {undo.journal}: "
        f"crm-desktop bulk undo {undo.journal} puts it back)\n"
    )
    return 0


def _count(n: int) -> str:
    return f"{n} contact" if n == 1 else f"{n} contacts"


BULK_COMMANDS: dict[str, Callable[[Path, argparse.Namespace, TextIO], int]] = {"bulk": _cmd_bulk}
