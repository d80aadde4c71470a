"""``restore`` refuses what import, check and backup refuse: a read-only database, and a
backups folder the safety backup cannot be written to (it never calls a healthy database
"damaged" and renames it aside for that). Nothing changes, one line says why.

File modes stop a writer only when it is not root: as root, the command runs as ``nobody``
(``setpriv``), in a folder of its own that ``nobody`` owns."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crm_desktop.errors import BackupFailedError
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.backups import backup_now, restore_backup
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.opening import open_database
from tests.paths import ROOT

NOBODY = 65534
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def place(tmp_path: Path) -> Iterator[Path]:
    """A folder the unprivileged user owns (``tmp_path`` when we are not root)."""
    if os.geteuid() != 0:
        yield tmp_path
        return
    if shutil.which("setpriv") is None:
        pytest.skip("as root, file modes are only tested with setpriv to drop privileges")
    folder = Path(tempfile.mkdtemp(prefix="crm-restore-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _unprivileged(place: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "crm_desktop", *argv]
    if os.geteuid() == 0:
        for path in [place, *place.rglob("*")]:
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    env = dict(os.environ, HOME=str(place), PYTHONUTF8="1", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False
    )


def _database(place: Path) -> tuple[Path, Path]:
    """A database of 12 contacts, and a backup of it with 3 more, outside its folder."""
    db_path = place / "db" / "crm.sqlite3"
    with open_database(db_path, "en", auto_backup=False) as db:
        add_contacts(db, [ContactDraft(given_name="P", family_name=str(i)) for i in range(15)])
        backup = backup_now(db, place / "chosen.sqlite3")
    with open_database(db_path, "en", auto_backup=False) as db:
        from crm_desktop.services.contact_edits import trash_contacts

        trash_contacts(db, [13, 14, 15])
    return db_path, backup.path


def _files(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    return {
        str(p.relative_to(folder)): (
            p.stat().st_mode & 0o777,
            p.read_bytes() if p.is_file() else None,
        )
        for p in sorted(folder.rglob("*"))
    }


def _read_only_database(db_path: Path) -> str:
    db_path.chmod(0o400)
    return f"crm-desktop: {db_path}: the database is read-only (the file cannot be written)"


def _read_only_backups(db_path: Path) -> str:
    backups = db_path.parent / "backups"
    backups.mkdir(mode=0o700, exist_ok=True)
    backups.chmod(0o500)
    return (
        f"crm-desktop: {backups}: the backup could not be written ({backups} cannot be "
        "written; nothing was restored)"
    )


@pytest.mark.parametrize(
    "make", [_read_only_database, _read_only_backups], ids=["database 0400", "backups 0500"]
)
def test_restore_refuses_what_it_could_not_undo_in_one_line_and_changes_nothing(
    place: Path, make: Callable[[Path], str]
) -> None:
    db_path, chosen = _database(place)
    words = make(db_path)
    before = _files(db_path.parent)
    result = _unprivileged(place, "restore", str(chosen), "--db", str(db_path))
    assert (result.returncode, result.stdout) == (1, ""), result.stderr
    assert result.stderr == words + "\n"
    assert _files(db_path.parent) == before  # not renamed "damaged", no copy left behind
    # The same user can still read it: nothing was lost on the way.
    listed = _unprivileged(place, "contacts", "--db", str(db_path))
    assert (listed.returncode, len(listed.stdout.splitlines())) == (0, 12), listed.stderr


def test_a_safety_backup_that_cannot_be_written_refuses_the_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder looks writable but the backup fails all the same (fault injected: EACCES
    creating the backup): the healthy database is not set aside as "damaged"."""
    db_path, chosen = _database(tmp_path)
    before = _files(db_path.parent)
    import crm_desktop.store.backups as store_backups

    real = store_backups.touch_private_file

    def refuse_in_backups(path: Path) -> None:
        if path.parent.name == "backups":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real(path)

    monkeypatch.setattr(store_backups, "touch_private_file", refuse_in_backups)
    with open_database(db_path, "en", auto_backup=False) as db:
        with pytest.raises(BackupFailedError) as refused:
            restore_backup(db, chosen)
        assert search_contacts(db).total == 12  # still open, still whole
    assert not refused.value.damaged
    assert str(refused.value).endswith("(Permission denied; nothing was restored)")
    after = _files(db_path.parent)
    assert {k: v for k, v in after.items() if k != "backups"} == {
        k: v for k, v in before.items() if k != "backups"
    }
    assert not [name for name in after if "damaged" in name or "restoring" in name]
