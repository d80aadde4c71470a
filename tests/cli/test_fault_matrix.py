"""Every command, under every failure of the system, says one line and exits 1: never a
traceback, and the database is as it was (and still opens, unlocked).

The commands are the parser's own (``fault_cases``: a new one joins by itself). The
failures (``tests.faults``: ENOSPC, EACCES, EROFS, ENAMETOOLONG, a vanished file, EIO) are
injected in this process at each point where the system can fail the app: files opened and
made (each call in turn, as if the disk filled up just then), the database looked at,
SQLite opening, writing and committing. ``test_real_faults`` makes the same failures for
real, in a child process.
"""

from __future__ import annotations

import shutil
import traceback
from pathlib import Path

import pytest

from crm_desktop.__main__ import main
from crm_desktop.services.importing import UNREAD
from crm_desktop.store.lock import DatabaseLock
from tests.cli.fault_cases import (
    CASES,
    FAULT_NAMES,
    FAULTS,
    Outcome,
    Snapshot,
    argv_for,
    commands,
    make_place,
    said_lines,
    says,
    snapshot,
    writes,
)
from tests.faults import POINTS, Fault, inject


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    make_place(root)
    return root


def run(argv: list[str], capsys: pytest.CaptureFixture[str], fault: Fault | None) -> Outcome:
    """``crm-desktop ARGV`` in this process, under ``fault``."""
    capsys.readouterr()
    raised = ""
    status: int | None = None
    try:
        if fault is None:
            status = main(argv)
        else:
            with inject(fault):
                status = main(argv)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    except BaseException:  # the very thing this test looks for
        raised = traceback.format_exc()
    captured = capsys.readouterr()
    return Outcome(status, captured.out, captured.err, raised)


def check_failure(outcome: Outcome, number: int, where: str) -> None:
    """A failure of the system told as it must be: no traceback; status 0 (where the app may
    do without what failed: a daily backup, the end of a read) or 1 with one line (ours, or
    a batch import naming the file it went on without) that says what happened."""
    assert not outcome.raised, f"{where}: a traceback\n{outcome.raised}"
    assert "Traceback" not in outcome.err, where
    if outcome.status == 0:
        return
    said = said_lines(outcome.err)
    assert outcome.status == 1, f"{where}: status {outcome.status}: {outcome.err}"
    assert len(said) == 1, f"{where}: {outcome.err}"
    assert said[0].startswith("crm-desktop: ") or said[0].endswith(UNREAD), where
    assert says(said[0], number), f"{where}: {said[0]}"


def _check_outcome(outcome: Outcome, number: int, before: Snapshot, db: Path, where: str) -> None:
    check_failure(outcome, number, where)
    if outcome.status != 0:
        assert snapshot(db) == before, f"{where}: the database changed"
    lock = DatabaseLock(db)
    lock.acquire()  # the failed command let go of the database
    lock.release()


@pytest.mark.parametrize("number", FAULTS, ids=[FAULT_NAMES[n] for n in FAULTS])
@pytest.mark.parametrize(("name", "argv"), CASES, ids=[name for name, _ in CASES])
def test_every_command_under_every_failure_says_one_line_and_keeps_the_database(
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    argv: list[str],
    number: int,
) -> None:
    """Each point in turn; for files, each call in turn (``skip``), until the command runs
    past the last one."""
    fired_anywhere = 0
    for point in POINTS:
        skip = 0
        while True:
            case = tmp_path / f"{point}-{skip}"
            shutil.copytree(template, case, symlinks=True)
            db = case / "data" / "crm.sqlite3"
            before = snapshot(db)
            fault = Fault(number, point, case, skip=skip, looked_at=db)
            outcome = run(argv_for(argv, case, db), capsys, fault)
            if not fault.fired:  # past the last such call: it ran whole, as without a fault
                assert (outcome.status, outcome.raised) == (0, ""), outcome.err
                if not writes(argv):
                    assert snapshot(db) == before
                break
            fired_anywhere += 1
            where = f"{FAULT_NAMES[number]} at {point} call {skip + 1}"
            _check_outcome(outcome, number, before, db, where)
            shutil.rmtree(case)
            if point not in ("fs", "stat"):
                break  # SQLite's points: the first failure stands for the rest
            skip += 1
    assert fired_anywhere, "the failure never reached the command"


def test_every_command_of_the_parser_is_in_the_matrix() -> None:
    assert {argv[0] for _, argv in CASES} == set(commands())
