"""``note add``, ``activity done|reschedule|cancel`` and the timeline of ``show
--timeline``: through the services the window's timeline and Activities view use, each
write one transaction (completing an activity moves its contacts' last contact, and so when
they are due to be called again, as in the window)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop.cli.json_shapes import (
    JsonObject,
    activity_json,
    activity_line,
    note_json,
    note_line,
    print_json,
)
from crm_desktop.cli.opening import opened

if TYPE_CHECKING:
    from crm_desktop.records.activities import ActivityRow, TimelineItem
    from crm_desktop.services.database import Database


def newest_first(items: list[TimelineItem]) -> list[TimelineItem]:
    """The timeline newest first (pinned notes among the others: ``pinned`` says which)."""
    return sorted(items, key=lambda item: item.when, reverse=True)


def contact_timeline(db: Database, contact_id: int) -> list[TimelineItem]:
    from crm_desktop.services.notes import timeline

    return newest_first(timeline(db, contact_id=contact_id))


def timeline_json(items: list[TimelineItem], zone: tzinfo) -> JsonObject:
    """``"activities"`` and ``"notes"``, each newest first, for ``show --timeline --json``."""
    return {
        "activities": [activity_json(i.activity, zone) for i in items if i.activity is not None],
        "notes": [note_json(i.note) for i in items if i.note is not None],
    }


def timeline_lines(items: list[TimelineItem], zone: tzinfo) -> list[str]:
    lines: list[str] = []
    for item in items:
        if item.activity is not None:
            lines.append(activity_line(item.activity, zone))
        elif item.note is not None:
            lines.append(note_line(item.note, zone))
    return lines


def _note_add(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.activities import local_zone
    from crm_desktop.services.notes import add_note

    with opened(path) as db:
        note = add_note(db, args.text, args.contact, args.account, pinned=args.pinned)
    if args.json:
        print_json(note_json(note), out)
    else:
        out.write(note_line(note, local_zone()) + "\n")
    return 0


def cmd_note(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    return _note_add(path, args, out)  # "add", the only action


def _changed(db: Database, args: argparse.Namespace) -> ActivityRow:
    from crm_desktop.records.vocabulary import ActivityStatus
    from crm_desktop.services import activities as service

    if args.action == "done":
        return service.complete_activity(db, args.id, args.outcome.strip())
    if args.action == "cancel":  # as the window's editor does: its status, and nothing else
        row = service.get_activity(db, args.id)
        return service.update_activity(
            db, args.id, replace(row.to_draft(), status=ActivityStatus.CANCELLED)
        )
    if isinstance(args.when, datetime):
        return service.move_activity(db, args.id, args.when)
    return service.reschedule_activity(db, args.id, args.when)


def cmd_activity(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.activities import local_zone

    zone = local_zone()
    with opened(path) as db:
        row = _changed(db, args)
    if args.json:
        print_json(activity_json(row, zone), out)
    else:
        out.write(activity_line(row, zone) + "\n")
    return 0
