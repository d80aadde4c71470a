"""Every command, under every failure of the system, says one line and exits 1: never a
traceback, and the database is as it was (and still opens, unlocked).

The commands are the parser's own (``bench.fault_cases``: a new one joins by itself). The
failures (``bench.faults``: ENOSPC, EACCES, EROFS, ENAMETOOLONG, a vanished file, EIO) are
injected in this process at each point where the system can fail the app
(``bench.fault_matrix``): files opened and made (each call in turn, as if the disk filled
up just then), the database looked at, SQLite opening, writing and committing.
``test_real_faults`` makes the same failures for real, in a child process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fault_cases import CASES, FAULT_NAMES, FAULTS, commands, make_place
from bench.fault_matrix import drive


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    make_place(root)
    return root


@pytest.mark.parametrize("number", FAULTS, ids=[FAULT_NAMES[n] for n in FAULTS])
@pytest.mark.parametrize(("name", "argv"), CASES, ids=[name for name, _ in CASES])
def test_every_command_under_every_failure_says_one_line_and_keeps_the_database(
    template: Path, tmp_path: Path, name: str, argv: list[str], number: int
) -> None:
    report = drive(template, tmp_path, argv, number)
    assert report.failures == []
    assert report.fired, "the failure never reached the command"


def test_every_command_of_the_parser_is_in_the_matrix() -> None:
    assert {argv[0] for _, argv in CASES} == set(commands())
