"""Files on records from the command line: ``attach``, ``files`` and ``file
save|remove|restore`` (their arguments and what they do).

``attach ID FILE...`` keeps the files on the contact ID; ``--account``, ``--deal`` or
``--activity`` say that ID is one of those instead (the same switches for ``files``). An
attach is one transaction: a file over 100 MB or that cannot be read is one line naming it,
and nothing is attached.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop.cli.json_shapes import JsonObject, iso, print_json
from crm_desktop.cli.opening import opened, reading

if TYPE_CHECKING:
    from crm_desktop.records.attachments import AttachmentRow, FileOwner

_KINDS = ("account", "deal", "activity")


def _owner_switches(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, metavar="ID", help="the contact's id (or see below)")
    which = parser.add_mutually_exclusive_group()
    for kind in _KINDS:
        which.add_argument(
            f"--{kind}",
            dest="owner_kind",
            action="store_const",
            const=kind,
            help=f"ID is an {kind}'s" if kind[0] in "aeiou" else f"ID is a {kind}'s",
        )
    parser.set_defaults(owner_kind="contact")


def add_file_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    attach = commands.add_parser(
        "attach",
        parents=[common],
        help="keep files on a contact (or an account, a deal, an activity), inside the "
        "database; at most 100 MB a file; all of them or none",
    )
    _owner_switches(attach)
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.add_argument("--json", action="store_true", help="print the files kept as JSON")
    files = commands.add_parser(
        "files", parents=[common], help="list the files kept on a record, the newest first"
    )
    _owner_switches(files)
    files.add_argument("--json", action="store_true", help="print a JSON array")
    file = commands.add_parser("file", parents=[common], help="save, remove or restore a file")
    actions = file.add_subparsers(dest="action", metavar="ACTION", required=True)
    save = actions.add_parser("save", parents=[common], help="write a kept file out")
    save.add_argument("file_id", type=int, metavar="FILE_ID")
    save.add_argument(
        "-o", "--out", required=True, metavar="PATH", help="where (replaced once whole)"
    )
    remove = actions.add_parser(
        "remove", parents=[common], help="remove files from their records, to the Trash"
    )
    remove.add_argument("file_ids", type=int, nargs="+", metavar="FILE_ID")
    restore = actions.add_parser(
        "restore", parents=[common], help="bring removed files back from the Trash"
    )
    restore.add_argument("file_ids", type=int, nargs="+", metavar="FILE_ID")


def file_json(row: AttachmentRow) -> JsonObject:
    owner = row.owner
    return {
        "id": row.id,
        "file_name": row.file_name,
        "media_type": row.media_type,
        "size": row.size,
        "sha256": row.sha256,
        "created_at": iso(row.created_at),
        "record": {"kind": owner.kind.value, "id": owner.id},
    }


def file_line(row: AttachmentRow) -> str:
    """``id  size  date  name``, tab-separated."""
    when = iso(row.created_at) or ""
    return f"{row.id}\t{row.size}\t{when}\t{row.file_name}"


def _owner(args: argparse.Namespace) -> FileOwner:
    from crm_desktop.services.files import owner_of

    return owner_of(str(args.owner_kind), int(args.id))


def _print(rows: tuple[AttachmentRow, ...], as_json: bool, out: TextIO) -> None:
    if as_json:
        print_json([file_json(row) for row in rows], out)
    else:
        out.writelines(file_line(row) + "\n" for row in rows)


def _cmd_attach(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.files import attach_files

    with opened(path) as db:
        added = attach_files(db, _owner(args), [Path(name) for name in args.files])
    _print(added, args.json, out)
    return 0


def _cmd_files(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.files import record_files

    with reading(path) as db:
        rows = record_files(db, _owner(args))
    _print(rows, args.json, out)
    return 0


def _cmd_file(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.errors import NotFoundError
    from crm_desktop.records.contacts import TrashKind
    from crm_desktop.services import files
    from crm_desktop.services.trash import trash_items

    if args.action == "save":
        with reading(path) as db:
            saved = files.save_file(db, args.file_id, Path(args.out))
        out.write(f"{saved}\n")
        return 0
    with opened(path) as db:  # every id checked first: all of them move, or none
        if args.action == "remove":
            for file_id in args.file_ids:
                files.file_row(db, file_id)
            files.trash_files(db, args.file_ids)
        else:
            removed = {item.id for item in trash_items(db, TrashKind.FILE)}
            for file_id in args.file_ids:
                if file_id not in removed:
                    raise NotFoundError("file in the Trash", file_id)
            files.restore_files(db, args.file_ids)
    return 0


FILE_COMMANDS: dict[str, Callable[[Path, argparse.Namespace, TextIO], int]] = {
    "attach": _cmd_attach,
    "files": _cmd_files,
    "file": _cmd_file,
}
