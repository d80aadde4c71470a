"""``crm-desktop [--db PATH] [--demo] FILE...``: files named instead of a command.

This is what a file manager runs for "Open with CRM Desktop" (the ``.desktop`` file's
``Exec=crm-desktop %F``, Windows' ``"…\\crm-desktop.exe" "%1"``): the window opens and imports
the files, through File > Import's options and preview. A word that is neither a command nor a
file is left to argparse, which names the commands it knows.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Collection, Sequence
from pathlib import Path

# The top-level options that take a value (the value is never a file to open).
_TAKES_VALUE = frozenset({"--db"})


def command_names(parser: argparse.ArgumentParser) -> frozenset[str]:
    """The commands ``parser`` knows (``contacts``, ``import``...)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


def _looks_like_a_file(token: str) -> bool:
    separators = {os.sep, "/"} | ({os.altsep} if os.altsep else set())
    return Path(token).exists() or "." in token or any(s in token for s in separators)


def split_files(argv: Sequence[str], commands: Collection[str]) -> tuple[list[str], list[Path]]:
    """``argv`` without the files to open, and those files (none when a command is given)."""
    options: list[str] = []
    files: list[Path] = []
    tokens = iter(argv)
    for token in tokens:
        if token == "--":  # everything after it is a file, even "-x.vcf" or "contacts"
            files.extend(Path(rest) for rest in tokens)
        elif token in _TAKES_VALUE:
            options.append(token)
            if (value := next(tokens, None)) is not None:
                options.append(value)
        elif token.startswith("-") and token != "-":
            options.append(token)
        elif not files and (token in commands or not _looks_like_a_file(token)):
            return list(argv), []  # a command (or a typo of one: argparse says which)
        else:
            files.append(Path(token))
    return options, files


def missing_files(files: Sequence[Path]) -> list[Path]:
    """The files that are not there (a usage error: the window would only report them)."""
    return [path for path in files if not path.is_file()]
