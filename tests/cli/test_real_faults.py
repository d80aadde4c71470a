"""The failures of ``test_fault_matrix``, made for real: every command run in a child
process on a full disk and on a read-only filesystem (a small tmpfs in a private mount
namespace), on files this user may not read or write (a user namespace where we are not
root: as root, a file's mode stops nothing), with names too long for the system, and with
the database or the named files gone. Each says one line and exits 1 (or does its work,
where the failure does not concern it), never a traceback, and the database is as it was.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bench.fault_cases import (
    CASES,
    FAULT_NAMES,
    argv_for,
    make_place,
    said_lines,
    says,
    snapshot,
    writes,
)
from bench.faults import VANISHED
from tests.paths import ROOT

LINUX = sys.platform.startswith("linux")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    make_place(root)
    return root


def _digest(db: Path) -> str | None:
    try:
        return hashlib.sha256(repr(snapshot(db)).encode()).hexdigest()
    except Exception:
        return None


# The commands that may create a database last: the others meet the place as it was made.
ORDERED = sorted(CASES, key=lambda case: case[1][0] in ("import", "restore"))


def _drive(
    root: Path, db: Path, tmp_path: Path, *, wrapper: tuple[str, ...] = (), setup: str = ""
) -> tuple[int, list[dict[str, object]]]:
    """Every case run by ``fault_driver`` in one child process, behind ``wrapper``
    (``unshare``...) after the shell lines ``setup`` (with $PLACE, $TEMPLATE); the child's
    status (99: the place could not be made) and what each case did."""
    cases = tmp_path / "cases.json"
    cases.write_text(
        json.dumps([{"argv": argv_for(argv, root, db), "db": str(db)} for _, argv in ORDERED]),
        encoding="utf-8",
    )
    script = f'set -u\n{setup}\nexec "$PYTHON" -m tests.cli.fault_driver "{cases}"\n'
    env = dict(os.environ, PLACE=str(root), PYTHON=sys.executable, PYTHONPATH=str(ROOT),
               PYTHONUTF8="1", TEMPLATE=str(tmp_path / "template"))  # fmt: skip
    result = subprocess.run(
        [*wrapper, "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    if result.returncode != 0:
        return result.returncode, []
    return 0, json.loads(result.stdout.splitlines()[-1])


def _check(results: list[dict[str, object]], number: int, *, expect_failure: bool) -> int:
    """Each case told as it must be; how many failed (status 1)."""
    failed = 0
    for result in results:
        argv = result["argv"]
        assert isinstance(argv, list)
        where = f"{FAULT_NAMES[number]}: {' '.join(map(str, argv[:-2]))}"
        assert not result["raised"], f"{where}: a traceback\n{result['raised']}"
        err = str(result["err"])
        assert "Traceback" not in err, where
        if result["status"] == 0:
            if not writes(argv):
                assert result["before"] == result["after"], f"{where}: the database changed"
            continue
        failed += 1
        said = said_lines(err)
        assert result["status"] == 1, f"{where}: status {result['status']}: {err}"
        assert len(said) == 1 and said[0].startswith("crm-desktop: "), f"{where}: {err}"
        assert says(said[0], number), f"{where}: {said[0]}"
        assert result["before"] == result["after"], f"{where}: the database changed"
    if expect_failure:
        assert failed, f"{FAULT_NAMES[number]}: no command met the failure"
    return failed


def _place(template: Path, root: Path) -> Path:
    shutil.copytree(template, root, symlinks=True)
    return root / "data" / "crm.sqlite3"


def _unshare(*options: str) -> tuple[str, ...]:
    tool = shutil.which("unshare")
    if tool is None or not LINUX:
        pytest.skip("needs Linux unshare")
    probe = subprocess.run([tool, *options, "true"], capture_output=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip(f"no unprivileged namespace here (unshare {' '.join(options)})")
    return (tool, *options)


# The database, and the files commands read and write, in a small tmpfs of their own.
_TMPFS = 'mount -t tmpfs -o size=4m tmpfs "$PLACE" || exit 99\ncp -a "$TEMPLATE"/. "$PLACE"/\n'


def test_every_command_on_a_full_disk_says_so_and_writes_nothing(
    template: Path, tmp_path: Path
) -> None:
    wrapper = _unshare("-rm")
    shutil.copytree(template, tmp_path / "template")
    root = tmp_path / "disk"
    root.mkdir()
    fill = 'dd if=/dev/zero of="$PLACE/filler" bs=4096 2>/dev/null\n'
    status, results = _drive(root, root / "data" / "crm.sqlite3", tmp_path, wrapper=wrapper,
                             setup=_TMPFS + fill)  # fmt: skip
    assert status == 0
    _check(results, errno.ENOSPC, expect_failure=True)


def test_the_import_refused_on_a_full_disk_succeeds_once_there_is_room(
    template: Path, tmp_path: Path
) -> None:
    wrapper = _unshare("-rm")
    shutil.copytree(template, tmp_path / "template")
    root = tmp_path / "disk"
    root.mkdir()
    db = root / "data" / "crm.sqlite3"
    script = textwrap.dedent(
        f"""\
        {_TMPFS}
        dd if=/dev/zero of="$PLACE/filler" bs=4096 2>/dev/null
        "$PYTHON" -m crm_desktop import "$PLACE/in/card.vcf" --db "{db}" 2>&1
        echo "status $?"
        rm "$PLACE/filler"
        "$PYTHON" -m crm_desktop import "$PLACE/in/card.vcf" --db "{db}" 2>&1
        echo "status $?"
        """
    )
    env = dict(os.environ, PLACE=str(root), PYTHON=sys.executable, PYTHONPATH=str(ROOT),
               TEMPLATE=str(tmp_path / "template"))  # fmt: skip
    result = subprocess.run(
        [*wrapper, "sh", "-c", script], capture_output=True, text=True, env=env, timeout=300
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 4, result.stdout + result.stderr
    assert lines[0].startswith("crm-desktop: ") and "full" in lines[0], lines[0]
    assert lines[1:] == ["status 1", "imported 1, merged 0, skipped 0, failed 0, "
                         "possible duplicates 0", "status 0"]  # fmt: skip


def test_every_command_on_a_read_only_filesystem_says_so_and_writes_nothing(
    template: Path, tmp_path: Path
) -> None:
    wrapper = _unshare("-rm")
    shutil.copytree(template, tmp_path / "template")
    root = tmp_path / "disk"
    root.mkdir()
    read_only = 'mount -o remount,ro "$PLACE" || exit 99\n'
    status, results = _drive(root, root / "data" / "crm.sqlite3", tmp_path, wrapper=wrapper,
                             setup=_TMPFS + read_only)  # fmt: skip
    assert status == 0
    _check(results, errno.EROFS, expect_failure=True)


# Where this user may not go: (what, the path made so, its mode).
_REFUSED = [
    ("the database file", "data/crm.sqlite3", 0o000),
    ("the database's folder", "data", 0o000),
    ("a read-only database folder", "data", 0o500),
    ("the files to read and the folder to write", "in", 0o000),
]


@pytest.mark.parametrize(("what", "made", "mode"), _REFUSED, ids=[r[0] for r in _REFUSED])
def test_every_command_refused_access_says_so_and_writes_nothing(
    template: Path, tmp_path: Path, what: str, made: str, mode: int
) -> None:
    """In a user namespace where we are uid 1000 (the files appear ours), with no
    capability: a mode stops us, as it stops any user."""
    wrapper = _unshare("--map-user=1000", "--map-group=1000")
    root = tmp_path / "place"
    db = _place(template, root)
    (root / made).chmod(mode)
    if made == "in":
        (root / "out").chmod(0o500)
    before = _digest(db)
    try:
        status, results = _drive(root, db, tmp_path, wrapper=wrapper)
    finally:
        for folder in (root / "data", root / "in", root / "out"):
            folder.chmod(0o700)
        (root / "data" / "crm.sqlite3").chmod(0o600)
    assert status == 0
    failed = _check(results, errno.EACCES, expect_failure=True)
    if failed == len(results):
        assert _digest(db) == before


def test_every_command_with_a_name_too_long_says_so(template: Path, tmp_path: Path) -> None:
    root = tmp_path / "place"
    _place(template, root)
    for db in (root / ("x" * 300 + ".sqlite3"), root / ("x" * 300) / "crm.sqlite3"):
        status, results = _drive(root, db, tmp_path)
        assert status == 0
        assert _check(results, errno.ENAMETOOLONG, expect_failure=True)
        assert db.parent == root or db.parent.name not in {p.name for p in root.iterdir()}


def test_every_command_whose_database_or_files_are_gone_says_so(
    template: Path, tmp_path: Path
) -> None:
    root = tmp_path / "place"
    db = _place(template, root)
    db.unlink()  # the database gone: the commands that need one refuse, none creates one
    _status, results = _drive(root, db, tmp_path)
    _check(results, VANISHED, expect_failure=True)
    created = [r["argv"] for r in results if r["status"] == 0 and writes(r["argv"])]  # type: ignore[arg-type]
    assert all(argv[0] in ("import", "restore") for argv in created)  # type: ignore[index]
    other = tmp_path / "other"
    db = _place(template, other)
    shutil.rmtree(other / "in")  # the files named on the command line gone
    shutil.rmtree(other / "out")
    _status, results = _drive(other, db, tmp_path)
    _check(results, VANISHED, expect_failure=True)
