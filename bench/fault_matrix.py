"""Every CLI command under every failure of the system, injected at every point: the
command must say one line and exit 1 (or do its work, where what failed is something it
may do without), never raise a traceback, and leave the database as it was, unlocked.

``drive(template, work, argv, number)`` runs one command (``fault_cases.CASES``) under one
failure (``fault_cases.FAULTS``) at each point of ``faults.POINTS`` in turn; for the file
points, at each call in turn (the first call fails, then the second, ..., until the command
runs past the last one), each run on a fresh copy of ``template`` (``make_place``). The
tests run it cell by cell (``tests/cli/test_fault_matrix.py``); ``bench/run.py --safety``
runs it whole for the README's figure.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from bench.fault_cases import (
    FAULT_NAMES,
    Outcome,
    Snapshot,
    argv_for,
    said_lines,
    says,
    snapshot,
    writes,
)
from bench.faults import POINTS, Fault, inject
from crm_desktop.services.import_files import UNREAD  # a batch import's line for a file


@dataclass
class CellReport:
    """One command under one failure: how many runs, in how many the failure was met, and
    what went wrong (empty when all held)."""

    runs: int = 0
    fired: int = 0
    tracebacks: int = 0
    failures: list[str] = field(default_factory=list)


def run(argv: list[str], fault: Fault | None = None) -> Outcome:
    """``crm-desktop ARGV`` in this process (under ``fault``), its output captured."""
    from crm_desktop.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    status: int | None = None
    raised = ""
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            with inject(fault) if fault is not None else contextlib.nullcontext():
                status = main(argv)
        except SystemExit as exit_:
            status = int(exit_.code or 0)
        except BaseException:
            raised = traceback.format_exc()
    return Outcome(status, out.getvalue(), err.getvalue(), raised)


def told(outcome: Outcome, number: int) -> str | None:
    """What is wrong with how a failure was told, or None: no traceback; status 0 (what
    failed the app may do without: a daily backup, the end of a read) or 1 with one line,
    ours (or a batch import's naming the file it went on without), saying what happened."""
    if outcome.raised or "Traceback" in outcome.err:
        return f"a traceback:\n{outcome.raised or outcome.err}"
    if outcome.status == 0:
        return None
    said = said_lines(outcome.err)
    if outcome.status != 1:
        return f"status {outcome.status}: {outcome.err}"
    if len(said) != 1:
        return f"{len(said)} lines: {outcome.err}"
    if not (said[0].startswith("crm-desktop: ") or said[0].endswith(UNREAD)):
        return f"not our line: {said[0]}"
    if not says(said[0], number):
        return f"does not say {FAULT_NAMES[number]}: {said[0]}"
    return None


def _after(outcome: Outcome, number: int, before: Snapshot, db: Path) -> str | None:
    wrong = told(outcome, number)
    if wrong is None and outcome.status != 0 and snapshot(db) != before:
        wrong = "the database changed"
    if wrong is None:
        from crm_desktop.errors import AlreadyRunningError
        from crm_desktop.store.lock import DatabaseLock

        lock = DatabaseLock(db)
        try:
            lock.acquire()  # the failed command let go of the database
        except AlreadyRunningError:
            wrong = "the database was left locked"
        lock.release()
    return wrong


def drive(template: Path, work: Path, argv: list[str], number: int) -> CellReport:
    """``argv`` under failure ``number`` at every point, each run in a copy of ``template``
    made in ``work``."""
    report = CellReport()
    for point in POINTS:
        skip = 0
        while True:
            case = work / f"{point}-{skip}"
            shutil.copytree(template, case, symlinks=True)
            db = case / "data" / "crm.sqlite3"
            before = snapshot(db)
            fault = Fault(number, point, case, skip=skip, looked_at=db)
            outcome = run(argv_for(argv, case, db), fault)
            report.runs += 1
            report.tracebacks += bool(outcome.raised)
            where = f"{FAULT_NAMES[number]} at {point} call {skip + 1}"
            if not fault.fired:  # past the last such call: it ran whole, as without a fault
                if (outcome.status, outcome.raised) != (0, ""):
                    report.failures.append(f"{where} (never met): {outcome.err}{outcome.raised}")
                elif not writes(argv) and snapshot(db) != before:
                    report.failures.append(f"{where} (never met): the database changed")
                shutil.rmtree(case)
                break
            report.fired += 1
            wrong = _after(outcome, number, before, db)
            if wrong is not None:
                report.failures.append(f"{where}: {wrong}")
            shutil.rmtree(case)
            if point not in ("fs", "stat"):
                break  # SQLite's points: the first failure stands for the rest
            skip += 1
    return report


def matrix_figure(folder: Path) -> tuple[str, str, bool]:
    """The whole matrix, for ``bench/run.py --safety``: (what was checked, the figure,
    whether it held); what went wrong is printed."""
    import time

    from bench.fault_cases import CASES, FAULTS, make_place

    template = folder / "fault-template"
    make_place(template)
    started = time.perf_counter()
    total = CellReport()
    for name, argv in CASES:
        print(f"faults: {name} ...", flush=True)
        for number in FAULTS:
            work = folder / "fault-work"
            work.mkdir()
            cell = drive(template, work, argv, number)
            shutil.rmtree(work)
            total.runs += cell.runs
            total.fired += cell.fired
            total.tracebacks += cell.tracebacks
            total.failures += [f"{name}: {failure}" for failure in cell.failures]
            if not cell.fired:
                total.failures.append(f"{name}: {FAULT_NAMES[number]} never met")
    for failure in total.failures:
        print(f"  FAILED: {failure}")
    names = ", ".join(FAULT_NAMES[n] for n in FAULTS)
    what = (
        f"every CLI command ({len(CASES)} ways to run them) x each failure ({names}) "
        "injected at each file call, the database's stat, SQLite open/write/commit"
    )
    figure = (
        f"{total.runs:,} runs, the failure met in {total.fired:,}; tracebacks "
        f"{total.tracebacks}, not one clear line and status 1 or database changed "
        f"{len(total.failures) - total.tracebacks} ({time.perf_counter() - started:.0f} s)"
    )
    return what, figure, not total.failures
