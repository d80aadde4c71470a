"""Run commands in this process, one after the other, and say what each did, as JSON.

``python -m tests.cli.fault_driver CASES.json`` runs, for each case of the file (a list of
``{"argv": [...], "db": "..."}``), ``crm-desktop ARGV`` through the CLI's ``main``, with its
output captured and any exception that escapes it caught (its traceback kept), and prints a
list of ``{"status", "out", "err", "raised", "before", "after"}``: ``before`` and ``after``
are a digest of the database's rows, or null where it cannot be read. ``test_real_faults``
runs it where the system really fails (a full or read-only filesystem, files others own),
which only a child process can be put into.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
import traceback
from pathlib import Path

from bench.fault_cases import snapshot
from crm_desktop.__main__ import main


def digest(db: Path) -> str | None:
    try:
        return hashlib.sha256(repr(snapshot(db)).encode()).hexdigest()
    except Exception:
        return None


def run(argv: list[str], db: Path) -> dict[str, object]:
    before = digest(db)
    out, err = io.StringIO(), io.StringIO()
    status: int | None = None
    raised = ""
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exit_:
            status = int(exit_.code or 0)
        except BaseException:
            raised = traceback.format_exc()
    return {
        "argv": argv,
        "status": status,
        "out": out.getvalue(),
        "err": err.getvalue(),
        "raised": raised,
        "before": before,
        "after": digest(db),
    }


if __name__ == "__main__":
    cases = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    results = [run(case["argv"], Path(case["db"])) for case in cases]
    sys.stdout.write(json.dumps(results) + "\n")
