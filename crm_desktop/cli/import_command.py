"""``crm-desktop import FILE...``: the import, its summary, and its exit status.

Every file that can be read is imported, in one transaction; each file that cannot be read
at all (missing, empty, not contacts, not readable) and each card that cannot be is named
on stderr with why. Exit status 0 when everything given went in (imported, merged, or
skipped as asked), 1 when any file or card could not be imported (the others were: the
summary says how many, and says so plainly when nothing was).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from crm_desktop.cli.json_shapes import match_json, match_text, print_json, problem_json
from crm_desktop.cli.opening import opened
from crm_desktop.records.importing import ImportSummary


def _mapping(name: str | None) -> dict[str, str] | None:
    from crm_desktop.services.csv_mapping import read_mapping_file

    return read_mapping_file(Path(name)) if name else None


def cmd_import(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.importing import DuplicatePolicy
    from crm_desktop.services.import_files import check_readable
    from crm_desktop.services.importing import import_files

    files = [Path(name) for name in args.files]
    # Refused before the database opens (or is made): a bad mapping, no file to read.
    mapping = _mapping(args.mapping)
    check_readable(files, strict=args.strict)
    with opened(path, create=True) as db:
        summary = import_files(
            db,
            files,
            duplicates=DuplicatePolicy(args.duplicates),
            strict=args.strict,
            fallback_encoding=args.encoding,
            csv_encoding=args.encoding,
            mapping=mapping,
            dry_run=args.dry_run,
            region=args.region,  # None: the locale's, as without a Preferences region
        )
    if args.json:
        print_json(
            {
                "dry_run": summary.dry_run,
                "imported": summary.imported,
                "merged": summary.merged,
                "skipped": summary.skipped,
                "failed": summary.failed,
                "unread_files": list(summary.unread_files),
                "merges": [match_json(m) for m in summary.merges],
                "possible_duplicates": [match_json(m) for m in summary.possible_duplicates],
                "problems": [problem_json(p) for p in summary.problems],
                "unknown_addresses": [
                    {"name": p.name, "address": p.address} for p in summary.unknown_people
                ],
            },
            out,
        )
    else:
        _print_summary(summary, out)
    return 0 if summary.complete else 1


def summary_line(summary: ImportSummary) -> str:
    """The last line: what the import did (or would do), and plainly when nothing went in."""
    would = "dry run, nothing written: would have " if summary.dry_run else ""
    line = (
        f"{would}imported {summary.imported}, merged {summary.merged}, "
        f"skipped {summary.skipped}, failed {summary.failed}, "
        f"possible duplicates {len(summary.possible_duplicates)}"
    )
    if summary.unread_files:
        line += f", files not read {len(summary.unread_files)} ({', '.join(summary.unread_files)})"
    if not summary.complete and not summary.imported and not summary.merged:
        line += "; nothing was imported" if not summary.dry_run else "; nothing would be imported"
    return line


def _print_summary(summary: ImportSummary, out: TextIO) -> None:
    for problem in summary.problems:
        where = problem.file if problem.line == 0 else f"{problem.file}:{problem.line}"
        kind = "" if problem.fatal else "warning: "
        sys.stderr.write(f"{where}: {kind}{problem.message}\n")
    for merge in summary.merges:
        out.write(f"merged {match_text(merge)}\n")
    for possible in summary.possible_duplicates:
        out.write(f"possible duplicate {match_text(possible)}\n")
    for person in summary.unknown_people:
        named = f"{person.name} <{person.address}>" if person.name else person.address
        out.write(f"not a contact: {named}\n")
    out.write(summary_line(summary) + "\n")


def cmd_own_addresses(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    """Print the user's own e-mail addresses, or set them."""
    from crm_desktop.services.mail import own_addresses, set_own_addresses

    with opened(path, create=bool(args.addresses)) as db:
        addresses = set_own_addresses(db, args.addresses) if args.addresses else own_addresses(db)
    if args.json:
        print_json(list(addresses), out)
    else:
        for address in addresses:
            out.write(f"{address}\n")
    return 0
