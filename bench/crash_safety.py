"""Kill a process in the middle of a big write (SIGKILL), then look at what it left.

Used by ``tests/services/test_crash_safety.py`` (small runs) and ``bench/run.py --safety``
(10,000 cards). Each kill starts from a copy of the same database; the child opens it, says
READY, starts the write when told, and is killed after a random delay within the measured
duration of one whole write. Then the database is opened as the app opens it and must pass
``crm-desktop check`` (integrity, foreign keys, search index), hold either all of the write
or none of it, and keep every row that was there before.
"""

from __future__ import annotations

import hashlib
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The longest wait for a line from ``bench.crash_child``: past its writers' own limit
# (``crash_child.STUCK_AFTER_S``), so that a stuck writer's stack is printed first.
ANSWER_WITHIN_S = 360.0

# The search index (FTS5 and its shadow tables) is checked by ``check``, not compared.
_NOT_COMPARED = ("contact_fts", "contact_words", "activity_fts", "note_fts", "sqlite_")


@dataclass(frozen=True)
class Snapshot:
    """What a database holds: a digest of every row (times reduced to set / not set), and
    the row ids of each table."""

    digest: str
    rowids: dict[str, frozenset[int]]

    def rows(self) -> int:
        return sum(len(ids) for ids in self.rowids.values())


def snapshot(path: Path) -> Snapshot:
    raw = sqlite3.connect(path)
    try:
        tables = [
            str(row[0])
            for row in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not str(row[0]).startswith(_NOT_COMPARED)
        ]
        digest = hashlib.sha256()
        rowids: dict[str, frozenset[int]] = {}
        for table in tables:
            cursor = raw.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')
            names = [d[0] for d in cursor.description]
            ids: set[int] = set()
            for row in cursor:
                ids.add(int(row[0]))
                values = [
                    (v is not None) if name.endswith("_at") else v
                    for name, v in zip(names, row, strict=True)
                ]
                digest.update(repr((table, values)).encode())
            rowids[table] = frozenset(ids)
        return Snapshot(digest.hexdigest(), rowids)
    finally:
        raw.close()


@dataclass
class KillReport:
    """What the kills of one kind of write found."""

    kind: str
    cards: int
    duration: float  # seconds, one whole write in the child
    kills: int = 0
    survived: int = 0  # sound, and all or nothing
    none_written: int = 0
    all_written: int = 0
    rows_lost: int = 0  # rows there before and missing after, over every kill
    failures: list[str] = field(default_factory=list)


class Writers:
    """``bench.crash_child``: a process that forks one writer per ``start``."""

    def __init__(self) -> None:
        env = dict(
            os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
        )
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.crash_child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read_lines, daemon=True).start()
        line = self._line()
        if line != "READY":
            self.close()
            raise RuntimeError(f"bench.crash_child did not start ({line!r})")

    def _read_lines(self) -> None:
        """In a thread: every line the child prints, then "" once its output ends."""
        stream = self._process.stdout
        assert stream is not None
        with suppress(OSError, ValueError):
            for line in stream:
                self._lines.put(line.strip())
        self._lines.put("")

    def _line(self, limit: float = ANSWER_WITHIN_S) -> str:
        """The next line from the child; RuntimeError when none comes within ``limit``
        seconds (a stuck writer exits by itself after ``STUCK_AFTER_S``: this is later)."""
        try:
            return self._lines.get(timeout=limit)
        except queue.Empty:
            self._process.kill()
            raise RuntimeError(f"bench.crash_child said nothing for {limit:.0f} s") from None

    def start(self, kind: str, db: Path, source: Path | None) -> int:
        """A writer doing ``kind`` on ``db``, started now: its pid."""
        assert self._process.stdin is not None
        fields = ["run", kind, str(db)] + ([str(source)] if source is not None else [])
        self._process.stdin.write("\t".join(fields) + "\n")
        self._process.stdin.flush()
        line = self._line()
        if not line.startswith("STARTED "):
            raise RuntimeError(f"no writer started ({line!r})")
        return int(line.split()[1])

    def wait(self, pid: int) -> bool:
        """Wait until writer ``pid`` is gone; whether it said COMMITTED and exited with 0."""
        assert self._process.stdin is not None
        self._process.stdin.write(f"wait\t{pid}\n")
        self._process.stdin.flush()
        committed = False
        while True:
            line = self._line()
            if not line:
                raise RuntimeError("bench.crash_child ended")
            committed = committed or line == "COMMITTED"
            if line.startswith(f"EXIT {pid} "):
                return committed and line.endswith(" 0")

    def close(self) -> None:
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with suppress(OSError):
                    stream.close()
        try:
            self._process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _check(path: Path) -> list[str]:
    """``crm-desktop check`` through the service API: open as the app does, then check."""
    from crm_desktop.services.database import open_database
    from crm_desktop.services.health import check_database

    with open_database(path, "en") as db:
        return check_database(db)


def whole_write(
    writers: Writers, kind: str, baseline: Path, source: Path | None, folder: Path
) -> tuple[float, Path]:
    """One write left to finish: its duration (start to end of its process) and the result."""
    done = folder / f"{kind}-whole.sqlite3"
    shutil.copyfile(baseline, done)
    start = time.perf_counter()
    pid = writers.start(kind, done, source)
    committed = writers.wait(pid)
    duration = time.perf_counter() - start
    if not committed:
        raise RuntimeError(f"the whole {kind} did not finish")
    return duration, done


def run_kills(
    kind: str,
    baseline: Path,
    source: Path | None,
    folder: Path,
    *,
    kills: int,
    cards: int,
    seed: int = 20261201,
) -> KillReport:
    """Kill ``kills`` writers doing ``kind`` on copies of ``baseline``; what was found."""
    before = snapshot(baseline)
    writers = Writers()
    try:
        duration, done = whole_write(writers, kind, baseline, source, folder)
        after = snapshot(done)
        report = KillReport(kind, cards, duration)
        if after.digest == before.digest:
            report.failures.append("the whole write changed nothing: the test would prove nothing")
            return report
        rng = random.Random(seed)
        for index in range(kills):
            path = folder / f"{kind}-kill-{index}.sqlite3"
            shutil.copyfile(baseline, path)
            delay = rng.uniform(0, duration)
            start = time.perf_counter()
            pid = writers.start(kind, path, source)
            time.sleep(max(0.0, delay - (time.perf_counter() - start)))
            os.kill(pid, signal.SIGKILL)  # not reaped until ``wait``: the pid is still its own
            writers.wait(pid)
            report.kills += 1
            _verify(report, index, delay, path, before, after)
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink()
        done.unlink()
        return report
    finally:
        writers.close()


def _verify(
    report: KillReport, index: int, delay: float, path: Path, before: Snapshot, after: Snapshot
) -> None:
    problems = _check(path)
    state = snapshot(path)
    report.rows_lost += sum(
        len(ids - state.rowids.get(table, frozenset())) for table, ids in before.rowids.items()
    )
    if problems:
        report.failures.append(f"kill {index} after {delay:.2f} s: {problems[:3]}")
    elif state.digest == before.digest:
        report.none_written += 1
        report.survived += 1
    elif state.digest == after.digest:
        report.all_written += 1
        report.survived += 1
    else:
        report.failures.append(f"kill {index} after {delay:.2f} s: part of the write is there")


def write_cards(path: Path, count: int, seed: int, role: str = "") -> None:
    """``count`` generated contacts as vCard 3.0 (``role``: given to each, for a merge)."""
    from dataclasses import replace

    from crm_desktop.interop.vcard_export import vcard_text
    from crm_desktop.services.sample_data import generate_contacts

    drafts = generate_contacts(count, seed=seed)
    if role:
        drafts = (replace(d, role=role) for d in drafts)
    with path.open("w", encoding="utf-8", newline="") as out:
        for text in vcard_text(drafts, "3.0"):
            out.write(text)


def prepare(kind: str, folder: Path, cards: int) -> tuple[Path, Path | None]:
    """The database before the write, and the file the write imports (none for trash).

    import: 200 contacts there before, then ``cards`` new cards;
    merge: ``cards`` contacts there, then the same cards with a role they lack (each merged);
    trash: ``cards`` contacts there, all moved to the Trash at once.
    """
    from crm_desktop.services.database import open_database
    from crm_desktop.services.importing import import_files

    folder.mkdir(parents=True, exist_ok=True)
    baseline = folder / f"{kind}-before.sqlite3"
    first = folder / f"{kind}-first.vcf"
    write_cards(first, 200 if kind == "import" else cards, seed=11)
    with open_database(baseline, "en") as db:
        import_files(db, [first])
    if kind == "trash":
        return baseline, None
    source = folder / f"{kind}.vcf"
    if kind == "import":
        write_cards(source, cards, seed=12)
    else:
        write_cards(source, cards, seed=11, role="Buyer (merged)")
    return baseline, source
