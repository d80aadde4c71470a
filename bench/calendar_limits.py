"""iCalendar imports under the input limits: peak memory (RSS) of a whole import, each in a
process of its own, for a 50 MB and a 200 MB DESCRIPTION line and for a large valid file.

    .venv/bin/python -m bench.calendar_limits          # prints the rows
    python -m bench.calendar_limits --child FILE DB    # one import (what the rows run)

The child imports FILE into a new database at DB through the import service, as
``crm-desktop import`` does, and prints a JSON summary with its peak resident memory as the
operating system counts it (Linux's VmHWM), so vobject, SQLite and Python's own buffers all
count, not only what ``tracemalloc`` sees. POSIX only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

MB = 1 << 20
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class CalendarRun:
    """One import in a process of its own."""

    imported: int
    failed: int
    first_problem: str
    peak_rss: int  # bytes
    seconds: float
    status: int  # the child's exit status (a negative signal number if it was killed)


def _event(out: TextIO, uid: str, description_mb: int = 0, *, fold: bool = True) -> None:
    write = out.write
    write(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:20261105T080000Z\r\nDTEND:20261105T090000Z\r\n")
    write(f"SUMMARY:Meeting {uid}\r\nLOCATION:Room 4\r\nDESCRIPTION:")
    if description_mb < 0:  # an ordinary description of about 1 KB, folded
        text = "Notes from the last call: volumes\\, prices and dates. " * 18
        write("\r\n ".join(text[i : i + 74] for i in range(0, len(text), 74)) + "\r\n ")
    elif description_mb:
        piece = "x" * MB
        if fold:  # as every writer does: 75 octets a line
            piece = "\r\n ".join(piece[i : i + 74] for i in range(0, MB, 74)) + "\r\n "
        for _ in range(description_mb):
            write(piece)
    write("Agenda: prices\\, samples\\; dates.\r\nEND:VEVENT\r\n")


def write_long_description(path: Path, megabytes: int, *, fold: bool) -> None:
    """An event, one with a DESCRIPTION of ``megabytes`` MB, and another event."""
    with path.open("w", encoding="ascii", newline="") as out:
        out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
        _event(out, "before")
        _event(out, "long", megabytes, fold=fold)
        _event(out, "after")
        out.write("END:VCALENDAR\r\n")


def write_many(path: Path, events: int) -> None:
    """``events`` ordinary events (about 1.2 KB each)."""
    with path.open("w", encoding="ascii", newline="") as out:
        out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
        for i in range(events):
            _event(out, f"event-{i}", -1)
        out.write("END:VCALENDAR\r\n")


def run_import(path: Path, db: Path) -> CalendarRun:
    """Import ``path`` into a new database ``db`` in a child process; what it did and its
    peak RSS."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.calendar_limits", "--child", str(path), str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    summary = json.loads(output) if child.returncode == 0 else {}
    return CalendarRun(
        imported=summary.get("imported", 0),
        failed=summary.get("failed", 0),
        first_problem=summary.get("first_problem", ""),
        # A child killed for its memory reports nothing: the kernel's figure then (which
        # counts the parent's pages the child had before it started Python).
        peak_rss=summary.get("peak_rss", usage.ru_maxrss * 1024),
        seconds=seconds,
        status=child.returncode,
    )


def _peak_rss() -> int:
    """This process's peak resident memory, in bytes, since it started Python: Linux's
    VmHWM (``ru_maxrss`` would count the pages of the parent it was forked from)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _child(path: Path, db_path: Path) -> int:
    from crm_desktop.services.database import open_database
    from crm_desktop.services.importing import import_files

    with open_database(db_path, "en") as db:
        summary = import_files(db, [path])
    problems = [str(p) for p in summary.problems]
    print(
        json.dumps(
            {
                "imported": summary.imported,
                "failed": summary.failed,
                "first_problem": problems[0] if problems else "",
                "peak_rss": _peak_rss(),
            }
        )
    )
    return 0


def calendar_runs(folder: Path) -> list[tuple[str, tuple[int, int], CalendarRun]]:
    """The runs the data-safety report shows: a tiny file (what the process costs anyway),
    50 MB and 200 MB DESCRIPTIONs (one line each, and folded), a 9 MB one (under the
    limit: imported), and 20,000 events; each with what should be (imported, failed)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[tuple[str, tuple[int, int], Path]] = []
    tiny = folder / "tiny.ics"
    write_many(tiny, 1)
    cases.append(("one event (the process itself)", (1, 0), tiny))
    for megabytes, fold in ((50, False), (50, True), (200, False), (200, True), (9, True)):
        path = folder / f"description-{megabytes}-{'folded' if fold else 'line'}.ics"
        write_long_description(path, megabytes, fold=fold)
        how = "folded at 75" if fold else "on one line"
        expected = (3, 0) if megabytes < 10 else (2, 1)
        cases.append((f"a {megabytes} MB DESCRIPTION {how}", expected, path))
    many = folder / "many.ics"
    write_many(many, 20_000)
    cases.append((f"20,000 events ({many.stat().st_size / MB:.0f} MB)", (20_000, 0), many))
    runs = []
    for label, expected, path in cases:
        print(f"iCalendar: {label} ...", flush=True)
        runs.append((label, expected, run_import(path, folder / f"{path.stem}.sqlite3")))
        path.unlink()
    return runs


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return _child(Path(argv[1]), Path(argv[2]))
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="crm-ics-limits-"))
    for label, _expected, run in calendar_runs(folder):
        print(
            f"{label}: imported {run.imported}, failed {run.failed} ({run.first_problem}); "
            f"peak RSS {run.peak_rss / MB:.0f} MB; {run.seconds:.1f} s; status {run.status}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
