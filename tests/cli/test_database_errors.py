"""A database file the app cannot use: one clear line and status 1 from the command line,
our error (with its kind) from the service API, and the file left as it was."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.services.database import open_database
from tests.paths import ROOT


def _random_bytes(path: Path) -> Path:
    path.write_bytes(bytes((i * 37 + 11) % 256 for i in range(8192)))
    return path


def _other_program(path: Path) -> Path:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE songs (title TEXT, seconds INTEGER)")
        raw.execute("INSERT INTO songs VALUES ('Asturias', 380)")
    raw.close()
    return path


def _under_a_file(path: Path) -> Path:
    (path.parent / "notes.txt").write_text("a file, not a folder")
    return path.parent / "notes.txt" / "crm.sqlite3"


def _a_folder(path: Path) -> Path:
    path.mkdir()
    return path


CASES: list[tuple[str, Callable[[Path], Path], DatabaseProblem, str]] = [
    ("random bytes", _random_bytes, DatabaseProblem.NOT_A_DATABASE,
     "the file is not a CRM Desktop database"),
    ("another program's SQLite file", _other_program, DatabaseProblem.NOT_A_DATABASE,
     "the file is not a CRM Desktop database (tables of another program)"),
    ("a path through a file", _under_a_file, DatabaseProblem.CANNOT_OPEN,
     "the database cannot be opened ({parent} is a file, not a folder)"),
    ("a folder", _a_folder, DatabaseProblem.CANNOT_OPEN,
     "the database cannot be opened (it is a folder)"),
]  # fmt: skip


def _snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


@pytest.mark.parametrize(("case", "make", "problem", "words"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("command", [["contacts"], ["check"], ["import", "{card}"]])
def test_an_unusable_database_gives_one_line_status_1_and_stays_as_it_was(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    make: Callable[[Path], Path],
    problem: DatabaseProblem,
    words: str,
    command: list[str],
) -> None:
    path = make(tmp_path / "crm.sqlite3")
    before = _snapshot(path)
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEND:VCARD\r\n")
    argv = [part.format(card=card) for part in command]
    out = io.StringIO()
    status = run_command(build_parser().parse_args([*argv, "--db", str(path)]), out)
    expected = words.format(parent=path.parent)
    assert (status, out.getvalue()) == (1, "")
    error = capsys.readouterr().err
    assert error.startswith(f"crm-desktop: {path}: {expected}")  # (SQLite's words may follow)
    assert error.count("\n") == 1 and error.endswith("\n")
    assert _snapshot(path) == before


@pytest.mark.parametrize(("case", "make", "problem", "words"), CASES, ids=[c[0] for c in CASES])
def test_the_service_api_raises_the_database_error_of_its_kind(
    tmp_path: Path,
    case: str,
    make: Callable[[Path], Path],
    problem: DatabaseProblem,
    words: str,
) -> None:
    path = make(tmp_path / "crm.sqlite3")
    with pytest.raises(DatabaseError) as refused:
        open_database(path, "en")
    assert (refused.value.problem, refused.value.path) == (problem, path)


def test_a_database_in_a_folder_that_does_not_exist_is_created_in_a_private_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "not" / "yet" / "crm.sqlite3"
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEND:VCARD\r\n")
    argv = ["import", str(card), "--db", str(path)]
    assert run_command(build_parser().parse_args(argv), io.StringIO()) == 0
    assert path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_zero_byte_file_is_taken_as_a_new_empty_database(tmp_path: Path) -> None:
    """As SQLite sees it: the app creates its file empty (0600) before SQLite opens it."""
    path = tmp_path / "crm.sqlite3"
    path.touch(mode=0o600)  # (a file others may read is repaired and told: tested elsewhere)
    out = io.StringIO()
    assert run_command(build_parser().parse_args(["check", "--db", str(path)]), out) == 0
    assert out.getvalue() == f"ok: {path}\n"


_READ_ONLY = textwrap.dedent(
    """\
    set -u
    mount -t tmpfs tmpfs "$DISK" || exit 99
    crm() { "$PYTHON" -m crm_desktop "$@"; }
    crm import "$CARD" --db "$DISK/crm.sqlite3" > /dev/null || exit 98
    mount -o remount,ro "$DISK" || exit 97
    for command in contacts check "import $CARD"; do
        crm $command --db "$DISK/crm.sqlite3" 2>&1
        echo "status $?"
    done
    crm import "$CARD" --db "$DISK/new.sqlite3" 2>&1
    echo "status $?"
    "$PYTHON" -c '
    import sys
    from pathlib import Path
    from crm_desktop.errors import DatabaseError
    from crm_desktop.services.database import open_database
    try:
        open_database(Path(sys.argv[1]), "en")
    except DatabaseError as error:
        print(type(error).__name__, error.problem.name)
    ' "$DISK/crm.sqlite3"
    """
)


def test_a_database_on_a_read_only_filesystem_is_refused_clearly(tmp_path: Path) -> None:
    """A read-only filesystem (a small one mounted read-only in a private namespace): as
    root, a file's mode would not stop a write, a read-only mount does."""
    tool = shutil.which("unshare")
    if tool is None or not sys.platform.startswith("linux"):
        pytest.skip("needs Linux unshare")
    disk = tmp_path / "disk"
    disk.mkdir()
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEND:VCARD\r\n")
    env = dict(os.environ, DISK=str(disk), CARD=str(card), PYTHON=sys.executable,
               PYTHONPATH=str(ROOT), PYTHONUTF8="1")  # fmt: skip
    result = subprocess.run(
        [tool, "-rm", "sh", "-c", _READ_ONLY], capture_output=True, text=True, env=env, timeout=300
    )
    if result.returncode == 99:
        pytest.skip("no unprivileged mount namespace here (unshare -rm)")
    db = disk / "crm.sqlite3"
    refused = f"crm-desktop: {db}: the database is read-only (the file cannot be written)"
    assert result.stdout.splitlines() == [
        refused, "status 1", refused, "status 1", refused, "status 1",
        f"crm-desktop: {disk / 'new.sqlite3'}: the database is read-only "
        f"(its folder {disk} cannot be written)",
        "status 1",
        "DatabaseError READ_ONLY",
    ], result.stderr  # fmt: skip
