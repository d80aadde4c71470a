"""Running the command line in the test's process: ``cli("contact", "add", ...)`` gives its
exit status, its output and its stderr (argparse's usage errors included)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from crm_desktop.__main__ import main


@dataclass(frozen=True)
class Ran:
    status: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.status == 0, self.err
        return json.loads(self.out)

    @property
    def error(self) -> str:
        """The one line that says what went wrong (argparse prints its usage before it)."""
        lines = self.err.splitlines()
        assert lines, "nothing on stderr"
        return lines[-1]


Cli = Callable[..., Ran]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    def run(*argv: str) -> Ran:
        capsys.readouterr()
        try:
            status = main(list(argv))
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return Ran(status, captured.out, captured.err)

    return run
