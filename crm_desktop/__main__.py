"""``crm-desktop`` and ``python -m crm_desktop``: a command, or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from crm_desktop.cli import build_parser, run_command


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None and args.demo:  # never the real database in its place
        parser.error(f"--demo opens the window on sample data; it does not go with {args.command}")
    if args.command is not None:
        try:
            return run_command(args)
        except BrokenPipeError:  # `crm-desktop contacts | head`: the reader had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    from crm_desktop.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
