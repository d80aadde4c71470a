"""``crm-desktop`` and ``python -m crm_desktop``: a command, or the window (importing the
files named instead of a command: what "Open with CRM Desktop" runs)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from crm_desktop.cli import build_parser, run_command
from crm_desktop.cli.files_to_open import command_names, missing_files, split_files


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    given = sys.argv[1:] if argv is None else list(argv)
    options, files = split_files(given, command_names(parser))
    if missing := missing_files(files):
        parser.error(f"no such file: {missing[0]}")
    args = parser.parse_args(options)
    if args.command is not None and args.demo:  # never the real database in its place
        parser.error(f"--demo opens the window on sample data; it does not go with {args.command}")
    if args.command is not None:
        try:
            return run_command(args)
        except BrokenPipeError:  # `crm-desktop contacts | head`: the reader had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    args.files = [path.resolve() for path in files]
    from crm_desktop.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
