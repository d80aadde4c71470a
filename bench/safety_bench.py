"""Time the data-safety work at N contacts: quick_check at open, a checked backup, a restore.

.venv/bin/python -m bench.safety_bench 100000
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from crm_desktop.services.backups import backup_before, list_backups, restore_backup
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.opening import open_database
from crm_desktop.services.sample_data import generate_contacts


def main(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="crm-safety-bench-"))
    try:
        path = folder / "crm.sqlite3"
        with open_database(path, "en") as db:
            add_contacts(db, generate_contacts(count))
        print(f"{count} contacts, database {path.stat().st_size / 2**20:.1f} MiB")
        started = time.perf_counter()
        db = open_database(path, "en")
        print(f"open with quick_check   {time.perf_counter() - started:6.2f} s")
        started = time.perf_counter()
        entry = backup_before(db, "daily")
        print(f"backup + integrity_check {time.perf_counter() - started:6.2f} s")
        started = time.perf_counter()
        list_backups(path)
        print(f"list_backups            {time.perf_counter() - started:6.3f} s")
        assert entry is not None
        started = time.perf_counter()
        restored = restore_backup(db, entry.path)
        print(f"restore (check, safety backup, reopen) {time.perf_counter() - started:6.2f} s")
        restored.database.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
