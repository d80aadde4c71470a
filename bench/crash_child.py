"""The processes the crash-safety runs kill: each does one big write on a database.

    python -m bench.crash_child

Imports the app once, prints ``READY``, then for each line ``run<TAB>KIND<TAB>DB[<TAB>FILE]``
on stdin forks a process that opens DB and does the write (``import``: FILE's cards, each
new; ``merge``: FILE's cards, each merged into the contact it matches; ``trash``: every
contact to the Trash) and prints ``COMMITTED`` once it returned. For each it prints
``STARTED <pid>`` at once; the parent kills ``<pid>`` (SIGKILL) whenever it likes, then
sends ``wait<TAB><pid>`` and gets ``EXIT <pid> <status>`` once it is reaped (not before:
so the pid cannot be another process's when the parent kills it). Forking keeps each start at a few
milliseconds instead of a Python start-up. POSIX only.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import traceback
from pathlib import Path

# A write that has not ended after this long is stuck: it prints every thread's stack to
# stderr and exits (status 1), so the run reports it instead of waiting for ever.
STUCK_AFTER_S = 300


def _write(kind: str, db_path: Path, source: Path | None) -> None:
    from crm_desktop.records.importing import DuplicatePolicy
    from crm_desktop.services.contact_edits import trash_contacts
    from crm_desktop.services.contact_list import ordered_contact_ids
    from crm_desktop.services.database import open_database
    from crm_desktop.services.importing import import_files

    with open_database(db_path, "en") as db:
        if kind == "import" and source is not None:
            import_files(db, [source], duplicates=DuplicatePolicy.CREATE)
        elif kind == "merge" and source is not None:
            import_files(db, [source], duplicates=DuplicatePolicy.MERGE)
        elif kind == "trash":
            trash_contacts(db, ordered_contact_ids(db, ""))
        else:
            raise ValueError(f"unknown write {kind!r}")
    print("COMMITTED", flush=True)


def main() -> int:
    # Everything a write needs is imported before the first fork.
    import crm_desktop.services.contact_edits
    import crm_desktop.services.importing  # noqa: F401

    print("READY", flush=True)
    for line in sys.stdin:
        command, *fields = line.rstrip("\n").split("\t")
        if command == "wait":
            _, status = os.waitpid(int(fields[0]), 0)
            print(f"EXIT {fields[0]} {status}", flush=True)
            continue
        kind, db, *rest = fields
        pid = os.fork()
        if pid == 0:  # the process that writes, and may be killed
            faulthandler.dump_traceback_later(STUCK_AFTER_S, exit=True)
            status = 0
            try:
                _write(kind, Path(db), Path(rest[0]) if rest else None)
            except BaseException:
                traceback.print_exc()
                status = 1
            finally:
                sys.stdout.flush()
                os._exit(status)
        print(f"STARTED {pid}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
